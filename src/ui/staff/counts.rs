//! The staff menu's figures: visitors today, this month and this fiscal year with the years
//! before, a bar chart of this fiscal year's months ([`super::month_chart`]), visits per exhibit and quiz
//! answers right.

use egui::{Rect, Ui, pos2, vec2};

use super::StaffView;
use crate::digits::group_digits;
use crate::staff::counts::StaffCounts;
use crate::staff::pack_scan::PackEntry;
use crate::ui::kinsoku;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self};
use crate::worker::Outcome;

/// A line of `text` at `at` in `style` (captions muted); returns its height.
pub(super) fn label(
    ui: &Ui,
    view: &StaffView<'_>,
    text: String,
    style: TextStyle,
    at: egui::Pos2,
) -> f32 {
    let theme = view.theme;
    let color = if matches!(style, TextStyle::Caption) {
        theme.muted_ink
    } else {
        theme.ink
    };
    widgets::line_at(ui, theme, (text, style, color), at)
}

/// The counts, "counting…" while the `staff-counts` job works, or why there are none.
pub fn counts(
    ui: &mut Ui,
    view: &StaffView<'_>,
    (counts, packs): (&Outcome<StaffCounts>, &Outcome<Vec<PackEntry>>),
    area: Rect,
) {
    let packs: &[PackEntry] = match packs {
        Outcome::Ready(packs) => packs,
        _ => &[],
    };
    let theme = view.theme;
    let counts = match counts {
        Outcome::Ready(counts) => counts,
        Outcome::Pending(_) => {
            label(
                ui,
                view,
                view.text("staff-count-loading"),
                TextStyle::Body,
                area.min,
            );
            return;
        }
        Outcome::Failed => {
            super::failed_note(ui, view, "staff-count-failed", area, area.top());
            return;
        }
    };
    let people = |n: u64| view.format("staff-count-people", &[("count", &group_digits(n))]);
    let year = counts.fiscal_year.to_string();
    // Three big figures across the top.
    let figure_width = area.width() / 3.0;
    for (index, (key, value)) in [
        (view.text("staff-count-today"), counts.today),
        (view.text("staff-count-month"), counts.month),
        (
            view.format("staff-count-year", &[("year", &year)]),
            counts.this_year,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let left = area.left() + index as f32 * figure_width;
        let card = Rect::from_min_size(
            pos2(left, area.top()),
            vec2(figure_width - theme.gap(), theme.px(176.0)),
        );
        ui.painter()
            .rect_filled(card, theme.radius(), theme.surface);
        let top = card.top() + theme.px(16.0);
        let height = label(
            ui,
            view,
            key,
            TextStyle::Caption,
            pos2(card.left() + theme.px(24.0), top),
        );
        label(
            ui,
            view,
            people(value),
            TextStyle::Figure,
            pos2(card.left() + theme.px(24.0), top + height),
        );
    }
    let below = area.top() + theme.px(176.0) + theme.gap();
    // Side by side on a wide screen; the chart above the lists on a narrow one.
    let (chart_area, side) = if area.width() >= theme.px(1400.0) {
        let chart = Rect::from_min_max(
            pos2(area.left(), below),
            pos2(area.left() + area.width() * 0.62, area.bottom()),
        );
        let side = Rect::from_min_max(pos2(chart.right() + theme.gap(), below), area.max);
        (chart, side)
    } else {
        let split = below + (area.bottom() - below) * 0.55;
        (
            Rect::from_min_max(pos2(area.left(), below), pos2(area.right(), split)),
            Rect::from_min_max(pos2(area.left(), split + theme.gap()), area.max),
        )
    };
    super::month_chart::show(ui, view, counts, chart_area);
    lists(ui, view, (counts, packs), side);
}

/// Earlier years, visits per exhibit and quiz answers right, one under the other.
fn lists(ui: &Ui, view: &StaffView<'_>, (counts, packs): (&StaffCounts, &[PackEntry]), area: Rect) {
    let theme = view.theme;
    ui.painter()
        .rect_filled(area, theme.radius(), theme.surface);
    let left = area.left() + theme.px(20.0);
    let mut y = area.top() + theme.px(16.0);
    let line = theme.font(TextStyle::Caption).size * 1.5;
    let mut shown = 0;
    // A section with nothing to list is left out rather than shown as a bare heading.
    let mut section = |title: String, rows: Vec<String>, y: &mut f32| {
        if rows.is_empty() {
            return;
        }
        shown += 1;
        *y += label(ui, view, title, TextStyle::CardTitle, pos2(left, *y)) + theme.px(4.0);
        for row in rows {
            if *y + line > area.bottom() - theme.px(8.0) {
                break;
            }
            label(ui, view, row, TextStyle::Caption, pos2(left, *y));
            *y += line;
        }
        *y += theme.px(12.0);
    };
    section(
        view.text("staff-count-earlier"),
        counts
            .earlier
            .iter()
            .map(|(year, visitors)| {
                format!(
                    "{}　{}",
                    view.format("staff-count-year", &[("year", &year.to_string())]),
                    group_digits(*visitors)
                )
            })
            .collect(),
        &mut y,
    );
    section(
        view.text("staff-count-exhibits"),
        counts
            .exhibits
            .iter()
            .map(|(exhibit, visits)| {
                let title = title_of((view.shown_pack, packs), view.language, |pack| {
                    pack.exhibits
                        .iter()
                        .find(|e| &e.id == exhibit)
                        .map(|e| &e.title)
                });
                format!(
                    "{}　{}",
                    title.unwrap_or_else(|| exhibit.clone()),
                    view.format("staff-count-people", &[("count", &group_digits(*visits))])
                )
            })
            .collect(),
        &mut y,
    );
    section(
        view.text("staff-count-quizzes"),
        counts
            .quizzes
            .iter()
            .map(|(quiz, answers, correct, percent)| {
                let title = title_of((view.shown_pack, packs), view.language, |pack| {
                    pack.exhibits
                        .iter()
                        .filter_map(|e| e.quiz.as_ref())
                        .find(|q| &q.id == quiz)
                        .map(|q| &q.title)
                });
                let percent = percent.map_or_else(|| "–".to_owned(), |p| format!("{p:.1}"));
                view.format(
                    "staff-count-quiz-line",
                    &[
                        ("quiz", &title.unwrap_or_else(|| quiz.clone())),
                        ("percent", &percent),
                        ("answers", &group_digits(*answers)),
                        ("correct", &group_digits(*correct)),
                    ],
                )
            })
            .collect(),
        &mut y,
    );
    if shown == 0 {
        let note = kinsoku::layout_text(
            ui.painter(),
            &view.text("staff-count-nothing-yet"),
            &theme.font(TextStyle::Caption),
            theme.muted_ink,
            area.width() - theme.px(40.0),
            false,
        );
        widgets::text_at(ui, pos2(left, y), &note, theme.muted_ink);
    }
}

/// What staff call an exhibit or a quiz: its title in `language` (without readings) in the
/// pack on show, else the first scanned pack that has it, found by `find`; none when no pack
/// on the kiosk has it.
fn title_of<'p>(
    (shown, packs): (Option<&'p crate::content::Pack>, &'p [PackEntry]),
    language: &str,
    find: impl Fn(&'p crate::content::Pack) -> Option<&'p crate::content::model::Text>,
) -> Option<String> {
    let scanned = packs.iter().filter_map(|entry| entry.pack.as_deref());
    shown.into_iter().chain(scanned).find_map(|pack| {
        let text = find(pack)?;
        let words = text
            .get(language)
            .or_else(|| pack.manifest.languages.iter().find_map(|l| text.get(l)))?;
        Some(crate::content::ruby::plain(words).into_owned())
    })
}

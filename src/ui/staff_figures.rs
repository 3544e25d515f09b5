//! The staff menu's figures: visitors today, this month and this fiscal year with the years
//! before, a bar chart of this fiscal year's months (egui_plot), visits per exhibit and quiz
//! answers right; and exporting a fiscal year to a USB drive or the kiosk itself.

use egui::{Align, Layout, Rect, Ui, pos2, vec2};
use egui_plot::{Bar, BarChart, Plot};

use super::staff::StaffView;
use super::widgets::{self, Button, ButtonKind};
use crate::digits::group_digits;
use crate::staff_counts::StaffCounts;
use crate::staff_mode::{Menu, StaffNav};
use crate::theme::TextStyle;

fn label(ui: &Ui, view: &StaffView<'_>, text: String, style: TextStyle, at: egui::Pos2) -> f32 {
    let theme = view.theme;
    let color = if matches!(style, TextStyle::Caption) {
        theme.muted_ink
    } else {
        theme.ink
    };
    widgets::line_at(ui, theme, (text, style, color), at)
}

/// The counts, or "counting…" while the `staff-counts` thread works.
pub fn counts(ui: &mut Ui, view: &StaffView<'_>, counts: Option<&StaffCounts>, area: Rect) {
    let theme = view.theme;
    let Some(counts) = counts else {
        label(
            ui,
            view,
            view.text("staff-count-loading"),
            TextStyle::Body,
            area.min,
        );
        return;
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
    month_chart(ui, view, counts, chart_area);
    lists(ui, view, counts, side);
}

/// This fiscal year's visitors per month as bars, its first month first.
fn month_chart(ui: &mut Ui, view: &StaffView<'_>, counts: &StaffCounts, area: Rect) {
    let theme = view.theme;
    ui.painter()
        .rect_filled(area, theme.radius(), theme.surface);
    let inner = area.shrink(theme.px(20.0));
    let title = view.format(
        "staff-count-months",
        &[("year", &counts.fiscal_year.to_string())],
    );
    let title_height = label(ui, view, title, TextStyle::CardTitle, inner.min);
    let bars: Vec<Bar> = counts
        .months
        .iter()
        .enumerate()
        .map(|(index, (month, visitors))| {
            Bar::new(index as f64, *visitors as f64)
                .width(0.7)
                .name(month)
                .fill(theme.accent)
        })
        .collect();
    let names: Vec<String> = counts
        .months
        .iter()
        .map(|(month, _)| {
            month
                .get(5..)
                .unwrap_or(month)
                .trim_start_matches('0')
                .to_owned()
        })
        .collect();
    let plot_rect = Rect::from_min_max(
        pos2(inner.left(), inner.top() + title_height + theme.px(8.0)),
        inner.max,
    );
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(plot_rect));
    Plot::new("staff-months")
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_y(0.0)
        .x_axis_formatter(move |mark, _range| {
            // Whole positions are the months; anything between has no label.
            let whole = mark.value.round();
            let index = format!("{whole:.0}").parse::<usize>().ok();
            match index {
                Some(index) if (mark.value - whole).abs() < 1e-6 => {
                    names.get(index).cloned().unwrap_or_default()
                }
                _ => String::new(),
            }
        })
        .height(plot_rect.height())
        .show(&mut child, |plot| {
            plot.bar_chart(BarChart::new("visitors", bars));
        });
}

/// The fiscal year to export, with previous and next.
fn year_row(ui: &mut Ui, view: &StaffView<'_>, menu: &Menu, row: Rect) -> Option<StaffNav> {
    let theme = view.theme;
    let mut nav = None;
    let mut bar = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(row)
            .layout(Layout::left_to_right(Align::Center)),
    );
    bar.spacing_mut().item_spacing.x = theme.gap();
    let previous = view.text("staff-year-previous");
    let next = view.text("staff-year-next");
    if Button::new(&previous)
        .icon(super::paint::Icon::ChevronLeft)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::ExportYear(menu.export_year - 1));
    }
    let year = view.format(
        "staff-export-year",
        &[("year", &menu.export_year.to_string())],
    );
    let galley = bar
        .painter()
        .layout_no_wrap(year, theme.font(TextStyle::Heading), theme.ink);
    let (slot, _) =
        bar.allocate_exact_size(vec2(galley.size().x, row.height()), egui::Sense::hover());
    widgets::text_at(
        &bar,
        pos2(slot.left(), slot.center().y - galley.size().y / 2.0),
        galley,
        theme.ink,
    );
    if Button::new(&next)
        .icon(super::paint::Icon::ChevronRight)
        .icon_after()
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::ExportYear(menu.export_year + 1));
    }
    nav
}

/// Earlier years, visits per exhibit and quiz answers right, one under the other.
fn lists(ui: &Ui, view: &StaffView<'_>, counts: &StaffCounts, area: Rect) {
    let theme = view.theme;
    ui.painter()
        .rect_filled(area, theme.radius(), theme.surface);
    let left = area.left() + theme.px(20.0);
    let mut y = area.top() + theme.px(16.0);
    let line = theme.font(TextStyle::Caption).size * 1.5;
    let section = |title: String, rows: Vec<String>, y: &mut f32| {
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
            .map(|(exhibit, visits)| format!("{exhibit}　{}", group_digits(*visits)))
            .collect(),
        &mut y,
    );
    section(
        view.text("staff-count-quizzes"),
        counts
            .quizzes
            .iter()
            .map(|(quiz, answers, percent)| {
                let percent = percent.map_or_else(|| "–".to_owned(), |p| format!("{p:.1}%"));
                format!("{quiz}　{percent}（{}）", group_digits(*answers))
            })
            .collect(),
        &mut y,
    );
}

/// The year to export with previous and next, then each place it can go with a button.
pub fn export(ui: &mut Ui, view: &StaffView<'_>, menu: &Menu, area: Rect) -> Option<StaffNav> {
    let theme = view.theme;
    let row = Rect::from_min_size(area.min, vec2(area.width(), theme.touch_target()));
    let mut nav = year_row(ui, view, menu, row);
    let mut y = row.bottom() + theme.gap();
    let status = match (&menu.exporting, &menu.exported) {
        (Some(_), _) => Some((view.text("staff-export-working"), theme.muted_ink)),
        (None, Some(Ok(file))) => Some((
            view.format(
                "staff-export-done",
                &[("file", &file.display().to_string())],
            ),
            theme.right,
        )),
        (None, Some(Err(reason))) => Some((
            view.format("staff-export-failed", &[("reason", reason)]),
            theme.wrong,
        )),
        (None, None) => None,
    };
    if let Some((text, color)) = status {
        let galley = super::kinsoku::layout_text(
            ui.painter(),
            &text,
            &theme.font(TextStyle::Body),
            color,
            area.width(),
            false,
        );
        let height = galley.size().y;
        widgets::text_at(ui, pos2(area.left(), y), galley, color);
        y += height + theme.gap();
    }
    let here = view.text("staff-export-here");
    for (index, folder) in menu.targets.iter().enumerate() {
        let line = Rect::from_min_size(
            pos2(area.left(), y),
            vec2(area.width(), theme.touch_target() + theme.px(24.0)),
        );
        if line.bottom() > area.bottom() {
            break;
        }
        ui.painter()
            .rect_filled(line, theme.radius(), theme.surface);
        let name = folder.display().to_string();
        label(
            ui,
            view,
            name.clone(),
            TextStyle::CardTitle,
            pos2(
                line.left() + theme.px(24.0),
                line.center().y - theme.px(18.0),
            ),
        );
        let mut right = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(line.shrink2(vec2(theme.px(12.0), theme.px(12.0))))
                .layout(Layout::right_to_left(Align::Center)),
        );
        let button = format!("{here}: {name}");
        if Button::new(&here)
            .accessible_label(&button)
            .kind(ButtonKind::Primary)
            .enabled(menu.exporting.is_none())
            .show(&mut right, theme, view.clicks_allowed)
        {
            nav = Some(StaffNav::Export(index));
        }
        y = line.bottom() + theme.px(12.0);
    }
    nav
}

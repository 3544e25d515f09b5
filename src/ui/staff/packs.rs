//! The packs tab: every pack under the content folder with its state (on show, its problems,
//! the days it shows by itself) and a button to show it, beside the visitor log's health.

use egui::{Align, Layout, Rect, Ui, pos2, vec2};

use super::StaffView;
use crate::staff::menu::StaffNav;
use crate::staff::pack_scan::PackEntry;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button, ButtonKind};
use crate::worker::Outcome;

/// The packs on the left, the visitor log's health on the right.
pub(super) fn packs_tab(
    ui: &mut Ui,
    view: &StaffView<'_>,
    packs: &Outcome<Vec<PackEntry>>,
    area: Rect,
) -> Option<StaffNav> {
    let theme = view.theme;
    let columns = area.width() > theme.px(1400.0);
    let packs_width = if columns {
        area.width() * 0.6
    } else {
        area.width()
    };
    let packs_area = Rect::from_min_max(area.min, pos2(area.left() + packs_width, area.bottom()));
    let nav = pack_list(ui, view, packs, packs_area).map(StaffNav::SwitchPack);
    let log_area = if columns {
        Rect::from_min_max(
            pos2(packs_area.right() + theme.gap(), area.top()),
            pos2(area.right(), area.top() + theme.px(330.0)),
        )
    } else {
        Rect::from_min_size(
            pos2(area.left(), area.bottom() - theme.px(330.0)),
            vec2(area.width(), theme.px(330.0)),
        )
    };
    super::log_card::log_card(ui, view, log_area);
    nav
}

/// The packs, each with its state and a button to show it.
fn pack_list(
    ui: &mut Ui,
    view: &StaffView<'_>,
    packs: &Outcome<Vec<PackEntry>>,
    area: Rect,
) -> Option<usize> {
    let theme = view.theme;
    let heading = (view.text("staff-packs"), TextStyle::Heading, theme.ink);
    let heading_height = widgets::line_at(ui, theme, heading, area.min);
    let y = area.top() + heading_height + theme.px(16.0);
    let packs = match packs {
        Outcome::Ready(packs) => packs,
        Outcome::Pending(_) => {
            let checking = (
                view.text("staff-pack-checking"),
                TextStyle::Body,
                theme.muted_ink,
            );
            widgets::line_at(ui, theme, checking, pos2(area.left(), y));
            return None;
        }
        Outcome::Failed => {
            super::failed_note(ui, view, "staff-pack-scan-failed", area, y);
            return None;
        }
    };
    let mut chosen = None;
    let row_height = theme.touch_target() + theme.px(32.0);
    // However many packs there are and however little room the warnings above leave, every
    // one can be reached: the list scrolls (a drag, as any list on a touch screen).
    let list = Rect::from_min_max(pos2(area.left(), y), area.max);
    let mut list_ui = ui.new_child(egui::UiBuilder::new().max_rect(list));
    egui::ScrollArea::vertical()
        .id_salt("staff-pack-list")
        .auto_shrink([false, false])
        .show(&mut list_ui, |ui| {
            for (index, entry) in packs.iter().enumerate() {
                // A pack with problems has room for two lines of them.
                let height = if entry.pack.is_none() {
                    row_height + theme.px(36.0)
                } else {
                    row_height
                };
                let (row, _) =
                    ui.allocate_exact_size(vec2(list.width(), height), egui::Sense::hover());
                if pack_row(ui, view, entry, row) {
                    chosen = Some(index);
                }
                ui.add_space(theme.px(12.0));
            }
        });
    chosen
}

/// One pack's row: its name, its problems if any, and "on show" or the button to show it;
/// true when that button was pressed.
fn pack_row(ui: &mut Ui, view: &StaffView<'_>, entry: &PackEntry, row: Rect) -> bool {
    let theme = view.theme;
    let mut chosen = false;
    ui.painter().rect_filled(row, theme.radius(), theme.surface);
    // Both folders were canonicalised off the UI thread (pack loader, pack scan).
    let current = entry.dir == view.current_pack;
    // Problems in red; a dated pack's days, when it shows by itself, in grey.
    let (status, status_color) = match entry.pack.as_ref().map(|_| entry.active_days) {
        // The first problem itself, so staff can tell the author what to mend.
        None => (
            format!(
                "{} {}",
                view.format(
                    "staff-pack-problems",
                    &[("errors", &entry.errors.to_string())],
                ),
                entry.problems.first().map_or("", String::as_str)
            ),
            theme.wrong,
        ),
        Some(Some((from, until))) => (
            view.format(
                "staff-pack-dates",
                &[
                    ("from", &crate::digits::date_for(from, view.language, false)),
                    (
                        "until",
                        &crate::digits::date_for(until, view.language, false),
                    ),
                ],
            ),
            theme.muted_ink,
        ),
        Some(None) => (String::new(), theme.muted_ink),
    };
    let mut right = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(row.shrink2(vec2(theme.px(16.0), theme.px(16.0))))
            .layout(Layout::right_to_left(Align::Center)),
    );
    if current {
        let label = view.text("staff-pack-current");
        Button::new(&label)
            .selected(true)
            .enabled(false)
            .show(&mut right, theme, false);
    } else if entry.pack.is_some() {
        let label = view.text("staff-pack-choose");
        let for_pack = format!("{label} ({})", entry.id);
        if Button::new(&label)
            .accessible_label(&for_pack)
            .kind(ButtonKind::Primary)
            .show(&mut right, theme, view.clicks_allowed)
        {
            chosen = true;
        }
    }
    // The name takes what the button leaves, shortened with "…" if need be.
    let text_width = (right.min_rect().left() - row.left() - theme.px(48.0)).max(theme.px(80.0));
    let title = pack_title(entry, view.language);
    let mut job = egui::text::LayoutJob::simple_singleline(
        title,
        theme.font(TextStyle::CardTitle),
        theme.ink,
    );
    job.wrap.max_width = text_width;
    job.wrap.max_rows = 1;
    job.wrap.break_anywhere = true;
    job.wrap.overflow_character = Some('…');
    let name = ui.painter().layout_job(job);
    let name_height = name.size().y;
    let said = (!status.is_empty()).then(|| {
        let mut job = egui::text::LayoutJob::simple(
            status,
            theme.font(TextStyle::Caption),
            status_color,
            text_width,
        );
        job.wrap.max_rows = if entry.pack.is_none() { 2 } else { 1 };
        job.wrap.overflow_character = Some('…');
        ui.painter().layout_job(job)
    });
    let gap = theme.px(4.0);
    let block = name_height + said.as_ref().map_or(0.0, |said| gap + said.size().y);
    let text_top = row.center().y - block * 0.5;
    widgets::galley_at(
        ui,
        pos2(row.left() + theme.px(24.0), text_top),
        name,
        theme.ink,
    );
    if let Some(said) = said {
        widgets::galley_at(
            ui,
            pos2(row.left() + theme.px(24.0), text_top + name_height + gap),
            said,
            status_color,
        );
    }
    chosen
}

/// The pack's title in `language` (without readings: staff read kanji), or its folder's id
/// for a pack that cannot be read (staff see no ids otherwise).
fn pack_title(entry: &PackEntry, language: &str) -> String {
    entry
        .pack
        .as_ref()
        .and_then(|p| {
            p.manifest
                .title
                .get(language)
                .or_else(|| p.manifest.title.values().next())
        })
        .map_or_else(
            || entry.id.clone(),
            |t| crate::content::ruby::plain(t).into_owned(),
        )
}

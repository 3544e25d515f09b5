//! The export tab: the fiscal year to export with previous and next, what became of the last
//! export, and each place it can go (removable drives first) with a button.

use egui::{Align, Layout, Rect, Ui, pos2, vec2};

use super::StaffView;
use super::counts::label;
use crate::staff::export_targets::Place;
use crate::staff::menu::{Menu, StaffNav};
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button, ButtonKind};
use crate::worker::Outcome;

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
        .icon(crate::ui::paint::Icon::ChevronLeft)
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
    widgets::galley_at(
        &bar,
        pos2(slot.left(), slot.center().y - galley.size().y / 2.0),
        galley,
        theme.ink,
    );
    if Button::new(&next)
        .icon(crate::ui::paint::Icon::ChevronRight)
        .icon_after()
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::ExportYear(menu.export_year + 1));
    }
    nav
}

/// The year to export with previous and next, then each place it can go with a button.
pub fn export(ui: &mut Ui, view: &StaffView<'_>, menu: &Menu, area: Rect) -> Option<StaffNav> {
    let theme = view.theme;
    let row = Rect::from_min_size(area.min, vec2(area.width(), theme.touch_target()));
    let mut nav = year_row(ui, view, menu, row);
    let mut y = row.bottom() + theme.gap();
    let status = match (&menu.exporting, &menu.exported) {
        (Some(_), _) => Some((view.text("staff-export-working"), theme.muted_ink)),
        (None, Some(Ok(file))) => {
            let targets = match &menu.targets {
                Outcome::Ready(targets) => targets.as_slice(),
                _ => &[],
            };
            let folder = file.parent().unwrap_or(file);
            let own = targets
                .iter()
                .any(|t| t.folder == folder && t.place == Place::ThisKiosk);
            let name = file
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let place = place_name(view, folder, own);
            let done = view.format(
                "staff-export-done",
                &[("file", &format!("{place} · {name}"))],
            );
            // The file and its folder are synced before the export says it is done, so a
            // drive may come out at once.
            let done = if own {
                done
            } else {
                format!("{done}\n{}", view.text("staff-export-safe-to-remove"))
            };
            Some((done, theme.right))
        }
        (None, Some(Err(reason))) => Some((
            view.format("staff-export-failed", &[("reason", reason)]),
            theme.wrong,
        )),
        (None, None) => None,
    };
    if let Some((text, color)) = status {
        let galley = crate::ui::kinsoku::layout_text(
            ui.painter(),
            &text,
            &theme.font(TextStyle::Body),
            color,
            area.width(),
            false,
        );
        let height = galley.size().y;
        widgets::text_at(ui, pos2(area.left(), y), &galley, color);
        y += height + theme.gap();
    }
    let targets = match &menu.targets {
        Outcome::Ready(targets) => targets.as_slice(),
        Outcome::Pending(_) => &[],
        Outcome::Failed => {
            super::failed_note(ui, view, "staff-export-targets-failed", area, y);
            return nav;
        }
    };
    let here = view.text("staff-export-here");
    for (index, target) in targets.iter().enumerate() {
        let (folder, own) = (&target.folder, target.place == Place::ThisKiosk);
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
        // The folder's name in the room the button leaves, shortened in the middle so that
        // both its start and its last folders show.
        // In plain words (the drive by its label, or this kiosk), no raw path; the button's
        // accessible label keeps the folder for technicians and tests.
        let room = right.min_rect().left() - line.left() - theme.px(24.0) - theme.gap();
        let words = place_name(view, folder, own);
        let shown = elide_middle(ui, &words, &theme.font(TextStyle::CardTitle), room);
        label(
            ui,
            view,
            shown,
            TextStyle::CardTitle,
            pos2(
                line.left() + theme.px(24.0),
                line.center().y - theme.px(18.0),
            ),
        );
        y = line.bottom() + theme.px(12.0);
    }
    nav
}

/// `text` as it fits in `width`, characters taken out of its middle for "…" when it is wider.
/// Where an export goes, as staff name it: 「USBメモリ（KIOSK-USB）」 by the drive's label (its
/// folder's name), or 「このキオスクの中」 for the kiosk's own folder.
fn place_name(view: &StaffView<'_>, folder: &std::path::Path, own: bool) -> String {
    if own {
        return view.text("staff-export-this-kiosk");
    }
    let drive = folder.file_name().map_or_else(
        || folder.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    view.format("staff-export-drive", &[("drive", &drive)])
}

fn elide_middle(ui: &Ui, text: &str, font: &egui::FontId, width: f32) -> String {
    let fits = |candidate: &str| {
        ui.painter()
            .layout_no_wrap(candidate.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
            <= width
    };
    if fits(text) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    // Keep a third of what fits from the start and the rest from the end.
    let mut keep = chars.len();
    while keep > 1 {
        keep -= 1;
        let head = keep / 3;
        let tail = keep - head;
        let candidate: String = chars
            .iter()
            .take(head)
            .chain(std::iter::once(&'…'))
            .chain(chars.iter().skip(chars.len() - tail))
            .collect();
        if fits(&candidate) {
            return candidate;
        }
    }
    "…".to_owned()
}

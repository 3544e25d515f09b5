//! The staff menu's settings: how long before "are you still there?", its countdown, the
//! narration's maximum volume and quiet hours, the language and text size visits start with.
//! Every value moves with − and + (no keyboard on a kiosk); nothing changes for visitors
//! until "Save" has written the settings file.

use egui::{Align, Layout, Rect, ScrollArea, Ui, pos2, vec2};

use super::StaffView;
use super::settings_rows::{LabelPlace, quiet_period, row, stepper};
use crate::staff::menu::{Menu, StaffNav};
use crate::staff::settings_form::{MAX_QUIET_PERIODS, SettingsEdit, Step, VisitorSettings};
use crate::ui::kinsoku;
use crate::ui::paint::Icon;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button, ButtonKind};

/// The settings form in `area` (scrolling when it does not fit), with Save, Undo and what
/// became of the last save in the footer `bar` under it.
pub fn settings(
    ui: &mut Ui,
    view: &StaffView<'_>,
    menu: &Menu,
    area: Rect,
    bar: Rect,
) -> Option<StaffNav> {
    let theme = view.theme;
    ui.painter()
        .rect_filled(area, theme.radius(), theme.surface);
    let list = area.shrink(theme.px(24.0));
    let mut nav = None;
    let mut list_ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(list)
            .layout(Layout::top_down(Align::Min)),
    );
    // A solid, finger-wide scroll bar: staff must see that there is more below.
    list_ui.spacing_mut().scroll = egui::style::ScrollStyle {
        bar_width: theme.px(16.0),
        ..egui::style::ScrollStyle::solid()
    };
    ScrollArea::vertical()
        .id_salt("staff-settings")
        .auto_shrink([false, false])
        .show(&mut list_ui, |ui| {
            ui.spacing_mut().item_spacing = vec2(theme.px(12.0), theme.px(14.0));
            let form = Form {
                view,
                settings: &menu.settings,
            };
            form.rows(ui, list.width() < theme.px(1400.0), &mut nav);
        });
    if let Some(bar_nav) = save_bar(ui, view, menu, bar) {
        nav = Some(bar_nav);
    }
    nav
}

struct Form<'a> {
    view: &'a StaffView<'a>,
    settings: &'a VisitorSettings,
}

impl Form<'_> {
    /// The screen settings in two columns on a wide screen (one on a narrow one), then the
    /// quiet hours across the width.
    fn rows(&self, ui: &mut Ui, narrow: bool, nav: &mut Option<StaffNav>) {
        let theme = self.view.theme;
        if narrow {
            self.timing_rows(ui, LabelPlace::Above, nav);
            self.start_rows(ui, LabelPlace::Above, nav);
        } else {
            let width = ui.available_width();
            let gap = theme.px(40.0);
            let left = (width - gap) * 0.45;
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                let column = Layout::top_down(Align::Min);
                let spacing = theme.px(12.0);
                ui.allocate_ui_with_layout(vec2(left, 0.0), column, |ui| {
                    ui.spacing_mut().item_spacing.x = spacing;
                    self.timing_rows(ui, LabelPlace::Beside(theme.px(420.0)), nav);
                });
                ui.allocate_ui_with_layout(vec2(width - gap - left, 0.0), column, |ui| {
                    ui.spacing_mut().item_spacing.x = spacing;
                    self.start_rows(ui, LabelPlace::Beside(theme.px(270.0)), nav);
                });
            });
        }
        let place = if narrow {
            LabelPlace::Above
        } else {
            LabelPlace::Beside(theme.px(420.0))
        };
        self.quiet_hours(ui, place, nav);
    }

    /// The idle timeout, the countdown and the maximum volume.
    fn timing_rows(&self, ui: &mut Ui, place: LabelPlace, nav: &mut Option<StaffNav>) {
        let view = self.view;
        let s = self.settings;
        let seconds = |value: u32| view.format("staff-seconds", &[("seconds", &value.to_string())]);
        for (key, value, edit) in [
            (
                "staff-setting-idle",
                seconds(s.idle_timeout_secs),
                SettingsEdit::IdleTimeout as fn(Step) -> SettingsEdit,
            ),
            (
                "staff-setting-countdown",
                seconds(s.idle_countdown_secs),
                SettingsEdit::Countdown,
            ),
            (
                "staff-setting-volume",
                format!("{}%", s.max_volume_percent),
                SettingsEdit::MaxVolume,
            ),
        ] {
            let name = view.text(key);
            row(ui, view, &name, place, |ui| {
                stepper(ui, view, (&name, value), edit, nav);
            });
        }
    }

    /// The language and text size visits start with.
    fn start_rows(&self, ui: &mut Ui, place: LabelPlace, nav: &mut Option<StaffNav>) {
        let view = self.view;
        row(
            ui,
            view,
            &view.text("staff-setting-language"),
            place,
            |ui| {
                ui.horizontal_wrapped(|ui| self.language_buttons(ui, nav));
            },
        );
        row(
            ui,
            view,
            &view.text("staff-setting-large-text"),
            place,
            |ui| {
                ui.horizontal_top(|ui| self.text_size_buttons(ui, nav));
            },
        );
    }

    /// The pack's default, then each of its languages.
    fn language_buttons(&self, ui: &mut Ui, nav: &mut Option<StaffNav>) {
        let (view, s) = (self.view, self.settings);
        let pack_default = view.text("staff-setting-language-pack");
        let mut choices = vec![(None, pack_default)];
        choices.extend(view.languages.iter().map(|code| {
            let name = crate::content::language::endonym(code).unwrap_or(code);
            (Some(code.clone()), name.to_owned())
        }));
        for (code, name) in choices {
            let theme = code
                .as_deref()
                .map_or(*view.theme, |code| view.theme.for_language(code));
            if Button::new(&name)
                .selected(s.default_language == code)
                .show(ui, &theme, view.clicks_allowed)
            {
                *nav = Some(StaffNav::Setting(SettingsEdit::Language(code)));
            }
        }
    }

    /// Normal or large text.
    fn text_size_buttons(&self, ui: &mut Ui, nav: &mut Option<StaffNav>) {
        let (view, s) = (self.view, self.settings);
        for (on, key) in [
            (false, "staff-setting-text-normal"),
            (true, "staff-setting-text-large"),
        ] {
            if Button::new(&view.text(key))
                .selected(s.large_text_default == on)
                .min_width(view.theme.px(140.0))
                .show(ui, view.theme, view.clicks_allowed)
            {
                *nav = Some(StaffNav::Setting(SettingsEdit::LargeText(on)));
            }
        }
    }

    /// Each quiet period with its times and maximum, a button to remove it, and one to add.
    fn quiet_hours(&self, ui: &mut Ui, place: LabelPlace, nav: &mut Option<StaffNav>) {
        let view = self.view;
        let theme = view.theme;
        ui.add_space(theme.px(10.0));
        let title = ui.painter().layout(
            view.text("staff-setting-quiet"),
            theme.font(TextStyle::CardTitle),
            theme.ink,
            ui.available_width(),
        );
        let (slot, _) = ui.allocate_exact_size(title.size(), egui::Sense::hover());
        widgets::galley_at(ui, slot.min, title, theme.ink);
        if self.settings.quiet_hours.is_empty() {
            let none = ui.painter().layout_no_wrap(
                view.text("staff-quiet-none"),
                theme.font(TextStyle::Body),
                theme.muted_ink,
            );
            let (slot, _) = ui.allocate_exact_size(none.size(), egui::Sense::hover());
            widgets::galley_at(ui, slot.min, none, theme.muted_ink);
        }
        for (index, quiet) in self.settings.quiet_hours.iter().enumerate() {
            let n = (index + 1).to_string();
            let name = view.format("staff-quiet-period", &[("n", &n)]);
            let two_lines = matches!(place, LabelPlace::Above);
            row(ui, view, &name, place, |ui| {
                quiet_period(ui, view, (index, quiet), two_lines, nav);
            });
        }
        // A period just added comes into view, however long the form above it.
        let count = self.settings.quiet_hours.len();
        let count_id = ui.scope_id().with("quiet-periods-seen");
        let seen = ui.data(|d| d.get_temp::<usize>(count_id));
        if seen.is_some_and(|seen| seen < count) {
            ui.scroll_to_cursor(Some(Align::Center));
        }
        ui.data_mut(|d| d.insert_temp(count_id, count));
        if self.settings.quiet_hours.len() < MAX_QUIET_PERIODS
            && Button::new(&view.text("staff-quiet-add"))
                .icon(Icon::Plus)
                .show(ui, theme, view.clicks_allowed)
        {
            *nav = Some(StaffNav::Setting(SettingsEdit::AddQuiet));
        }
    }
}

/// The footer: Save and Undo (pressable when something changed) at its left, what became of
/// the last save at its right.
fn save_bar(ui: &mut Ui, view: &StaffView<'_>, menu: &Menu, bar: Rect) -> Option<StaffNav> {
    let theme = view.theme;
    let changed = menu.settings != view.settings_in_effect;
    ui.painter().rect_filled(bar, theme.radius(), theme.surface);
    ui.painter().rect_stroke(
        bar,
        theme.radius(),
        egui::Stroke::new(
            theme.px(2.0),
            if changed { theme.accent } else { theme.line },
        ),
        egui::StrokeKind::Inside,
    );
    let inside = bar.shrink2(vec2(theme.px(24.0), theme.px(16.0)));
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inside)
            .layout(Layout::left_to_right(Align::Center)),
    );
    row.spacing_mut().item_spacing.x = theme.gap();
    let mut nav = None;
    if Button::new(&view.text("staff-settings-save"))
        .kind(ButtonKind::Primary)
        .enabled(changed && !menu.settings_saving)
        .min_width(theme.px(240.0))
        .show(&mut row, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::SaveSettings);
    }
    if Button::new(&view.text("staff-settings-revert"))
        .enabled(changed && !menu.settings_saving)
        .show(&mut row, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::RevertSettings);
    }
    let (text, color) = match (&menu.settings_saved, menu.settings_saving, changed) {
        (_, true, _) => (view.text("staff-settings-saving"), theme.muted_ink),
        (Some(Err(reason)), _, _) => (
            view.format("staff-settings-failed", &[("reason", reason)]),
            theme.wrong,
        ),
        (Some(Ok(())), _, false) => (view.text("staff-settings-saved"), theme.right),
        (_, _, true) => (view.text("staff-settings-unsaved"), theme.muted_ink),
        _ => (String::new(), theme.ink),
    };
    // Right-aligned in the room the buttons leave.
    let room = (inside.right() - row.cursor().left() - theme.gap()).max(theme.px(120.0));
    let galley = kinsoku::layout_text(
        row.painter(),
        &text,
        &theme.font(TextStyle::Caption),
        color,
        room,
        false,
    );
    widgets::text_at(
        &row,
        pos2(
            inside.right() - galley.size().x,
            inside.center().y - galley.size().y / 2.0,
        ),
        &galley,
        color,
    );
    nav
}

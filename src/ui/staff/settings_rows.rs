//! The rows of the staff settings form: a setting's name beside (or above) its controls, the
//! − value + stepper labelled for assistive technology, a quiet period's line, and a word
//! between controls.

use egui::{Ui, pos2, vec2};

use super::StaffView;
use crate::audio::QuietHours;
use crate::staff::menu::StaffNav;
use crate::staff::settings_form::{SettingsEdit, Step};
use crate::ui::paint::Icon;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button};

/// How a setting's name sits beside its controls: this wide, or above them.
#[derive(Clone, Copy)]
pub(super) enum LabelPlace {
    Beside(f32),
    Above,
}

/// A setting's name and its controls (`controls` lays out its own lines).
pub(super) fn row(
    ui: &mut Ui,
    view: &StaffView<'_>,
    label: &str,
    place: LabelPlace,
    controls: impl FnOnce(&mut Ui),
) {
    let theme = view.theme;
    let wrap_width = match place {
        LabelPlace::Beside(width) => width,
        LabelPlace::Above => ui.available_width(),
    };
    let galley = ui.painter().layout(
        label.to_owned(),
        theme.font(TextStyle::Body),
        theme.ink,
        wrap_width,
    );
    match place {
        LabelPlace::Above => {
            let (slot, _) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
            widgets::galley_at(ui, slot.min, galley, theme.ink);
            controls(ui);
            ui.add_space(theme.px(12.0));
        }
        LabelPlace::Beside(width) => {
            ui.horizontal_top(|ui| {
                let (slot, _) = ui.allocate_exact_size(
                    vec2(width, theme.touch_target().max(galley.size().y)),
                    egui::Sense::hover(),
                );
                let top = slot.center().y - galley.size().y / 2.0;
                widgets::galley_at(ui, pos2(slot.left(), top), galley, theme.ink);
                controls(ui);
            });
            ui.add_space(theme.px(4.0));
        }
    }
}

/// One quiet period: from and until, then its maximum volume and remove, on one line or two.
pub(super) fn quiet_period(
    ui: &mut Ui,
    view: &StaffView<'_>,
    (index, quiet): (usize, &QuietHours),
    two_lines: bool,
    nav: &mut Option<StaffNav>,
) {
    let n = (index + 1).to_string();
    let name = |key: &str| view.format(key, &[("n", &n)]);
    let times = |ui: &mut Ui, nav: &mut Option<StaffNav>| {
        stepper(
            ui,
            view,
            (&name("staff-quiet-from"), quiet.from.to_string()),
            |step| SettingsEdit::QuietFrom(index, step),
            nav,
        );
        word(ui, view, &view.text("staff-quiet-dash"));
        stepper(
            ui,
            view,
            (&name("staff-quiet-until"), quiet.until.to_string()),
            |step| SettingsEdit::QuietUntil(index, step),
            nav,
        );
    };
    let volume = |ui: &mut Ui, nav: &mut Option<StaffNav>| {
        word(ui, view, &view.text("staff-quiet-max"));
        stepper(
            ui,
            view,
            (
                &name("staff-quiet-volume"),
                format!("{}%", quiet.max_volume_percent),
            ),
            |step| SettingsEdit::QuietVolume(index, step),
            nav,
        );
        if Button::new(&name("staff-quiet-remove"))
            .icon(Icon::Close)
            .icon_only(true)
            .show(ui, view.theme, view.clicks_allowed)
        {
            *nav = Some(StaffNav::Setting(SettingsEdit::RemoveQuiet(index)));
        }
    };
    if two_lines {
        ui.horizontal_top(|ui| times(ui, nav));
        ui.horizontal_top(|ui| volume(ui, nav));
    } else {
        ui.horizontal_top(|ui| {
            times(ui, nav);
            volume(ui, nav);
        });
    }
}

/// − value +, the buttons labelled for assistive technology with the setting's name.
pub(super) fn stepper(
    ui: &mut Ui,
    view: &StaffView<'_>,
    (name, value): (&str, String),
    edit: impl Fn(Step) -> SettingsEdit,
    nav: &mut Option<StaffNav>,
) {
    ui.horizontal_top(|ui| stepper_parts(ui, view, (name, value), edit, nav));
}

fn stepper_parts(
    ui: &mut Ui,
    view: &StaffView<'_>,
    (name, value): (&str, String),
    edit: impl Fn(Step) -> SettingsEdit,
    nav: &mut Option<StaffNav>,
) {
    let theme = view.theme;
    let less = view.format("staff-setting-less", &[("setting", name)]);
    if Button::new(&less)
        .icon(Icon::Minus)
        .icon_only(true)
        .show(ui, theme, view.clicks_allowed)
    {
        *nav = Some(StaffNav::Setting(edit(Step::Down)));
    }
    let galley = ui
        .painter()
        .layout_no_wrap(value, theme.font(TextStyle::Heading), theme.ink);
    let (slot, _) = ui.allocate_exact_size(
        vec2(galley.size().x.max(theme.px(110.0)), theme.touch_target()),
        egui::Sense::hover(),
    );
    let at = slot.center() - galley.size() / 2.0;
    widgets::galley_at(ui, at, galley, theme.ink);
    let more = view.format("staff-setting-more", &[("setting", name)]);
    if Button::new(&more)
        .icon(Icon::Plus)
        .icon_only(true)
        .show(ui, theme, view.clicks_allowed)
    {
        *nav = Some(StaffNav::Setting(edit(Step::Up)));
    }
}

/// A word between controls, centred on the row's height.
fn word(ui: &mut Ui, view: &StaffView<'_>, text: &str) {
    let theme = view.theme;
    let galley =
        ui.painter()
            .layout_no_wrap(text.to_owned(), theme.font(TextStyle::Body), theme.ink);
    let (slot, _) = ui.allocate_exact_size(
        vec2(galley.size().x, theme.touch_target()),
        egui::Sense::hover(),
    );
    widgets::galley_at(
        ui,
        pos2(slot.left(), slot.center().y - galley.size().y / 2.0),
        galley,
        theme.ink,
    );
}

//! The staff screens, one file per part: the PIN pad ([`pin_pad`]: digits never shown, a lock
//! after five wrong PINs) and the menu drawn here (its title, ways out, warnings and tabs) with
//! its tabs ([`header`] draws the title, the ways out and the tab row): packs to switch to with the visitor log's health ([`packs`], [`log_card`]), the
//! counts ([`counts`]), the export ([`export`]) and the settings ([`settings`]). They draw
//! `staff::menu`'s state and return a [`StaffNav`]; none of them touches the disk.

pub mod counts;
pub mod export;
mod header;
mod leave_prompt;
pub mod log_card;
mod month_chart;
pub mod packs;
pub mod pin_pad;
pub mod settings;
mod settings_rows;

use std::path::Path;
use std::time::Duration;

use egui::{Rect, Stroke, StrokeKind, Ui, pos2, vec2};

use crate::staff::menu::{Menu, StaffNav, StaffPhase, StaffTab};
use crate::ui::kinsoku;
use crate::ui::texts::UiTexts;
use crate::ui::theme::{TextStyle, Theme};
use crate::ui::widgets::{self};
use crate::visits::LogHealth;

/// What the staff screens show.
pub struct StaffView<'a> {
    /// Colours and sizes.
    pub theme: &'a Theme,
    /// The kiosk's words.
    pub texts: &'a UiTexts,
    /// The language of the screens.
    pub language: &'a str,
    /// Where staff mode stands.
    pub phase: &'a StaffPhase,
    /// Time left on the PIN lock, if locked.
    pub locked_for: Option<Duration>,
    /// Whether a PIN is set.
    pub pin_set: bool,
    /// Where the settings hold a PIN hash that cannot be read (the pad stays locked).
    pub pin_unreadable: Option<&'a str>,
    /// `(system, plaza)` UTC offsets when the system's time zone is not the plaza's.
    pub utc_offset_mismatch: Option<&'a (String, String)>,
    /// Problems in the settings file at start: the defaults are in use.
    pub settings_warnings: &'a [String],
    /// The visitor log's state.
    pub health: Option<LogHealth>,
    /// The pack on show.
    pub current_pack: &'a Path,
    /// The pack on show, loaded (exhibits and quizzes are named by its titles).
    pub shown_pack: Option<&'a crate::content::Pack>,
    /// The pack's languages, its default first.
    pub languages: &'a [String],
    /// The settings in effect, to tell whether the form has changed.
    pub settings_in_effect: crate::staff::settings_form::VisitorSettings,
    /// Whether a tap may press this frame.
    pub clicks_allowed: bool,
}

impl StaffView<'_> {
    pub(super) fn text(&self, key: &str) -> String {
        self.texts.get(self.language, key)
    }

    pub(super) fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.texts.format(self.language, key, args)
    }
}

/// Draws the staff screen for `view`.
pub fn show(ui: &mut Ui, view: &StaffView<'_>) -> Option<StaffNav> {
    let theme = view.theme;
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, theme.backdrop);
    match view.phase {
        StaffPhase::Pin {
            digits, message, ..
        } => pin_pad::pin_pad(ui, view, digits.len(), *message),
        StaffPhase::Open(menu_state) => menu(ui, view, menu_state),
        StaffPhase::Closed => None,
    }
}

fn menu(ui: &mut Ui, view: &StaffView<'_>, state: &Menu) -> Option<StaffNav> {
    let notice = state.notice.as_deref();
    let theme = view.theme;
    let screen = ui.max_rect().shrink(theme.px(32.0));
    ui.painter()
        .rect_filled(screen, theme.radius(), theme.background);
    let inner = screen.shrink(theme.px(32.0));
    // On a narrow (portrait) screen the title has a row of its own above the buttons.
    let narrow = inner.width() < theme.px(1400.0);
    let rows = if narrow { 2.0 } else { 1.0 };
    let header = Rect::from_min_size(
        inner.min,
        vec2(
            inner.width(),
            rows * theme.touch_target() + (rows - 1.0) * theme.gap(),
        ),
    );
    let mut nav = header::menu_header(ui, view, header, narrow);
    let y = notices(ui, view, notice, inner, header.bottom() + theme.gap());
    let tabs = Rect::from_min_size(
        pos2(inner.left(), y),
        vec2(inner.width(), theme.touch_target()),
    );
    if let Some(tab) = header::tab_row(ui, view, tabs, state.tab) {
        nav = Some(StaffNav::Tab(tab));
    }
    let mut area = Rect::from_min_max(
        pos2(inner.left(), tabs.bottom() + theme.gap()),
        pos2(inner.right(), inner.bottom() - theme.px(60.0)),
    );
    // The settings' Save and Undo stay in a footer under the form, however far it scrolls.
    let settings_bar = Rect::from_min_max(
        pos2(
            area.left(),
            area.bottom() - theme.touch_target() - 2.0 * theme.px(16.0),
        ),
        area.max,
    );
    if state.tab == StaffTab::Settings {
        area.max.y = settings_bar.top() - theme.px(12.0);
    }
    let tab_nav = match state.tab {
        StaffTab::Packs => packs::packs_tab(ui, view, &state.packs, area),
        StaffTab::Counts => {
            counts::counts(ui, view, (&state.counts, &state.packs), area);
            None
        }
        StaffTab::Export => export::export(ui, view, state, area),
        StaffTab::Settings => settings::settings(ui, view, state, area, settings_bar),
    };
    if tab_nav.is_some() {
        nav = tab_nav;
    }
    let note = ui.painter().layout_no_wrap(
        view.text("staff-closes"),
        theme.font(TextStyle::Caption),
        theme.muted_ink,
    );
    widgets::galley_at(
        ui,
        pos2(inner.left(), inner.bottom() - note.size().y),
        note,
        theme.muted_ink,
    );
    // Exit or restart waits for a yes; behind the question nothing reacts.
    match state.leaving {
        Some(leave) => leave_prompt::show(ui, view, leave),
        None => nav,
    }
}

/// The warnings (no PIN, a system clock in another time zone, a damaged settings file) and the last thing done, boxed one under
/// the other from `y`; returns the y below them.
fn notices(ui: &Ui, view: &StaffView<'_>, notice: Option<&str>, inner: Rect, mut y: f32) -> f32 {
    let theme = view.theme;
    let settings = view.settings_warnings.join("\n");
    let clock = view.utc_offset_mismatch.map(|(system, plaza)| {
        view.format(
            "staff-clock-offset",
            &[("system", system), ("plaza", plaza)],
        )
    });
    for (shown, text, color) in [
        (!view.pin_set, view.text("staff-no-pin"), theme.wrong),
        (
            clock.is_some(),
            clock.clone().unwrap_or_default(),
            theme.wrong,
        ),
        (
            !settings.is_empty(),
            format!("{}\n{settings}", view.text("staff-settings-problem")),
            theme.wrong,
        ),
        (
            notice.is_some(),
            notice.unwrap_or_default().to_owned(),
            theme.accent,
        ),
    ] {
        if !shown {
            continue;
        }
        let galley = kinsoku::layout_text(
            ui.painter(),
            &text,
            &theme.font(TextStyle::Body),
            color,
            inner.width() - theme.px(48.0),
            false,
        );
        let boxed = Rect::from_min_size(
            pos2(inner.left(), y),
            vec2(inner.width(), galley.size().y + theme.px(28.0)),
        );
        ui.painter().rect_stroke(
            boxed,
            theme.radius(),
            Stroke::new(theme.px(3.0), color),
            StrokeKind::Inside,
        );
        widgets::text_at(
            ui,
            boxed.min + vec2(theme.px(24.0), theme.px(14.0)),
            &galley,
            color,
        );
        y = boxed.bottom() + theme.gap();
    }
    y
}

/// Says in red that a background job died, and that the log says more: `key` names the text.
fn failed_note(ui: &Ui, view: &StaffView<'_>, key: &str, area: Rect, y: f32) {
    let theme = view.theme;
    let galley = kinsoku::layout_text(
        ui.painter(),
        &view.text(key),
        &theme.font(TextStyle::Body),
        theme.wrong,
        area.width(),
        false,
    );
    widgets::text_at(ui, pos2(area.left(), y), &galley, theme.wrong);
}

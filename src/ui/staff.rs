//! The staff screens: the PIN pad (digits never shown, a lock after five wrong PINs) and the
//! menu (packs to switch to, the visitor log's health, back to the exhibition, exit).

use std::path::Path;
use std::time::Duration;

use egui::{Align, Layout, Rect, Stroke, StrokeKind, Ui, pos2, vec2};

use super::kinsoku;
use super::paint::Icon;
use super::texts::UiTexts;
use super::widgets::{self, Button, ButtonKind};
use crate::staff_mode::{Menu, PackEntry, PinMessage, StaffNav, StaffPhase, StaffTab};
use crate::theme::{TextStyle, Theme};
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
    /// Problems in the settings file at start: the defaults are in use.
    pub settings_warnings: &'a [String],
    /// The visitor log's state.
    pub health: Option<LogHealth>,
    /// The pack on show.
    pub current_pack: &'a Path,
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
        } => pin_pad(ui, view, digits.len(), *message),
        StaffPhase::Open(menu_state) => menu(ui, view, menu_state),
        StaffPhase::Closed => None,
    }
}

fn pin_pad(
    ui: &mut Ui,
    view: &StaffView<'_>,
    entered: usize,
    message: Option<PinMessage>,
) -> Option<StaffNav> {
    let theme = view.theme;
    let screen = ui.max_rect();
    let key = theme.px(130.0);
    let gap = theme.px(18.0);
    let pad_width = 3.0 * key + 2.0 * gap;
    let card = Rect::from_center_size(
        screen.center(),
        vec2(
            pad_width + theme.px(260.0),
            theme.px(820.0).min(screen.height() - theme.px(40.0)),
        ),
    );
    ui.painter()
        .rect_filled(card, theme.radius(), theme.surface);
    let y = pin_header(ui, view, card, entered, message);
    let enabled = view.locked_for.is_none() && message != Some(PinMessage::Checking);
    let pad = Rect::from_min_size(
        pos2(card.center().x - pad_width / 2.0, y),
        vec2(pad_width, 0.0),
    );
    keypad(ui, view, pad, enabled)
}

/// The title, a dot per digit typed (how many, never which) and what the pad says; returns
/// the y below them.
fn pin_header(
    ui: &Ui,
    view: &StaffView<'_>,
    card: Rect,
    entered: usize,
    message: Option<PinMessage>,
) -> f32 {
    let theme = view.theme;
    let mut y = card.top() + theme.px(40.0);
    let title = ui.painter().layout(
        view.text("staff-pin-title"),
        theme.font(TextStyle::Heading),
        theme.ink,
        card.width() - theme.px(80.0),
    );
    let title_height = title.size().y;
    widgets::text_at(
        ui,
        pos2(card.center().x - title.size().x / 2.0, y),
        title,
        theme.ink,
    );
    y += title_height + theme.px(28.0);
    let dot = theme.px(14.0);
    let slots = crate::staff::pin::MAX_DIGITS as f32;
    let left = card.center().x - (slots - 1.0) * dot * 1.5;
    for index in 0..crate::staff::pin::MAX_DIGITS {
        let center = pos2(left + index as f32 * dot * 3.0, y + dot);
        if index < entered {
            ui.painter().circle_filled(center, dot, theme.ink);
        } else {
            ui.painter()
                .circle_stroke(center, dot, Stroke::new(theme.px(2.0), theme.line));
        }
    }
    y += dot * 2.0 + theme.px(20.0);
    let line = match (view.locked_for, message) {
        (Some(left), _) => {
            let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
            view.format(
                "staff-pin-locked",
                &[("time", &format!("{}:{:02}", seconds / 60, seconds % 60))],
            )
        }
        (None, Some(PinMessage::Wrong(tries))) => {
            view.format("staff-pin-wrong", &[("tries", &tries.to_string())])
        }
        (None, Some(PinMessage::Checking)) => view.text("staff-pin-checking"),
        (None, None) => String::new(),
    };
    let said = kinsoku::layout_text(
        ui.painter(),
        &line,
        &theme.font(TextStyle::Caption),
        theme.wrong,
        card.width() - theme.px(60.0),
        true,
    );
    let said_height = said.size().y.max(theme.px(36.0));
    if !line.is_empty() {
        widgets::text_at(ui, pos2(card.center().x, y), said, theme.wrong);
    }
    y + said_height + theme.px(16.0)
}

/// The digits, clear and OK in a 3×4 grid from `pad.min`, and cancel below.
fn keypad(ui: &mut Ui, view: &StaffView<'_>, pad: Rect, enabled: bool) -> Option<StaffNav> {
    let theme = view.theme;
    let gap = theme.px(18.0);
    let key = (pad.width() - 2.0 * gap) / 3.0;
    let labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let clear = view.text("staff-pin-clear");
    let ok = view.text("staff-pin-ok");
    let keys: Vec<(&str, StaffNav)> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| (*label, StaffNav::Digit(u8::try_from(i + 1).unwrap_or(1))))
        .chain([
            (clear.as_str(), StaffNav::Clear),
            ("0", StaffNav::Digit(0)),
            (ok.as_str(), StaffNav::Submit),
        ])
        .collect();
    let mut nav = None;
    for (index, (label, target)) in keys.into_iter().enumerate() {
        let (row, column) = (index / 3, index % 3);
        let rect = Rect::from_min_size(
            pos2(
                pad.left() + column as f32 * (key + gap),
                pad.top() + row as f32 * (key * 0.72 + gap),
            ),
            vec2(key, key * 0.72),
        );
        let mut cell = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        let kind = if target == StaffNav::Submit {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        if Button::new(label)
            .kind(kind)
            .enabled(enabled)
            .min_width(key)
            .min_height(key * 0.72)
            .show(&mut cell, theme, view.clicks_allowed)
        {
            nav = Some(target);
        }
    }
    let cancel_top = pad.top() + 4.0 * (key * 0.72 + gap);
    let cancel = view.text("staff-pin-cancel");
    let mut zone = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(Rect::from_min_size(
                pos2(pad.left(), cancel_top),
                vec2(pad.width(), theme.touch_target()),
            ))
            .layout(Layout::top_down(Align::Center)),
    );
    if Button::new(&cancel)
        .icon(Icon::Close)
        .min_width(pad.width())
        .show(&mut zone, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Close);
    }
    nav
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
    let mut nav = menu_header(ui, view, header, narrow);
    let y = notices(ui, view, notice, inner, header.bottom() + theme.gap());
    let tabs = Rect::from_min_size(
        pos2(inner.left(), y),
        vec2(inner.width(), theme.touch_target()),
    );
    let (tab, tabs_end) = tab_row(ui, view, tabs, state.tab);
    if let Some(tab) = tab {
        nav = Some(StaffNav::Tab(tab));
    }
    let mut area = Rect::from_min_max(
        pos2(inner.left(), tabs.bottom() + theme.gap()),
        pos2(inner.right(), inner.bottom() - theme.px(60.0)),
    );
    // The settings' Save sits beside the tabs on a wide screen, below the form on a narrow one.
    let settings_bar = if narrow {
        let bar = Rect::from_min_max(
            pos2(area.left(), area.bottom() - theme.touch_target()),
            area.max,
        );
        if state.tab == StaffTab::Settings {
            area.max.y = bar.top() - theme.gap();
        }
        bar
    } else {
        Rect::from_min_max(pos2(tabs_end + theme.px(48.0), tabs.top()), tabs.max)
    };
    let tab_nav = match state.tab {
        StaffTab::Packs => packs_tab(ui, view, state.packs.as_deref(), area),
        StaffTab::Counts => {
            super::staff_figures::counts(ui, view, state.counts.as_ref(), area);
            None
        }
        StaffTab::Export => super::staff_figures::export(ui, view, state, area),
        StaffTab::Settings => {
            // What became of Save: beside the buttons when narrow, else on the bottom line.
            let status = (!narrow).then(|| {
                Rect::from_min_max(
                    pos2(inner.center().x, area.bottom()),
                    pos2(inner.right(), inner.bottom()),
                )
            });
            super::staff_settings::settings(ui, view, state, area, (settings_bar, status))
        }
    };
    if tab_nav.is_some() {
        nav = tab_nav;
    }
    let note = ui.painter().layout_no_wrap(
        view.text("staff-closes"),
        theme.font(TextStyle::Caption),
        theme.muted_ink,
    );
    widgets::text_at(
        ui,
        pos2(inner.left(), inner.bottom() - note.size().y),
        note,
        theme.muted_ink,
    );
    nav
}

/// The warnings (no PIN, a damaged settings file) and the last thing done, boxed one under
/// the other from `y`; returns the y below them.
fn notices(ui: &Ui, view: &StaffView<'_>, notice: Option<&str>, inner: Rect, mut y: f32) -> f32 {
    let theme = view.theme;
    let settings = view.settings_warnings.join("\n");
    for (shown, text, color) in [
        (!view.pin_set, view.text("staff-no-pin"), theme.wrong),
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
            galley,
            color,
        );
        y = boxed.bottom() + theme.gap();
    }
    y
}

/// The tabs: packs, visitor counts, export, settings; returns the tab chosen and where the
/// tabs end.
fn tab_row(
    ui: &mut Ui,
    view: &StaffView<'_>,
    rect: Rect,
    current: StaffTab,
) -> (Option<StaffTab>, f32) {
    let theme = view.theme;
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::left_to_right(Align::Center)),
    );
    let spacing = theme.px(12.0);
    row.spacing_mut().item_spacing.x = spacing;
    let width = theme.px(240.0).min((rect.width() - 3.0 * spacing) / 4.0);
    let mut chosen = None;
    for (tab, key) in [
        (StaffTab::Packs, "staff-tab-packs"),
        (StaffTab::Counts, "staff-tab-counts"),
        (StaffTab::Export, "staff-tab-export"),
        (StaffTab::Settings, "staff-tab-settings"),
    ] {
        let label = view.text(key);
        if Button::new(&label)
            .selected(tab == current)
            .min_width(width)
            .show(&mut row, theme, view.clicks_allowed)
        {
            chosen = Some(tab);
        }
    }
    (chosen, row.min_rect().right())
}

/// The packs on the left, the visitor log's health on the right.
fn packs_tab(
    ui: &mut Ui,
    view: &StaffView<'_>,
    packs: Option<&[PackEntry]>,
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
    log_card(ui, view, log_area);
    nav
}

/// The title, and the two ways out: back to the exhibition, exit the kiosk.
fn menu_header(ui: &mut Ui, view: &StaffView<'_>, header: Rect, narrow: bool) -> Option<StaffNav> {
    let theme = view.theme;
    let mut nav = None;
    let buttons = if narrow {
        Rect::from_min_max(
            pos2(header.left(), header.bottom() - theme.touch_target()),
            header.max,
        )
    } else {
        header
    };
    let mut bar = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(buttons)
            .layout(Layout::right_to_left(Align::Center)),
    );
    bar.spacing_mut().item_spacing.x = theme.gap();
    let back = view.text("staff-back");
    let exit = view.text("staff-exit");
    if Button::new(&back)
        .icon(Icon::Home)
        .kind(ButtonKind::Primary)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Close);
    }
    if Button::new(&exit)
        .icon(Icon::Finish)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Exit);
    }
    let restart = view.text("staff-restart");
    if Button::new(&restart)
        .icon(Icon::Retry)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Restart);
    }
    let title = ui.painter().layout_no_wrap(
        view.text("staff-title"),
        theme.font(TextStyle::Title),
        theme.ink,
    );
    let title_row = if narrow {
        Rect::from_min_size(header.min, vec2(header.width(), theme.touch_target()))
    } else {
        header
    };
    let title_y = title_row.center().y - title.size().y / 2.0;
    widgets::text_at(ui, pos2(header.left(), title_y), title, theme.ink);
    nav
}

/// The packs, each with its state and a button to show it.
fn pack_list(
    ui: &mut Ui,
    view: &StaffView<'_>,
    packs: Option<&[PackEntry]>,
    area: Rect,
) -> Option<usize> {
    let theme = view.theme;
    let heading = (view.text("staff-packs"), TextStyle::Heading, theme.ink);
    let heading_height = widgets::line_at(ui, theme, heading, area.min);
    let mut y = area.top() + heading_height + theme.px(16.0);
    let Some(packs) = packs else {
        let checking = (
            view.text("staff-pack-checking"),
            TextStyle::Body,
            theme.muted_ink,
        );
        widgets::line_at(ui, theme, checking, pos2(area.left(), y));
        return None;
    };
    let mut chosen = None;
    let row_height = theme.touch_target() + theme.px(32.0);
    for (index, entry) in packs.iter().enumerate() {
        let row = Rect::from_min_size(pos2(area.left(), y), vec2(area.width(), row_height));
        if row.bottom() > area.bottom() {
            break;
        }
        if pack_row(ui, view, entry, row) {
            chosen = Some(index);
        }
        y = row.bottom() + theme.px(12.0);
    }
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
    let (status, status_color) = match entry.pack.as_ref().map(|p| p.manifest.active.as_ref()) {
        None => (
            view.format(
                "staff-pack-problems",
                &[("errors", &entry.errors.to_string())],
            ),
            theme.wrong,
        ),
        Some(Some(active)) => (
            view.format(
                "staff-pack-dates",
                &[
                    ("from", &month_day(&active.from, view.language)),
                    ("until", &month_day(&active.until, view.language)),
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
    let block = name_height
        + if status.is_empty() {
            0.0
        } else {
            theme.px(32.0)
        };
    let text_top = row.center().y - block * 0.5;
    widgets::text_at(
        ui,
        pos2(row.left() + theme.px(24.0), text_top),
        name,
        theme.ink,
    );
    if !status.is_empty() {
        let mut job = egui::text::LayoutJob::simple_singleline(
            status,
            theme.font(TextStyle::Caption),
            status_color,
        );
        job.wrap.max_width = text_width;
        job.wrap.max_rows = 1;
        job.wrap.overflow_character = Some('…');
        let said = ui.painter().layout_job(job);
        widgets::text_at(
            ui,
            pos2(
                row.left() + theme.px(24.0),
                text_top + name_height + theme.px(4.0),
            ),
            said,
            status_color,
        );
    }
    chosen
}

/// The pack's title in `language` with its folder's id, or the id alone.
/// `2026-07-20` as `7/20` (Japanese) or `Jul 20`; anything else as it is.
fn month_day(date: &str, language: &str) -> String {
    match date.parse::<jiff::civil::Date>() {
        Ok(day) if language == "ja" => format!("{}/{}", day.month(), day.day()),
        Ok(day) => format!("{} {}", day.strftime("%b"), day.day()),
        Err(_) => date.to_owned(),
    }
}

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
        .map_or_else(|| entry.id.clone(), |t| format!("{t}（{}）", entry.id))
}

/// The visitor log's health: writing normally, or events waiting and why.
fn log_card(ui: &Ui, view: &StaffView<'_>, area: Rect) {
    let theme = view.theme;
    ui.painter()
        .rect_filled(area, theme.radius(), theme.surface);
    let inner = area.shrink(theme.px(24.0));
    let heading = (view.text("staff-log"), TextStyle::Heading, theme.ink);
    let heading_height = widgets::line_at(ui, theme, heading, inner.min);
    let (text, color) = match &view.health {
        Some(health) if health.queued == 0 && health.last_error.is_none() => (
            view.format(
                "staff-log-ok",
                &[("written", &crate::digits::group_digits(health.written))],
            ),
            theme.right,
        ),
        Some(health) => (
            view.format(
                "staff-log-queued",
                &[
                    ("queued", &crate::digits::group_digits(health.queued as u64)),
                    ("error", health.last_error.as_deref().unwrap_or("")),
                ],
            ),
            theme.wrong,
        ),
        None => ("–".to_owned(), theme.muted_ink),
    };
    let mut y = inner.top() + heading_height + theme.px(12.0);
    let mut line = |text: &str, style: TextStyle, color: egui::Color32| {
        let galley = kinsoku::layout_text(
            ui.painter(),
            text,
            &theme.font(style),
            color,
            inner.width(),
            false,
        );
        let height = galley.size().y;
        widgets::text_at(ui, pos2(inner.left(), y), galley, color);
        y += height + theme.px(6.0);
    };
    line(&text, TextStyle::Body, color);
    let Some(health) = &view.health else {
        return;
    };
    let last = health.last_write.as_ref().map_or_else(
        || view.text("staff-log-no-write-yet"),
        |at| {
            view.format(
                "staff-log-last-write",
                &[("time", &at.strftime("%H:%M").to_string())],
            )
        },
    );
    line(&last, TextStyle::Caption, theme.muted_ink);
    if let Some(free) = health.free_bytes {
        let free = crate::content::ron_file::human_bytes(free);
        if health.disk_low() {
            line(
                &view.format("staff-log-disk-low", &[("free", &free)]),
                TextStyle::Body,
                theme.wrong,
            );
        } else {
            line(
                &view.format("staff-log-disk", &[("free", &free)]),
                TextStyle::Caption,
                theme.muted_ink,
            );
        }
    }
}

//! The PIN pad: a dot per digit typed (how many, never which), what the pad says (wrong, tries
//! left, checking, locked with the time left), the digits in a 3×4 grid and cancel; and, when
//! the PIN's hash in the settings cannot be read, a locked card in its place.

use egui::{Align, Layout, Rect, Stroke, Ui, pos2, vec2};

use super::StaffView;
use crate::staff::menu::{PinMessage, StaffNav};
use crate::ui::kinsoku;
use crate::ui::paint::Icon;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button, ButtonKind};

/// The pad with `entered` digits typed and the pad's `message`.
pub(super) fn pin_pad(
    ui: &mut Ui,
    view: &StaffView<'_>,
    entered: usize,
    message: Option<PinMessage>,
) -> Option<StaffNav> {
    if message == Some(PinMessage::Unreadable) {
        return locked_card(ui, view);
    }
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
    let enabled = view.locked_for.is_none()
        && !matches!(message, Some(PinMessage::Checking | PinMessage::Unreadable));
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
    widgets::galley_at(
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
                .circle_stroke(center, dot, Stroke::new(theme.px(2.0), theme.edge));
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
        // An unreadable PIN has the locked card instead of this pad.
        (None, None | Some(PinMessage::Unreadable)) => String::new(),
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
        widgets::text_at(ui, pos2(card.center().x, y), &said, theme.wrong);
    }
    y + said_height + theme.px(16.0)
}

/// Instead of the pad when the PIN's hash cannot be read: why the menu stays locked, where the
/// problem is, how to mend it, and the way back.
fn locked_card(ui: &mut Ui, view: &StaffView<'_>) -> Option<StaffNav> {
    let theme = view.theme;
    let screen = ui.max_rect();
    let width = theme.px(900.0).min(screen.width() - theme.px(80.0));
    let inner = width - theme.px(96.0);
    let title = kinsoku::layout_text(
        ui.painter(),
        &view.text("staff-pin-unreadable-title"),
        &theme.font(TextStyle::Heading),
        theme.ink,
        inner,
        false,
    );
    let said = kinsoku::layout_text(
        ui.painter(),
        &view.text("staff-pin-unreadable"),
        &theme.font(TextStyle::Body),
        theme.ink,
        inner,
        false,
    );
    let place = kinsoku::layout_text(
        ui.painter(),
        view.pin_unreadable.unwrap_or_default(),
        &theme.font(TextStyle::Caption),
        theme.wrong,
        inner,
        false,
    );
    let gap = theme.px(24.0);
    let height = theme.px(48.0) * 2.0
        + title.size().y
        + said.size().y
        + place.size().y
        + theme.touch_target()
        + 3.0 * gap;
    let card = Rect::from_center_size(screen.center(), vec2(width, height));
    ui.painter()
        .rect_filled(card, theme.radius(), theme.surface);
    let left = card.left() + theme.px(48.0);
    let mut y = card.top() + theme.px(48.0);
    for (galley, color) in [(title, theme.ink), (said, theme.ink), (place, theme.wrong)] {
        let height = galley.size().y;
        widgets::text_at(ui, pos2(left, y), &galley, color);
        y += height + gap;
    }
    let mut zone = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(Rect::from_min_size(
                pos2(left, y),
                vec2(inner, theme.touch_target()),
            ))
            .layout(Layout::top_down(Align::Min)),
    );
    let close = view.text("staff-pin-cancel");
    Button::new(&close)
        .icon(Icon::Close)
        .show(&mut zone, theme, view.clicks_allowed)
        .then_some(StaffNav::Close)
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

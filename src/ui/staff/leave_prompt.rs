//! "Exit the kiosk?" / "Restart the kiosk?": quitting takes the exhibition off the floor, so
//! the menu asks once, with "cancel" the stronger answer, over the dimmed menu.

use egui::{Rect, Ui, pos2, vec2};

use super::StaffView;
use crate::staff::menu::{Leave, StaffNav};
use crate::ui::dialog;
use crate::ui::kinsoku;
use crate::ui::paint::Icon;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button, ButtonKind};

/// Draws the question for `leave`; returns the answer.
pub(super) fn show(ui: &mut Ui, view: &StaffView<'_>, leave: Leave) -> Option<StaffNav> {
    let theme = view.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    let (title, body, confirm, icon) = match leave {
        Leave::Exit => (
            "staff-exit-ask",
            "staff-exit-explain",
            "staff-exit-confirm",
            Icon::Finish,
        ),
        Leave::Restart => (
            "staff-restart-ask",
            "staff-restart-explain",
            "staff-restart-confirm",
            Icon::Retry,
        ),
    };
    let card_width = dialog::card_width(theme, screen);
    let inner_width = card_width - 2.0 * dialog::padding(theme);
    let blocks = [
        (title, TextStyle::Title, theme.ink),
        (body, TextStyle::Body, theme.muted_ink),
    ]
    .map(|(key, style, color)| {
        let block = kinsoku::layout_balanced(
            &painter,
            &view.text(key),
            &theme.font(style),
            color,
            inner_width,
            true,
        );
        (block, color)
    });
    let gap = theme.px(22.0);
    let button_gap = theme.px(24.0);
    let button_width = ((inner_width - button_gap) / 2.0).min(theme.px(400.0));
    let button_height = theme.touch_target();
    let content_height =
        blocks.iter().map(|(b, _)| b.size().y + gap).sum::<f32>() + gap + button_height;
    let card = dialog::veil_and_card(&painter, theme, screen, card_width, content_height);
    let mut y = card.top() + dialog::padding(theme);
    for (block, color) in blocks {
        let height = block.size().y;
        widgets::text_at(ui, pos2(card.center().x, y), &block, color);
        y += height + gap;
    }
    y += gap;
    let cancel = Rect::from_min_size(
        pos2(card.center().x - button_width - button_gap / 2.0, y),
        vec2(button_width, button_height),
    );
    let yes = cancel.translate(vec2(button_width + button_gap, 0.0));
    let mut answer = None;
    for (rect, key, kind, nav, icon) in [
        (
            cancel,
            "staff-pin-cancel",
            ButtonKind::Primary,
            StaffNav::CancelLeave,
            None,
        ),
        (
            yes,
            confirm,
            ButtonKind::Secondary,
            StaffNav::ConfirmLeave,
            Some(icon),
        ),
    ] {
        let mut button_ui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        let words = view.text(key);
        let mut button = Button::new(&words).kind(kind).min_width(button_width);
        if let Some(icon) = icon {
            button = button.icon(icon);
        }
        if button.show(&mut button_ui, theme, view.clicks_allowed) {
            answer = Some(nav);
        }
    }
    answer
}

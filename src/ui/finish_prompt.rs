//! "Finish your visit?": the finish button asks once before the visit ends, over whatever is
//! on screen. "Keep exploring" is the first and stronger answer, so a tap by mistake costs
//! nothing; behind the card nothing reacts (see [`super::screens`]).

use egui::{Rect, Ui, pos2, vec2};

use super::theme::TextStyle;
use super::widgets::{self, Button, ButtonKind};
use super::{ScreenContext, dialog, kinsoku};
use crate::kiosk::Nav;
use crate::ui::paint::Icon;

/// Draws the question; returns the visitor's answer.
pub fn show(ui: &mut Ui, ctx: &ScreenContext<'_>) -> Option<Nav> {
    let theme = ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    let card_width = dialog::card_width(theme, screen);
    let inner_width = card_width - 2.0 * dialog::padding(theme);
    let texts = [
        ("finish-ask-title", TextStyle::Title, theme.ink),
        ("finish-ask-body", TextStyle::Body, theme.muted_ink),
    ]
    .map(|(key, style, color)| {
        let galley = kinsoku::layout_balanced(
            &painter,
            &ctx.ui_text(key),
            &theme.font(style),
            color,
            inner_width,
            true,
        );
        (galley, color)
    });
    let gap = theme.px(22.0);
    let button_gap = theme.px(24.0);
    let button_width = ((inner_width - button_gap) / 2.0).min(theme.px(400.0));
    let button_height = theme.touch_target() * 1.1;
    let content_height =
        texts.iter().map(|(g, _)| g.size().y + gap).sum::<f32>() + gap + button_height;
    let card = dialog::veil_and_card(&painter, theme, screen, card_width, content_height);

    let mut y = card.top() + dialog::padding(theme);
    for (galley, color) in texts {
        let height = galley.size().y;
        widgets::text_at(ui, pos2(card.center().x, y), &galley, color);
        y += height + gap;
    }
    y += gap;
    let row_left = card.center().x - button_width - button_gap / 2.0;
    let keep = Rect::from_min_size(pos2(row_left, y), vec2(button_width, button_height));
    let finish = keep.translate(vec2(button_width + button_gap, 0.0));
    let mut answer = None;
    for (rect, key, kind, nav) in [
        (
            keep,
            "idle-continue",
            ButtonKind::Primary,
            Nav::KeepVisiting,
        ),
        (finish, "finish-confirm", ButtonKind::Secondary, Nav::Finish),
    ] {
        let mut button_ui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        let words = ctx.ui_text(key);
        let mut button = Button::new(&words)
            .kind(kind)
            .min_width(button_width)
            .min_height(button_height);
        if nav == Nav::Finish {
            button = button.icon(Icon::Finish);
        }
        if button.show(&mut button_ui, theme, ctx.clicks_allowed) {
            answer = Some(nav);
        }
    }
    answer
}

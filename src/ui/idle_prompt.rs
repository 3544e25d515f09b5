//! "Are you still there?": over whatever is on screen, with a countdown. Any touch anywhere
//! dismisses it (the app treats every touch as presence); the button says so in words.

use std::time::Duration;

use egui::{Color32, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::widgets::{self, Button, ButtonKind};
use super::{dialog, kinsoku};
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// Draws the prompt with `remaining` on the countdown.
pub fn show(ui: &mut Ui, ctx: &ScreenContext<'_>, remaining: Duration) -> Option<Nav> {
    let theme = ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    let card_width = dialog::card_width(theme, screen);
    let inner_width = card_width - theme.px(120.0);
    let seconds = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
    let texts = [
        (ctx.ui_text("idle-title"), TextStyle::Title, theme.ink),
        (ctx.ui_text("idle-body"), TextStyle::Body, theme.ink),
    ]
    .map(|(text, style, color)| {
        (
            kinsoku::layout_text(
                &painter,
                &text,
                &theme.font(style),
                color,
                inner_width,
                true,
            ),
            color,
        )
    });
    let countdown_text = ctx.texts.format(
        ctx.language(),
        "idle-countdown",
        &[("seconds", &seconds.to_string())],
    );
    let countdown = kinsoku::layout_text(
        &painter,
        &countdown_text,
        &theme.font(TextStyle::Caption),
        theme.muted_ink,
        inner_width,
        true,
    );
    let ring_radius = theme.px(66.0);
    let (gap, pad) = (theme.px(22.0), dialog::padding(theme));
    let content_height = texts.iter().map(|(g, _)| g.size().y + gap).sum::<f32>()
        + 2.0 * ring_radius
        + gap
        + countdown.size().y
        + gap * 1.5
        + theme.touch_target();
    let card = dialog::veil_and_card(&painter, theme, screen, card_width, content_height);

    let mut y = card.top() + pad;
    for (galley, color) in texts {
        let height = galley.size().y;
        widgets::text_at(ui, pos2(card.center().x, y), &galley, color);
        y += height + gap;
    }
    let ring_center = pos2(card.center().x, y + ring_radius);
    painter.circle_stroke(
        ring_center,
        ring_radius,
        egui::Stroke::new(theme.px(8.0), theme.accent),
    );
    let number = painter.layout_no_wrap(
        seconds.to_string(),
        theme.font(TextStyle::Title),
        theme.accent,
    );
    painter.galley(ring_center - number.size() / 2.0, number, Color32::WHITE);
    y += 2.0 * ring_radius + gap;
    let countdown_height = countdown.size().y;
    widgets::text_at(ui, pos2(card.center().x, y), &countdown, theme.muted_ink);
    y += countdown_height + gap * 1.5;

    let button_width = theme.px(420.0);
    let button_rect = Rect::from_min_size(
        pos2(card.center().x - button_width / 2.0, y),
        vec2(button_width, theme.touch_target()),
    );
    let mut button_ui = ui.new_child(egui::UiBuilder::new().max_rect(button_rect));
    Button::new(&ctx.ui_text("idle-continue"))
        .kind(ButtonKind::Primary)
        .min_width(button_width)
        .show(&mut button_ui, theme, ctx.clicks_allowed)
        .then_some(Nav::KeepVisiting)
}

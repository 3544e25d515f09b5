//! A question over the screen: a dimmed veil over everything and a centred card, as the idle
//! prompt and the finish question show it. The caller lays out the card's contents.

use egui::{Painter, Rect, vec2};

use super::theme::Theme;

/// Card padding: the room between its edge and its contents.
#[must_use]
pub fn padding(theme: &Theme) -> f32 {
    theme.px(56.0)
}

/// The card's width on `screen`: at most 1000 px (scaled), with the margins kept.
#[must_use]
pub fn card_width(theme: &Theme, screen: Rect) -> f32 {
    theme.px(1000.0).min(screen.width() - 2.0 * theme.margin())
}

/// Dims `screen` and paints a card of `width` holding `content_height` of contents, centred;
/// returns the card's rectangle.
pub fn veil_and_card(
    painter: &Painter,
    theme: &Theme,
    screen: Rect,
    width: f32,
    content_height: f32,
) -> Rect {
    painter.rect_filled(screen, 0.0, theme.backdrop.gamma_multiply(0.86));
    let card = Rect::from_center_size(
        screen.center(),
        vec2(width, content_height + 2.0 * padding(theme)),
    );
    painter.rect_filled(card, theme.radius() * 1.5, theme.surface);
    card
}

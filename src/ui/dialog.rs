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

/// One answer of a question: its words, its weight, its icon and what it answers.
pub struct Answer<T> {
    /// The button's words.
    pub words: String,
    /// Primary for the safe answer, secondary for the other.
    pub kind: super::widgets::ButtonKind,
    /// An icon before the words.
    pub icon: Option<super::paint::Icon>,
    /// What a tap on it gives back.
    pub gives: T,
}

/// A question over the dimmed screen: `title` and `body` centred in a card, two `answers`
/// side by side under them; returns what the answer tapped gives.
pub fn ask<T: Clone>(
    ui: &mut egui::Ui,
    theme: &Theme,
    clicks_allowed: bool,
    (title, body): (&str, &str),
    answers: &[Answer<T>; 2],
) -> Option<T> {
    use super::theme::TextStyle;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    let card_width = card_width(theme, screen);
    let inner_width = card_width - 2.0 * padding(theme);
    let blocks = [
        (title, TextStyle::Title, theme.ink),
        (body, TextStyle::Body, theme.muted_ink),
    ]
    .map(|(text, style, color)| {
        let block = super::kinsoku::layout_text(
            &painter,
            text,
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
    let button_height = theme.touch_target() * 1.1;
    let content_height =
        blocks.iter().map(|(b, _)| b.size().y + gap).sum::<f32>() + gap + button_height;
    let card = veil_and_card(&painter, theme, screen, card_width, content_height);
    let mut y = card.top() + padding(theme);
    for (block, color) in blocks {
        let height = block.size().y;
        super::widgets::text_at(ui, egui::pos2(card.center().x, y), &block, color);
        y += height + gap;
    }
    y += gap;
    let first = Rect::from_min_size(
        egui::pos2(card.center().x - button_width - button_gap / 2.0, y),
        vec2(button_width, button_height),
    );
    let mut tapped = None;
    for (index, answer) in answers.iter().enumerate() {
        let rect = first.translate(vec2(index as f32 * (button_width + button_gap), 0.0));
        let mut button_ui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        let mut button = super::widgets::Button::new(&answer.words)
            .kind(answer.kind)
            .min_width(button_width)
            .min_height(button_height);
        if let Some(icon) = answer.icon {
            button = button.icon(icon);
        }
        if button.show(&mut button_ui, theme, clicks_allowed) {
            tapped = Some(answer.gives.clone());
        }
    }
    tapped
}

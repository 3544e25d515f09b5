//! The home screen's featured quizzes: a card in the grid where a slot is free, or a banner
//! above the cards.

use egui::{Color32, Pos2, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::paint::{self, Icon};
use super::ruby_text::{self, RubyText};
use super::widgets;
use crate::content::model::Quiz;
use crate::ui::theme::TextStyle;

/// Exhibits whose quizzes the pack features on the home screen, in the pack's order.
#[must_use]
pub fn featured_quizzes(ctx: &ScreenContext<'_>) -> Vec<usize> {
    ctx.pack
        .manifest
        .featured_quizzes
        .iter()
        .filter_map(|id| {
            ctx.pack
                .exhibits
                .iter()
                .position(|e| e.quiz.as_ref().is_some_and(|q| &q.id == id))
        })
        .collect()
}

/// How a featured quiz is drawn.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A wide strip: the badge at the left, the words beside it on one line each.
    Banner,
    /// A card of the grid: the badge where the other cards have their picture (this tall),
    /// the words under it.
    Card { picture_height: f32 },
}

/// Draws the featured quiz of exhibit `exhibit_index` in `rect`; true when it was tapped.
pub fn show(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    exhibit_index: usize,
    rect: Rect,
    shape: Shape,
) -> bool {
    let theme = *ctx.theme;
    let Some(quiz) = quiz_of(ctx, exhibit_index) else {
        return false;
    };
    let invite = ctx.ui_text("quiz-featured");
    let title = ctx.pack_text(&quiz.title).to_owned();
    let response = widgets::touch_area(
        ui,
        rect,
        ("featured-quiz", exhibit_index),
        &format!("{invite}: {title}"),
    );
    let painter = ui.painter();
    let fill = if response.is_pointer_button_down_on() {
        theme.accent.gamma_multiply(0.85)
    } else {
        theme.accent
    };
    if matches!(shape, Shape::Card { .. }) {
        shadow(painter, &theme, rect, response.is_pointer_button_down_on());
    }
    painter.rect_filled(rect, theme.radius(), fill);
    let words = |text: &str, style: TextStyle, width: f32, rows: usize| {
        quiz_words(ui, ctx, text, style, width, rows)
    };
    let invite_line = invite_line(ctx, quiz);
    match shape {
        Shape::Banner => {
            let text_left = rect.left() + theme.px(150.0);
            let width = rect.right() - text_left - theme.px(100.0);
            let invite = words(&invite_line, TextStyle::Caption, width, 1);
            let title = words(&title, TextStyle::CardTitle, width, 2);
            badge(
                ui,
                ctx,
                pos2(rect.left() + theme.px(80.0), rect.center().y),
                theme.px(44.0),
            );
            let block = invite.size().y + theme.px(6.0) + title.size().y;
            let top = rect.center().y - block / 2.0;
            paint_pair(ui, &invite, &title, pos2(text_left, top), theme.px(6.0));
            chevron(
                ui,
                ctx,
                pos2(rect.right() - theme.px(56.0), rect.center().y),
            );
        }
        Shape::Card { picture_height } => {
            let picture = Rect::from_min_size(rect.min, vec2(rect.width(), picture_height));
            painter.rect_filled(
                picture.shrink(theme.px(10.0)),
                theme.radius() * 0.7,
                theme.on_accent.gamma_multiply(0.1),
            );
            let radius = (picture_height * 0.3).min(theme.px(70.0));
            badge(ui, ctx, picture.center(), radius);
            let text_left = rect.left() + theme.px(24.0);
            let (title, invite) = card_words(ui, ctx, quiz, rect.width());
            let top = picture.bottom() + theme.px(14.0);
            paint_pair(ui, &title, &invite, pos2(text_left, top), theme.px(4.0));
            chevron(
                ui,
                ctx,
                pos2(rect.right() - theme.px(48.0), top + title.size().y / 2.0),
            );
        }
    }
    response.clicked() && ctx.clicks_allowed
}

/// The title and the invitation of a quiz's card `width` wide.
fn card_words(ui: &Ui, ctx: &ScreenContext<'_>, quiz: &Quiz, width: f32) -> (RubyText, RubyText) {
    let theme = ctx.theme;
    let width = width - theme.px(24.0) - theme.px(84.0);
    let title = ctx.pack_text(&quiz.title);
    (
        quiz_words(ui, ctx, title, TextStyle::CardTitle, width, 3),
        quiz_words(
            ui,
            ctx,
            &invite_line(ctx, quiz),
            TextStyle::Caption,
            width,
            2,
        ),
    )
}

/// The quiz of exhibit `exhibit_index`.
fn quiz_of<'a>(ctx: &'a ScreenContext<'_>, exhibit_index: usize) -> Option<&'a Quiz> {
    ctx.pack
        .exhibits
        .get(exhibit_index)
        .and_then(|e| e.quiz.as_ref())
}

/// How tall the words (and their padding) of featured quiz `exhibit_index`'s card `width`
/// wide are, as [`home_grid::plan`](super::home_grid::plan) asks of every card.
#[must_use]
pub fn card_words_height(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    exhibit_index: usize,
    width: f32,
) -> f32 {
    let Some(quiz) = quiz_of(ctx, exhibit_index) else {
        return 0.0;
    };
    let (title, invite) = card_words(ui, ctx, quiz, width);
    title.size().y + invite.size().y + ctx.theme.px(34.0)
}

/// 「クイズにちょうせん　5問」: the invitation with the number of questions.
fn invite_line(ctx: &ScreenContext<'_>, quiz: &Quiz) -> String {
    let count = ctx.texts.format(
        ctx.language(),
        "quiz-question-count",
        &[("count", &quiz.questions.len().to_string())],
    );
    format!("{}　{count}", ctx.ui_text("quiz-featured"))
}

fn quiz_words(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    text: &str,
    style: TextStyle,
    width: f32,
    rows: usize,
) -> RubyText {
    let theme = ctx.theme;
    ruby_text::layout(
        ui.painter(),
        &ruby_text::Spec::new(
            text,
            ruby_text::Look::new(theme.font(style), theme.on_accent).scale(theme.scale),
            width,
        )
        .ruby(theme.furigana)
        .balanced()
        .max_rows(rows),
    )
}

/// The soft shadow under a home card, closer while a finger presses it.
pub fn shadow(painter: &egui::Painter, theme: &crate::ui::theme::Theme, card: Rect, pressed: bool) {
    let lift = theme.px(if pressed { 2.0 } else { 6.0 });
    painter.rect_filled(
        card.translate(vec2(0.0, lift)),
        theme.radius(),
        Color32::from_black_alpha(18),
    );
}

/// The round badge with its question mark, `radius` wide on this screen.
fn badge(ui: &Ui, ctx: &ScreenContext<'_>, centre: Pos2, radius: f32) {
    let theme = ctx.theme;
    let painter = ui.painter();
    painter.circle_filled(centre, radius, theme.on_accent);
    paint::icon(
        painter,
        Icon::Question,
        centre,
        radius * 50.0 / 44.0,
        theme.accent,
    );
}

fn chevron(ui: &Ui, ctx: &ScreenContext<'_>, at: Pos2) {
    let theme = ctx.theme;
    paint::icon(
        ui.painter(),
        Icon::ChevronRight,
        at,
        theme.px(40.0),
        theme.on_accent,
    );
}

/// Paints `first` at `at` and `second` under it, `gap` apart.
fn paint_pair(ui: &Ui, first: &RubyText, second: &RubyText, at: Pos2, gap: f32) {
    first.paint(ui.painter(), at);
    second.paint(ui.painter(), at + vec2(0.0, first.size().y + gap));
}

//! The review on a quiz's score: every question with the visitor's answer and, where it was
//! wrong, the right one, so that the score teaches rather than only counts. A card per
//! question, in a list that scrolls (with a cue) when it is taller than its room.

use egui::{Rect, ScrollArea, Stroke, Ui, pos2, vec2};

use super::paint::{self, Icon};
use super::ruby_text::RubyText;
use super::theme::TextStyle;
use super::{ScreenContext, kinsoku, widgets};
use crate::content::model::{Question, QuestionKind, Quiz};
use crate::kiosk::QuizRun;

/// The words of choice `choice` of `question` in the visitor's language: a text choice's own
/// words, 正しい / まちがい for a statement, a picture's caption (or its description).
#[must_use]
pub fn choice_words(ctx: &ScreenContext<'_>, question: &Question, choice: usize) -> String {
    match &question.kind {
        QuestionKind::SingleChoice { choices, .. }
        | QuestionKind::MultipleChoice { choices, .. } => choices
            .get(choice)
            .map(|c| ctx.pack_text(c).to_owned())
            .unwrap_or_default(),
        QuestionKind::TrueFalse { .. } => ctx.ui_text(if choice == 0 {
            "quiz-true"
        } else {
            "quiz-false"
        }),
        QuestionKind::ImageChoice { choices, .. } => choices
            .get(choice)
            .map(|image| {
                ctx.pack_text(image.caption.as_ref().unwrap_or(&image.alt))
                    .to_owned()
            })
            .unwrap_or_default(),
    }
}

/// Several answers in one line, joined as the language lists things (a semicolon where the
/// answers themselves may hold commas: "Ichigaya, Tokyo; Nagoya City, Aichi").
fn joined(ctx: &ScreenContext<'_>, words: &[String]) -> String {
    let language = ctx.language();
    let separator = if crate::content::ruby::is_japanese(language) || language.starts_with("zh") {
        "、"
    } else {
        "; "
    };
    words.join(separator)
}

/// One question's card: its texts laid out for `width`.
struct Card {
    number: RubyText,
    prompt: RubyText,
    yours: RubyText,
    right_answer: Option<RubyText>,
    right: bool,
    /// "Question 1: right", the mark's words for assistive technology.
    verdict: String,
}

impl Card {
    fn height(&self, gap: f32) -> f32 {
        self.number.size().y
            + gap * 0.5
            + self.prompt.size().y
            + gap
            + self.yours.size().y
            + self
                .right_answer
                .as_ref()
                .map_or(0.0, |r| gap * 0.5 + r.size().y)
    }
}

fn cards(ui: &Ui, ctx: &ScreenContext<'_>, quiz: &Quiz, run: &QuizRun, width: f32) -> Vec<Card> {
    let theme = ctx.theme;
    let painter = ui.painter();
    let text = |words: &str, style: TextStyle, color| {
        kinsoku::layout_text(painter, words, &theme.font(style), color, width, false)
    };
    quiz.questions
        .iter()
        .zip(run.questions())
        .zip(run.answers().iter().zip(run.results()))
        .enumerate()
        .map(|(index, ((question, spec), (chosen, right)))| {
            let number = ctx.texts.format(
                ctx.language(),
                "quiz-review-number",
                &[("number", &(index + 1).to_string())],
            );
            let answer = |choices: Vec<usize>| {
                let words: Vec<String> = choices
                    .into_iter()
                    .map(|c| choice_words(ctx, question, c))
                    .collect();
                joined(ctx, &words)
            };
            let yours = ctx.texts.format(
                ctx.language(),
                "quiz-review-yours",
                &[("answer", &answer(chosen.iter().copied().collect()))],
            );
            let right_answer = (!right).then(|| {
                let words = ctx.texts.format(
                    ctx.language(),
                    "quiz-review-right",
                    &[("answer", &answer(spec.correct.iter().copied().collect()))],
                );
                text(&words, TextStyle::Body, theme.ink)
            });
            let verdict = ctx.texts.format(
                ctx.language(),
                if *right {
                    "quiz-question-right"
                } else {
                    "quiz-question-wrong"
                },
                &[("number", &(index + 1).to_string())],
            );
            Card {
                verdict: crate::content::ruby::plain(&verdict).into_owned(),
                number: text(&number, TextStyle::Caption, theme.muted_ink),
                prompt: text(
                    ctx.pack_text(&question.prompt),
                    TextStyle::CardTitle,
                    theme.ink,
                ),
                yours: text(&yours, TextStyle::Body, theme.ink),
                right_answer,
                right: *right,
            }
        })
        .collect()
}

/// Draws the heading and the cards in `area`, scrolling when they are taller.
pub fn show(ui: &mut Ui, ctx: &ScreenContext<'_>, quiz: &Quiz, run: &QuizRun, area: Rect) {
    let theme = *ctx.theme;
    let heading = kinsoku::layout_text(
        ui.painter(),
        &ctx.ui_text("quiz-review-title"),
        &theme.font(TextStyle::Heading),
        theme.ink,
        area.width(),
        false,
    );
    let heading_height = heading.size().y;
    widgets::text_at(ui, area.min, &heading, theme.ink);
    // Whole pixels: the cards are allocated in a scroll area, which wants them aligned.
    let list = Rect::from_min_max(
        pos2(area.left(), area.top() + heading_height + theme.px(20.0)).round(),
        area.max.round(),
    );
    let mark = theme.px(52.0);
    let pad = theme.px(24.0);
    let gap = theme.px(12.0);
    let text_width = list.width() - mark - 3.0 * pad;
    let cards = cards(ui, ctx, quiz, run, text_width);
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(list));
    let scrolled = ScrollArea::vertical()
        .id_salt("quiz-review")
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(&mut child, |ui| {
            ui.spacing_mut().item_spacing.y = (theme.gap() * 0.6).round();
            for card in &cards {
                let height = (card.height(gap) + 2.0 * pad).round();
                let (rect, _) =
                    ui.allocate_exact_size(vec2(list.width(), height), egui::Sense::hover());
                draw_card(ui, &theme, card, rect, (mark, pad, gap));
            }
            // Room for the fade of the scroll cue under the last card.
            ui.add_space(theme.px(40.0).round());
        });
    paint::more_below_hint(ui.painter(), &theme, &scrolled);
}

fn draw_card(
    ui: &Ui,
    theme: &super::theme::Theme,
    card: &Card,
    rect: Rect,
    sizes: (f32, f32, f32),
) {
    let (mark, pad, gap) = sizes;
    let painter = ui.painter();
    painter.rect_filled(rect, theme.radius(), theme.surface);
    painter.rect_stroke(
        rect,
        theme.radius(),
        Stroke::new(theme.px(2.0), theme.line),
        egui::StrokeKind::Inside,
    );
    let center = pos2(
        rect.left() + pad + mark / 2.0,
        rect.top() + pad + mark / 2.0,
    );
    let mark_rect = Rect::from_center_size(center, vec2(mark, mark));
    let response = ui.interact(
        mark_rect,
        ui.scope_id().with(("review-mark", &card.verdict)),
        egui::Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &card.verdict));
    if card.right {
        painter.circle_filled(center, mark / 2.0, theme.right);
        paint::icon(painter, Icon::Check, center, mark * 0.6, theme.surface);
    } else {
        painter.circle_stroke(
            center,
            mark / 2.0 - theme.px(2.0),
            Stroke::new(theme.px(3.0), theme.wrong),
        );
        paint::icon(painter, Icon::Close, center, mark * 0.5, theme.wrong);
    }
    let left = rect.left() + 2.0 * pad + mark;
    let mut y = rect.top() + pad;
    for (block, after) in [
        (Some(&card.number), gap * 0.5),
        (Some(&card.prompt), gap),
        (Some(&card.yours), gap * 0.5),
        (card.right_answer.as_ref(), 0.0),
    ] {
        if let Some(block) = block {
            widgets::text_at(ui, pos2(left, y), block, theme.ink);
            y += block.size().y + after;
        }
    }
}

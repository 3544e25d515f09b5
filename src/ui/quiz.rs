//! An exhibit's quiz: the intro (title, introduction, number of questions), then one question
//! per screen ([`super::quiz_question`]), then the score with a message for its band, "try
//! again" and the way back to the exhibit.

use egui::{Align, Layout, Rect, Ui, pos2, vec2};

use super::ruby_text::RubyText;

use super::ScreenContext;
use super::kinsoku;
use super::paint::{self, Icon};
use super::quiz_question;
use super::top_bar::TopBar;
use super::widgets::{self, Button, ButtonKind};
use crate::content::model::{Quiz, ScoreBand};
use crate::kiosk::{Nav, QuizPhase};
use crate::ui::theme::{TextStyle, Theme};

/// Draws the quiz of exhibit `exhibit_index` where it stands.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>, exhibit_index: usize) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, theme.background);
    let (Some(quiz), Some(run)) = (
        ctx.pack
            .exhibits
            .get(exhibit_index)
            .and_then(|e| e.quiz.as_ref()),
        ctx.state.quiz(),
    ) else {
        return Some(Nav::Home);
    };
    let bar = Rect::from_min_size(screen.min, vec2(screen.width(), theme.bar_height()));
    let title = ctx.pack_text(&quiz.title).to_owned();
    let bar_nav = TopBar {
        title: &title,
        navigation: true,
    }
    .show(ui, ctx, bar);
    let body = Rect::from_min_max(pos2(screen.left(), bar.bottom()), screen.max);
    let nav = match run.phase() {
        QuizPhase::Intro => intro(ui, ctx, quiz, body),
        QuizPhase::Question => quiz_question::show(ui, ctx, quiz, run, body),
        QuizPhase::Result => result(ui, ctx, quiz, body),
    };
    nav.or(bar_nav)
}

/// Width of the centred column of the intro and result screens.
fn column_width(theme: &Theme, body: Rect) -> f32 {
    theme
        .px(1100.0)
        .min(body.width() - 2.0 * theme.margin())
        .max(theme.px(200.0))
}

/// Centred, wrapped text.
fn centred(ui: &Ui, ctx: &ScreenContext<'_>, text: &str, style: TextStyle, width: f32) -> RubyText {
    let color = match style {
        TextStyle::Caption => ctx.theme.muted_ink,
        _ => ctx.theme.ink,
    };
    kinsoku::layout_text(
        ui.painter(),
        text,
        &ctx.theme.font(style),
        color,
        width,
        true,
    )
}

/// A round badge with an icon, as the intro and the score wear.
fn badge(ui: &Ui, theme: &Theme, center: egui::Pos2, icon: Icon) {
    let radius = theme.px(64.0);
    ui.painter().circle_filled(center, radius, theme.accent);
    paint::icon(ui.painter(), icon, center, radius * 1.1, theme.on_accent);
}

/// Lays out `galleys` one under the other, centred in `body` with room for `button_block`
/// below; returns the top of the first and the y where the buttons go.
fn stack(
    theme: &Theme,
    body: Rect,
    galleys: &[(RubyText, f32)],
    head: f32,
    button_block: f32,
) -> (f32, f32) {
    let text_height: f32 = galleys.iter().map(|(g, gap)| g.size().y + gap).sum();
    let total = head + text_height + theme.px(48.0) + button_block;
    let top = (body.center().y - total / 2.0).max(body.top() + theme.px(32.0));
    (top, top + head + text_height + theme.px(48.0))
}

fn intro(ui: &mut Ui, ctx: &ScreenContext<'_>, quiz: &Quiz, body: Rect) -> Option<Nav> {
    let theme = *ctx.theme;
    let width = column_width(&theme, body);
    let count = ctx.texts.format(
        ctx.language(),
        "quiz-question-count",
        &[("count", &quiz.questions.len().to_string())],
    );
    let mut galleys = vec![(
        centred(ui, ctx, ctx.pack_text(&quiz.title), TextStyle::Title, width),
        theme.px(20.0),
    )];
    if let Some(intro) = &quiz.intro {
        galleys.push((
            centred(ui, ctx, ctx.pack_text(intro), TextStyle::Body, width),
            theme.px(20.0),
        ));
    }
    galleys.push((centred(ui, ctx, &count, TextStyle::CardTitle, width), 0.0));
    let head = theme.px(128.0 + 40.0);
    let button_height = theme.touch_target().max(theme.px(100.0));
    let (top, buttons_top) = stack(
        &theme,
        body,
        &galleys,
        head,
        2.0 * button_height + theme.gap(),
    );
    badge(
        ui,
        &theme,
        pos2(body.center().x, top + theme.px(64.0)),
        Icon::Question,
    );
    let mut y = top + head;
    for (galley, gap) in galleys {
        let height = galley.size().y;
        widgets::text_at(ui, pos2(body.center().x, y), &galley, theme.ink);
        y += height + gap;
    }
    let buttons = Rect::from_center_size(
        pos2(
            body.center().x,
            buttons_top + button_height + theme.gap() / 2.0,
        ),
        vec2(width, 2.0 * button_height + theme.gap()),
    );
    let mut column = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(buttons)
            .layout(Layout::top_down(Align::Center)),
    );
    column.spacing_mut().item_spacing.y = theme.gap();
    let start = ctx.ui_text("quiz-start");
    // Back where the quiz was opened: its exhibit, or home for a quiz featured there.
    let (back, back_icon) = if opened_from_exhibit(ctx) {
        (ctx.ui_text("quiz-back-to-exhibit"), Icon::ChevronLeft)
    } else {
        (ctx.ui_text("more-exhibits"), Icon::Home)
    };
    let button_width = theme.px(520.0).min(width);
    let mut nav = None;
    if Button::new(&start)
        .icon(Icon::ChevronRight)
        .icon_after()
        .kind(ButtonKind::Primary)
        .min_width(button_width)
        .min_height(button_height)
        .show(&mut column, &theme, ctx.clicks_allowed)
    {
        nav = Some(Nav::StartQuiz);
    }
    if Button::new(&back)
        .icon(back_icon)
        .min_width(button_width)
        .show(&mut column, &theme, ctx.clicks_allowed)
    {
        nav = Some(Nav::Back);
    }
    nav
}

/// The message for `score`: the pack's band with the highest minimum reached, else the
/// kiosk's own words for all, most or some right.
fn result_message(ctx: &ScreenContext<'_>, quiz: &Quiz, score: u32, max: u32) -> String {
    match score_band(&quiz.results, score) {
        Some(band) => ctx.pack_text(&band.message).to_owned(),
        None => ctx.ui_text(default_result_key(score, max)),
    }
}

/// The band with the highest minimum at or below `score`.
fn score_band(bands: &[ScoreBand], score: u32) -> Option<&ScoreBand> {
    bands
        .iter()
        .filter(|band| band.min_score <= score)
        .max_by_key(|band| band.min_score)
}

/// The kiosk's own message for a pack without bands: all right, at least two in three (4 of
/// 6: "well done" is not for half), or fewer.
fn default_result_key(score: u32, max: u32) -> &'static str {
    if score >= max {
        "quiz-result-all"
    } else if score * 3 >= max * 2 {
        "quiz-result-most"
    } else {
        "quiz-result-some"
    }
}

/// The score: the figure, its words and the band's message beside (landscape) or above
/// (portrait) the review of every answer, and the ways on.
fn result(ui: &mut Ui, ctx: &ScreenContext<'_>, quiz: &Quiz, body: Rect) -> Option<Nav> {
    let theme = *ctx.theme;
    let run = ctx.state.quiz()?;
    let max = u32::try_from(run.question_count()).unwrap_or(u32::MAX);
    let score = run.score();
    let landscape = body.width() > body.height();
    let margin = theme.margin();
    let inner = body.shrink2(vec2(margin, theme.px(40.0)));
    let summary_width = if landscape {
        theme.px(720.0).min(inner.width() * 0.42)
    } else {
        inner.width()
    };
    let score_line = ctx.texts.format(
        ctx.language(),
        "quiz-score",
        &[("score", &score.to_string()), ("total", &max.to_string())],
    );
    let galleys = [
        (
            format!("{score} / {max}"),
            TextStyle::Figure,
            theme.accent,
            theme.px(4.0),
        ),
        (score_line, TextStyle::CardTitle, theme.ink, theme.px(20.0)),
        (
            result_message(ctx, quiz, score, max),
            TextStyle::Body,
            theme.ink,
            0.0,
        ),
    ]
    .map(|(text, style, color, gap)| (centred(ui, ctx, &text, style, summary_width), color, gap));
    let badge_height = theme.px(128.0 + 24.0);
    let text_height: f32 = galleys.iter().map(|(g, _, gap)| g.size().y + gap).sum();
    let button_height = theme.touch_target().max(theme.px(100.0));
    let targets = result_targets(ctx);
    let (row, button_width) = result_row(&theme, summary_width, targets.len());
    let count = targets.len() as f32;
    let block_height = if row {
        button_height
    } else {
        count * button_height + (count - 1.0) * theme.gap()
    };
    let summary_height = badge_height + text_height;
    let (summary_top, buttons_top, review) = if landscape {
        let total = summary_height + theme.px(48.0) + block_height;
        let top = (inner.center().y - total / 2.0).max(inner.top());
        let review_left = inner.left() + summary_width + theme.px(72.0);
        (
            top,
            top + summary_height + theme.px(48.0),
            Rect::from_min_max(pos2(review_left, inner.top()), inner.max),
        )
    } else {
        let buttons_top = inner.bottom() - block_height;
        (
            inner.top(),
            buttons_top,
            Rect::from_min_max(
                pos2(inner.left(), inner.top() + summary_height + theme.px(48.0)),
                pos2(inner.right(), buttons_top - theme.px(40.0)),
            ),
        )
    };
    let column_center = inner.left() + summary_width / 2.0;
    badge(
        ui,
        &theme,
        pos2(column_center, summary_top + theme.px(64.0)),
        Icon::Star,
    );
    let mut y = summary_top + badge_height;
    for (galley, color, gap) in galleys {
        let height = galley.size().y;
        widgets::text_at(ui, pos2(column_center, y), &galley, color);
        y += height + gap;
    }
    super::quiz_review::show(ui, ctx, quiz, run, review);
    let area = Rect::from_min_size(
        pos2(inner.left(), buttons_top),
        vec2(summary_width, block_height),
    );
    result_buttons(ui, ctx, &targets, area, (row, button_width, button_height))
}

/// Whether the quiz on screen was opened from its exhibit (else from home: no exhibit to
/// go back to).
fn opened_from_exhibit(ctx: &ScreenContext<'_>) -> bool {
    ctx.state
        .quiz()
        .is_some_and(|run| run.return_to().is_some())
}

/// The ways on from the score: back to the exhibit (only when the quiz was opened there),
/// try again, the other exhibits.
fn result_targets(ctx: &ScreenContext<'_>) -> Vec<(String, Icon, Nav)> {
    let mut targets = Vec::new();
    if opened_from_exhibit(ctx) {
        targets.push((
            ctx.ui_text("quiz-back-to-exhibit"),
            Icon::ChevronLeft,
            Nav::Back,
        ));
    }
    targets.push((ctx.ui_text("quiz-retry"), Icon::Retry, Nav::RetryQuiz));
    targets.push((ctx.ui_text("more-exhibits"), Icon::Home, Nav::Home));
    targets
}

fn result_buttons(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    targets: &[(String, Icon, Nav)],
    area: Rect,
    (row, width, height): (bool, f32, f32),
) -> Option<Nav> {
    let theme = ctx.theme;
    let count = targets.len() as f32;
    let size = if row {
        vec2(count * width + (count - 1.0) * theme.gap(), height)
    } else {
        vec2(width, count * height + (count - 1.0) * theme.gap())
    };
    let rect = Rect::from_min_size(pos2(area.center().x - size.x / 2.0, area.top()), size);
    let layout = if row {
        Layout::left_to_right(Align::Center)
    } else {
        Layout::top_down(Align::Center)
    };
    let mut buttons = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(layout));
    buttons.spacing_mut().item_spacing = vec2(theme.gap(), theme.gap());
    let mut nav = None;
    for (label, icon, target) in targets {
        let kind = if *target == Nav::RetryQuiz {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        if Button::new(label)
            .icon(*icon)
            .kind(kind)
            .min_width(width)
            .min_height(height)
            .show(&mut buttons, theme, ctx.clicks_allowed)
        {
            nav = Some(target.clone());
        }
    }
    nav
}

/// Whether `count` result buttons fit in a row in `width`, and each button's width.
fn result_row(theme: &Theme, width: f32, count: usize) -> (bool, f32) {
    let button = theme.px(460.0);
    let count = count as f32;
    if count * button + (count - 1.0) * theme.gap() <= width {
        (true, button)
    } else {
        (false, button.max(theme.px(520.0)).min(width))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(min_score: u32) -> ScoreBand {
        ScoreBand {
            min_score,
            message: [("en".to_owned(), format!("from {min_score}"))].into(),
        }
    }

    #[test]
    fn the_highest_band_reached_speaks_else_the_kiosk_does() {
        let bands = [band(3), band(0), band(6)];
        let pick = |score| score_band(&bands, score).map(|b| b.min_score);
        assert_eq!(
            (pick(0), pick(2), pick(3), pick(5), pick(6)),
            (Some(0), Some(0), Some(3), Some(3), Some(6))
        );
        assert_eq!(score_band(&[band(2)], 1).map(|b| b.min_score), None);
        assert_eq!(default_result_key(6, 6), "quiz-result-all");
        assert_eq!(default_result_key(4, 6), "quiz-result-most");
        assert_eq!(
            default_result_key(3, 6),
            "quiz-result-some",
            "half right is not \"well done\""
        );
        assert_eq!(default_result_key(2, 3), "quiz-result-most");
    }
}

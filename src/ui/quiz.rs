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
    kinsoku::layout_balanced(
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
    let back = ctx.ui_text("quiz-back-to-exhibit");
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
        .icon(Icon::ChevronLeft)
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

/// The kiosk's own message for a pack without bands: all right, at least half, or fewer.
fn default_result_key(score: u32, max: u32) -> &'static str {
    if score >= max {
        "quiz-result-all"
    } else if score * 2 >= max {
        "quiz-result-most"
    } else {
        "quiz-result-some"
    }
}

fn result(ui: &mut Ui, ctx: &ScreenContext<'_>, quiz: &Quiz, body: Rect) -> Option<Nav> {
    let theme = *ctx.theme;
    let run = ctx.state.quiz()?;
    let width = column_width(&theme, body);
    let max = u32::try_from(run.question_count()).unwrap_or(u32::MAX);
    let score = run.score();
    let score_line = ctx.texts.format(
        ctx.language(),
        "quiz-score",
        &[("score", &score.to_string()), ("total", &max.to_string())],
    );
    let figure = format!("{score} / {max}");
    let galleys = vec![
        (
            centred(ui, ctx, &figure, TextStyle::Figure, width),
            theme.px(4.0),
        ),
        (
            centred(ui, ctx, &score_line, TextStyle::CardTitle, width),
            theme.px(28.0),
        ),
        (
            centred(
                ui,
                ctx,
                &result_message(ctx, quiz, score, max),
                TextStyle::Body,
                width,
            ),
            theme.px(28.0),
        ),
    ];
    let marks_height = theme.px(64.0);
    let button_height = theme.touch_target().max(theme.px(100.0));
    let head = theme.px(128.0 + 32.0);
    let button_block = if result_row(&theme, body.width() - 2.0 * theme.margin()).0 {
        button_height
    } else {
        3.0 * button_height + 2.0 * theme.gap()
    };
    let (top, buttons_top) = stack(&theme, body, &galleys, head, marks_height + button_block);
    badge(
        ui,
        &theme,
        pos2(body.center().x, top + theme.px(64.0)),
        Icon::Star,
    );
    let mut y = top + head;
    for (galley, gap) in galleys {
        let height = galley.size().y;
        let color = if height > theme.px(70.0) {
            theme.accent
        } else {
            theme.ink
        };
        widgets::text_at(ui, pos2(body.center().x, y), &galley, color);
        y += height + gap;
    }
    question_marks(ui, ctx, run.results(), pos2(body.center().x, buttons_top));
    let area = Rect::from_min_size(
        pos2(body.left() + theme.margin(), buttons_top + marks_height),
        vec2(body.width() - 2.0 * theme.margin(), button_block),
    );
    result_buttons(ui, ctx, area, button_height)
}

/// A mark per question: a tick in a filled circle if right, a cross in a ring if wrong,
/// each labelled in words.
fn question_marks(ui: &Ui, ctx: &ScreenContext<'_>, results: &[bool], center: egui::Pos2) {
    let theme = ctx.theme;
    let size = theme.px(52.0);
    let step = size + theme.px(16.0);
    let left = center.x - step * (results.len() as f32 - 1.0) / 2.0;
    for (index, right) in results.iter().enumerate() {
        let mark = pos2(left + index as f32 * step, center.y);
        let key = if *right {
            "quiz-question-right"
        } else {
            "quiz-question-wrong"
        };
        let label = crate::content::ruby::plain(&ctx.texts.format(
            ctx.language(),
            key,
            &[("number", &(index + 1).to_string())],
        ))
        .into_owned();
        let rect = Rect::from_center_size(mark, vec2(size, size));
        let response = ui.interact(
            rect,
            ui.scope_id().with(("mark", index)),
            egui::Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
        let painter = ui.painter();
        if *right {
            painter.circle_filled(mark, size / 2.0, theme.right);
            paint::icon(painter, Icon::Check, mark, size * 0.6, theme.surface);
        } else {
            painter.circle_stroke(
                mark,
                size / 2.0 - theme.px(2.0),
                egui::Stroke::new(theme.px(3.0), theme.wrong),
            );
            paint::icon(painter, Icon::Close, mark, size * 0.5, theme.wrong);
        }
    }
}

fn result_buttons(ui: &mut Ui, ctx: &ScreenContext<'_>, area: Rect, height: f32) -> Option<Nav> {
    let theme = ctx.theme;
    let labels = [
        (
            ctx.ui_text("quiz-back-to-exhibit"),
            Icon::ChevronLeft,
            Nav::Back,
        ),
        (ctx.ui_text("quiz-retry"), Icon::Retry, Nav::RetryQuiz),
        (ctx.ui_text("more-exhibits"), Icon::Home, Nav::Home),
    ];
    let (row, width) = result_row(theme, area.width());
    let count = labels.len() as f32;
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
    for (label, icon, target) in labels {
        let kind = if target == Nav::RetryQuiz {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        if Button::new(&label)
            .icon(icon)
            .kind(kind)
            .min_width(width)
            .min_height(height)
            .show(&mut buttons, theme, ctx.clicks_allowed)
        {
            nav = Some(target);
        }
    }
    nav
}

/// Whether the result's three buttons fit in a row in `width`, and each button's width.
fn result_row(theme: &Theme, width: f32) -> (bool, f32) {
    let button = theme.px(460.0);
    if 3.0 * button + 2.0 * theme.gap() <= width {
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
        assert_eq!(default_result_key(3, 6), "quiz-result-most");
        assert_eq!(default_result_key(2, 6), "quiz-result-some");
    }
}

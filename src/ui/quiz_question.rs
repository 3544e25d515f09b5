//! One quiz question: progress, the question, large choices (text, true/false, or pictures
//! with captions), "check answer" for multiple choice, and after the answer the feedback: right
//! or not in words and with a tick or cross (never by colour alone), the right choices marked,
//! the pack's explanation and the way on.

use egui::{Rect, ScrollArea, Stroke, Ui, pos2, vec2};

use super::ScreenContext;
use super::kinsoku;
use super::narration_bar;
use super::paint::{self, Icon};
use super::quiz_choices;
use super::widgets::{self, Button, ButtonKind};
use crate::content::model::{Question, Quiz};
use crate::kiosk::{Nav, QuizRun};
use crate::ui::theme::{TextStyle, Theme};

/// The height the feedback's band takes at 1080p with two lines of explanation: choices that
/// grow on a portrait screen leave it free.
const FEEDBACK_ROOM: f32 = 380.0;

/// What the visitor's answer was, for the feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Right,
    /// Multiple choice with some right choices found.
    Almost,
    Wrong,
}

/// Draws the current question of `run` in `body`.
pub fn show(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    quiz: &Quiz,
    run: &QuizRun,
    body: Rect,
) -> Option<Nav> {
    let theme = *ctx.theme;
    let question = quiz.questions.get(run.current())?;
    let spec = run.question()?;
    let inner_width = body.width() - 2.0 * theme.margin();
    let verdict = run.answered().map(|right| {
        if right {
            Verdict::Right
        } else if spec.multiple && run.chosen().intersection(&spec.correct).next().is_some() {
            Verdict::Almost
        } else {
            Verdict::Wrong
        }
    });
    let footer = footer(ui, ctx, question, run, verdict, body);
    let footer_top = footer
        .as_ref()
        .map_or(body.bottom(), |(rect, _)| rect.top());
    let mut nav = footer.and_then(|(_, nav)| nav);

    // A question read aloud keeps its narration controls just above the band.
    let narrated = ctx.narrated.clone();
    let narration_top = match &narrated {
        Some(_) => footer_top - theme.gap() - narration_bar::height(&theme),
        None => footer_top,
    };
    let content = Rect::from_min_max(body.min, pos2(body.right(), narration_top));
    // While the question's narration with captions sounds, the question sits above them.
    let band = narrated.as_ref().map_or(0.0, |(key, narration)| {
        narration_bar::caption_band(ctx, narration, key)
    });
    let question_area =
        Rect::from_min_max(content.min, pos2(content.right(), content.bottom() - band));
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(question_area));
    let scrolled = ScrollArea::vertical()
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(&mut child, |ui| {
            // Centred a little above the middle when it is shorter than the screen, by the
            // height measured on the previous pass (a change discards this pass for another).
            let measured = ui
                .scope_id()
                .with(("quiz-height", run.current(), run.answered()));
            let last_height: f32 = ui.data(|d| d.get_temp(measured)).unwrap_or(0.0);
            let room = question_area.height() - last_height;
            ui.add_space(theme.px(28.0).max(room * 0.4));
            let left = ui.max_rect().left() + theme.margin();
            let top = ui.cursor().top();
            let (mut y, hint_height) =
                heading(ui, ctx, question, run, pos2(left, top), inner_width);
            y += theme.px(36.0);
            // The room the choices may grow into on a portrait screen: the body less the
            // feedback's band (even before it shows), the narration bar and what stands above
            // the choices, whatever the space that centres them.
            let narration = if narrated.is_some() {
                theme.gap() + narration_bar::height(&theme)
            } else {
                0.0
            };
            let room_below = body.height()
                - FEEDBACK_ROOM * theme.scale
                - narration
                - theme.px(28.0)
                - (y - top)
                - hint_height
                - theme.px(56.0);
            let area = Rect::from_min_size(pos2(left, y), vec2(inner_width, room_below.max(0.0)));
            let (bottom, tapped) = quiz_choices::choices(ui, ctx, question, run, area);
            let height = bottom - top + theme.px(56.0);
            ui.allocate_exact_size(vec2(ui.available_width(), height), egui::Sense::hover());
            if (height - last_height).abs() > 1.0 {
                ui.data_mut(|d| d.insert_temp(measured, height));
                ui.ctx().request_discard("the quiz question was measured");
            }
            tapped
        });
    paint::more_below_hint(ui.painter(), &theme, &scrolled);
    if let Some((key, narration)) = &narrated {
        if let Some(overlay_nav) = narration_bar::overlays(ui, ctx, content, narration, key) {
            nav = Some(overlay_nav);
        }
        let bar = Rect::from_min_max(
            pos2(body.left() + theme.margin(), narration_top),
            pos2(body.right() - theme.margin(), footer_top - theme.gap()),
        );
        let total = ctx.pack.audio_durations.get(&narration.audio).copied();
        if let Some(bar_nav) = narration_bar::show(ui, ctx, bar, key, total) {
            nav = Some(bar_nav);
        }
    }
    if let Some(choice) = scrolled.inner {
        nav = Some(Nav::ChooseAnswer(choice));
    }
    nav
}

/// The progress, the question and (multiple choice, until the answer) the hint to choose all
/// that apply, from `at`; returns the y below them and the height of a hint no longer shown
/// (which the room below still counts, so the choices keep their size once answered).
fn heading(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    question: &Question,
    run: &QuizRun,
    at: egui::Pos2,
    width: f32,
) -> (f32, f32) {
    let theme = ctx.theme;
    let mut y = progress(ui, ctx, run, at, width);
    let prompt = kinsoku::layout_text(
        ui.painter(),
        ctx.pack_text(&question.prompt),
        &theme.font(TextStyle::Title),
        theme.ink,
        width,
        false,
    );
    y += theme.px(20.0);
    widgets::text_at(ui, pos2(at.x, y), &prompt, theme.ink);
    y += prompt.size().y + theme.px(12.0);
    if !run.question().is_some_and(|q| q.multiple) {
        return (y, 0.0);
    }
    let hint = kinsoku::layout_text(
        ui.painter(),
        &ctx.ui_text("quiz-choose-all"),
        &theme.font(TextStyle::Body),
        theme.muted_ink,
        width,
        false,
    );
    if run.answered().is_some() {
        return (y, hint.size().y);
    }
    widgets::text_at(ui, pos2(at.x, y), &hint, theme.muted_ink);
    (y + hint.size().y, 0.0)
}

/// "Question 3 of 6" and a bar of one segment per question; returns the y below them.
fn progress(ui: &Ui, ctx: &ScreenContext<'_>, run: &QuizRun, at: egui::Pos2, width: f32) -> f32 {
    let theme = ctx.theme;
    let text = ctx.texts.format(
        ctx.language(),
        "quiz-progress",
        &[
            ("current", &(run.current() + 1).to_string()),
            ("total", &run.question_count().to_string()),
        ],
    );
    let galley = kinsoku::layout_text(
        ui.painter(),
        &text,
        &theme.font(TextStyle::CardTitle),
        theme.accent,
        f32::INFINITY,
        false,
    );
    let label_height = galley.size().y;
    let label_width = galley.size().x;
    widgets::text_at(ui, at, &galley, theme.accent);
    let count = run.question_count().max(1);
    let bar_left = at.x + label_width + theme.px(32.0);
    let bar_width = (at.x + width - bar_left).min(theme.px(90.0) * count as f32);
    let gap = theme.px(8.0);
    let segment = (bar_width - gap * (count as f32 - 1.0)) / count as f32;
    if segment > theme.px(8.0) {
        let y = at.y + label_height / 2.0;
        for index in 0..count {
            let rect = Rect::from_min_size(
                pos2(bar_left + index as f32 * (segment + gap), y - theme.px(6.0)),
                vec2(segment, theme.px(12.0)),
            );
            let color =
                if index < run.current() || (index == run.current() && run.answered().is_some()) {
                    theme.accent
                } else if index == run.current() {
                    theme.accent.gamma_multiply(0.45)
                } else {
                    theme.edge
                };
            ui.painter().rect_filled(rect, rect.height() / 2.0, color);
        }
    }
    at.y + label_height
}

/// The band along the bottom: "check answer" before a multiple-choice answer, the feedback
/// after any answer; `None` when there is nothing to show.
fn footer(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    question: &Question,
    run: &QuizRun,
    verdict: Option<Verdict>,
    body: Rect,
) -> Option<(Rect, Option<Nav>)> {
    let theme = *ctx.theme;
    let multiple = run.question().is_some_and(|q| q.multiple);
    let (button_width, button_height) = button_size(&theme);
    let Some(verdict) = verdict else {
        return multiple.then(|| check_band(ui, ctx, run, body));
    };
    let last = run.current() + 1 >= run.question_count();
    let (heading_key, color) = match verdict {
        Verdict::Right => ("quiz-correct", theme.right),
        Verdict::Almost => ("quiz-almost", theme.wrong),
        Verdict::Wrong => ("quiz-wrong", theme.wrong),
    };
    let inner_width = body.width() - 2.0 * theme.margin();
    let side_by_side = inner_width >= theme.px(1300.0);
    let badge = theme.px(84.0);
    let text_width = if side_by_side {
        inner_width - badge - theme.px(32.0) - button_width - theme.px(48.0)
    } else {
        inner_width - badge - theme.px(32.0)
    };
    let painter = ui.painter();
    let heading = kinsoku::layout_text(
        painter,
        &ctx.ui_text(heading_key),
        &theme.font(TextStyle::Heading),
        color,
        f32::INFINITY,
        false,
    );
    let explanation = kinsoku::layout_text(
        painter,
        ctx.pack_text(&question.explanation),
        &theme.font(TextStyle::Body),
        theme.ink,
        text_width,
        false,
    );
    let text_height = heading.size().y + theme.px(8.0) + explanation.size().y;
    let content_height = if side_by_side {
        text_height.max(button_height)
    } else {
        text_height.max(badge) + theme.px(24.0) + button_height
    };
    let height = (content_height + theme.px(64.0)).min(body.height() * 0.7);
    let rect = Rect::from_min_max(pos2(body.left(), body.bottom() - height), body.max);
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, theme.surface);
    painter.rect_filled(
        Rect::from_min_size(rect.min, vec2(rect.width(), theme.px(8.0))),
        0.0,
        color,
    );
    let left = rect.left() + theme.margin();
    let top = rect.top() + theme.px(36.0);
    verdict_badge(
        ui,
        &theme,
        verdict,
        pos2(left + badge / 2.0, top + badge / 2.0),
        badge,
    );
    let text_left = left + badge + theme.px(32.0);
    let heading_height = heading.size().y;
    widgets::text_at(ui, pos2(text_left, top), &heading, color);
    widgets::text_at(
        ui,
        pos2(text_left, top + heading_height + theme.px(8.0)),
        &explanation,
        theme.ink,
    );
    let label = ctx.ui_text(if last { "quiz-see-result" } else { "quiz-next" });
    let button_rect = if side_by_side {
        Rect::from_min_max(
            pos2(rect.right() - theme.margin() - button_width, top),
            pos2(rect.right() - theme.margin(), top + button_height),
        )
    } else {
        Rect::from_min_max(
            pos2(left, rect.bottom() - theme.px(28.0) - button_height),
            pos2(
                rect.right() - theme.margin(),
                rect.bottom() - theme.px(28.0),
            ),
        )
    };
    let mut zone = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(button_rect)
            .layout(egui::Layout::right_to_left(egui::Align::Center)),
    );
    let pressed = Button::new(&label)
        .icon(Icon::ChevronRight)
        .icon_after()
        .kind(ButtonKind::Primary)
        .min_width(button_rect.width().min(button_width))
        .min_height(button_height)
        .show(&mut zone, &theme, ctx.clicks_allowed);
    Some((rect, pressed.then_some(Nav::NextQuestion)))
}

/// The widest and the tallest of the band's buttons.
fn button_size(theme: &Theme) -> (f32, f32) {
    (theme.px(480.0), theme.touch_target().max(theme.px(100.0)))
}

/// Before a multiple-choice answer: "check answer", pressable once a choice is chosen.
fn check_band(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    run: &QuizRun,
    body: Rect,
) -> (Rect, Option<Nav>) {
    let theme = *ctx.theme;
    let (button_width, button_height) = button_size(&theme);
    let height = button_height + theme.px(48.0);
    let rect = Rect::from_min_max(pos2(body.left(), body.bottom() - height), body.max);
    ui.painter().rect_filled(rect, 0.0, theme.surface);
    ui.painter().hline(
        rect.x_range(),
        rect.top(),
        Stroke::new(theme.px(2.0), theme.line),
    );
    let label = ctx.ui_text("quiz-check");
    let mut zone = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink2(vec2(theme.margin(), theme.px(24.0))))
            .layout(egui::Layout::right_to_left(egui::Align::Center)),
    );
    let pressed = Button::new(&label)
        .icon(Icon::Check)
        .kind(ButtonKind::Primary)
        .enabled(!run.chosen().is_empty())
        .min_width(button_width.min(rect.width() - 2.0 * theme.margin()))
        .min_height(button_height)
        .show(&mut zone, &theme, ctx.clicks_allowed);
    (rect, pressed.then_some(Nav::CheckAnswer))
}

/// A filled circle with a tick when right; a ring with a cross otherwise.
fn verdict_badge(ui: &Ui, theme: &Theme, verdict: Verdict, center: egui::Pos2, size: f32) {
    let painter = ui.painter();
    if verdict == Verdict::Right {
        painter.circle_filled(center, size / 2.0, theme.right);
        paint::icon(painter, Icon::Check, center, size * 0.6, theme.surface);
    } else {
        let stroke = Stroke::new(theme.px(5.0), theme.wrong);
        painter.circle_stroke(center, size / 2.0 - theme.px(3.0), stroke);
        paint::icon(painter, Icon::Close, center, size * 0.5, theme.wrong);
    }
}

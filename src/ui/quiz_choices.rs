//! The choices of a quiz question: large text buttons (numbered, or tick boxes for multiple
//! choice), true and false with ○ and ×, or pictures with captions; once answered, the right
//! choices are marked with a tick and words, a wrong choice with a cross and words.

use egui::{Color32, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::kinsoku;
use super::paint::{self, Fit};
use super::quiz_marks::{
    Cell, ChoiceState, Marker, TagPlace, draw_marker, draw_tag, tag_row, true_false_icon,
};
use super::ruby_text::RubyText;
use crate::content::model::{Image, Question, QuestionKind, Text};
use crate::kiosk::QuizRun;
use crate::ui::theme::TextStyle;

/// The choices in the order shown, from the top of `area` (as tall as the room they may grow
/// into); returns the bottom of the last and the choice tapped.
pub(super) fn choices(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    question: &Question,
    run: &QuizRun,
    area: Rect,
) -> (f32, Option<usize>) {
    let theme = *ctx.theme;
    let state = |choice: usize| {
        let chosen = run.chosen().contains(&choice);
        let right = run.question().is_some_and(|q| q.correct.contains(&choice));
        match (run.answered(), chosen, right) {
            (None, false, _) => ChoiceState::Open,
            (None, true, _) => ChoiceState::Chosen,
            (Some(_), chosen, true) => ChoiceState::Right { chosen },
            (Some(_), true, false) => ChoiceState::WrongChosen,
            (Some(_), false, false) => ChoiceState::Quiet,
        }
    };
    let multiple = run.question().is_some_and(|q| q.multiple);
    let true_false = [
        Text::from([(ctx.language().to_owned(), ctx.ui_text("quiz-true"))]),
        Text::from([(ctx.language().to_owned(), ctx.ui_text("quiz-false"))]),
    ];
    match &question.kind {
        QuestionKind::SingleChoice { choices, .. }
        | QuestionKind::MultipleChoice { choices, .. } => {
            let columns = if area.width() >= theme.px(1300.0) && choices.len() >= 3 {
                2
            } else {
                1
            };
            text_choices(
                ui,
                ctx,
                choices,
                run.order(),
                area,
                columns,
                &|c| state(c),
                Marker::Number {
                    multiple,
                    numbered: !choices.iter().any(|c| starts_with_digit(ctx.pack_text(c))),
                },
            )
        }
        QuestionKind::TrueFalse { .. } => text_choices(
            ui,
            ctx,
            &true_false,
            run.order(),
            area,
            2,
            &|c| state(c),
            Marker::TrueFalse,
        ),
        QuestionKind::ImageChoice { choices, .. } => {
            image_choices(ui, ctx, choices, run.order(), area, &|c| state(c))
        }
    }
}

/// Whether any choice shows an answer already.
fn answered(order: &[usize], state: &dyn Fn(usize) -> ChoiceState) -> bool {
    order
        .iter()
        .any(|c| !matches!(state(*c), ChoiceState::Open | ChoiceState::Chosen))
}

#[allow(clippy::too_many_arguments)]
fn text_choices(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    choices: &[Text],
    order: &[usize],
    area: Rect,
    columns: usize,
    state: &dyn Fn(usize) -> ChoiceState,
    marker: Marker,
) -> (f32, Option<usize>) {
    let theme = *ctx.theme;
    let gap = theme.gap();
    let width = (area.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let open = !answered(order, state);
    // Text beside a tag must leave it room; true/false words sit centred below the tag.
    let tag_space = if open || matches!(marker, Marker::TrueFalse) {
        theme.px(24.0)
    } else {
        theme.px(230.0)
    };
    let label_width = (width - MARKER_SPACE * theme.scale - tag_space).max(theme.px(120.0));
    let rows = order.len().div_ceil(columns);
    let usual_height = match marker {
        Marker::TrueFalse => theme.px(170.0),
        Marker::Number { .. } => theme.px(140.0),
    };
    // The taller buttons of a portrait screen carry larger words.
    let style = match marker {
        Marker::TrueFalse => TextStyle::Title,
        Marker::Number { .. } if tall(area) => TextStyle::Title,
        Marker::Number { .. } => TextStyle::CardTitle,
    };
    let galleys: Vec<RubyText> = order
        .iter()
        .map(|choice| {
            let text = choices.get(*choice).map_or("", |t| ctx.pack_text(t));
            kinsoku::layout_text(
                ui.painter(),
                text,
                &theme.font(style),
                theme.ink,
                label_width,
                false,
            )
        })
        .collect();
    // A true/false card grows by a row for its tag once answered, under the words.
    let tag_room = if !open && matches!(marker, Marker::TrueFalse) {
        tag_row(&theme)
    } else {
        0.0
    };
    let min_height = grown(usual_height, rows, area, gap) + tag_room;
    let mut tapped = None;
    let mut top = area.top();
    for row_start in (0..order.len()).step_by(columns) {
        let row_end = (row_start + columns).min(order.len());
        let height = galleys[row_start..row_end]
            .iter()
            .map(|g| g.size().y + theme.px(40.0))
            .fold(min_height, f32::max);
        for (slot, position) in (row_start..row_end).enumerate() {
            let cell = Cell {
                rect: Rect::from_min_size(
                    pos2(area.left() + slot as f32 * (width + gap), top),
                    vec2(width, height),
                ),
                position,
                choice: order[position],
                state: state(order[position]),
            };
            let galley = galleys[position].clone();
            let label = choice_label(ctx, position, galley.plain(), cell.state, marker);
            if cell.tapped(ui, ctx, &label, open) {
                tapped = Some(cell.choice);
            }
            draw_text_choice(ui, ctx, &cell, &galley, marker);
        }
        top += height + gap;
    }
    (top - gap, tapped)
}

/// Whether the choices stand in the tall room of a portrait screen (`area` reaches down to the
/// room left for the feedback): they then grow and carry larger words.
fn tall(area: Rect) -> bool {
    area.height() > area.width() * 0.6
}

/// How tall each of `rows` rows of choices is: on a tall screen up to three quarters of the
/// room below the question, at most [`TALL_GROWTH`] times their usual `height`, so that a
/// true/false pair or four answers do not float in an empty screen.
fn grown(height: f32, rows: usize, area: Rect, gap: f32) -> f32 {
    if !tall(area) || rows == 0 {
        return height;
    }
    let share = (area.height() * 0.75 - gap * (rows as f32 - 1.0)) / rows as f32;
    share.clamp(height, height * TALL_GROWTH)
}

/// The most a choice grows on a tall screen.
const TALL_GROWTH: f32 = 1.8;

/// Room for the number or tick box at the start of a text choice, at 1080p.
const MARKER_SPACE: f32 = 124.0;

fn draw_text_choice(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    cell: &Cell,
    galley: &RubyText,
    marker: Marker,
) {
    let theme = ctx.theme;
    let rect = cell.rect;
    let text_color = if cell.state == ChoiceState::Quiet {
        theme.muted_ink
    } else {
        theme.ink
    };
    let text_y = galley.top_centring(rect.center().y);
    if let Marker::TrueFalse = marker {
        // ○ and × large, with the word beside them, in the middle of the button (above the
        // tag's row once answered).
        let answered = !matches!(cell.state, ChoiceState::Open | ChoiceState::Chosen);
        let middle = if answered {
            rect.center().y - tag_row(theme) / 2.0
        } else {
            rect.center().y
        };
        let icon = true_false_icon(theme, rect, cell.state);
        let block = icon + theme.px(28.0) + galley.size().x;
        let start = rect.center().x - block / 2.0;
        draw_marker(ui, theme, marker, pos2(start + icon / 2.0, middle), cell);
        galley.paint_with(
            ui.painter(),
            pos2(start + icon + theme.px(28.0), galley.top_centring(middle)),
            text_color,
        );
    } else {
        draw_marker(
            ui,
            theme,
            marker,
            pos2(rect.left() + theme.px(64.0), rect.center().y),
            cell,
        );
        galley.paint_with(
            ui.painter(),
            pos2(rect.left() + MARKER_SPACE * theme.scale, text_y),
            text_color,
        );
    }
    let place = if matches!(marker, Marker::TrueFalse) {
        TagPlace::BottomCentre
    } else {
        TagPlace::TopRight
    };
    draw_tag(ui, ctx, rect, cell.state, place);
}

/// Whether a choice is written as a number ("5", "約220万人" is not): then its marker is no
/// numbered badge.
fn starts_with_digit(text: &str) -> bool {
    crate::content::ruby::plain(text)
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
}

fn image_choices(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    choices: &[Image],
    order: &[usize],
    area: Rect,
    state: &dyn Fn(usize) -> ChoiceState,
) -> (f32, Option<usize>) {
    let theme = *ctx.theme;
    let gap = theme.gap();
    let columns = if area.width() >= theme.px(1300.0) {
        order.len().clamp(1, 4)
    } else {
        2
    };
    let width = (area.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let picture_height = width * 0.62;
    let open = !answered(order, state);
    let mut tapped = None;
    let mut top = area.top();
    for row_start in (0..order.len()).step_by(columns) {
        let row_end = (row_start + columns).min(order.len());
        let captions: Vec<RubyText> = order[row_start..row_end]
            .iter()
            .map(|choice| {
                let caption = choices
                    .get(*choice)
                    .and_then(|i| i.caption.as_ref())
                    .map_or("", |c| ctx.pack_text(c));
                let font = theme.font(TextStyle::Button);
                kinsoku::layout_text(
                    ui.painter(),
                    caption,
                    &font,
                    theme.ink,
                    width - theme.px(40.0),
                    true,
                )
            })
            .collect();
        let caption_height = captions.iter().map(|g| g.size().y).fold(0.0, f32::max);
        let height = picture_height + caption_height + theme.px(52.0);
        for (slot, (position, caption)) in (row_start..row_end).zip(captions).enumerate() {
            let Some(image) = choices.get(order[position]) else {
                continue;
            };
            let cell = Cell {
                rect: Rect::from_min_size(
                    pos2(area.left() + slot as f32 * (width + gap), top),
                    vec2(width, height),
                ),
                position,
                choice: order[position],
                state: state(order[position]),
            };
            let words = format!("{} {}", caption.plain(), ctx.pack_text(&image.alt));
            let marker = Marker::Number {
                multiple: false,
                numbered: true,
            };
            let label = choice_label(ctx, position, &words, cell.state, marker);
            if cell.tapped(ui, ctx, &label, open) {
                tapped = Some(cell.choice);
            }
            draw_image_choice(ui, ctx, &cell, image, &caption, picture_height);
        }
        top += height + gap;
    }
    (top - gap, tapped)
}

fn draw_image_choice(
    ui: &Ui,
    ctx: &mut ScreenContext<'_>,
    cell: &Cell,
    image: &Image,
    caption: &RubyText,
    picture_height: f32,
) {
    let theme = *ctx.theme;
    let rect = cell.rect;
    let picture = Rect::from_min_size(
        rect.min + vec2(theme.px(16.0), theme.px(16.0)),
        vec2(rect.width() - theme.px(32.0), picture_height),
    );
    let slot = ctx
        .images
        .get(ctx.pack.dir.join(&image.path), picture.width());
    let tint = if cell.state == ChoiceState::Quiet {
        Color32::from_white_alpha(150)
    } else {
        Color32::WHITE
    };
    let radius = theme.radius() / 2.0;
    paint::picture(
        ui.painter(),
        &theme,
        &slot,
        picture,
        Fit::Contain,
        radius,
        tint,
    );
    let caption_y = picture.bottom() + theme.px(14.0);
    caption.paint_with(ui.painter(), pos2(rect.center().x, caption_y), theme.ink);
    let marker_center = picture.min + vec2(theme.px(34.0), theme.px(34.0));
    draw_marker(
        ui,
        &theme,
        Marker::Number {
            multiple: false,
            numbered: true,
        },
        marker_center,
        cell,
    );
    draw_tag(ui, ctx, rect, cell.state, TagPlace::TopRight);
}

/// The accessibility label: number, words and, once answered, right or the visitor's answer.
fn choice_label(
    ctx: &ScreenContext<'_>,
    position: usize,
    words: &str,
    state: ChoiceState,
    marker: Marker,
) -> String {
    let mut label = match marker {
        Marker::Number { numbered: true, .. } => format!("{}. {words}", position + 1),
        Marker::Number {
            numbered: false, ..
        }
        | Marker::TrueFalse => words.to_owned(),
    };
    for (shown, key) in [
        (
            matches!(state, ChoiceState::Right { .. }),
            "quiz-right-answer",
        ),
        (
            matches!(
                state,
                ChoiceState::Right { chosen: true }
                    | ChoiceState::WrongChosen
                    | ChoiceState::Chosen
            ),
            "quiz-your-answer",
        ),
    ] {
        if shown {
            label.push_str(" · ");
            label.push_str(&ctx.ui_text(key));
        }
    }
    label
}

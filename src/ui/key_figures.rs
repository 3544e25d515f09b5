//! The key figure cards of an exhibit page: a big number with its unit, a label and the
//! period it covers, each card as tall as its text.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Galley, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::widgets;
use crate::content::model::KeyFigure;
use crate::digits::group_digits;
use crate::ui::theme::TextStyle;

/// The laid-out lines of a key figure card.
struct FigureText {
    number: Arc<Galley>,
    label: Arc<Galley>,
}

fn figure_text(ui: &Ui, ctx: &ScreenContext<'_>, figure: &KeyFigure, width: f32) -> FigureText {
    let theme = ctx.theme;
    let painter = ui.painter();
    let inner_width = (width - theme.px(64.0)).max(theme.px(80.0));
    let small = |style| TextFormat {
        font_id: theme.font(style),
        color: theme.ink,
        valign: Align::BOTTOM,
        ..TextFormat::default()
    };
    let japanese = ctx.language() == "ja";
    let mut job = LayoutJob::default();
    job.wrap.max_width = inner_width;
    if let Some(prefix) = &figure.prefix {
        let space = if japanese { "" } else { " " };
        job.append(
            &format!("{}{space}", ctx.pack_text(prefix)),
            0.0,
            small(TextStyle::Heading),
        );
    }
    job.append(
        &group_digits(figure.value),
        0.0,
        TextFormat {
            font_id: theme.font(TextStyle::Figure),
            color: theme.accent,
            valign: Align::BOTTOM,
            ..TextFormat::default()
        },
    );
    let unit = ctx.pack_text(&figure.unit);
    let space = if japanese { "" } else { " " };
    job.append(&format!("{space}{unit}"), 0.0, small(TextStyle::Heading));
    let mut label = ctx.pack_text(&figure.label).to_owned();
    if let Some(period) = &figure.period {
        let period = ctx.pack_text(period);
        // The period on a line of its own, so it is never broken in the middle.
        label = format!("{label}\n{period}");
    }
    FigureText {
        number: painter.layout_job(job),
        label: painter.layout(
            label,
            theme.font(TextStyle::Caption),
            theme.muted_ink,
            inner_width,
        ),
    }
}

pub(super) fn figure_height(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    figure: &KeyFigure,
    width: f32,
) -> f32 {
    let text = figure_text(ui, ctx, figure, width);
    text.number.size().y + text.label.size().y + ctx.theme.px(40.0)
}

/// Draws a key figure card at `top_left`, `width` wide; returns its height.
pub(super) fn key_figure(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    figure: &KeyFigure,
    top_left: egui::Pos2,
    width: f32,
) -> f32 {
    let height = figure_height(ui, ctx, figure, width);
    draw_key_figure(
        ui,
        ctx,
        figure,
        Rect::from_min_size(top_left, vec2(width, height)),
    );
    height
}

pub(super) fn draw_key_figure(ui: &Ui, ctx: &ScreenContext<'_>, figure: &KeyFigure, card: Rect) {
    let theme = ctx.theme;
    let text = figure_text(ui, ctx, figure, card.width());
    let painter = ui.painter();
    painter.rect_filled(card, theme.radius(), theme.surface);
    painter.rect_filled(
        Rect::from_min_size(card.min, vec2(theme.px(10.0), card.height())),
        theme.px(5.0),
        theme.accent,
    );
    let left = card.left() + theme.px(36.0);
    let top = card.top() + theme.px(16.0);
    let number_height = text.number.size().y;
    widgets::text_at(ui, pos2(left, top), text.number, theme.ink);
    widgets::text_at(
        ui,
        pos2(left, top + number_height),
        text.label,
        theme.muted_ink,
    );
}

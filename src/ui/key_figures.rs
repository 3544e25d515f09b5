//! The key figure cards of an exhibit page: a big number with its unit, a label and the
//! period it covers, each card as tall as its text.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Galley, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::widgets;
use crate::content::model::KeyFigure;
use crate::digits::group_digits_for;
use crate::ui::theme::TextStyle;

/// The laid-out lines of a key figure card.
struct FigureText {
    number: Arc<Galley>,
    /// Readings over the prefix's and the unit's kanji: the reading and the char range of
    /// its base in the number line.
    readings: Vec<(String, usize, usize)>,
    label: super::ruby_text::RubyText,
}

/// Appends marked `text` to the number line in `format`, noting each reading's base range.
fn append_marked(
    job: &mut LayoutJob,
    readings: &mut Vec<(String, usize, usize)>,
    text: &str,
    format: &TextFormat,
) {
    let (pieces, _) = crate::content::ruby::parse(text);
    for piece in pieces {
        let (base, reading) = match piece {
            crate::content::ruby::Piece::Plain(plain) => (plain.into_owned(), None),
            crate::content::ruby::Piece::Ruby { base, reading } => {
                (base.to_owned(), Some(reading.to_owned()))
            }
        };
        let start = job.text.chars().count();
        job.append(&base, 0.0, format.clone());
        if let Some(reading) = reading {
            readings.push((reading, start, start + base.chars().count()));
        }
    }
}

/// Paints the readings of the number line at `pos`, centred over their bases' glyphs.
fn paint_readings(ui: &Ui, ctx: &ScreenContext<'_>, text: &FigureText, pos: egui::Pos2) {
    let theme = ctx.theme;
    let glyphs: Vec<(f32, f32, f32)> = text
        .number
        .rows
        .iter()
        .flat_map(|row| {
            row.row.glyphs.iter().map(move |g| {
                (
                    row.pos.x + g.pos.x,
                    g.advance_width,
                    row.pos.y + g.pos.y - g.font_ascent,
                )
            })
        })
        .collect();
    let font = egui::FontId::new(
        (theme.font(TextStyle::Heading).size * 0.5).max(theme.px(14.0)),
        egui::FontFamily::Proportional,
    );
    for (reading, start, end) in &text.readings {
        let (Some(first), Some(last)) = (glyphs.get(*start), glyphs.get(end.saturating_sub(1)))
        else {
            continue;
        };
        let galley = ui
            .painter()
            .layout_no_wrap(reading.clone(), font.clone(), theme.ink);
        let centre = f32::midpoint(first.0, last.0 + last.1);
        let at = pos
            + vec2(
                centre - galley.size().x / 2.0,
                first.2 - galley.size().y * 0.85,
            );
        ui.painter().galley(at, galley, theme.ink);
    }
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
    let japanese = crate::content::ruby::is_japanese(ctx.language());
    let mut readings = Vec::new();
    let mut job = LayoutJob::default();
    job.wrap.max_width = inner_width;
    if let Some(prefix) = &figure.prefix {
        let space = if japanese { "" } else { " " };
        append_marked(
            &mut job,
            &mut readings,
            &format!("{}{space}", ctx.pack_text(prefix)),
            &small(TextStyle::Heading),
        );
    }
    job.append(
        &if figure.grouped {
            group_digits_for(figure.value, ctx.language())
        } else {
            figure.value.to_string()
        },
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
    append_marked(
        &mut job,
        &mut readings,
        &format!("{space}{unit}"),
        &small(TextStyle::Heading),
    );
    let mut label = ctx.pack_text(&figure.label).to_owned();
    if let Some(period) = &figure.period {
        let period = ctx.pack_text(period);
        // The period on a line of its own, so it is never broken in the middle.
        label = format!("{label}\n{period}");
    }
    FigureText {
        number: painter.layout_job(job),
        readings,
        label: super::kinsoku::layout_text(
            painter,
            &label,
            &theme.font(TextStyle::Caption),
            theme.muted_ink,
            inner_width,
            false,
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
    if theme.furigana {
        paint_readings(ui, ctx, &text, pos2(left, top));
    }
    widgets::galley_at(ui, pos2(left, top), text.number.clone(), theme.ink);
    widgets::text_at(
        ui,
        pos2(left, top + number_height),
        &text.label,
        theme.muted_ink,
    );
}

//! Japanese line breaking (kinsoku shori) on top of egui's wrapping.
//!
//! egui keeps closing punctuation off the start of a line, but it may still wrap right before
//! a small kana or a long-vowel mark (ネ|ットワーク). After laying a paragraph out, this
//! looks for a wrapped line that starts with a character that must not start one and pushes
//! the character before it down too (oidashi), then lays out again, a few times at most.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Galley, Painter};

use crate::content::rich_text::Paragraph;
use crate::ui::theme::{TextStyle, Theme};

/// Characters that must not begin a line in Japanese (JIS X 4051 line-start prohibitions).
pub const NO_LINE_START: &str = "、。，．・：；？！゛゜ヽヾゝゞ々ー‐〜～…」』）〕］｝〉》】〙〗〟’”｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ）]},.!?％";

/// Most re-layouts per paragraph (each fixes one line).
const MAX_FIXES: usize = 12;

/// Lays out `paragraph` at `width` so that no wrapped line starts with a prohibited character.
#[must_use]
pub fn layout_paragraph(
    painter: &Painter,
    theme: &Theme,
    paragraph: &Paragraph,
    width: f32,
) -> Arc<Galley> {
    without_prohibited_starts(painter, paragraph.clone(), |spans| {
        paragraph_job(theme, spans, width)
    })
}

/// Lays out plain `text` in `font` at `width` (centred when `centred`) with the same rule:
/// quiz questions, explanations and other short texts.
#[must_use]
pub fn layout_text(
    painter: &Painter,
    text: &str,
    font: &egui::FontId,
    color: egui::Color32,
    width: f32,
    centred: bool,
) -> Arc<Galley> {
    let spans: Paragraph = vec![crate::content::rich_text::Span {
        text: text.to_owned(),
        emphasis: false,
    }];
    without_prohibited_starts(painter, spans, |spans| {
        let text: String = spans.iter().map(|span| span.text.as_str()).collect();
        let mut job = egui::text::LayoutJob::simple(text, font.clone(), color, width);
        if centred {
            job.halign = egui::Align::Center;
        }
        job
    })
}

/// Lays `spans` out with `job`; while a wrapped row starts with a prohibited character, pushes
/// the character before it onto that row too (oidashi) and lays out again, a few times at most.
fn without_prohibited_starts(
    painter: &Painter,
    mut spans: Paragraph,
    job: impl Fn(&Paragraph) -> egui::text::LayoutJob,
) -> Arc<Galley> {
    let mut galley = painter.layout_job(job(&spans));
    for _ in 0..MAX_FIXES {
        let Some(bad_row_start) = first_prohibited_row_start(&galley) else {
            break;
        };
        if bad_row_start < 2 || !insert_break(&mut spans, bad_row_start - 1) {
            break;
        }
        galley = painter.layout_job(job(&spans));
    }
    galley
}

/// [`layout_text`] without a lone word or character or two on the last line: two lines of
/// Japanese break after the comma nearest the middle; otherwise the text is narrowed a little
/// at a time until its last line carries some weight, never into more lines.
#[must_use]
pub fn layout_balanced(
    painter: &Painter,
    text: &str,
    font: &egui::FontId,
    color: egui::Color32,
    width: f32,
    centred: bool,
) -> Arc<Galley> {
    let full = layout_text(painter, text, font, color, width, centred);
    let rows = full.rows.len();
    // Only a short last line (a word or a few characters alone) needs evening out.
    let last_width = full.rows.last().map_or(0.0, |row| row.rect().width());
    if rows < 2 || last_width > width * 0.3 {
        return full;
    }
    // Two lines of Japanese: break after the comma nearest the middle, as an editor would.
    if rows == 2 {
        let chars: Vec<char> = text.chars().collect();
        let middle = chars.len() / 2;
        if let Some(comma) = chars
            .iter()
            .enumerate()
            .filter(|(i, c)| matches!(c, '、' | '，') && *i + 1 < chars.len())
            .map(|(i, _)| i)
            .min_by_key(|i| i.abs_diff(middle))
            .filter(|i| i.abs_diff(middle) <= chars.len() / 4)
        {
            let split: String = chars[..=comma]
                .iter()
                .chain(std::iter::once(&'\n'))
                .chain(&chars[comma + 1..])
                .collect();
            let candidate = layout_text(painter, &split, font, color, width, centred);
            if candidate.rows.len() == 2 {
                return candidate;
            }
        }
    }
    // Otherwise narrow the text step by step, just until its last line carries some weight.
    for step in 1..=10 {
        let narrower = width * (1.0 - 0.04 * step as f32);
        let candidate = layout_text(painter, text, font, color, narrower, centred);
        if candidate.rows.len() > rows {
            break;
        }
        if candidate
            .rows
            .last()
            .is_some_and(|row| row.rect().width() > narrower * 0.3)
        {
            return candidate;
        }
    }
    full
}

/// Char index where a soft-wrapped row starts with a prohibited character.
fn first_prohibited_row_start(galley: &Galley) -> Option<usize> {
    let mut offset = 0;
    let mut previous_was_hard_break = true;
    for row in &galley.rows {
        if !previous_was_hard_break
            && row
                .row
                .glyphs
                .first()
                .is_some_and(|g| NO_LINE_START.contains(g.chr))
        {
            return Some(offset);
        }
        offset += row.char_count_including_newline().0;
        previous_was_hard_break = row.ends_with_newline;
    }
    None
}

/// Inserts a line break before char `at` of the paragraph; false if out of range.
fn insert_break(spans: &mut Paragraph, at: usize) -> bool {
    let mut remaining = at;
    for span in spans.iter_mut() {
        let count = span.text.chars().count();
        if remaining < count {
            let byte = span
                .text
                .char_indices()
                .nth(remaining)
                .map_or(span.text.len(), |(b, _)| b);
            span.text.insert(byte, '\n');
            return true;
        }
        remaining -= count;
    }
    false
}

/// One paragraph as a layout job: body type, emphasis in bold accent, generous line height.
#[must_use]
pub fn paragraph_job(theme: &Theme, paragraph: &Paragraph, width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for span in paragraph {
        let (font_id, color) = if span.emphasis {
            let mut font = theme.font(TextStyle::Body);
            font.family = egui::FontFamily::Name(crate::ui::theme::BOLD_FAMILY.into());
            (font, theme.accent)
        } else {
            (theme.font(TextStyle::Body), theme.ink)
        };
        job.append(
            &span.text,
            0.0,
            TextFormat {
                font_id,
                color,
                line_height: Some(theme.body_line_height()),
                ..TextFormat::default()
            },
        );
    }
    job
}

//! Japanese line breaking (kinsoku shori) on top of egui's wrapping.
//!
//! egui keeps closing punctuation off the start of a line, but it may still wrap right before
//! a small kana or a long-vowel mark (ネ|ットワーク). After laying a paragraph out, this
//! looks for a wrapped line that starts with a character that must not start one and pushes
//! the character before it down too (oidashi), then lays out again, a few times at most.

use std::sync::Arc;

use egui::{Galley, Painter};

use super::exhibit_page::paragraph_job;
use crate::content::rich_text::Paragraph;
use crate::theme::Theme;

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
    let mut spans = paragraph.clone();
    let mut galley = painter.layout_job(paragraph_job(theme, &spans, width));
    for _ in 0..MAX_FIXES {
        let Some(bad_row_start) = first_prohibited_row_start(&galley) else {
            break;
        };
        // Push the character before the prohibited one onto the next line with it.
        if bad_row_start < 2 || !insert_break(&mut spans, bad_row_start - 1) {
            break;
        }
        galley = painter.layout_job(paragraph_job(theme, &spans, width));
    }
    galley
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

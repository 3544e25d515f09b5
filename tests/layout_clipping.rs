//! Nothing content-bearing is cut or overlapping at any of the four supported screen sizes:
//! the walk through every screen (home, every page of every exhibit with its transcript and
//! enlarged picture, every quiz question before and after its answer, the score, the idle
//! prompt) of both shipped packs, in Japanese, easy Japanese and English, at 1280×720,
//! 1920×1080, 3840×2160 and 1080×1920 portrait, checks every text egui laid out in each frame:
//! - it lies across its clip rect's whole width and inside the screen (a line cut at a side
//!   would have no cue; one cut at the bottom of a scrolling column has its fade and chevron);
//! - it overlaps no other text of the screen, ruby aside (a quiz's "✓ 正解" tag over an
//!   answer's words, a caption over the text, a badge over a title). Overlays (the transcript
//!   sheet, the viewer, the idle prompt) lie over the screen by design and are checked for
//!   clipping only.

use crate::every_screen_glyphs::{shipped, walk};
use crate::kiosk_harness::Kiosk;

use std::collections::BTreeSet;

use egui::{Rect, Shape};

const SIZES: [(f32, f32); 4] = [
    (1280.0, 720.0),
    (1920.0, 1080.0),
    (3840.0, 2160.0),
    (1080.0, 1920.0),
];

/// A text at most this share of another's size over it is its ruby (readings are set at half
/// their base's size, over it by design).
const RUBY_SHARE: f32 = 0.55;

/// One text of a frame: its words, where it is drawn and the rect it is clipped to.
struct Drawn {
    words: String,
    rect: Rect,
    clip: Rect,
    size: f32,
}

fn texts(k: &Kiosk) -> Vec<Drawn> {
    fn visit(shape: &Shape, clip: Rect, out: &mut Vec<Drawn>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| visit(s, clip, out)),
            Shape::Text(text) if !text.galley.is_empty() => {
                let size = text
                    .galley
                    .job
                    .sections
                    .iter()
                    .map(|s| s.format.font_id.size)
                    .fold(0.0, f32::max);
                out.push(Drawn {
                    words: text.galley.text().replace('\n', " "),
                    rect: text.visual_bounding_rect(),
                    clip,
                    size,
                });
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &k.harness.output().shapes {
        visit(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out.retain(|t| !t.words.trim().is_empty());
    out
}

/// Every text cut at a side, or over another, in the kiosk's last frame.
fn check(k: &Kiosk, place: &str, overlay: bool, failures: &mut BTreeSet<String>) {
    let screen = k.harness.ctx.content_rect();
    let drawn = texts(k);
    for text in &drawn {
        // Scrolled wholly out of its column: not on screen at all.
        let shown = text.rect.intersect(text.clip);
        if shown.height() <= 0.5 || shown.width() <= 0.5 {
            continue;
        }
        let sides = text.clip.intersect(screen);
        if text.rect.left() < sides.left() - 1.0 || text.rect.right() > sides.right() + 1.0 {
            failures.insert(format!(
                "{place}: {:?} at x {:.0}..{:.0} is cut at a side of {:.0}..{:.0}",
                text.words,
                text.rect.left(),
                text.rect.right(),
                sides.left(),
                sides.right()
            ));
        }
    }
    if overlay {
        return;
    }
    let words: Vec<&Drawn> = drawn
        .iter()
        .filter(|t| t.rect.intersect(t.clip).area() > 1.0)
        .collect();
    for (i, a) in words.iter().enumerate() {
        for b in words.iter().skip(i + 1) {
            let common = a.rect.intersect(b.rect);
            let ruby = a.size.min(b.size) <= a.size.max(b.size) * RUBY_SHARE;
            if !ruby && common.width() > 2.0 && common.height() > 2.0 {
                failures.insert(format!(
                    "{place}: {:?} {:?} overlaps {:?} {:?}",
                    a.words, a.rect, b.words, b.rect
                ));
            }
        }
    }
}

fn every_screen_at_every_size(pack_dir: &str) {
    let pack = shipped(pack_dir);
    let mut failures = BTreeSet::new();
    for size in SIZES {
        for language in ["ja", "ja-x-easy", "en"] {
            walk(pack_dir, &pack, language, size, &mut |k, place, overlay| {
                check(k, place, overlay, &mut failures);
            });
        }
    }
    assert!(
        failures.is_empty(),
        "texts cut or overlapping:\n{}",
        failures.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn no_text_of_civil_society_is_cut_or_overlapping_at_any_size() {
    every_screen_at_every_size("content/civil-society");
}

#[test]
fn no_text_of_volunteers_is_cut_or_overlapping_at_any_size() {
    every_screen_at_every_size("content/volunteers");
}

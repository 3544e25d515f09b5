//! The shipped fonts handed to egui: every face's bytes (built into the binary, so nothing is
//! read from disk) and a font family per script, each face parsed only when a text first
//! needs it.
//!
//! egui builds a family's fallback chain the first time a text in that family is laid out,
//! so the Chinese, Korean, Devanagari and Vietnamese faces cost nothing until a visitor
//! chooses their language (or a language button shows its name). A character that none of a
//! family's faces has is looked up in the other shipped faces ([`fallback`]), so a mixed line
//! (a language list, "Choose your language" in every language) never shows an empty box.

use std::sync::Arc;

use egui::{
    FallbackRequest, FontData, FontDefinitions, FontFamily, FontInsert, FontPriority, FontTweak,
    InsertFontFamily,
};

use crate::fonts::Face;
use crate::ui::theme::font_family;

/// Installs every shipped face and a regular and a bold family for each script.
pub fn install_fonts(ctx: &egui::Context) {
    let definitions = shipped_definitions();
    ctx.set_fonts(definitions);
    ctx.set_font_providers(vec![Arc::new(fallback)]);
    // The fallback asks which face has a character; the faces' character maps are read once,
    // here on a thread of their own, so that the first miss never reads them while drawing.
    let warmed = std::thread::Builder::new()
        .name("font-coverage".to_owned())
        .spawn(|| {
            for face in Face::ALL {
                let _ = face.covers(' ');
            }
        });
    if let Err(error) = warmed {
        tracing::warn!("cannot start the font-coverage thread ({error}); faces are read on demand");
    }
}

/// The faces of a family the kiosk set up (the fallback aside): what a text in `family` is
/// drawn with. `None` for a family that is not one of the kiosk's (egui's own monospace).
#[must_use]
pub fn faces_of_family(family: &FontFamily) -> Option<Vec<Face>> {
    Face::ALL.into_iter().find_map(|primary| {
        [false, true]
            .into_iter()
            .any(|bold| font_family(primary, bold) == *family)
            .then(|| faces_led_by(primary))
    })
}

/// A face's bytes for egui, with what it needs to sit well. Hangul, like kanji, is drawn at
/// whole pixels: egui keeps up to
/// four copies of a Latin glyph, one per quarter-pixel offset, but it does so for Hangul too
/// (it counts only kana and ideographs as CJK), and Korean's thousands of syllables would
/// fill the glyph atlas four times over for no visible gain at the kiosk's text sizes.
fn font_data(face: Face, bold: bool) -> FontData {
    let data = FontData::from_static(face.bytes(bold));
    match face {
        Face::Korean => data.tweak(FontTweak {
            subpixel_binning: Some(false),
            ..FontTweak::default()
        }),
        // Noto Sans Devanagari's letters sit higher in the line than the Japanese face's
        // Latin: "NGO को" had NGO below the Devanagari and नेपाली rode high in its button.
        // Lowered by an eighth of the size, the headline lines up with Latin capitals.
        Face::Devanagari => data.tweak(FontTweak {
            y_offset_factor: DEVANAGARI_LOWERED,
            ..FontTweak::default()
        }),
        Face::Japanese | Face::Chinese | Face::Latin => data,
    }
}

/// How far Devanagari is drawn below where its font puts it, as a fraction of the text size.
const DEVANAGARI_LOWERED: f32 = 0.12;

/// Every shipped face, and a regular and a bold family for each script: the script's face
/// first, then the Japanese face, then egui's own.
pub(super) fn shipped_definitions() -> FontDefinitions {
    let mut definitions = FontDefinitions::default();
    for face in Face::ALL {
        for bold in [false, true] {
            definitions
                .font_data
                .insert(face.key(bold).to_owned(), Arc::new(font_data(face, bold)));
        }
    }
    let egui_defaults = definitions
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for primary in Face::ALL {
        for bold in [false, true] {
            let mut chain = shipped_chain(primary, bold);
            chain.extend(egui_defaults.iter().cloned());
            definitions
                .families
                .insert(font_family(primary, bold), chain);
        }
    }
    definitions
}

/// The shipped faces' keys a family led by `primary` draws with, bold ones first for bold.
fn shipped_chain(primary: Face, bold: bool) -> Vec<String> {
    let mut chain = Vec::new();
    for face in faces_led_by(primary) {
        if bold {
            chain.push(face.key(true).to_owned());
        }
        chain.push(face.key(false).to_owned());
    }
    chain
}

/// The faces of the languages whose first face is `primary`, in order (the Japanese face
/// after a script's own, for its Latin, digits and Japanese names).
fn faces_led_by(primary: Face) -> Vec<Face> {
    let mut faces = vec![primary];
    if primary != Face::Japanese {
        faces.push(Face::Japanese);
    }
    faces
}

/// A shipped face for a character the family's own faces lack, in [`Face::ALL`]'s order, bold
/// for a bold family.
fn fallback(request: &FallbackRequest<'_>) -> Option<FontInsert> {
    let c = request.cluster.chars().next()?;
    let bold = Face::ALL
        .iter()
        .any(|face| *request.family == font_family(*face, true));
    let face = Face::ALL.into_iter().find(|face| face.covers(c))?;
    Some(FontInsert {
        name: face.key(bold).to_owned(),
        data: font_data(face, bold),
        families: vec![InsertFontFamily {
            family: request.family.clone(),
            priority: FontPriority::Lowest,
        }],
    })
}

/// Starts the fonts over for the next visit: egui parses the faces again when a text needs
/// them (the bytes stay where they are, in the binary) and the glyph atlas starts empty, so
/// the glyphs of every language the last visitors read are not held while the attract loop
/// plays in one. The next frames draw their glyphs anew, as the first frames did.
pub fn start_glyphs_over(ctx: &egui::Context) {
    ctx.set_font_providers(vec![Arc::new(fallback)]);
}

//! The scripts of Japan's residents are shaped, not only drawn: Devanagari conjuncts join
//! and Vietnamese letters with two marks are single glyphs, with the kiosk's own fonts.

use egui::{Color32, FontId};
use plaza_kiosk::app::install_fonts;
use plaza_kiosk::fonts::Face;
use plaza_kiosk::ui::theme::font_family;

/// The glyphs egui lays out for `text` in `face`'s family, and the text's width.
fn shaped(text: &str, face: Face) -> (usize, f32) {
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let mut result = (0, 0.0);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let galley = ui.painter().layout_no_wrap(
            text.to_owned(),
            FontId::new(40.0, font_family(face, false)),
            Color32::BLACK,
        );
        let glyphs = galley.rows.iter().map(|row| row.row.glyphs.len()).sum();
        result = (glyphs, galley.size().x);
    });
    output.textures_delta.clear();
    result
}

#[test]
fn devanagari_conjuncts_are_joined() {
    for conjunct in ["क्ष", "त्र", "ज्ञ", "श्र"] {
        let (joined, joined_width) = shaped(conjunct, Face::Devanagari);
        // The same letters kept apart by a zero-width non-joiner: a visible halant and two
        // full letters.
        let apart_text: String = conjunct.chars().flat_map(|c| [c, '\u{200C}']).collect();
        let (_, apart_width) = shaped(&apart_text, Face::Devanagari);
        assert!(
            joined_width < apart_width * 0.9,
            "{conjunct}: {joined} glyphs, {joined_width} wide; apart {apart_width}"
        );
    }
}

#[test]
fn vietnamese_letters_with_two_marks_are_drawn_whole() {
    for letter in ["ệ", "ấ", "ở", "ữ", "ặ"] {
        let (glyphs, width) = shaped(letter, Face::Latin);
        assert_eq!(glyphs, 1, "{letter}");
        assert!(width > 10.0, "{letter} is drawn: {width}");
        assert!(Face::Latin.covers(letter.chars().next().unwrap_or_default()));
    }
    assert!(
        !Face::Japanese.covers('ệ'),
        "the Japanese face lacks them: why Latin draws vi"
    );
}

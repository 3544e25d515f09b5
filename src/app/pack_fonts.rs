//! The fonts a pack brings, handed to egui when the pack comes on screen: for each, a regular
//! and a bold family (`pack-<language>`, `pack-<language>-bold`) that draws with the pack's
//! face first and the language's shipped faces after it, for what the pack's face lacks.
//! The bytes were read and checked on the loader's thread with the rest of the pack.

use std::sync::Arc;

use egui::FontData;

use super::font_setup::shipped_definitions;
use crate::content::check_fonts::LoadedFont;
use crate::fonts::Face;
use crate::ui::theme::{font_family, pack_font_bits, pack_font_family};

/// Installs the shipped faces with `fonts` added; returns the pack-font bits for the theme.
pub fn install_pack_fonts(ctx: &egui::Context, fonts: &[LoadedFont]) -> u16 {
    let mut definitions = shipped_definitions();
    for font in fonts {
        let regular_key = format!("pack-{}", font.language);
        let bold_key = format!("pack-{}-bold", font.language);
        definitions.font_data.insert(
            regular_key.clone(),
            Arc::new(FontData::from_blob(font.regular.clone(), 0)),
        );
        if let Some(bold) = &font.bold {
            definitions.font_data.insert(
                bold_key.clone(),
                Arc::new(FontData::from_blob(bold.clone(), 0)),
            );
        }
        let primary = Face::for_language(&font.language)
            .first()
            .copied()
            .unwrap_or(Face::Japanese);
        for bold in [false, true] {
            // The pack's face, then the chain the shipped family of that language has.
            let mut chain = Vec::new();
            if bold && font.bold.is_some() {
                chain.push(bold_key.clone());
            }
            chain.push(regular_key.clone());
            chain.extend(
                definitions
                    .families
                    .get(&font_family(primary, bold))
                    .cloned()
                    .unwrap_or_default(),
            );
            definitions
                .families
                .insert(pack_font_family(&font.language, bold), chain);
        }
    }
    ctx.set_fonts(definitions);
    pack_font_bits(fonts.iter().map(|font| font.language.as_str()))
}

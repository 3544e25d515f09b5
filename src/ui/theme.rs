//! Design tokens: every colour, type size, spacing and radius the screens use, in one place.
//!
//! Screens never write a colour or a size of their own; they ask the [`Theme`]. Sizes are given
//! for a 1920×1080 screen and scaled to the real one, so the same layout reads from a metre
//! away on a 24" kiosk and on a 4K panel. "Large text" scales type only, not the layout.
#![allow(
    clippy::disallowed_methods,
    reason = "the theme is the one place where colours are written"
)]

use egui::{Color32, FontFamily, FontId, Vec2};

use crate::content::language::KNOWN_LANGUAGES;
use crate::content::{model::Theme as PackTheme, parse_colour};
use crate::fonts::Face;

/// Family name of the bold Japanese face (registered by the app at start).
pub const BOLD_FAMILY: &str = "bold";

/// The egui font family whose first face is `face`, bold or regular (the app registers one
/// for every shipped face): the Japanese face's are egui's proportional family and
/// [`BOLD_FAMILY`], so text laid out before any language is known looks as it always did.
#[must_use]
pub fn font_family(face: Face, bold: bool) -> FontFamily {
    match (face, bold) {
        (Face::Japanese, false) => FontFamily::Proportional,
        (Face::Japanese, true) => FontFamily::Name(BOLD_FAMILY.into()),
        (face, bold) => FontFamily::Name(face.key(bold).into()),
    }
}

/// The family of the font a pack brings for `language`, in bold or regular.
#[must_use]
pub fn pack_font_family(language: &str, bold: bool) -> FontFamily {
    let weight = if bold { "-bold" } else { "" };
    FontFamily::Name(format!("pack-{language}{weight}").into())
}

/// The bits of [`Theme::pack_fonts`] for fonts in `languages`.
#[must_use]
pub fn pack_font_bits<'a>(languages: impl IntoIterator<Item = &'a str>) -> u16 {
    languages
        .into_iter()
        .filter_map(|language| {
            KNOWN_LANGUAGES
                .iter()
                .position(|(code, _)| *code == language)
        })
        .filter(|place| *place < 16)
        .fold(0, |bits, place| bits | (1 << place))
}

/// Type sizes at 1920×1080, in points.
#[derive(Debug, Clone, Copy)]
pub enum TextStyle {
    /// The attract headline.
    Display,
    /// Screen titles.
    Title,
    /// Page headings.
    Heading,
    /// Titles on the home screen's cards.
    CardTitle,
    /// Body text.
    Body,
    /// Button labels.
    Button,
    /// Captions, credits, subtitles.
    Caption,
    /// Key figures: the big number.
    Figure,
}

/// The kiosk's look, for the current screen size, pack and text size.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Page background (warm off-white).
    pub background: Color32,
    /// Cards and panels.
    pub surface: Color32,
    /// Main text.
    pub ink: Color32,
    /// Secondary text (captions, subtitles); still 4.5:1 on both backgrounds.
    pub muted_ink: Color32,
    /// Hairlines between parts of the screen (not around controls).
    pub line: Color32,
    /// Edges a visitor must find: secondary buttons, choice cards, inactive page dots, the
    /// narration track. At least 3:1 against the background and the surface (WCAG 1.4.11).
    pub edge: Color32,
    /// The pack's accent: primary buttons, highlights, active dots.
    pub accent: Color32,
    /// Text on the accent colour.
    pub on_accent: Color32,
    /// A pale tint of the accent, for placeholders and quiet buttons.
    pub accent_soft: Color32,
    /// Backdrop of the image viewer and the idle prompt's veil.
    pub backdrop: Color32,
    /// A right answer (always with a tick and words too, never colour alone); 5:1 on white.
    pub right: Color32,
    /// A wrong answer (always with a cross and words too); 6:1 on white.
    pub wrong: Color32,
    /// Layout scale: the screen's short side over 1080.
    pub scale: f32,
    /// Extra scale for type when visitors choose large text.
    pub text_scale: f32,
    /// Readings are drawn over kanji (the visitor's furigana switch, in a Japanese language).
    pub furigana: bool,
    /// The face text is set in: the one of the language the text is in.
    pub face: Face,
    /// The languages the pack brings a font for, one bit per place in `KNOWN_LANGUAGES`.
    pub pack_fonts: u16,
    /// The language whose pack font sets the text, when it has one (its place in
    /// `KNOWN_LANGUAGES`).
    pub pack_face: Option<u8>,
}

impl Theme {
    /// The theme for a screen of `screen_size` points, the pack's accent and the text size.
    #[must_use]
    pub fn new(screen_size: Vec2, pack_theme: Option<&PackTheme>, large_text: bool) -> Self {
        let accent = pack_theme
            .and_then(|t| parse_colour(&t.accent))
            .map_or(Color32::from_rgb(0x1B, 0x4F, 0x8A), |[r, g, b]| {
                Color32::from_rgb(r, g, b)
            });
        let on_accent = pack_theme
            .and_then(|t| t.accent_text.as_deref())
            .and_then(parse_colour)
            .map_or(Color32::WHITE, |[r, g, b]| Color32::from_rgb(r, g, b));
        let short_side = screen_size.x.min(screen_size.y).max(1.0);
        Self {
            background: Color32::from_rgb(0xF7, 0xF3, 0xEA),
            surface: Color32::WHITE,
            ink: Color32::from_rgb(0x1E, 0x2A, 0x35),
            muted_ink: Color32::from_rgb(0x4F, 0x5B, 0x66),
            line: Color32::from_rgb(0xD9, 0xD2, 0xC3),
            edge: Color32::from_rgb(0x8A, 0x80, 0x70),
            accent,
            on_accent,
            accent_soft: accent.gamma_multiply(0.12),
            backdrop: Color32::from_rgb(0x10, 0x16, 0x1C),
            right: Color32::from_rgb(0x1A, 0x74, 0x4A),
            wrong: Color32::from_rgb(0xB0, 0x2A, 0x20),
            scale: (short_side / 1080.0).clamp(0.6, 2.0),
            text_scale: if large_text { 1.3 } else { 1.0 },
            furigana: false,
            face: Face::Japanese,
            pack_fonts: 0,
            pack_face: None,
        }
    }

    /// The same look for text in `language` (its own face: 简体中文 in the Chinese face, or
    /// the pack's font for it).
    #[must_use]
    pub fn for_language(self, language: &str) -> Self {
        let place = KNOWN_LANGUAGES
            .iter()
            .position(|(code, _)| *code == language);
        Self {
            face: Face::for_language(language)
                .first()
                .copied()
                .unwrap_or(Face::Japanese),
            pack_face: place
                .filter(|place| self.pack_fonts & (1 << place) != 0)
                .and_then(|place| u8::try_from(place).ok()),
            ..self
        }
    }

    /// The same look where the pack brings fonts for the languages in `languages` (bits as
    /// [`pack_font_bits`] gives them).
    #[must_use]
    pub fn with_pack_fonts(self, languages: u16) -> Self {
        Self {
            pack_fonts: languages,
            ..self
        }
    }

    /// A length given for 1080p, scaled to this screen.
    #[must_use]
    pub fn px(&self, length_at_1080p: f32) -> f32 {
        length_at_1080p * self.scale
    }

    /// The font for a text style.
    #[must_use]
    pub fn font(&self, style: TextStyle) -> FontId {
        self.font_weight(style, None)
    }

    /// The font for a text style, in bold when `bold` says so (else as the style has it).
    #[must_use]
    pub fn font_weight(&self, style: TextStyle, bold: Option<bool>) -> FontId {
        let (size, style_bold) = match style {
            TextStyle::Display => (72.0, true),
            TextStyle::Title => (52.0, true),
            TextStyle::Heading => (38.0, true),
            TextStyle::CardTitle => (33.0, true),
            TextStyle::Body => (30.0, false),
            TextStyle::Button => (30.0, true),
            TextStyle::Caption => (25.0, false),
            TextStyle::Figure => (76.0, true),
        };
        let bold = bold.unwrap_or(style_bold);
        let family = match self.pack_face.map(usize::from) {
            Some(place) if place < KNOWN_LANGUAGES.len() => {
                pack_font_family(KNOWN_LANGUAGES[place].0, bold)
            }
            _ => font_family(self.face, bold),
        };
        FontId::new(size * self.scale * self.text_scale, family)
    }

    /// Extra space between lines of body text (Japanese reads best at about 1.7 line height).
    #[must_use]
    pub fn body_line_height(&self) -> f32 {
        self.font(TextStyle::Body).size * 1.7
    }

    /// The smallest side of anything a finger must hit: 88 px at 1080p (about 20 mm on 24").
    #[must_use]
    pub fn touch_target(&self) -> f32 {
        self.px(88.0)
    }

    /// Outer margin of every screen.
    #[must_use]
    pub fn margin(&self) -> f32 {
        self.px(56.0)
    }

    /// Space between related items.
    #[must_use]
    pub fn gap(&self) -> f32 {
        self.px(24.0)
    }

    /// Corner radius of cards and buttons.
    #[must_use]
    pub fn radius(&self) -> f32 {
        self.px(18.0)
    }

    /// Height of the top bar.
    #[must_use]
    pub fn bar_height(&self) -> f32 {
        self.px(120.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::contrast_ratio;

    fn rgb(colour: Color32) -> [u8; 3] {
        [colour.r(), colour.g(), colour.b()]
    }

    #[test]
    fn control_edges_text_and_marks_keep_their_contrast_on_both_grounds() {
        let theme = Theme::new(egui::vec2(1920.0, 1080.0), None, false);
        let grounds = [("background", theme.background), ("surface", theme.surface)];
        for (what, colour, least) in [
            ("control edge", theme.edge, 3.0),
            ("primary button", theme.accent, 3.0),
            ("text", theme.ink, 7.0),
            ("secondary text", theme.muted_ink, 4.5),
            ("right mark", theme.right, 4.5),
            ("wrong mark", theme.wrong, 4.5),
        ] {
            for (ground, ground_colour) in grounds {
                let ratio = contrast_ratio(rgb(colour), rgb(ground_colour));
                assert!(
                    ratio >= least,
                    "{what} on {ground}: {ratio:.2}:1 < {least}:1"
                );
            }
        }
        let on_accent = contrast_ratio(rgb(theme.on_accent), rgb(theme.accent));
        assert!(on_accent >= 4.5, "text on the accent: {on_accent:.2}:1");
        let hairline = contrast_ratio(rgb(theme.line), rgb(theme.background));
        assert!(
            hairline < 3.0,
            "hairlines stay quiet ({hairline:.2}:1): controls take `edge`"
        );
    }
}

//! The fonts the kiosk ships, built into the binary, and which characters they can draw.
//!
//! Both the UI (which hands them to egui) and `validate` (which refuses text the fonts cannot
//! draw, so visitors never see empty boxes) read the same bytes, so the check can never drift
//! from what is on screen. Embedding them means the UI never waits on a font file.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use skrifa::MetadataProvider as _;

/// Noto Sans CJK JP Regular, subset to JIS X 0208 plus Latin and symbols (SIL OFL 1.1).
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSansJP-Regular.otf");
/// Noto Sans CJK JP Bold, the same subset.
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSansJP-Bold.otf");

/// A face the kiosk ships, in regular and bold (all Noto, SIL OFL 1.1; see
/// `assets/fonts/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    /// Noto Sans CJK JP, JIS X 0208 with Latin: Japanese, English and other Latin-script
    /// languages without Vietnamese letters.
    Japanese,
    /// Noto Sans CJK SC, GB 2312: Simplified Chinese, with Chinese glyph forms.
    Chinese,
    /// Noto Sans CJK KR, KS X 1001's Hangul: Korean.
    Korean,
    /// Noto Sans Devanagari: Nepali.
    Devanagari,
    /// Noto Sans (Latin with every Vietnamese letter): Vietnamese.
    Latin,
}

impl Face {
    /// Every shipped face, in the order a character no face of a text's own has is looked
    /// for.
    pub const ALL: [Face; 5] = [
        Face::Japanese,
        Face::Latin,
        Face::Chinese,
        Face::Korean,
        Face::Devanagari,
    ];

    /// The font file's bytes, built into the binary: pages of it are read from disk only once
    /// a text in the face is drawn.
    #[must_use]
    pub fn bytes(self, bold: bool) -> &'static [u8] {
        match (self, bold) {
            (Face::Japanese, false) => REGULAR,
            (Face::Japanese, true) => BOLD,
            (Face::Chinese, false) => include_bytes!("../assets/fonts/NotoSansSC-Regular.otf"),
            (Face::Chinese, true) => include_bytes!("../assets/fonts/NotoSansSC-Bold.otf"),
            (Face::Korean, false) => include_bytes!("../assets/fonts/NotoSansKR-Regular.otf"),
            (Face::Korean, true) => include_bytes!("../assets/fonts/NotoSansKR-Bold.otf"),
            (Face::Devanagari, false) => {
                include_bytes!("../assets/fonts/NotoSansDevanagari-Regular.ttf")
            }
            (Face::Devanagari, true) => {
                include_bytes!("../assets/fonts/NotoSansDevanagari-Bold.ttf")
            }
            (Face::Latin, false) => include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
            (Face::Latin, true) => include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
        }
    }

    /// A short name for the face in `bold` or regular, as egui's font data key.
    #[must_use]
    pub fn key(self, bold: bool) -> &'static str {
        match (self, bold) {
            (Face::Japanese, false) => "noto-sans-jp",
            (Face::Japanese, true) => "noto-sans-jp-bold",
            (Face::Chinese, false) => "noto-sans-sc",
            (Face::Chinese, true) => "noto-sans-sc-bold",
            (Face::Korean, false) => "noto-sans-kr",
            (Face::Korean, true) => "noto-sans-kr-bold",
            (Face::Devanagari, false) => "noto-sans-devanagari",
            (Face::Devanagari, true) => "noto-sans-devanagari-bold",
            (Face::Latin, false) => "noto-sans",
            (Face::Latin, true) => "noto-sans-bold",
        }
    }

    /// The font's name, for messages to authors.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Face::Japanese => "Noto Sans CJK JP",
            Face::Chinese => "Noto Sans CJK SC",
            Face::Korean => "Noto Sans CJK KR",
            Face::Devanagari => "Noto Sans Devanagari",
            Face::Latin => "Noto Sans",
        }
    }

    /// The faces that draw text in `language` (a pack's language code), first choice first:
    /// Chinese text in the Chinese face (Han unification: the Japanese face would give it
    /// Japanese glyph forms), Korean in the Korean one, Nepali in Devanagari with the Japanese
    /// face's Latin and digits, Vietnamese in Noto Sans, every other language in the Japanese
    /// face, whose Latin the kiosk was designed with.
    #[must_use]
    pub fn for_language(language: &str) -> &'static [Face] {
        let primary = language.split('-').next().unwrap_or(language);
        match primary {
            "zh" => &[Face::Chinese, Face::Japanese],
            "ko" => &[Face::Korean, Face::Japanese],
            "ne" => &[Face::Devanagari, Face::Japanese],
            "vi" => &[Face::Latin, Face::Japanese],
            _ => &[Face::Japanese],
        }
    }

    /// The characters this face draws in regular and in bold alike (text must work in both),
    /// read from the font files once per process.
    fn characters(self) -> &'static HashSet<u32> {
        static SETS: [OnceLock<HashSet<u32>>; 5] = [const { OnceLock::new() }; 5];
        let index = Face::ALL.iter().position(|face| *face == self).unwrap_or(0);
        SETS[index % SETS.len()].get_or_init(|| {
            let regular = characters_of(self.bytes(false));
            let bold = characters_of(self.bytes(true));
            regular.intersection(&bold).copied().collect()
        })
    }

    /// Whether the face draws `c`.
    #[must_use]
    pub fn covers(self, c: char) -> bool {
        self.characters().contains(&u32::from(c))
    }
}

/// A set of faces with the characters they draw together.
type FacesCoverage = (&'static [Face], Arc<HashSet<u32>>);

/// The characters a text can be drawn with.
#[derive(Debug, Clone)]
pub struct FontCoverage {
    characters: Arc<HashSet<u32>>,
}

impl FontCoverage {
    /// The characters of the Japanese face, which draws the kiosk's Japanese and Latin text
    /// (regular and bold alike). Read from the fonts once per process; cheap to call again.
    #[must_use]
    pub fn shipped() -> Self {
        Self::for_language("ja")
    }

    /// The characters that text in `language` can be drawn with: those of its own faces
    /// ([`Face::for_language`]).
    #[must_use]
    pub fn for_language(language: &str) -> Self {
        static BY_FACES: OnceLock<std::sync::Mutex<Vec<FacesCoverage>>> = OnceLock::new();
        let faces = Face::for_language(language);
        let cache = BY_FACES.get_or_init(Default::default);
        let mut cache = cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, set)) = cache.iter().find(|(known, _)| *known == faces) {
            return Self {
                characters: Arc::clone(set),
            };
        }
        let set: Arc<HashSet<u32>> = Arc::new(
            faces
                .iter()
                .flat_map(|face| face.characters().iter().copied())
                .collect(),
        );
        cache.push((faces, Arc::clone(&set)));
        Self { characters: set }
    }

    /// Whether `c` can be drawn. Line breaks and tabs count as drawable: they are layout.
    #[must_use]
    pub fn covers(&self, c: char) -> bool {
        matches!(c, '\n' | '\t') || self.characters.contains(&u32::from(c))
    }

    /// Characters of `text` the fonts cannot draw, each once, in order of appearance.
    #[must_use]
    pub fn missing_in(&self, text: &str) -> Vec<char> {
        let mut missing = Vec::new();
        for c in text.chars() {
            if !self.covers(c) && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }
}

fn characters_of(font: &[u8]) -> HashSet<u32> {
    skrifa::FontRef::new(font).map_or_else(
        |_| HashSet::new(),
        |face| face.charmap().mappings().map(|(c, _)| c).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_fonts_cover_japanese_and_latin() {
        let coverage = FontCoverage::shipped();
        assert!(
            coverage
                .missing_in("市民とつくる国際協力、2,198,454人。JICA Global Plaza – “ok”")
                .is_empty()
        );
        assert_eq!(coverage.missing_in("🐸a🐸"), vec!['🐸']);
    }
}

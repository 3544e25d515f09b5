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

/// The set of characters every shipped face can draw.
#[derive(Debug, Clone)]
pub struct FontCoverage {
    characters: Arc<HashSet<u32>>,
}

impl FontCoverage {
    /// The characters of the shipped faces (their intersection: text must work in regular and
    /// bold alike). Read from the fonts once per process; cheap to call again.
    #[must_use]
    pub fn shipped() -> Self {
        static SHIPPED: OnceLock<Arc<HashSet<u32>>> = OnceLock::new();
        let characters = SHIPPED.get_or_init(|| {
            let regular = characters_of(REGULAR);
            let bold = characters_of(BOLD);
            Arc::new(regular.intersection(&bold).copied().collect())
        });
        Self {
            characters: Arc::clone(characters),
        }
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

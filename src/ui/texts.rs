//! The kiosk's own words (buttons, prompts) in each interface language.
//!
//! They live in `assets/texts/<lang>.ftl`, one `key = value` per line with `{ $name }`
//! placeholders (a subset of Fluent's syntax), built into the binary. A language without a
//! file falls back to English; a missing key shows the key itself and is logged once, so a
//! gap in a translation is visible but never a crash.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

const SOURCES: &[(&str, &str)] = &[
    ("ja", include_str!("../../assets/texts/ja.ftl")),
    ("en", include_str!("../../assets/texts/en.ftl")),
];

/// The fallback interface language.
const FALLBACK: &str = "en";

/// Interface texts by language and key.
#[derive(Debug)]
pub struct UiTexts {
    by_language: HashMap<String, HashMap<String, String>>,
    reported_missing: Mutex<HashSet<String>>,
}

impl Default for UiTexts {
    fn default() -> Self {
        Self::shipped()
    }
}

impl UiTexts {
    /// The texts built into the kiosk.
    #[must_use]
    pub fn shipped() -> Self {
        let by_language = SOURCES
            .iter()
            .map(|(language, source)| ((*language).to_owned(), parse(source)))
            .collect();
        Self {
            by_language,
            reported_missing: Mutex::new(HashSet::new()),
        }
    }

    /// The text for `key` in `language`.
    #[must_use]
    pub fn get(&self, language: &str, key: &str) -> String {
        self.format(language, key, &[])
    }

    /// The text for `key` with `{ $name }` placeholders filled from `args`.
    #[must_use]
    pub fn format(&self, language: &str, key: &str, args: &[(&str, &str)]) -> String {
        let found = self
            .by_language
            .get(language)
            .and_then(|texts| texts.get(key))
            .or_else(|| {
                self.by_language
                    .get(FALLBACK)
                    .and_then(|texts| texts.get(key))
            });
        let Some(template) = found else {
            if let Ok(mut reported) = self.reported_missing.lock()
                && reported.insert(format!("{language}:{key}"))
            {
                tracing::warn!("no interface text \"{key}\" for \"{language}\"");
            }
            return key.to_owned();
        };
        let mut text = template.clone();
        for (name, value) in args {
            text = text.replace(&format!("{{ ${name} }}"), value);
        }
        text
    }
}

fn parse(source: &str) -> HashMap<String, String> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_exists_in_every_language() {
        let texts = UiTexts::shipped();
        let keys = |language: &str| -> HashSet<String> {
            texts.by_language[language].keys().cloned().collect()
        };
        assert_eq!(keys("ja"), keys("en"));
    }

    #[test]
    fn placeholders_fallbacks_and_missing_keys() {
        let texts = UiTexts::shipped();
        assert_eq!(
            texts.format("en", "idle-countdown", &[("seconds", "9")]),
            "Returning to the start in 9 seconds"
        );
        assert_eq!(
            texts.format("ja", "page-dot", &[("page", "2")]),
            "2ページ目へ"
        );
        assert_eq!(texts.get("vi", "home"), "Home");
        assert_eq!(texts.get("ja", "no-such-key"), "no-such-key");
    }

    #[test]
    fn the_interface_texts_are_drawable_with_the_shipped_fonts() {
        let coverage = crate::fonts::FontCoverage::shipped();
        for texts in UiTexts::shipped().by_language.values() {
            for text in texts.values() {
                assert!(coverage.missing_in(text).is_empty(), "{text}");
            }
        }
    }
}

//! The languages a pack may be written in, each with its name in itself for the language button.
//!
//! A pack names its languages by code (`ja`, `en`); the kiosk shows each as its speakers write
//! it (日本語, English), so a visitor finds their own language without reading another.

/// Language codes a pack may use, with each language's name in itself: exactly the languages
/// the shipped fonts draw (see `fonts::Face::for_language`); the kiosk's own words exist in
/// the first nine (`assets/texts/`), the others fall back to English for them.
pub const KNOWN_LANGUAGES: &[(&str, &str)] = &[
    ("ja", "日本語"),
    ("ja-x-easy", "やさしい にほんご"),
    ("en", "English"),
    ("zh-Hans", "简体中文"),
    ("vi", "Tiếng Việt"),
    ("ko", "한국어"),
    ("fil", "Filipino"),
    ("ne", "नेपाली"),
    ("pt-BR", "Português"),
    ("id", "Bahasa Indonesia"),
    ("es", "Español"),
    ("fr", "Français"),
];

/// The language's name in itself, if the code is known.
#[must_use]
pub fn endonym(code: &str) -> Option<&'static str> {
    KNOWN_LANGUAGES
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_languages_in_themselves() {
        assert_eq!(endonym("ja"), Some("日本語"));
        assert_eq!(endonym("en"), Some("English"));
        assert_eq!(endonym("xx"), None);
    }
}

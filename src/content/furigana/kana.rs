//! Which characters are kanji and which are kana, and readings turned from katakana into
//! hiragana. Nothing else: the rules of where ruby goes live in [`super::okurigana`].

/// Whether `c` is written with ruby when it stands in a word: a CJK ideograph, or one of the
/// marks that behave like one (`々` repeats the kanji before it, `〆`, `〇`).
#[must_use]
pub fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'   // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK Unified Ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK Compatibility Ideographs
        | '\u{20000}'..='\u{3FFFF}' // the supplementary ideograph planes
        | '々' | '〆' | '〇')
}

/// Whether `c` is hiragana, katakana or the long-vowel mark `ー`.
#[must_use]
pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

/// The hiragana for a katakana letter (`カ` → `か`, `ヶ` → `ゖ`); every other character,
/// `ー` and the katakana without a hiragana twin (`ヷ`…`ヺ`) included, is returned as it is.
#[must_use]
pub fn hiragana(c: char) -> char {
    if ('\u{30A1}'..='\u{30F6}').contains(&c) || ('\u{30FD}'..='\u{30FE}').contains(&c) {
        char::from_u32(u32::from(c) - 0x60).unwrap_or(c)
    } else {
        c
    }
}

/// `text` with its katakana turned into hiragana (`ヨム` → `よむ`).
#[must_use]
pub fn to_hiragana(text: &str) -> String {
    text.chars().map(hiragana).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn katakana_readings_become_hiragana() {
        assert_eq!(to_hiragana("キョウリョク"), "きょうりょく");
        assert_eq!(to_hiragana("ヴァイオリン"), "ゔぁいおりん");
        assert_eq!(to_hiragana("ラーメン"), "らーめん");
        assert_eq!(to_hiragana("ヽヾ"), "ゝゞ");
        assert_eq!(to_hiragana("ひらがな・JICA1965"), "ひらがな・JICA1965");
    }

    #[test]
    fn kanji_and_kana_are_told_apart() {
        for c in ['国', '協', '々', '〇', '𠮷'] {
            assert!(is_kanji(c), "{c}");
        }
        for c in ['あ', 'ア', 'ー', 'ヶ', 'J', '1', '１', '。', '「'] {
            assert!(!is_kanji(c), "{c}");
        }
        assert!(is_kana('ヶ') && is_kana('ー') && is_kana('を'));
        assert!(!is_kana('国') && !is_kana('a'));
    }
}

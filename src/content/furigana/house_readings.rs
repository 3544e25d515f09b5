//! The few readings where IPADIC's first choice is not the one our packs use, put right
//! before the ruby is placed. A short, explicit list, not a second dictionary:
//! * IPADIC reads 日本 as にっぽん (also in 日本人); the packs, like JICA's own texts for
//!   children, write にほん.
//! * After a number IPADIC reads the counter 月 as つき; `3月` is さん**がつ** (a month).

/// The reading to use for the word `surface` that IPADIC reads `reading` (hiragana), where
/// `after_digit` says whether an Arabic digit stands right before the word.
#[must_use]
pub fn preferred(surface: &str, reading: &str, after_digit: bool) -> String {
    if surface.starts_with("日本")
        && let Some(rest) = reading.strip_prefix("にっぽん")
    {
        return format!("にほん{rest}");
    }
    if after_digit && surface == "月" && reading == "つき" {
        return "がつ".to_owned();
    }
    reading.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nihon_and_months() {
        assert_eq!(preferred("日本", "にっぽん", false), "にほん");
        assert_eq!(preferred("日本人", "にっぽんじん", false), "にほんじん");
        assert_eq!(preferred("月", "つき", true), "がつ");
        assert_eq!(preferred("月", "つき", false), "つき");
        assert_eq!(preferred("協力", "きょうりょく", true), "きょうりょく");
    }
}

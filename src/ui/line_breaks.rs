//! Where a line of visitor text may break, and where it should: the rules of Japanese and
//! Latin line breaking, without egui (the layout in `ruby_text` measures and chooses).
//!
//! Every gap between two characters gets a [`Gap`]:
//! - `Never` inside a ruby group, before a character that may not start a line (kinsoku:
//!   `、。）ー` and small kana), after one that may not end a line (`「（`), inside a Latin word
//!   or a number, between a number and its counter or unit (「14か国」「5万4,863人」「11月」),
//!   and at the space of a name that must stay whole ("Viet Nam", or any no-break space);
//! - `Phrase` at a phrase boundary (BudouX's model, [`crate::phrase_breaks`]) and after a
//!   space: the places a line should break;
//! - `Anywhere` at every other gap between Japanese characters: used only when a single phrase
//!   is wider than the line.

/// Characters that must not begin a line in Japanese (JIS X 4051 line-start prohibitions).
pub const NO_LINE_START: &str = "、。，．・：；？！゛゜ヽヾゝゞ々ー‐〜～…」』）〕］｝〉》】〙〗〟’”｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ）]},.!?％";

/// Characters that must not end a line (JIS X 4051 line-end prohibitions): opening brackets.
pub const NO_LINE_END: &str = "「『（〔［｛〈《【〘〖〝‘“｟«([{";

/// Names and words that must not break (country names of the packs' world, words the phrase
/// model would split; authors may also write a no-break space, U+00A0, anywhere).
const WHOLE_NAMES: &[&str] = &[
    "Viet Nam",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Papua New Guinea",
    "South Sudan",
    "South Africa",
    "Burkina Faso",
    "Sierra Leone",
    "Solomon Islands",
    "Marshall Islands",
    "Cabo Verde",
    "New Zealand",
    "Timor-Leste",
    "Global Plaza",
    "JICA Global Plaza",
    // Words the phrase model would split (日本にも|たらす), and names joined by a hyphen.
    "草の根",
    "もたらす",
    // The compound particle: 「自分のこととして｜考える」, never 「こととし｜て」.
    "として",
    "NGO-JICA",
];

/// Counters that begin with kana and so need keeping with their number (「14か国」).
const KANA_COUNTER_STARTS: &str = "かカヶケヵ";

/// What a gap between two characters allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// No break here.
    Never,
    /// A break only if nothing better fits.
    Anywhere,
    /// A good place to break.
    Phrase,
}

/// The gap before each character of `chars` (index 0, the start, is `Never`), given the ruby
/// groups as char ranges `[start, end)`.
#[must_use]
pub fn gaps(chars: &[char], groups: &[(usize, usize)]) -> Vec<Gap> {
    let text: String = chars.iter().collect();
    let mut gaps = vec![Gap::Anywhere; chars.len()];
    for start in crate::phrase_breaks::phrase_starts(&text) {
        if let Some(gap) = gaps.get_mut(start) {
            *gap = Gap::Phrase;
        }
    }
    for (i, gap) in gaps.iter_mut().enumerate().skip(1) {
        let (Some(&before), Some(&after)) = (chars.get(i - 1), chars.get(i)) else {
            continue;
        };
        let before_before = i.checked_sub(2).and_then(|j| chars.get(j)).copied();
        *gap = gap_between(before_before, before, after, *gap);
    }
    if let Some(first) = gaps.first_mut() {
        *first = Gap::Never;
    }
    for &(start, end) in groups {
        for gap in gaps.iter_mut().take(end).skip(start + 1) {
            *gap = Gap::Never;
        }
    }
    for (start, end) in whole_names(chars) {
        for gap in gaps.iter_mut().take(end).skip(start + 1) {
            *gap = Gap::Never;
        }
        // A Japanese word kept whole is a phrase of its own.
        let japanese = chars
            .get(start..end)
            .is_some_and(|word| word.iter().any(|c| is_cjk(*c)));
        for edge in [start, end] {
            if let Some(gap) = gaps
                .get_mut(edge)
                .filter(|gap| japanese && **gap == Gap::Anywhere && edge > 0)
            {
                *gap = Gap::Phrase;
            }
        }
    }
    gaps
}

fn gap_between(before_before: Option<char>, before: char, after: char, model: Gap) -> Gap {
    if before == '\u{A0}' || after == '\u{A0}' || before == '\n' {
        return Gap::Never;
    }
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return Gap::Never;
    }
    // A space, Latin or ideographic (「ありがとう！　年表を」), is where a line should break.
    if after == ' ' || after == '\u{3000}' {
        return Gap::Never;
    }
    if before == ' ' || before == '\u{3000}' {
        return Gap::Phrase;
    }
    let latin = |c: char| c.is_alphanumeric() && !is_cjk(c);
    if latin(before) && latin(after) {
        return Gap::Never;
    }
    // Digit groups and decimals: 54,863 and 1.5 stay whole, as do 1965–2020 and 2-3.
    if matches!(before, ',' | '.' | '–' | '-' | '/' | ':' | '%')
        && after.is_ascii_digit()
        && before_before.is_some_and(|c| c.is_ascii_digit())
    {
        return Gap::Never;
    }
    if after.is_ascii_digit() && matches!(before, ',' | '.' | '–' | '-' | '/' | ':') {
        return Gap::Never;
    }
    // A number keeps its counter or unit: 14か国, 54,863人, 11月, 30%.
    if before.is_ascii_digit() && !after.is_whitespace() {
        return Gap::Never;
    }
    // 5万4,863人: a numeral kanji inside a number.
    if matches!(before, '万' | '億' | '兆' | '千' | '百' | '十') && after.is_ascii_digit() {
        return Gap::Never;
    }
    if before_before.is_some_and(|c| c.is_ascii_digit()) && KANA_COUNTER_STARTS.contains(before) {
        return Gap::Never;
    }
    // Where Latin meets Japanese the phrase model decides ("JICAと|", but "JICA基金" whole);
    // a break there is allowed when nothing better fits.
    if latin(before) != latin(after) && (is_cjk(before) || is_cjk(after)) {
        return if model == Gap::Phrase {
            Gap::Phrase
        } else {
            Gap::Anywhere
        };
    }
    if is_cjk(before) || is_cjk(after) {
        return model;
    }
    // Other scripts and symbols: break only where the phrase model says.
    if model == Gap::Phrase {
        Gap::Phrase
    } else {
        Gap::Never
    }
}

/// Char ranges of the [`WHOLE_NAMES`] in `chars`.
fn whole_names(chars: &[char]) -> Vec<(usize, usize)> {
    let text: String = chars.iter().collect();
    let mut ranges = Vec::new();
    for name in WHOLE_NAMES {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|rest| rest.find(name)) {
            let start_byte = from + found;
            let start = text.get(..start_byte).map_or(0, |s| s.chars().count());
            let end = start + name.chars().count();
            ranges.push((start, end));
            from = start_byte + name.len();
        }
    }
    ranges
}

/// Japanese and Chinese characters, kana and full-width punctuation.
#[must_use]
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{2FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with `|` at each gap of at least `level`.
    fn marked(text: &str, level: Gap) -> String {
        let chars: Vec<char> = text.chars().collect();
        let gaps = gaps(&chars, &[]);
        let mut out = String::new();
        for (c, gap) in chars.iter().zip(&gaps) {
            if *gap >= level {
                out.push('|');
            }
            out.push(*c);
        }
        out
    }

    #[test]
    fn numbers_keep_their_counters() {
        for text in ["14か国", "5万4,863人", "2020年11月", "30%", "1965–2020年度"] {
            let breaks = marked(text, Gap::Anywhere);
            for kept in ["14か国", "4,863人", "11月", "30%", "1965–2020年"] {
                if text.contains(kept) {
                    assert!(breaks.contains(kept), "{text}: {breaks}");
                }
            }
        }
        assert!(!marked("5万4,863人", Gap::Anywhere).contains("万|4"));
    }

    #[test]
    fn latin_words_and_names_stay_whole() {
        assert_eq!(marked("the World", Gap::Anywhere), "the |World");
        assert_eq!(
            marked("in Viet Nam now", Gap::Anywhere),
            "in |Viet Nam |now"
        );
        assert_eq!(marked("JICAと", Gap::Anywhere), "JICA|と");
        for name in ["草の根", "NGO-JICA"] {
            assert_eq!(marked(name, Gap::Anywhere), name);
        }
        assert!(marked("協力隊が日本にもたらすもの", Gap::Phrase).contains("日本に|もたらす"));
        // Where Latin meets Japanese, the phrase model decides: a name stays one phrase.
        assert!(!marked("JICA基金を", Gap::Phrase).contains("JICA|基金"));
        assert!(!marked("自分のこととして考える", Gap::Phrase).contains("と|して"));
    }

    #[test]
    fn kinsoku_and_phrases() {
        let breaks = marked("国際協力の現場で、「働く」。", Gap::Anywhere);
        assert!(!breaks.contains("|、") && !breaks.contains("「|") && !breaks.contains("|。"));
        assert_eq!(
            marked("国際協力の現場で働く", Gap::Phrase),
            "国際協力の|現場で|働く"
        );
    }

    #[test]
    fn ruby_groups_never_break() {
        let chars: Vec<char> = "国際協力".chars().collect();
        let gaps = gaps(&chars, &[(0, 2), (2, 4)]);
        assert_eq!(gaps[1], Gap::Never);
        assert_eq!(gaps[3], Gap::Never);
    }
}

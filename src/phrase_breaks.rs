//! Phrase boundaries in Japanese text, so that lines wrap between phrases and not inside words.
//!
//! Japanese is written without spaces, and a line may in principle break before almost any
//! character. Breaking anywhere makes a narrow kiosk column hard to read: 「国際協力の現場で働く」
//! can come out as 「国際協｜力の現場で働く」, cutting 協力 in two. Readers expect the break
//! between phrases (bunsetsu) instead: 「国際協力の｜現場で｜働く」.
//!
//! [`phrase_starts`] finds those boundaries the way Google's BudouX does: a small
//! machine-learned model of weights for the characters around each gap, no dictionary. The
//! model is BudouX's own Japanese one (Apache-2.0), converted to a text file,
//! `assets/phrases/ja.model` (its README says where it comes from and how to regenerate it),
//! and built into the binary. The scoring is the one of the Python `budoux` package of the
//! version named in that file, so the results match `budoux.load_default_japanese_parser()`
//! character for character; `tests/fixtures/phrases/expected.tsv` holds its answers for every
//! Japanese string of the shipped packs, and the tests below check each one.
//!
//! Like BudouX, this only says where a phrase *may* start; the line breaker still applies
//! kinsoku rules and the column width. Latin words and spaces get no special treatment (BudouX
//! does not split them either, beyond what its weights say).

use std::collections::HashMap;
use std::sync::LazyLock;

/// The model as shipped: `@GROUP` lines, then `FEATURE<TAB>WEIGHT` lines, `#` comments.
const MODEL_TEXT: &str = include_str!("../assets/phrases/ja.model");

/// The model, parsed on first use.
static MODEL: LazyLock<Model> = LazyLock::new(|| Model::parse(MODEL_TEXT));

/// BudouX's feature groups, by the window of characters each looks at around the gap before
/// character `i`: unigrams (UW1..UW6 at `i-3`..`i+2`), bigrams (BW1..BW3 starting at `i-2`,
/// `i-1`, `i`) and trigrams (TW1..TW4 starting at `i-3`..`i`).
#[derive(Debug, Default)]
struct Model {
    /// UW1..UW6: the weight of one character at offset `-3..=2` from the gap.
    unigram: [HashMap<char, i64>; 6],
    /// BW1..BW3: two characters starting at offset `-2..=0`.
    bigram: [HashMap<[char; 2], i64>; 3],
    /// TW1..TW4: three characters starting at offset `-3..=0`.
    trigram: [HashMap<[char; 3], i64>; 4],
    /// The sum of every weight in the file, of every group. BudouX starts each gap's score at
    /// minus half of it.
    total: i64,
    /// Entries read (every `FEATURE<TAB>WEIGHT` line under a group).
    entries: usize,
    /// Lines that were not a comment, a group, nor a well-formed entry (none in the shipped
    /// file; a test holds it to that).
    malformed: usize,
}

impl Model {
    /// Reads the model text. Never fails: a line it cannot read is counted in `malformed`
    /// and skipped.
    fn parse(text: &str) -> Self {
        let mut model = Self::default();
        let mut group: Option<&str> = None;
        for line in text.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('@') {
                group = Some(name);
                continue;
            }
            let entry = line.split_once('\t').and_then(|(feature, weight)| {
                Some((unescape(feature)?, weight.trim().parse::<i64>().ok()?))
            });
            match (group, entry) {
                (Some(name), Some((feature, weight))) => {
                    model.entries += 1;
                    // BudouX sums every weight of the model, whatever its group.
                    model.total = model.total.saturating_add(weight);
                    model.insert(name, &feature, weight);
                }
                _ => model.malformed += 1,
            }
        }
        model
    }

    /// Files `weight` under its group. A feature of the wrong length for its group, or of a
    /// group BudouX does not look up, can never match and is left out of the tables (it still
    /// counts in `total`, as in BudouX).
    fn insert(&mut self, group: &str, feature: &[char], weight: i64) {
        let (kind, index) = match group.as_bytes() {
            [kind @ (b'U' | b'B' | b'T'), b'W', digit @ b'1'..=b'6'] => {
                (*kind, usize::from(digit - b'1'))
            }
            _ => return,
        };
        match (kind, feature) {
            (b'U', &[a]) => {
                if let Some(table) = self.unigram.get_mut(index) {
                    table.insert(a, weight);
                }
            }
            (b'B', &[a, b]) => {
                if let Some(table) = self.bigram.get_mut(index) {
                    table.insert([a, b], weight);
                }
            }
            (b'T', &[a, b, c]) => {
                if let Some(table) = self.trigram.get_mut(index) {
                    table.insert([a, b, c], weight);
                }
            }
            _ => {}
        }
    }

    /// Whether a phrase starts before `chars[i]`: BudouX's score for the gap, positive.
    ///
    /// BudouX computes `-total / 2 + sum` in floating point and breaks where it is `> 0`; with
    /// integer weights that is exactly `2 * sum > total`, done here in integers.
    fn starts_phrase(&self, chars: &[char], i: usize) -> bool {
        // The character at `i + offset`, if inside the text.
        let at = |offset: isize| {
            i.checked_add_signed(offset)
                .and_then(|j| chars.get(j))
                .copied()
        };
        let mut sum: i64 = 0;
        let mut add = |weight: Option<&i64>| sum = sum.saturating_add(weight.copied().unwrap_or(0));
        for (table, offset) in self.unigram.iter().zip(-3..) {
            if let Some(a) = at(offset) {
                add(table.get(&a));
            }
        }
        for (table, offset) in self.bigram.iter().zip(-2..) {
            if let (Some(a), Some(b)) = (at(offset), at(offset + 1)) {
                add(table.get(&[a, b]));
            }
        }
        for (table, offset) in self.trigram.iter().zip(-3..) {
            if let (Some(a), Some(b), Some(c)) = (at(offset), at(offset + 1), at(offset + 2)) {
                add(table.get(&[a, b, c]));
            }
        }
        sum.saturating_mul(2) > self.total
    }
}

/// A feature as written in the model file: `\\` is a backslash, `\u{HEX}` any character.
/// `None` for a malformed escape.
fn unescape(feature: &str) -> Option<Vec<char>> {
    let mut chars = Vec::new();
    let mut rest = feature;
    while let Some(index) = rest.find('\\') {
        chars.extend(rest[..index].chars());
        let after = &rest[index + 1..];
        if let Some(tail) = after.strip_prefix('\\') {
            chars.push('\\');
            rest = tail;
        } else {
            let (hex, tail) = after.strip_prefix("u{")?.split_once('}')?;
            chars.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
            rest = tail;
        }
    }
    chars.extend(rest.chars());
    Some(chars)
}

/// Char indices (into `text.chars()`) before which a phrase starts, excluding 0.
///
/// The indices are ascending, each in `1..text.chars().count()`; an empty or one-character
/// text has none. They are the same as the chunk boundaries of the Python
/// `budoux.load_default_japanese_parser().parse(text)` of the model's version: 「国際協力の現場で
/// 働く」 gives `[5, 8]` (国際協力の｜現場で｜働く). Any string is accepted; text the model knows
/// nothing about, such as Latin letters, mostly gets no boundaries.
#[must_use]
pub fn phrase_starts(text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let model = &*MODEL;
    (1..chars.len())
        .filter(|&i| model.starts_phrase(&chars, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{MODEL, MODEL_TEXT, Model, phrase_starts, unescape};

    /// What Python budoux says for every Japanese string of the shipped packs.
    const EXPECTED: &str = include_str!("../tests/fixtures/phrases/expected.tsv");

    /// `text` cut at `starts`, to show a failing case the way a reader sees it.
    fn cut(text: &str, starts: &[usize]) -> String {
        let mut out = String::new();
        for (index, c) in text.chars().enumerate() {
            if starts.contains(&index) {
                out.push('｜');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn matches_python_budoux_on_every_shipped_japanese_string() {
        let mut checked = 0;
        let mut wrong = Vec::new();
        for line in EXPECTED.lines().filter(|line| !line.is_empty()) {
            let (text, starts) = line.split_once('\t').expect("text<TAB>starts");
            let expected: Vec<usize> = starts
                .split(',')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().expect("a char index"))
                .collect();
            let got = phrase_starts(text);
            if got != expected {
                wrong.push(format!(
                    "{text}: budoux {} ({expected:?}), here {} ({got:?})",
                    cut(text, &expected),
                    cut(text, &got)
                ));
            }
            checked += 1;
        }
        assert!(checked > 200, "the fixture has only {checked} lines");
        assert!(
            wrong.is_empty(),
            "{} of {checked} differ:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn the_shipped_model_reads_whole() {
        // The header says how many entries and what weight sum the converter wrote.
        let header = MODEL_TEXT
            .lines()
            .find_map(|line| line.strip_prefix("# entries: "))
            .expect("the header's entries line");
        let (entries, total) = header.split_once(", weight sum: ").expect("entries, sum");
        let model = &*MODEL;
        assert_eq!(model.malformed, 0);
        assert_eq!(model.entries, entries.parse::<usize>().expect("a count"));
        assert_eq!(model.total, total.parse::<i64>().expect("a sum"));
        let tabled = model.unigram.iter().map(HashMap::len).sum::<usize>()
            + model.bigram.iter().map(HashMap::len).sum::<usize>()
            + model.trigram.iter().map(HashMap::len).sum::<usize>();
        assert_eq!(tabled, model.entries, "every entry is in a table");
        assert!(model.unigram.iter().all(|table| !table.is_empty()));
        assert!(model.bigram.iter().all(|table| !table.is_empty()));
        assert!(model.trigram.iter().all(|table| !table.is_empty()));
        // The one escaped character of the shipped model: the ideographic space.
        assert!(model.unigram[2].contains_key(&'\u{3000}'));
    }

    #[test]
    fn empty_and_single_character_texts_have_no_boundaries() {
        assert!(phrase_starts("").is_empty());
        assert!(phrase_starts("あ").is_empty());
        assert!(phrase_starts("。").is_empty());
    }

    #[test]
    fn latin_only_text_has_no_boundaries() {
        assert!(phrase_starts("Hello world").is_empty());
        assert!(phrase_starts("JICA Global Plaza 2024").is_empty());
    }

    #[test]
    fn known_sentences_break_between_phrases() {
        // Python: budoux.load_default_japanese_parser().parse(...)
        assert_eq!(phrase_starts("国際協力の現場で働く"), [5, 8]); // 国際協力の｜現場で｜働く
        assert_eq!(phrase_starts("今日は天気です。"), [3]); // 今日は｜天気です。
    }

    #[test]
    fn any_text_gives_ascending_indices_inside_it() {
        let long = "国際協力の現場で働く。".repeat(500);
        let cases = [
            "\0\u{3000}\t\n",
            "\u{FFFF}\u{10FFFF}🇯🇵👩‍👩‍👧",
            "ﾊﾝｶｸｶﾅとｶﾀｶﾅ",
            "a\u{301}\u{301}\u{301}",
            "「」「」、、。。",
            long.as_str(),
        ];
        for text in cases {
            let starts = phrase_starts(text);
            let count = text.chars().count();
            assert!(starts.windows(2).all(|pair| pair[0] < pair[1]), "{text:?}");
            assert!(starts.iter().all(|&i| 0 < i && i < count), "{text:?}");
        }
        // The repeated sentence breaks the same way each time round.
        let starts = phrase_starts(&long);
        assert!(starts.contains(&5) && starts.contains(&8) && starts.contains(&11));
    }

    #[test]
    fn model_text_that_is_damaged_is_skipped_not_panicked_on() {
        let model = Model::parse(
            "entry before any group\t1\n@UW3\nの\t10\nの\tnot a number\nno tab\n\\u{ZZ}\t3\n\
             \\u{D800}\t3\n\\\t3\n@XX9\nあ\t5\n@UW4\nあい\t7\n@BW2\nの\\u{3000}\t2\n",
        );
        assert_eq!(model.malformed, 6);
        assert_eq!(model.entries, 4);
        assert_eq!(model.total, 10 + 5 + 7 + 2);
        assert_eq!(model.unigram[2].get(&'の'), Some(&10));
        assert!(
            model.unigram[3].is_empty(),
            "a two-character unigram never matches"
        );
        assert_eq!(model.bigram[1].get(&['の', '\u{3000}']), Some(&2));
    }

    #[test]
    fn unescape_reads_backslashes_and_code_points() {
        assert_eq!(unescape("ab"), Some(vec!['a', 'b']));
        assert_eq!(unescape(r"\\"), Some(vec!['\\']));
        assert_eq!(unescape(r"x\u{3000}y"), Some(vec!['x', '\u{3000}', 'y']));
        assert_eq!(unescape(r"\u{3000"), None);
        assert_eq!(unescape(r"\n"), None);
        assert_eq!(unescape("\\"), None);
    }
}

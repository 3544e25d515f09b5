//! Where the ruby goes in one word: the word as written (`読む`) and the reading the
//! dictionary gives for it (`よむ`) become ruby groups over the kanji only, the kana left
//! outside (`{読|よ}む`), as `spec/ruby-markup.md` asks.
//!
//! The kana of the word are matched against the reading; each run of kanji takes what lies
//! between them (`{取|と}り{扱|あつか}い`; the `ケ` of place names gives its sound to the kanji
//! after it, `{市|いち}ケ{谷|がや}`, as the spec writes it). When the kana do not match (a reading that does
//! not follow the spelling), the kanji and the kana between them share one group, and only
//! the kana at either end that do match stay outside. Nothing here knows a dictionary.

use std::ops::Range;

use super::kana::{hiragana, is_kana, is_kanji};

/// One ruby group: the bytes of the base in the text it was found in, and its reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubyGroup {
    /// The base (kanji only), as a byte range of the text.
    pub base: Range<usize>,
    /// The reading, in hiragana.
    pub reading: String,
}

/// Words longer than this (in characters) are not aligned piece by piece; no real word is.
const MAX_ALIGNED_CHARS: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Kanji,
    Kana,
    Other,
}

/// A run of characters of one kind: its byte range in the word and its characters.
#[derive(Debug)]
struct Run {
    kind: Kind,
    bytes: Range<usize>,
    chars: Vec<char>,
}

/// The ruby groups for `surface` read as `reading` (hiragana), with byte ranges inside
/// `surface`. Empty when the word has no kanji; `None` when no groups can be placed (no
/// reading, or letters and digits inside the word that the reading does not spell).
#[must_use]
pub fn split(surface: &str, reading: &str) -> Option<Vec<RubyGroup>> {
    let runs = runs(surface);
    if !runs.iter().any(|run| run.kind == Kind::Kanji) {
        return Some(Vec::new());
    }
    let reading: Vec<char> = reading.chars().collect();
    if reading.is_empty() {
        return None;
    }
    if surface.chars().count() <= MAX_ALIGNED_CHARS
        && let Some(readings) = align(&runs, &reading, None)
    {
        let kanji = runs.iter().filter(|run| run.kind == Kind::Kanji);
        return Some(
            kanji
                .zip(readings)
                .map(|(run, reading)| RubyGroup {
                    base: run.bytes.clone(),
                    reading,
                })
                .collect(),
        );
    }
    one_group(&runs, &reading)
}

fn runs(surface: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (at, c) in surface.char_indices() {
        let kind = if is_kanji(c) {
            Kind::Kanji
        } else if is_kana(c) {
            Kind::Kana
        } else {
            Kind::Other
        };
        match runs.last_mut() {
            Some(run) if run.kind == kind => {
                run.bytes.end = at + c.len_utf8();
                run.chars.push(c);
            }
            _ => runs.push(Run {
                kind,
                bytes: at..at + c.len_utf8(),
                chars: vec![c],
            }),
        }
    }
    runs
}

/// Whether the character written as `written` can be read as `read` (kana compared as
/// hiragana).
fn reads_as(written: char, read: char) -> bool {
    hiragana(written) == read
}

/// Whether `run` is a lone `ヶ`/`ケ` between kanji (`市ケ谷`), read か, が or こ. The spec
/// gives that sound to the kanji after it and leaves the `ケ` bare: `{市|いち}ケ{谷|がや}`.
fn is_place_name_ke(run: &Run, rest: &[Run]) -> bool {
    matches!(run.chars[..], ['ヶ' | 'ケ'])
        && rest.first().is_some_and(|next| next.kind == Kind::Kanji)
}

/// The reading of each kanji run, in order, when the other runs spell out the rest of the
/// reading exactly. The first kanji run takes as little as it can (backtracking as needed);
/// `carried` is a sound that belongs in front of the next kanji run's reading.
fn align(runs: &[Run], reading: &[char], carried: Option<char>) -> Option<Vec<String>> {
    let Some((run, rest)) = runs.split_first() else {
        return reading.is_empty().then(Vec::new);
    };
    match run.kind {
        Kind::Kana if is_place_name_ke(run, rest) => match reading.first() {
            Some(sound @ ('か' | 'が' | 'こ')) => align(rest, &reading[1..], Some(*sound)),
            _ => None,
        },
        Kind::Kana | Kind::Other => {
            let spelled = reading.get(..run.chars.len())?;
            let matches = run
                .chars
                .iter()
                .zip(spelled)
                .all(|(written, read)| reads_as(*written, *read));
            if matches {
                align(rest, &reading[run.chars.len()..], None)
            } else {
                None
            }
        }
        Kind::Kanji => {
            let max = reading.len().saturating_sub(rest.iter().map(min_len).sum());
            (1..=max).find_map(|taken| {
                let mut readings = align(rest, &reading[taken..], None)?;
                let own: String = carried
                    .into_iter()
                    .chain(reading[..taken].iter().copied())
                    .collect();
                readings.insert(0, own);
                Some(readings)
            })
        }
    }
}

/// The fewest reading characters the runs can take: one per kanji run, the kana as written.
fn min_len(run: &Run) -> usize {
    match run.kind {
        Kind::Kanji => 1,
        Kind::Kana | Kind::Other => run.chars.len(),
    }
}

/// One group from the first kanji to the last, after the kana at either end that the
/// reading does spell; `None` if the group would hold letters or digits, or no reading.
fn one_group(runs: &[Run], reading: &[char]) -> Option<Vec<RubyGroup>> {
    let first = runs.iter().position(|run| run.kind == Kind::Kanji)?;
    let last = runs.iter().rposition(|run| run.kind == Kind::Kanji)?;
    let inner = &runs[first..=last];
    if inner.iter().any(|run| run.kind == Kind::Other) {
        return None;
    }
    let mut reading = reading;
    for run in &runs[..first] {
        let spelled = reading.get(..run.chars.len())?;
        if !run.chars.iter().zip(spelled).all(|(w, r)| reads_as(*w, *r)) {
            return None;
        }
        reading = &reading[run.chars.len()..];
    }
    for run in runs[last + 1..].iter().rev() {
        let from = reading.len().checked_sub(run.chars.len())?;
        if !run
            .chars
            .iter()
            .zip(&reading[from..])
            .all(|(w, r)| reads_as(*w, *r))
        {
            return None;
        }
        reading = &reading[..from];
    }
    if reading.is_empty() {
        return None;
    }
    Some(vec![RubyGroup {
        base: inner[0].bytes.start..inner[inner.len() - 1].bytes.end,
        reading: reading.iter().collect(),
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word with its groups written as markup, for readable assertions.
    fn marked(surface: &str, reading: &str) -> Option<String> {
        let groups = split(surface, reading)?;
        let mut out = String::new();
        let mut at = 0;
        for group in groups {
            out.push_str(&surface[at..group.base.start]);
            out.push_str(&format!(
                "{{{}|{}}}",
                &surface[group.base.clone()],
                group.reading
            ));
            at = group.base.end;
        }
        out.push_str(&surface[at..]);
        Some(out)
    }

    #[test]
    fn okurigana_stay_outside() {
        assert_eq!(marked("読む", "よむ").unwrap(), "{読|よ}む");
        assert_eq!(
            marked("派遣される", "はけんされる").unwrap(),
            "{派遣|はけん}される"
        );
        assert_eq!(marked("行う", "おこなう").unwrap(), "{行|おこな}う");
        assert_eq!(
            marked("取り扱い", "とりあつかい").unwrap(),
            "{取|と}り{扱|あつか}い"
        );
        assert_eq!(marked("お茶", "おちゃ").unwrap(), "お{茶|ちゃ}");
    }

    #[test]
    fn a_word_of_kanji_is_one_group_and_kana_inside_split_it() {
        assert_eq!(
            marked("協力", "きょうりょく").unwrap(),
            "{協力|きょうりょく}"
        );
        assert_eq!(marked("今日", "きょう").unwrap(), "{今日|きょう}");
        assert_eq!(marked("一人", "ひとり").unwrap(), "{一人|ひとり}");
        assert_eq!(marked("草の根", "くさのね").unwrap(), "{草|くさ}の{根|ね}");
        assert_eq!(marked("人々", "ひとびと").unwrap(), "{人々|ひとびと}");
    }

    #[test]
    fn ke_in_place_names_stands_for_ga() {
        assert_eq!(
            marked("市ケ谷", "いちがや").unwrap(),
            "{市|いち}ケ{谷|がや}"
        );
        assert_eq!(
            marked("関ヶ原", "せきがはら").unwrap(),
            "{関|せき}ヶ{原|がはら}"
        );
        assert_eq!(marked("ケ原", "けはら").unwrap(), "ケ{原|はら}");
    }

    #[test]
    fn kana_that_do_not_match_the_reading_share_one_group() {
        // The reading does not spell the kana of the word: one group over the kanji and
        // the kana between them; matching kana at the ends stay outside.
        assert_eq!(marked("日の出る", "ひでる").unwrap(), "{日の出|ひで}る");
        assert_eq!(marked("お日の出", "おひで").unwrap(), "お{日の出|ひで}");
    }

    #[test]
    fn words_without_kanji_get_nothing_and_digits_never_get_ruby() {
        assert_eq!(split("ボランティア", "ぼらんてぃあ").unwrap(), vec![]);
        assert_eq!(split("JICA", "じゃいか").unwrap(), vec![]);
        assert_eq!(marked("3月", "3がつ").unwrap(), "3{月|がつ}");
        assert_eq!(split("3月", "さんがつ"), None);
        assert_eq!(split("国", ""), None);
    }

    #[test]
    fn groups_point_at_bytes_of_the_surface() {
        let groups = split("読む", "よむ").unwrap();
        assert_eq!(
            groups,
            vec![RubyGroup {
                base: 0..3,
                reading: "よ".to_owned()
            }]
        );
    }
}

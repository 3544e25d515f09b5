//! Furigana (ruby) markup in visitor texts: `{採択|さいたく}` puts さいたく over 採択.
//!
//! A pack turns the markup on by declaring `furigana` in `pack.ron`; in a pack that does not,
//! braces are ordinary characters (the loader doubles them, see [`escape`]), so packs written
//! before the markup existed mean what they always meant. Inside a pack that uses it, `{{` and
//! `}}` are a literal brace. Parsing is lenient for drawing (a broken group is shown as
//! written) and strict for `validate`, which reports each [`RubyProblem`] at its offset. The
//! kiosk's own interface words (`assets/texts/*.ftl`) use the same markup.

use std::borrow::Cow;

/// A piece of marked text: plain text, or a base with its reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text without ruby (braces already unescaped).
    Plain(Cow<'a, str>),
    /// A ruby group.
    Ruby {
        /// The kanji the reading goes over.
        base: &'a str,
        /// The reading, in kana.
        reading: &'a str,
    },
}

/// What is wrong with a piece of markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubyProblemKind {
    /// `{` with no `}` after it on the same line.
    Unclosed,
    /// `}` that closes nothing.
    StrayClose,
    /// `{採択}`: no `|` and no reading.
    NoReading(String),
    /// More than one `|` in a group.
    TwoBars(String),
    /// `{|さいたく}`.
    EmptyBase(String),
    /// `{採択|}`.
    EmptyReading(String),
    /// A reading with characters that are not kana.
    ReadingNotKana {
        /// The group as written.
        group: String,
        /// The reading.
        reading: String,
    },
    /// Ruby over text without kanji: `{JICA|じゃいか}`.
    BaseWithoutKanji(String),
    /// `**` inside a group.
    EmphasisInside(String),
}

/// A markup problem at a byte offset of the marked text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubyProblem {
    /// Where the offending group or brace starts.
    pub byte_offset: usize,
    /// What is wrong.
    pub kind: RubyProblemKind,
}

impl std::fmt::Display for RubyProblemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unclosed => f.write_str(
                "\"{\" is never closed: furigana are written {base|reading}; write {{ for a brace",
            ),
            Self::StrayClose => f.write_str("\"}\" closes nothing: write }} for a brace"),
            Self::NoReading(group) => write!(
                f,
                "{{{group}}} has no reading: furigana are written {{base|reading}}"
            ),
            Self::TwoBars(group) => write!(
                f,
                "{{{group}}} has more than one \"|\": write one group per word, {{国際|こくさい}}{{協力|きょうりょく}}"
            ),
            Self::EmptyBase(group) => write!(f, "{{{group}}} has no base text before \"|\""),
            Self::EmptyReading(group) => write!(f, "{{{group}}} has an empty reading"),
            Self::ReadingNotKana { group, reading } => write!(
                f,
                "the reading \"{reading}\" of {{{group}}} is not kana: write it in hiragana"
            ),
            Self::BaseWithoutKanji(group) => write!(
                f,
                "{{{group}}}: the base has no kanji; furigana go over kanji only"
            ),
            Self::EmphasisInside(group) => write!(
                f,
                "{{{group}}} contains \"**\": put the emphasis around the group, **{{…|…}}**"
            ),
        }
    }
}

/// Splits marked text into pieces, and lists its problems. A broken group is kept as plain
/// text, exactly as written, so a visitor never loses words to a typo.
#[must_use]
pub fn parse(marked: &str) -> (Vec<Piece<'_>>, Vec<RubyProblem>) {
    let (located, problems) = parse_located(marked);
    (
        located.into_iter().map(|(_, piece)| piece).collect(),
        problems,
    )
}

/// Plain text being gathered: its text, where it starts in the marked text, and whether it
/// is that stretch of the marked text as written (no brace unescaped in it).
struct PendingPlain {
    text: String,
    from: Option<usize>,
    as_written: bool,
}

impl PendingPlain {
    fn push(&mut self, at: usize, text: &str, as_written: bool) {
        self.from.get_or_insert(at);
        self.text.push_str(text);
        self.as_written &= as_written;
    }

    /// The gathered text as a piece at its offset (borrowed when written as it reads).
    fn flush<'a>(&mut self, marked: &'a str, end: usize, pieces: &mut Vec<(usize, Piece<'a>)>) {
        let Some(from) = self.from.take() else {
            return;
        };
        let text = std::mem::take(&mut self.text);
        let piece = match marked.get(from..end).filter(|_| self.as_written) {
            Some(slice) => Piece::Plain(Cow::Borrowed(slice)),
            None => Piece::Plain(Cow::Owned(text)),
        };
        self.as_written = true;
        pieces.push((from, piece));
    }
}

/// [`parse`], each piece with the byte offset where it starts in the marked text.
fn parse_located(marked: &str) -> (Vec<(usize, Piece<'_>)>, Vec<RubyProblem>) {
    let mut pieces = Vec::new();
    let mut problems = Vec::new();
    let mut plain = PendingPlain {
        text: String::new(),
        from: None,
        as_written: true,
    };
    let mut at = 0;
    while let Some(rest) = marked.get(at..).filter(|rest| !rest.is_empty()) {
        if let Some(brace) = rest
            .get(..1)
            .filter(|_| rest.starts_with("{{") || rest.starts_with("}}"))
        {
            plain.push(at, brace, false);
            at += 2;
        } else if rest.starts_with('{') {
            let group_end = rest
                .get(1..)
                .and_then(|after| after.find(['{', '}', '\n']))
                .map(|end| end + 1)
                .filter(|end| rest.as_bytes().get(*end) == Some(&b'}'));
            let Some(end) = group_end else {
                problems.push(RubyProblem {
                    byte_offset: at,
                    kind: RubyProblemKind::Unclosed,
                });
                plain.push(at, "{", true);
                at += 1;
                continue;
            };
            match group(rest.get(1..end).unwrap_or_default()) {
                Ok((base, reading)) => {
                    plain.flush(marked, at, &mut pieces);
                    pieces.push((at, Piece::Ruby { base, reading }));
                }
                Err(kind) => {
                    problems.push(RubyProblem {
                        byte_offset: at,
                        kind,
                    });
                    plain.push(at, rest.get(..=end).unwrap_or_default(), true);
                }
            }
            at += end + 1;
        } else if rest.starts_with('}') {
            problems.push(RubyProblem {
                byte_offset: at,
                kind: RubyProblemKind::StrayClose,
            });
            plain.push(at, "}", true);
            at += 1;
        } else {
            let next = rest.find(['{', '}']).unwrap_or(rest.len());
            plain.push(at, rest.get(..next).unwrap_or_default(), true);
            at += next;
        }
    }
    plain.flush(marked, at, &mut pieces);
    (pieces, problems)
}

fn group(inside: &str) -> Result<(&str, &str), RubyProblemKind> {
    let owned = || inside.to_owned();
    let Some((base, reading)) = inside.split_once('|') else {
        return Err(RubyProblemKind::NoReading(owned()));
    };
    if reading.contains('|') {
        return Err(RubyProblemKind::TwoBars(owned()));
    }
    if inside.contains("**") {
        return Err(RubyProblemKind::EmphasisInside(owned()));
    }
    if base.trim().is_empty() {
        return Err(RubyProblemKind::EmptyBase(owned()));
    }
    if reading.trim().is_empty() {
        return Err(RubyProblemKind::EmptyReading(owned()));
    }
    if !reading.chars().all(is_kana) {
        return Err(RubyProblemKind::ReadingNotKana {
            group: owned(),
            reading: reading.to_owned(),
        });
    }
    if !base.chars().any(is_kanji) {
        return Err(RubyProblemKind::BaseWithoutKanji(owned()));
    }
    Ok((base, reading))
}

/// The text a visitor reads with furigana hidden: bases only, braces unescaped. Accessibility
/// labels and search use this, so a screen reader never says the word twice.
#[must_use]
pub fn plain(marked: &str) -> Cow<'_, str> {
    if !marked.contains(['{', '}']) {
        return Cow::Borrowed(marked);
    }
    let (pieces, _) = parse(marked);
    let mut text = String::with_capacity(marked.len());
    for piece in &pieces {
        match piece {
            Piece::Plain(plain) => text.push_str(plain),
            Piece::Ruby { base, .. } => text.push_str(base),
        }
    }
    Cow::Owned(text)
}

/// Makes `text` mean itself as marked text: doubles every brace. The loader applies this to
/// every text of a pack that does not declare furigana.
#[must_use]
pub fn escape(text: &str) -> Cow<'_, str> {
    if text.contains(['{', '}']) {
        Cow::Owned(text.replace('{', "{{").replace('}', "}}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Byte offsets of the well-formed ruby groups (their `{`).
#[must_use]
pub fn group_offsets(marked: &str) -> Vec<usize> {
    parse_located(marked)
        .0
        .into_iter()
        .filter_map(|(at, piece)| matches!(piece, Piece::Ruby { .. }).then_some(at))
        .collect()
}

/// Byte offsets and text of the runs of kanji that no ruby group covers.
#[must_use]
pub fn kanji_without_ruby(marked: &str) -> Vec<(usize, String)> {
    let mut runs = Vec::new();
    for (at, piece) in parse_located(marked).0 {
        let Piece::Plain(text) = piece else {
            continue;
        };
        let mut run: Option<(usize, String)> = None;
        let mut offset = at;
        for c in text.chars() {
            if is_kanji(c) {
                run.get_or_insert_with(|| (offset, String::new())).1.push(c);
            } else if let Some(done) = run.take() {
                runs.push(done);
            }
            // An escaped brace takes two bytes in the marked text.
            let escaped = matches!(c, '{' | '}')
                && marked
                    .get(offset..offset + 2)
                    .is_some_and(|s| s == "{{" || s == "}}");
            offset += if escaped { 2 } else { c.len_utf8() };
        }
        runs.extend(run);
    }
    runs
}

/// Hiragana, katakana, the long-vowel mark and iteration marks.
#[must_use]
pub fn is_kana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ゝ'..='ゞ' | 'ァ'..='ヺ' | 'ー' | 'ヽ'..='ヾ')
}

/// A CJK ideograph or the kanji iteration mark 々 (and 〆, ヶ used as a counter).
#[must_use]
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆' | '\u{20000}'..='\u{2FFFF}')
}

/// Whether a language code is Japanese (`ja`, `ja-x-easy`): the only languages with ruby.
#[must_use]
pub fn is_japanese(language: &str) -> bool {
    language == "ja" || language.starts_with("ja-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruby<'a>(base: &'a str, reading: &'a str) -> Piece<'a> {
        Piece::Ruby { base, reading }
    }

    fn text(text: &str) -> Piece<'_> {
        Piece::Plain(Cow::Borrowed(text))
    }

    #[test]
    fn groups_and_plain_text() {
        let (pieces, problems) = parse("{国際|こくさい}{協力|きょうりょく}を**{学|まな}ぶ**");
        assert!(problems.is_empty());
        assert_eq!(
            pieces,
            vec![
                ruby("国際", "こくさい"),
                ruby("協力", "きょうりょく"),
                text("を**"),
                ruby("学", "まな"),
                text("ぶ**"),
            ]
        );
        assert_eq!(
            plain("{国際|こくさい}{協力|きょうりょく}を**{学|まな}ぶ**"),
            "国際協力を**学ぶ**"
        );
    }

    #[test]
    fn doubled_braces_are_braces() {
        assert_eq!(plain("{{a|b}} and }}"), "{a|b} and }");
        assert_eq!(escape("{a|b}"), "{{a|b}}");
        assert_eq!(plain(&escape("x { y } z | w")), "x { y } z | w");
        assert!(group_offsets(&escape("{採択|さいたく}")).is_empty());
    }

    #[test]
    fn every_mistake_is_named_where_it_starts() {
        let cases = [
            ("あ{採択", RubyProblemKind::Unclosed, 3),
            ("あ}", RubyProblemKind::StrayClose, 3),
            ("{採択}", RubyProblemKind::NoReading("採択".into()), 0),
            (
                "{|さいたく}",
                RubyProblemKind::EmptyBase("|さいたく".into()),
                0,
            ),
            ("{採択|}", RubyProblemKind::EmptyReading("採択|".into()), 0),
            (
                "{採択|saitaku}",
                RubyProblemKind::ReadingNotKana {
                    group: "採択|saitaku".into(),
                    reading: "saitaku".into(),
                },
                0,
            ),
            (
                "{JICA|じゃいか}",
                RubyProblemKind::BaseWithoutKanji("JICA|じゃいか".into()),
                0,
            ),
            ("{a|b|c}", RubyProblemKind::TwoBars("a|b|c".into()), 0),
            (
                "{**採|さい}",
                RubyProblemKind::EmphasisInside("**採|さい".into()),
                0,
            ),
            ("{採\nさい", RubyProblemKind::Unclosed, 0),
        ];
        for (marked, kind, offset) in cases {
            let (pieces, problems) = parse(marked);
            assert_eq!(
                problems,
                vec![RubyProblem {
                    byte_offset: offset,
                    kind
                }],
                "{marked}"
            );
            let shown: String = pieces
                .iter()
                .map(|p| match p {
                    Piece::Plain(t) => t.to_string(),
                    Piece::Ruby { .. } => String::new(),
                })
                .collect();
            assert_eq!(shown, marked, "a broken group is shown as written");
        }
    }

    #[test]
    fn a_brace_inside_a_group_leaves_the_first_unclosed() {
        let (pieces, problems) = parse("{採{択|たく}");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, RubyProblemKind::Unclosed);
        assert_eq!(pieces, vec![text("{採"), ruby("択", "たく")]);
    }

    #[test]
    fn kanji_left_without_ruby_are_found_at_their_offsets() {
        let marked = "{日本|にほん}の国際{{協力}}と市民";
        let runs = kanji_without_ruby(marked);
        let found: Vec<(&str, &str)> = runs
            .iter()
            .map(|(at, run)| (&marked[*at..*at + run.len()], run.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![("国際", "国際"), ("協力", "協力"), ("市民", "市民")]
        );
    }

    #[test]
    fn group_offsets_skip_literal_braces() {
        let marked = "かっこ {{ と }} の{採択|さいたく}と{壊|}";
        assert_eq!(group_offsets(marked), vec![marked.find("{採").unwrap()]);
    }

    #[test]
    fn japanese_languages() {
        assert!(is_japanese("ja") && is_japanese("ja-x-easy"));
        assert!(!is_japanese("en") && !is_japanese("jam"));
    }
}

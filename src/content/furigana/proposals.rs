//! Ruby proposals for the Japanese strings of one RON file, and the file with them written
//! in. Which strings: every value at a `"ja"` or `"ja-x-easy"` key (visitor texts), and the
//! transcript and caption texts of a Japanese narration; never a file path, never English.
//! A string that already holds ruby was marked up by a person and is left alone.
//!
//! The new file differs from the old only inside the changed string literals and by the
//! review comment at the end of each changed line; before anything is handed back, the new
//! text is read again and every string compared with what was meant, so a mistake here can
//! never reach a pack.

use std::ops::Range;

use super::house_readings;
use super::kana::{is_kanji, to_hiragana};
use super::markup;
use super::okurigana::{self, RubyGroup};
use super::review_marks;
use super::ron_literal::{self, LiteralError};
use super::tokenizer::{TokenizeError, Tokenizer};
use crate::content::Position;
use crate::content::source_map::{StringLiteral, string_literals};

/// The language keys whose texts get ruby.
pub const RUBY_LANGUAGES: [&str; 2] = ["ja", "ja-x-easy"];

/// What went wrong while proposing ruby for one file.
#[derive(Debug, thiserror::Error)]
pub enum ProposalError {
    /// The dictionary failed.
    #[error(transparent)]
    Tokenize(#[from] TokenizeError),
    /// A string literal at `position` could not be read.
    #[error("{}:{}: {source}", position.line, position.column)]
    Literal {
        /// Where the literal starts.
        position: Position,
        /// Why.
        source: LiteralError,
    },
    /// The rewritten file did not read back as intended (a bug: nothing is written).
    #[error(
        "{}:{}: the rewritten string does not read back as proposed; nothing was changed",
        position.line,
        position.column
    )]
    ReadBack {
        /// Where the string starts.
        position: Position,
    },
}

/// One string that gets ruby.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Where its literal starts (in the file as it was).
    pub position: Position,
    /// Its value path, e.g. `pages[0].body[ja]`.
    pub path: String,
    /// The new value, with the ruby markup.
    pub proposed: String,
}

/// A word with kanji that got no ruby: the dictionary gave no reading, or none that fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// Where the string holding it starts.
    pub position: Position,
    /// The word as written.
    pub word: String,
}

/// The proposals for one file and the file with them written in.
#[derive(Debug, Clone, Default)]
pub struct FileProposals {
    /// Every string that gets ruby, in file order.
    pub proposals: Vec<Proposal>,
    /// Words left without ruby, for the person reviewing.
    pub unread: Vec<Unread>,
    /// The whole file with the proposals written in (the same text when there are none).
    pub new_text: String,
}

/// Whether the string at `path` is a Japanese text that takes ruby.
#[must_use]
pub fn takes_ruby(path: &str) -> bool {
    RUBY_LANGUAGES.iter().any(|language| {
        let key = format!("[{language}]");
        if path.ends_with(&key) {
            return true;
        }
        let Some(at) = path.rfind(&key) else {
            return false;
        };
        let rest = &path[at + key.len()..];
        rest == ".transcript"
            || rest
                .strip_prefix(".captions[")
                .and_then(|rest| rest.strip_suffix("].text"))
                .is_some_and(|index| index.chars().all(|c| c.is_ascii_digit()))
    })
}

/// The ruby groups for `text` (byte ranges of `text`) and the words left without.
pub fn groups_for(
    text: &str,
    tokenizer: &dyn Tokenizer,
) -> Result<(Vec<RubyGroup>, Vec<String>), TokenizeError> {
    let mut groups = Vec::new();
    let mut unread = Vec::new();
    for word in tokenizer.tokenize(text)? {
        let Some(surface) = text.get(word.bytes.clone()) else {
            continue;
        };
        if !surface.chars().any(is_kanji) {
            continue;
        }
        let after_digit = text
            .get(..word.bytes.start)
            .and_then(|before| before.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let reading = word
            .reading
            .filter(|reading| !reading.is_empty() && reading != "*")
            .map(|reading| house_readings::preferred(surface, &to_hiragana(&reading), after_digit));
        match reading.and_then(|reading| okurigana::split(surface, &reading)) {
            Some(found) => groups.extend(found.into_iter().map(|group| RubyGroup {
                base: group.base.start + word.bytes.start..group.base.end + word.bytes.start,
                reading: group.reading,
            })),
            None => unread.push(surface.to_owned()),
        }
    }
    Ok((groups, unread))
}

/// Proposes ruby for the Japanese strings of the RON file `text` (which must parse).
pub fn propose(text: &str, tokenizer: &dyn Tokenizer) -> Result<FileProposals, ProposalError> {
    // A byte-order mark stays where it is; the literals are found in the text after it.
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(body) => ("\u{feff}", body),
        None => ("", text),
    };
    let mut result = FileProposals::default();
    let mut edits: Vec<(Range<usize>, String, String)> = Vec::new();
    for literal in string_literals(body) {
        if !takes_ruby(&literal.path) {
            continue;
        }
        let source = &body[literal.bytes.clone()];
        let decoded = ron_literal::decode(source).map_err(|source| ProposalError::Literal {
            position: literal.start,
            source,
        })?;
        if markup::has_ruby(&decoded.value) {
            continue;
        }
        let (groups, unread) = groups_for(&decoded.value, tokenizer)?;
        result.unread.extend(unread.into_iter().map(|word| Unread {
            position: literal.start,
            word,
        }));
        if groups.is_empty() {
            continue;
        }
        let proposed = markup::write(&decoded.value, &groups);
        edits.push((
            literal.bytes.clone(),
            decoded.rewrite(source, &groups),
            proposed.clone(),
        ));
        result.proposals.push(Proposal {
            position: literal.start,
            path: literal.path,
            proposed,
        });
    }
    let mut new_body = String::with_capacity(body.len() + edits.len() * 64);
    let mut ends = Vec::with_capacity(edits.len());
    let mut at = 0;
    for (bytes, rewritten, _) in &edits {
        new_body.push_str(&body[at..bytes.start]);
        new_body.push_str(rewritten);
        ends.push(new_body.len());
        at = bytes.end;
    }
    new_body.push_str(&body[at..]);
    let new_body = review_marks::mark(&new_body, &ends);
    check_read_back(body, &new_body, &edits, &result.proposals)?;
    result.new_text = format!("{bom}{new_body}");
    Ok(result)
}

/// The new text holds the same literals as the old, each reading back as the old one did,
/// except the changed ones, which read back as proposed.
fn check_read_back(
    old: &str,
    new: &str,
    edits: &[(Range<usize>, String, String)],
    proposals: &[Proposal],
) -> Result<(), ProposalError> {
    let before = string_literals(old);
    let after = string_literals(new);
    let failed = |literal: &StringLiteral| ProposalError::ReadBack {
        position: literal.start,
    };
    if before.len() != after.len() {
        return Err(ProposalError::ReadBack {
            position: Position::START,
        });
    }
    let mut changed = edits.iter().zip(proposals).peekable();
    for (old_literal, new_literal) in before.iter().zip(&after) {
        if old_literal.path != new_literal.path {
            return Err(failed(old_literal));
        }
        let new_source = &new[new_literal.bytes.clone()];
        let edit = changed.next_if(|((bytes, _, _), _)| *bytes == old_literal.bytes);
        let expected = match edit {
            Some(((_, _, proposed), _)) => proposed.clone(),
            None if new_source == &old[old_literal.bytes.clone()] => continue,
            None => return Err(failed(old_literal)),
        };
        let value = ron_literal::decode(new_source).map_err(|_| failed(old_literal))?;
        if value.value != expected {
            return Err(failed(old_literal));
        }
    }
    if changed.next().is_some() {
        return Err(ProposalError::ReadBack {
            position: Position::START,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::fake_dictionary::FakeDictionary;
    use super::*;

    fn dictionary() -> FakeDictionary {
        FakeDictionary(vec![
            ("国際", "コクサイ"),
            ("協力", "キョウリョク"),
            ("読む", "ヨム"),
            ("日本", "ニホン"),
            ("展示", "テンジ"),
        ])
    }

    #[test]
    fn only_japanese_texts_take_ruby() {
        for path in [
            "title[ja]",
            "pages[0].body[ja-x-easy]",
            "pages[1].narration[ja].transcript",
            "pages[1].narration[ja].captions[12].text",
            "quiz.questions[0].kind.choices[1][ja]",
        ] {
            assert!(takes_ruby(path), "{path}");
        }
        for path in [
            "title[en]",
            "pages[1].narration[ja].audio",
            "pages[1].narration[en].transcript",
            "pages[1].narration[ja].captions[x].text",
            "cover.path",
            "languages[0]",
        ] {
            assert!(!takes_ruby(path), "{path}");
        }
    }

    #[test]
    fn proposes_in_japanese_strings_and_keeps_every_other_byte() {
        let text = "// 国際協力 in a comment stays\nPack(\n    title: {\"ja\": \"国際協力を読む\", \"en\": \"国際\"},\n    done: {\"ja\": \"{日本|にほん}の展示\"},\n    body: {\"ja\": \"{注}日本\\\n        の展示\"},\n)\n";
        let result = propose(text, &dictionary()).unwrap();
        assert_eq!(
            result.new_text,
            "// 国際協力 in a comment stays\nPack(\n    title: {\"ja\": \"{国際|こくさい}{協力|きょうりょく}を{読|よ}む\", \"en\": \"国際\"}, // furigana: proposed, review\n    done: {\"ja\": \"{日本|にほん}の展示\"},\n    body: {\"ja\": \"{{注}}{日本|にほん}\\\n        の{展示|てんじ}\"}, // furigana: proposed, review\n)\n"
        );
        let found: Vec<(Position, &str)> = result
            .proposals
            .iter()
            .map(|p| (p.position, p.proposed.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    Position {
                        line: 3,
                        column: 19
                    },
                    "{国際|こくさい}{協力|きょうりょく}を{読|よ}む"
                ),
                (
                    Position {
                        line: 5,
                        column: 18
                    },
                    "{{注}}{日本|にほん}の{展示|てんじ}"
                ),
            ]
        );
        // 注 has no reading in the fake dictionary.
        assert_eq!(
            result.unread,
            vec![Unread {
                position: Position {
                    line: 5,
                    column: 18
                },
                word: "注".to_owned()
            }]
        );
    }

    #[test]
    fn a_file_with_nothing_to_propose_comes_back_as_it_was() {
        let text = "\u{feff}(t: {\"ja\": \"ひらがな\", \"en\": \"協力\"})";
        let result = propose(text, &dictionary()).unwrap();
        assert!(result.proposals.is_empty());
        assert_eq!(result.new_text, text);
    }
}

//! The ` // furigana: proposed, review` comments that show a person which lines the tool
//! changed. A comment can only go where a line ends outside any string and block comment, so
//! a changed string that runs over several lines (`\` continuations) is marked on the line
//! where it ends (or the first line after it that can take a comment). A line that already
//! ends in a `//` comment keeps it and gets no second one.

/// The comment added to each changed line.
pub const REVIEW_COMMENT: &str = "// furigana: proposed, review";

/// What the end of one line is inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineEnd {
    /// Plain RON: a comment can be added here.
    Code,
    /// The line already ends with a `//` comment.
    LineComment,
    /// Inside a string or a block comment: nothing can be added here.
    Inside,
}

/// The byte offset of each line's end (its `\n`, `\r\n` or the end of the text) and what the
/// end is inside.
fn line_ends(text: &str) -> Vec<(usize, LineEnd)> {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    let mut at = 0;
    let mut state = State::Code;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'\n' {
            let end = if at > 0 && bytes[at - 1] == b'\r' {
                at - 1
            } else {
                at
            };
            ends.push((end, state.line_end()));
            if state == State::LineComment {
                state = State::Code;
            }
            at += 1;
            continue;
        }
        at = state.step(bytes, at);
    }
    ends.push((text.len(), state.line_end()));
    ends
}

/// Where the scan of [`line_ends`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    LineComment,
    BlockComment(usize),
    Quoted(u8),
    Raw(usize),
}

impl State {
    fn line_end(&self) -> LineEnd {
        match self {
            Self::Code => LineEnd::Code,
            Self::LineComment => LineEnd::LineComment,
            _ => LineEnd::Inside,
        }
    }

    /// Moves past the token at `at`, possibly changing state; returns where to go on.
    fn step(&mut self, bytes: &[u8], at: usize) -> usize {
        let next = bytes.get(at + 1).copied();
        match *self {
            Self::Code => match (bytes[at], next) {
                (b'/', Some(b'/')) => {
                    *self = Self::LineComment;
                    at + 2
                }
                (b'/', Some(b'*')) => {
                    *self = Self::BlockComment(1);
                    at + 2
                }
                (quote @ (b'"' | b'\''), _) => {
                    *self = Self::Quoted(quote);
                    at + 1
                }
                (b'r', Some(b'"' | b'#')) if !is_ident_byte(bytes, at) => {
                    let hashes = bytes[at + 1..].iter().take_while(|b| **b == b'#').count();
                    if bytes.get(at + 1 + hashes) == Some(&b'"') {
                        *self = Self::Raw(hashes);
                        at + 2 + hashes
                    } else {
                        at + 1
                    }
                }
                _ => at + 1,
            },
            Self::LineComment => at + 1,
            Self::BlockComment(depth) => match (bytes[at], next) {
                (b'/', Some(b'*')) => {
                    *self = Self::BlockComment(depth + 1);
                    at + 2
                }
                (b'*', Some(b'/')) => {
                    *self = if depth == 1 {
                        Self::Code
                    } else {
                        Self::BlockComment(depth - 1)
                    };
                    at + 2
                }
                _ => at + 1,
            },
            Self::Quoted(quote) => match bytes[at] {
                b'\\' => at + 2,
                byte if byte == quote => {
                    *self = Self::Code;
                    at + 1
                }
                _ => at + 1,
            },
            Self::Raw(hashes) => {
                let closes = bytes[at] == b'"'
                    && bytes.len() > at + hashes
                    && bytes[at + 1..=at + hashes].iter().all(|b| *b == b'#');
                if closes {
                    *self = Self::Code;
                    at + 1 + hashes
                } else {
                    at + 1
                }
            }
        }
    }
}

/// Whether the byte before `at` continues an identifier (`bar"` is no raw string).
fn is_ident_byte(bytes: &[u8], at: usize) -> bool {
    at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_')
}

/// `text` with [`REVIEW_COMMENT`] added at the end of the line on which each of the byte
/// offsets `changed` (the ends of changed literals) lies, or of the first line after it whose
/// end is plain RON; lines that end in a `//` comment already are left as they are.
#[must_use]
pub fn mark(text: &str, changed: &[usize]) -> String {
    let ends = line_ends(text);
    let mut marked: Vec<usize> = Vec::new();
    for offset in changed {
        let Some((end, kind)) = ends
            .iter()
            .find(|(end, kind)| *end >= *offset && *kind != LineEnd::Inside)
        else {
            continue;
        };
        if *kind == LineEnd::Code && !marked.contains(end) {
            marked.push(*end);
        }
    }
    marked.sort_unstable();
    let mut out = String::with_capacity(text.len() + marked.len() * (REVIEW_COMMENT.len() + 1));
    let mut at = 0;
    for end in marked {
        out.push_str(&text[at..end]);
        out.push(' ');
        out.push_str(REVIEW_COMMENT);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark_after(text: &str, needle: &str) -> String {
        let offset = text.find(needle).unwrap() + needle.len();
        mark(text, &[offset])
    }

    #[test]
    fn marks_the_line_where_the_string_ends() {
        assert_eq!(
            mark_after("a: \"x\",\nb: 1,\n", "\"x\""),
            "a: \"x\", // furigana: proposed, review\nb: 1,\n"
        );
        assert_eq!(
            mark_after("a: \"x\\\n   y\",\r\nb: 1", "y\""),
            "a: \"x\\\n   y\", // furigana: proposed, review\r\nb: 1"
        );
        assert_eq!(
            mark_after("a: \"x\"", "\"x\""),
            "a: \"x\" // furigana: proposed, review"
        );
    }

    #[test]
    fn never_inside_a_string_or_block_comment_and_never_twice() {
        // The line of the changed string ends inside the next string: the mark goes after it.
        let text = "a: \"x\", b: \"y\\\n  z\",\nc: 1,\n";
        assert_eq!(
            mark_after(text, "\"x\""),
            "a: \"x\", b: \"y\\\n  z\", // furigana: proposed, review\nc: 1,\n"
        );
        let text = "a: \"x\", /* one\ntwo */\nc: 1,\n";
        assert_eq!(
            mark_after(text, "\"x\""),
            "a: \"x\", /* one\ntwo */ // furigana: proposed, review\nc: 1,\n"
        );
        let text = "a: \"x\", // already said\n";
        assert_eq!(mark_after(text, "\"x\""), text);
        let text = "a: \"x\", b: \"y\",\n";
        let both = [text.find(',').unwrap(), text.rfind(',').unwrap()];
        assert_eq!(
            mark(text, &both),
            "a: \"x\", b: \"y\", // furigana: proposed, review\n"
        );
    }

    #[test]
    fn comment_marks_inside_strings_are_text() {
        let text = "a: \"// no\", b: r#\"/* \"# ,\n";
        assert_eq!(
            mark_after(text, "\"// no\""),
            "a: \"// no\", b: r#\"/* \"# , // furigana: proposed, review\n"
        );
    }
}

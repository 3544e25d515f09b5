//! One RON string literal taken apart and put back together: its value, which source bytes
//! each character of the value was written as, and the literal rewritten with ruby groups so
//! that everything the author wrote (escapes such as `\"` or `\u{..}`, and `\` line
//! continuations with their indentation) stays exactly as it was.

use std::ops::Range;

use super::okurigana::RubyGroup;

/// Why a literal could not be read (the file parsed, so this means RON changed).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LiteralError {
    /// The text is not a `"..."` or `r#"..."#` literal.
    #[error("not a string literal")]
    NotAString,
    /// An escape RON does not know, or one cut short.
    #[error("an escape this tool does not know: {0}")]
    UnknownEscape(String),
}

/// A literal's value and where each of its characters came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedLiteral {
    /// The string's value, as RON reads it.
    pub value: String,
    /// For each character of `value`: its byte offset in `value`, and the bytes of the
    /// literal it was written as.
    chars: Vec<(usize, Range<usize>)>,
    /// The opening (`"` or `r##"`) and closing (`"` or `"##`) of the literal, as byte ranges.
    opening: Range<usize>,
    closing: Range<usize>,
}

/// Reads the literal `literal` (quotes included).
pub fn decode(literal: &str) -> Result<DecodedLiteral, LiteralError> {
    if let Some(raw) = literal.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let open = 1 + hashes + 1;
        let close = 1 + hashes;
        let closing = format!("\"{}", "#".repeat(hashes));
        if literal.len() < open + close
            || literal.as_bytes().get(open - 1) != Some(&b'"')
            || !literal.ends_with(&closing)
        {
            return Err(LiteralError::NotAString);
        }
        let body = open..literal.len() - close;
        let value = literal[body.clone()].to_owned();
        let chars = value
            .char_indices()
            .map(|(at, c)| (at, open + at..open + at + c.len_utf8()))
            .collect();
        return Ok(DecodedLiteral {
            value,
            chars,
            opening: 0..open,
            closing: body.end..literal.len(),
        });
    }
    if literal.len() < 2 || !literal.starts_with('"') || !literal.ends_with('"') {
        return Err(LiteralError::NotAString);
    }
    let end = literal.len() - 1;
    let mut value = String::new();
    let mut chars = Vec::new();
    let mut iter = literal[..end].char_indices().skip(1).peekable();
    while let Some((at, c)) = iter.next() {
        if c != '\\' {
            chars.push((value.len(), at..at + c.len_utf8()));
            value.push(c);
            continue;
        }
        let Some((_, escape)) = iter.next() else {
            return Err(LiteralError::UnknownEscape("\\".to_owned()));
        };
        let decoded = match escape {
            '\n' | '\r' => {
                // A line continuation: the line break and the blanks after it are no text.
                while iter
                    .next_if(|(_, c)| matches!(c, ' ' | '\t' | '\n' | '\r'))
                    .is_some()
                {}
                continue;
            }
            '"' | '\'' | '\\' => escape,
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            '0' => '\0',
            'u' => unicode_escape(&mut iter)?,
            'x' => byte_escape(&mut iter, &literal[..end])?,
            other => return Err(LiteralError::UnknownEscape(format!("\\{other}"))),
        };
        let next = iter.peek().map_or(end, |(next, _)| *next);
        chars.push((value.len(), at..next));
        value.push(decoded);
    }
    Ok(DecodedLiteral {
        value,
        chars,
        opening: 0..1,
        closing: end..literal.len(),
    })
}

type Chars<'a> = std::iter::Peekable<std::iter::Skip<std::str::CharIndices<'a>>>;

/// `\u{XXXX}` after its `\u`.
fn unicode_escape(iter: &mut Chars<'_>) -> Result<char, LiteralError> {
    let unknown = || LiteralError::UnknownEscape("\\u".to_owned());
    if iter.next().map(|(_, c)| c) != Some('{') {
        return Err(unknown());
    }
    let mut code = 0u32;
    loop {
        match iter.next().map(|(_, c)| c) {
            Some('}') => break,
            Some(c) => {
                let digit = c.to_digit(16).ok_or_else(unknown)?;
                code = code.checked_mul(16).ok_or_else(unknown)? + digit;
            }
            None => return Err(unknown()),
        }
    }
    char::from_u32(code).ok_or_else(unknown)
}

/// `\xNN`, or several of them spelling one UTF-8 character, after the first `\x`.
fn byte_escape(iter: &mut Chars<'_>, literal: &str) -> Result<char, LiteralError> {
    let unknown = || LiteralError::UnknownEscape("\\x".to_owned());
    let mut bytes = Vec::with_capacity(4);
    loop {
        let mut byte = 0u8;
        for _ in 0..2 {
            let (_, c) = iter.next().ok_or_else(unknown)?;
            let digit = u8::try_from(c.to_digit(16).ok_or_else(unknown)?).map_err(|_| unknown())?;
            byte = byte * 16 + digit;
        }
        bytes.push(byte);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            return text.chars().next().ok_or_else(unknown);
        }
        let next_is_byte_escape = iter
            .peek()
            .is_some_and(|(at, _)| literal[*at..].starts_with("\\x"));
        if bytes.len() == 4 || !next_is_byte_escape {
            return Err(unknown());
        }
        iter.next();
        iter.next();
    }
}

impl DecodedLiteral {
    /// The literal `literal` (the one this was decoded from) with the ruby `groups` written
    /// in (byte ranges of [`Self::value`], in order, not overlapping) and every literal brace
    /// of the value doubled. Every other byte of the literal stays as written.
    #[must_use]
    pub fn rewrite(&self, literal: &str, groups: &[RubyGroup]) -> String {
        let mut out = String::with_capacity(literal.len() * 2);
        out.push_str(&literal[self.opening.clone()]);
        let mut source_at = self.opening.end;
        let mut groups = groups.iter().peekable();
        let mut index = 0;
        while let Some((value_at, source)) = self.chars.get(index) {
            // Continuations between characters are copied as they are.
            out.push_str(&literal[source_at..source.start]);
            let group = groups.next_if(|g| g.base.start == *value_at);
            if let Some(group) = group
                && let Some(last) = self.last_char_before(group.base.end, index)
            {
                out.push('{');
                out.push_str(&literal[source.start..self.chars[last].1.end]);
                out.push('|');
                out.push_str(&group.reading);
                out.push('}');
                source_at = self.chars[last].1.end;
                index = last + 1;
                continue;
            }
            let written = &literal[source.clone()];
            out.push_str(written);
            if matches!(self.value[*value_at..].chars().next(), Some('{' | '}')) {
                out.push_str(written);
            }
            source_at = source.end;
            index += 1;
        }
        out.push_str(&literal[source_at..self.closing.start]);
        out.push_str(&literal[self.closing.clone()]);
        out
    }

    /// The index of the last character that starts before the value byte `end`, from `from`.
    fn last_char_before(&self, end: usize, from: usize) -> Option<usize> {
        let count = self.chars[from..]
            .iter()
            .take_while(|(value_at, _)| *value_at < end)
            .count();
        (count > 0).then(|| from + count - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(text: &str, base: &str, reading: &str) -> RubyGroup {
        let start = text.find(base).unwrap();
        RubyGroup {
            base: start..start + base.len(),
            reading: reading.to_owned(),
        }
    }

    #[test]
    fn escapes_and_continuations_are_read_as_ron_reads_them() {
        let literal = "\"a\\\"b\\n\\u{8aad}\\x41\\xe3\\x81\\x82\\\n        c{\"";
        let decoded = decode(literal).unwrap();
        assert_eq!(decoded.value, "a\"b\n読Aあc{");
        let ron: String = ron::from_str(literal).unwrap();
        assert_eq!(decoded.value, ron);
    }

    #[test]
    fn rewriting_keeps_every_byte_outside_the_groups() {
        let literal = "\"\\u{8aad}む、そして\\\n                       {注}協力\\\"\"";
        let decoded = decode(literal).unwrap();
        let value = decoded.value.clone();
        assert_eq!(value, "読む、そして{注}協力\"");
        let groups = [
            group(&value, "読", "よ"),
            group(&value, "協力", "きょうりょく"),
        ];
        let rewritten = decoded.rewrite(literal, &groups);
        assert_eq!(
            rewritten,
            "\"{\\u{8aad}|よ}む、そして\\\n                       {{注}}{協力|きょうりょく}\\\"\""
        );
        let ron: String = ron::from_str(&rewritten).unwrap();
        assert_eq!(ron, "{読|よ}む、そして{{注}}{協力|きょうりょく}\"");
    }

    #[test]
    fn a_group_may_span_a_line_continuation() {
        let literal = "\"開発\\\n    途上国\"";
        let decoded = decode(literal).unwrap();
        let groups = [group(&decoded.value, "開発途上", "かいはつとじょう")];
        let rewritten = decoded.rewrite(literal, &groups);
        let ron: String = ron::from_str(&rewritten).unwrap();
        assert_eq!(ron, "{開発途上|かいはつとじょう}国");
    }

    #[test]
    fn raw_strings_are_taken_as_written() {
        let literal = "r#\"読む \"x\" {\"#";
        let decoded = decode(literal).unwrap();
        assert_eq!(decoded.value, "読む \"x\" {");
        let rewritten = decoded.rewrite(literal, &[group(&decoded.value, "読", "よ")]);
        assert_eq!(rewritten, "r#\"{読|よ}む \"x\" {{\"#");
    }

    #[test]
    fn what_is_not_a_literal_is_refused() {
        assert_eq!(decode("x"), Err(LiteralError::NotAString));
        assert_eq!(decode("r#\"x"), Err(LiteralError::NotAString));
        assert!(decode("\"\\q\"").is_err());
        assert!(decode("\"\\u{zz}\"").is_err());
        assert!(decode("\"\\xff\"").is_err());
    }
}

//! Where each value of a RON file starts, so semantic problems point at the offending value.
//!
//! RON's deserializer gives positions only for syntax and type errors; once a file has parsed,
//! checks such as "duplicate id" or "image not found" still need a line and column. This module
//! walks the (already valid) text once and records the start of every value under a path like
//! `pages[2].image.path` or `title[ja]`. It never fails: on text it does not understand it
//! simply records less, and lookups fall back to the nearest enclosing value.
//!
//! The same walk also lists the file's string literals with their paths and byte spans
//! ([`string_literals`]), for tools that rewrite strings in place (`plaza-kiosk furigana`).

use std::collections::HashMap;
use std::ops::Range;

use super::diagnostic::Position;

/// Nesting deeper than this is not mapped (RON itself refuses far less deep input).
const MAX_DEPTH: usize = 256;

/// Start positions of the values in one RON file, by value path.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    starts: HashMap<String, Position>,
    /// The file's text, to find positions inside string literals.
    text: std::sync::Arc<str>,
}

impl SourceMap {
    /// Maps the values of `text`.
    #[must_use]
    pub fn build(text: &str) -> Self {
        Self {
            starts: Walker::walk(text).starts,
            text: text.into(),
        }
    }

    /// The position of byte `offset` of the decoded string whose literal starts at `path`
    /// (escapes such as `\n` and `\"` count as the one character they stand for), or the
    /// literal's own start when the value is not a string literal.
    #[must_use]
    pub fn position_in_string(&self, path: &str, offset: usize) -> Position {
        let start = self.position(path);
        let Some(literal) = self.char_index(start) else {
            return start;
        };
        let chars = self.text.get(literal..).unwrap_or_default().char_indices();
        let mut chars = chars.peekable();
        let mut column = start.column;
        let mut line = start.line;
        // Raw strings r#"…"# have no escapes.
        let mut hashes = 0;
        let raw = match chars.peek() {
            Some((_, 'r')) => {
                chars.next();
                column += 1;
                while chars.next_if(|(_, c)| *c == '#').is_some() {
                    hashes += 1;
                    column += 1;
                }
                true
            }
            _ => false,
        };
        if chars.next_if(|(_, c)| *c == '"').is_none() {
            return start;
        }
        column += 1;
        let mut decoded = 0;
        while let Some((_, c)) = chars.next() {
            if decoded >= offset {
                break;
            }
            let (written, stands_for) = match c {
                '"' if !raw || hashes == 0 => break,
                '\\' if !raw => {
                    let Some((_, escaped)) = chars.next() else {
                        break;
                    };
                    match escaped {
                        'u' => {
                            // \u{XXXX}
                            let mut digits = String::new();
                            let mut count = 2;
                            for (_, d) in chars.by_ref() {
                                count += 1;
                                if d == '}' {
                                    break;
                                }
                                if d != '{' {
                                    digits.push(d);
                                }
                            }
                            let stands = u32::from_str_radix(&digits, 16)
                                .ok()
                                .and_then(char::from_u32)
                                .map_or(1, char::len_utf8);
                            (count, stands)
                        }
                        'x' => {
                            chars.next();
                            chars.next();
                            (4, 1)
                        }
                        _ => (2, 1),
                    }
                }
                _ => (1, c.len_utf8()),
            };
            decoded += stands_for;
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += written;
            }
        }
        Position { line, column }
    }

    /// Byte index in the text of a 1-based line and character column.
    fn char_index(&self, at: Position) -> Option<usize> {
        let mut line_start = 0;
        for _ in 1..at.line {
            line_start += self.text.get(line_start..)?.find('\n')? + 1;
        }
        let line = self.text.get(line_start..)?;
        line.char_indices()
            .nth(at.column.saturating_sub(1))
            .map(|(byte, _)| line_start + byte)
    }

    /// The start of the value at `path`, or of its nearest enclosing value, or of the file.
    #[must_use]
    pub fn position(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(position) = self.starts.get(path) {
                return *position;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return self.starts.get("").copied().unwrap_or(Position::START),
            }
        }
    }
}

impl SourceMap {
    /// The start of the value at exactly `path`, if the file has one there.
    #[must_use]
    pub fn exact(&self, path: &str) -> Option<Position> {
        self.starts.get(path).copied()
    }

    /// The fields of the file's outermost struct, in the order they are written.
    #[must_use]
    pub fn top_level_fields(&self) -> Vec<(&str, Position)> {
        let mut fields: Vec<(&str, Position)> = self
            .starts
            .iter()
            .filter(|(path, _)| !path.is_empty() && !path.contains(['.', '[']))
            .map(|(path, at)| (path.as_str(), *at))
            .collect();
        fields.sort_by_key(|(_, at)| (at.line, at.column));
        fields
    }
}

/// Joins a field name onto a value path: `field("pages[2]", "image")` is `pages[2].image`.
#[must_use]
pub fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// Joins a list index or map key onto a value path: `item("pages", 2)` is `pages[2]`.
#[must_use]
pub fn item(path: &str, key: impl std::fmt::Display) -> String {
    format!("{path}[{key}]")
}

/// A string literal of a RON file (`"..."` or `r#"..."#`, not byte strings or map keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringLiteral {
    /// The value path, as [`SourceMap`] names it: `pages[0].body[ja]`.
    pub path: String,
    /// Where the literal starts (its `"` or `r`).
    pub start: Position,
    /// The literal's bytes in the text, quotes (and `r#`) included.
    pub bytes: Range<usize>,
}

/// Every string literal that is a value in `text`, in the order written.
#[must_use]
pub fn string_literals(text: &str) -> Vec<StringLiteral> {
    Walker::walk(text).strings
}

struct Walker {
    chars: Vec<char>,
    index: usize,
    /// The byte offset of `chars[index]`.
    byte: usize,
    line: usize,
    column: usize,
    starts: HashMap<String, Position>,
    strings: Vec<StringLiteral>,
}

impl Walker {
    fn walk(text: &str) -> Self {
        let mut walker = Self {
            chars: text.chars().collect(),
            index: 0,
            byte: 0,
            line: 1,
            column: 1,
            starts: HashMap::new(),
            strings: Vec::new(),
        };
        walker.skip_trivia();
        walker.value(String::new(), 0);
        walker
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.index).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.index + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.index += 1;
        self.byte += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    /// Skips whitespace, comments and `#![enable(...)]` attributes.
    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => self.block_comment(),
                (Some('#'), Some('!')) => {
                    while self.peek().is_some_and(|c| c != ']') {
                        self.bump();
                    }
                    self.bump();
                }
                _ => return,
            }
        }
    }

    fn block_comment(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.bump() {
            match (c, self.peek()) {
                ('/', Some('*')) => {
                    self.bump();
                    depth += 1;
                }
                ('*', Some('/')) => {
                    self.bump();
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    fn value(&mut self, path: String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let start = self.position();
        self.starts.entry(path.clone()).or_insert(start);
        let start_byte = self.byte;
        match self.peek() {
            Some('"') => {
                self.quoted('"');
                self.strings.push(StringLiteral {
                    path,
                    start,
                    bytes: start_byte..self.byte,
                });
            }
            Some('\'') => self.quoted('\''),
            Some('[') => {
                self.bump();
                self.sequence(&path, ']', depth);
            }
            Some('{') => {
                self.bump();
                self.map(&path, depth);
            }
            Some('(') => {
                self.bump();
                self.parenthesised(&path, depth);
            }
            Some('r') if matches!(self.peek_at(1), Some('"' | '#')) => {
                self.bump();
                self.raw_string();
                self.strings.push(StringLiteral {
                    path,
                    start,
                    bytes: start_byte..self.byte,
                });
            }
            Some('b') if matches!(self.peek_at(1), Some('"' | '\'')) => {
                // Bytes, never text: its start is recorded, the literal is not listed.
                self.bump();
                if let Some(quote) = self.peek() {
                    self.quoted(quote);
                }
            }
            Some(c) if is_ident_start(c) => {
                let name = self.ident();
                self.skip_trivia();
                if self.peek() == Some('(') {
                    self.bump();
                    if name == "Some" {
                        // `Some(x)`: x stands for the option itself.
                        self.skip_trivia();
                        self.value(path, depth + 1);
                        self.skip_trivia();
                        if self.peek() == Some(',') {
                            self.bump();
                            self.skip_trivia();
                        }
                        if self.peek() == Some(')') {
                            self.bump();
                        }
                    } else {
                        self.parenthesised(&path, depth);
                    }
                }
            }
            Some(_) => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '+' | '-' | '.' | '_'))
                {
                    self.bump();
                }
            }
            None => {}
        }
    }

    fn ident(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
            name.push(c);
            self.bump();
        }
        name
    }

    fn quoted(&mut self, quote: char) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == quote {
                return;
            }
        }
    }

    fn raw_string(&mut self) {
        let mut hashes = 0usize;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump(); // opening quote
        while let Some(c) = self.bump() {
            if c == '"' {
                let mut closing = 0usize;
                while closing < hashes && self.peek() == Some('#') {
                    self.bump();
                    closing += 1;
                }
                if closing == hashes {
                    return;
                }
            }
        }
    }

    /// After `(`: named fields if it starts with `name:`, else positional items.
    fn parenthesised(&mut self, path: &str, depth: usize) {
        self.skip_trivia();
        if self.starts_named_field() {
            self.fields(path, depth);
        } else {
            self.sequence(path, ')', depth);
        }
    }

    fn starts_named_field(&self) -> bool {
        let mut offset = 0;
        if !self.peek().is_some_and(is_ident_start) {
            return false;
        }
        while self
            .peek_at(offset)
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            offset += 1;
        }
        while self.peek_at(offset).is_some_and(char::is_whitespace) {
            offset += 1;
        }
        self.peek_at(offset) == Some(':') && self.peek_at(offset + 1) != Some(':')
    }

    fn fields(&mut self, path: &str, depth: usize) {
        loop {
            self.skip_trivia();
            if !self.peek().is_some_and(is_ident_start) {
                break;
            }
            let name = self.ident();
            self.skip_trivia();
            if self.peek() != Some(':') {
                break;
            }
            self.bump();
            self.skip_trivia();
            self.value(field(path, &name), depth + 1);
            if !self.separator() {
                break;
            }
        }
        self.close(')');
    }

    fn sequence(&mut self, path: &str, closing: char, depth: usize) {
        let mut index = 0usize;
        loop {
            self.skip_trivia();
            if self.peek().is_none_or(|c| c == closing) {
                break;
            }
            let before = self.index;
            self.value(item(path, index), depth + 1);
            index += 1;
            if self.index == before || !self.separator() {
                break;
            }
        }
        self.close(closing);
    }

    fn map(&mut self, path: &str, depth: usize) {
        loop {
            self.skip_trivia();
            if self.peek().is_none_or(|c| c == '}') {
                break;
            }
            let key = if self.peek() == Some('"') {
                self.string_contents()
            } else {
                let before = self.index;
                self.value(item(path, "?"), depth + 1);
                if self.index == before {
                    break;
                }
                String::from("?")
            };
            self.skip_trivia();
            if self.peek() != Some(':') {
                break;
            }
            self.bump();
            self.skip_trivia();
            self.value(item(path, key), depth + 1);
            if !self.separator() {
                break;
            }
        }
        self.close('}');
    }

    /// Reads a simple `"..."` string and returns its text (escapes kept as written).
    fn string_contents(&mut self) -> String {
        let mut text = String::new();
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    if let Some(next) = self.bump() {
                        text.push(next);
                    }
                }
                '"' => break,
                _ => text.push(c),
            }
        }
        text
    }

    /// Consumes a `,` if present; false when the list ends here.
    fn separator(&mut self) -> bool {
        self.skip_trivia();
        if self.peek() == Some(',') {
            self.bump();
            true
        } else {
            false
        }
    }

    fn close(&mut self, closing: char) {
        self.skip_trivia();
        if self.peek() == Some(closing) {
            self.bump();
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_inside_strings_count_escapes_as_what_they_stand_for() {
        let text = "(\n  a: \"x\\\"{採|さい\",\n  b: r#\"日{本\"#,\n)";
        let map = SourceMap::build(text);
        // a's literal starts at 2:6; `{` is decoded byte 2 (after x and ").
        assert_eq!(map.position_in_string("a", 0), at(2, 7));
        assert_eq!(map.position_in_string("a", 2), at(2, 10));
        // b: r#" then 日 (3 bytes) then {.
        assert_eq!(map.position_in_string("b", 3), at(3, 10));
    }

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn maps_fields_lists_and_keys() {
        let text = "#![enable(implicit_some)]\n// pack\nPack(\n  id: \"a\",\n  title: {\"ja\": \"題\", \"en\": \"T\"},\n  exhibits: [\"x\", /* two */ \"y\"],\n  theme: Some(Theme(accent: \"#fff\")),\n)\n";
        let map = SourceMap::build(text);
        assert_eq!(map.position("id"), at(4, 7));
        assert_eq!(map.position("title[en]"), at(5, 28));
        assert_eq!(map.position("exhibits[1]"), at(6, 29));
        assert_eq!(map.position("theme.accent"), at(7, 29));
        assert_eq!(map.position(""), at(3, 1));
    }

    #[test]
    fn unknown_paths_fall_back_to_the_enclosing_value() {
        let map = SourceMap::build("(pages: [(id: \"p\")])");
        assert_eq!(map.position("pages[0].image.path"), at(1, 10));
        assert_eq!(map.position("nothing.here"), at(1, 1));
    }

    #[test]
    fn raw_strings_and_tuples() {
        let map = SourceMap::build("(a: r#\"x\"y\"#, b: (1, 2), c: 'z')");
        assert_eq!(map.position("b[1]"), at(1, 22));
        assert_eq!(map.position("c"), at(1, 29));
    }

    #[test]
    fn lists_string_literals_with_paths_and_byte_spans() {
        let text = "(t: {\"ja\": \"題\\\"\", \"en\": r#\"T\"#}, n: 1, b: b\"x\", c: Some(\"é\"))";
        let found: Vec<(String, &str, Position)> = string_literals(text)
            .into_iter()
            .map(|s| (s.path, &text[s.bytes], s.start))
            .collect();
        assert_eq!(
            found,
            vec![
                ("t[ja]".to_owned(), "\"題\\\"\"", at(1, 12)),
                ("t[en]".to_owned(), "r#\"T\"#", at(1, 25)),
                ("c".to_owned(), "\"é\"", at(1, 57)),
            ]
        );
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "(", "[", "{\"a\"", "(a:", "r###\"", "/* /* */", "'\\", "#!", "b\"",
        ] {
            let _ = SourceMap::build(text);
            let _ = string_literals(text);
        }
    }
}

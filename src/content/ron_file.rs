//! Reading one RON file of a pack: size limit, UTF-8, syntax and types, with positions.
//!
//! Everything that can be wrong with the bytes of `pack.ron` or an exhibit file becomes a
//! diagnostic here, never a panic; a file that parses comes back with its [`SourceMap`] so
//! later checks can point into it.

pub use crate::digits::human_bytes;
use std::path::Path;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostics, Position};
use super::source_map::SourceMap;

/// The largest RON file a pack may hold. Real exhibits are a few tens of kilobytes.
pub const MAX_RON_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// RON nesting deeper than this is refused (no real pack comes close).
const RECURSION_LIMIT: usize = 64;

/// A parsed RON file and where its values are.
#[derive(Debug, Clone)]
pub struct ParsedFile<T> {
    /// The value.
    pub value: T,
    /// Positions of its parts.
    pub source_map: SourceMap,
}

/// Reads and parses the RON file at `path`; problems go to `diagnostics` under `shown_path`.
pub fn read<T: DeserializeOwned>(
    path: &Path,
    shown_path: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<ParsedFile<T>> {
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(message) => {
            diagnostics.error(shown_path, Position::START, message);
            return None;
        }
    };
    parse(&bytes, shown_path, diagnostics)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    // Opened without blocking (a FIFO in a pack is refused, not waited on).
    let mut file = crate::regular_file::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidInput => "this is not a file".to_owned(),
        _ => describe_io(&e),
    })?;
    let metadata = file.metadata().map_err(|e| describe_io(&e))?;
    if metadata.len() > MAX_RON_FILE_BYTES {
        return Err(format!(
            "file is too large ({}); a pack's RON files may be at most {}",
            human_bytes(metadata.len()),
            human_bytes(MAX_RON_FILE_BYTES)
        ));
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(|e| describe_io(&e))?;
    Ok(bytes)
}

/// Parses RON `bytes` as `T`; problems go to `diagnostics` under `shown_path`.
pub fn parse<T: DeserializeOwned>(
    bytes: &[u8],
    shown_path: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<ParsedFile<T>> {
    if bytes.len() as u64 > MAX_RON_FILE_BYTES {
        diagnostics.error(
            shown_path,
            Position::START,
            format!(
                "file is too large ({}); a pack's RON files may be at most {}",
                human_bytes(bytes.len() as u64),
                human_bytes(MAX_RON_FILE_BYTES)
            ),
        );
        return None;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let position = end_position(&String::from_utf8_lossy(valid));
            diagnostics.error(
                shown_path,
                position,
                format!(
                    "the file is not valid UTF-8 (bad byte at offset {}); save it as UTF-8",
                    e.valid_up_to()
                ),
            );
            return None;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        diagnostics.error(shown_path, Position::START, "the file is empty");
        return None;
    }
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT);
    match options.from_str::<T>(text) {
        Ok(value) => Some(ParsedFile {
            value,
            source_map: SourceMap::build(text),
        }),
        Err(e) => {
            let position = error_position(text, &e.span);
            diagnostics.error(shown_path, position, describe_ron_error(&e.code));
            None
        }
    }
}

/// Where to point for a RON error. For a value of the wrong type RON's span runs from the
/// blank after the `:` to the value; point at the value, the first non-blank of the span.
fn error_position(text: &str, span: &ron::error::Span) -> Position {
    let start = Position {
        line: span.start.line.max(1),
        column: span.start.col.max(1),
    };
    let end = Position {
        line: span.end.line,
        column: span.end.col,
    };
    let mut position = Position::START;
    for c in text.chars() {
        if position > end {
            break;
        }
        if position >= start && !c.is_whitespace() {
            return position;
        }
        if c == '\n' {
            position.line += 1;
            position.column = 1;
        } else {
            position.column += 1;
        }
    }
    start
}

/// The position just after `text`.
fn end_position(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    Position { line, column }
}

/// RON's message, in plainer words where RON's own are terse.
fn describe_ron_error(code: &ron::Error) -> String {
    match code {
        ron::Error::Eof => "the file ends too early: a bracket or quote is not closed".to_owned(),
        ron::Error::ExceededRecursionLimit => {
            format!("values are nested too deeply (more than {RECURSION_LIMIT} levels)")
        }
        ron::Error::ExpectedComma => {
            "a comma is missing before this: separate fields and list items with \",\"".to_owned()
        }
        ron::Error::ExpectedString => "expected text in double quotes here".to_owned(),
        ron::Error::ExpectedStringEnd => {
            "the text in quotes that starts here is never closed with a \"".to_owned()
        }
        ron::Error::InvalidEscape(what) => format!(
            "{what}: in text in quotes a \\ starts an escape such as \\n; in a file path, \
             separate folders with \"/\" (images/cover.png), never \"\\\""
        ),
        ron::Error::ExpectedInteger => {
            "expected a whole number here, written with digits only and no quotes".to_owned()
        }
        other => other.to_string(),
    }
}

/// A plain-words description of an I/O error.
#[must_use]
pub fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "file not found".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied: cannot read it".to_owned(),
        _ => format!("cannot read it: {error}"),
    }
}

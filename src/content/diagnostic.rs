//! Diagnostics: what a person needs to fix a pack, as `path:line:column: severity: message`.
//!
//! Loading never stops at the first problem; every check pushes into a [`Diagnostics`] list and
//! the caller decides what to show. Nothing here reads files.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is. Errors keep a pack off the screen; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The pack is refused.
    Error,
    /// Worth fixing; the pack is still shown.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The start of a file: where whole-file problems are reported.
    pub const START: Self = Self { line: 1, column: 1 };
}

/// One problem found in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the problem is in, as the user named it (relative paths stay relative).
    pub file: PathBuf,
    /// Where in the file.
    pub position: Position,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in words for a content author.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file.display(),
            self.position.line,
            self.position.column,
            self.severity,
            self.message
        )
    }
}

/// The problems found so far, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records an error.
    pub fn error(&mut self, file: &Path, position: Position, message: impl Into<String>) {
        self.push(file, position, Severity::Error, message.into());
    }

    /// Records a warning.
    pub fn warning(&mut self, file: &Path, position: Position, message: impl Into<String>) {
        self.push(file, position, Severity::Warning, message.into());
    }

    fn push(&mut self, file: &Path, position: Position, severity: Severity, message: String) {
        self.items.push(Diagnostic {
            file: file.to_path_buf(),
            position,
            severity,
            message,
        });
    }

    /// Number of errors.
    #[must_use]
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of warnings.
    #[must_use]
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// All diagnostics, in the order found.
    #[must_use]
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// Takes the list.
    #[must_use]
    pub fn into_items(self) -> Vec<Diagnostic> {
        self.items
    }
}

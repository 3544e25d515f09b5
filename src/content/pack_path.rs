//! Turning a path written in a pack into a file inside that pack, and nothing outside it.
//!
//! Packs arrive on USB sticks from many hands. A media path that is absolute, climbs out with
//! `..`, or reaches outside through a symbolic link is refused, so a pack can only ever show
//! its own files.

use std::path::{Component, Path, PathBuf};

/// Why a media path was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackPathError {
    /// The path is empty.
    #[error("the path is empty")]
    Empty,
    /// The path starts at the file-system root.
    #[error("\"{0}\" is an absolute path; write paths relative to the pack folder")]
    Absolute(String),
    /// The path contains `..`.
    #[error("\"{0}\" leaves the pack folder (\"..\"); media must be inside the pack")]
    ParentComponent(String),
    /// The path uses backslashes.
    #[error("\"{0}\" uses \"\\\"; separate folders with \"/\"")]
    Backslash(String),
    /// The path holds a line break or tab (a `\n` or `\t` in RON, meant as a folder separator).
    #[error("\"{0}\" holds a line break or tab: was a \"\\\" written? Separate folders with \"/\"")]
    ControlCharacter(String),
    /// The file does not exist.
    #[error("\"{0}\" not found")]
    NotFound(String),
    /// The file resolves (through a symbolic link) to a place outside the pack.
    #[error("\"{0}\" points outside the pack folder (through a symbolic link)")]
    OutsidePack(String),
    /// Not a regular file.
    #[error("\"{0}\" is not a file")]
    NotAFile(String),
    /// Unreadable for another reason.
    #[error("\"{path}\" cannot be read: {reason}")]
    Unreadable {
        /// The path as written.
        path: String,
        /// What the system said.
        reason: String,
    },
}

/// Resolves `written` (as written in the pack) against `pack_dir`; the file must exist.
pub fn resolve(pack_dir: &Path, written: &str) -> Result<PathBuf, PackPathError> {
    check_form(written)?;
    let joined = pack_dir.join(written);
    let real = joined.canonicalize().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PackPathError::NotFound(written.to_owned()),
        _ => PackPathError::Unreadable {
            path: written.to_owned(),
            reason: e.to_string(),
        },
    })?;
    let real_pack = pack_dir
        .canonicalize()
        .map_err(|e| PackPathError::Unreadable {
            path: written.to_owned(),
            reason: e.to_string(),
        })?;
    if !real.starts_with(&real_pack) {
        return Err(PackPathError::OutsidePack(written.to_owned()));
    }
    if !real.is_file() {
        return Err(PackPathError::NotAFile(written.to_owned()));
    }
    Ok(joined)
}

/// Checks the written form only: relative, no `..`, `/` as separator, not empty.
pub fn check_form(written: &str) -> Result<(), PackPathError> {
    if written.trim().is_empty() {
        return Err(PackPathError::Empty);
    }
    if written.contains('\\') {
        return Err(PackPathError::Backslash(written.to_owned()));
    }
    if written.chars().any(char::is_control) {
        return Err(PackPathError::ControlCharacter(
            written.escape_default().to_string(),
        ));
    }
    let path = Path::new(written);
    if path.has_root() || written.starts_with('~') {
        return Err(PackPathError::Absolute(written.to_owned()));
    }
    if path.components().any(|c| c == Component::ParentDir) {
        return Err(PackPathError::ParentComponent(written.to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_forms() {
        assert_eq!(check_form("images/a.png"), Ok(()));
        assert_eq!(check_form("./images/a.png"), Ok(()));
        assert!(matches!(
            check_form("/etc/passwd"),
            Err(PackPathError::Absolute(_))
        ));
        assert!(matches!(
            check_form("images/../../x.png"),
            Err(PackPathError::ParentComponent(_))
        ));
        assert!(matches!(
            check_form("images\\a.png"),
            Err(PackPathError::Backslash(_))
        ));
        assert_eq!(check_form(" "), Err(PackPathError::Empty));
        // "images\new.png" in RON is "images", a line break and "ew.png".
        assert_eq!(
            check_form("images\new.png").unwrap_err().to_string(),
            "\"images\\new.png\" holds a line break or tab: was a \"\\\" written? Separate folders with \"/\""
        );
    }
}

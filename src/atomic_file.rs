//! Writing a whole file so that a power cut, a kill or a USB stick pulled at any moment leaves
//! either the old file or the new one, never half of one: the bytes go to a temporary file
//! beside it (same folder, so the rename cannot cross file systems), are synced, the temporary
//! file is renamed over the old one and the folder is synced so the rename itself is on disk.
//!
//! The settings file and the fiscal-year export both write through [`write`]; nothing else in
//! the kiosk replaces a file whole.

use std::io::Write as _;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

/// The temporary file [`write`] uses for `path`: its name with `.partial` added.
#[must_use]
pub fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically, the new file with permission bits `mode` (0o600 for a
/// file holding the PIN's hash). The folder must exist.
pub fn write(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temporary = partial_path(path);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(&temporary)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temporary, path)?;
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    #[test]
    fn replaces_the_file_whole_with_the_mode_asked_for_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "old").unwrap();
        write(&path, b"new", 0o600).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert!(!partial_path(&path).exists());
        assert_eq!(
            partial_path(&path).file_name().unwrap(),
            "config.ron.partial"
        );
    }

    #[test]
    fn a_missing_folder_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone/x.csv");
        assert!(write(&path, b"x", 0o644).is_err());
        assert!(!path.exists());
    }
}

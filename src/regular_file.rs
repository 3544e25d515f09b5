//! Opening files the kiosk reads (settings, packs, pictures, sounds) so that the open itself
//! never blocks and only regular files are read. A FIFO or a device put where a file should
//! be would otherwise hang the reading thread for ever in `open` or `read` (a FIFO's open
//! waits for a writer); here it is opened without blocking, seen for what it is and refused.
//! Symbolic links are followed (the pack checks apply their own rule to them).

use std::fs::File;
use std::io::Read as _;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::Path;

/// Opens `path` for reading if it is a regular file (after following links); anything else
/// (a folder, a FIFO, a socket, a device) is an `InvalidInput` error saying what it is.
pub fn open(path: &Path) -> std::io::Result<File> {
    let nonblocking = i32::try_from(rustix::fs::OFlags::NONBLOCK.bits()).unwrap_or(0);
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nonblocking)
        .open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        // Reads of a regular file never block; clearing the flag keeps later reads ordinary.
        rustix::fs::fcntl_setfl(&file, rustix::fs::OFlags::empty())
            .map_err(std::io::Error::from)?;
        Ok(file)
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("not a regular file but {}", describe(kind)),
        ))
    }
}

/// The whole of the regular file at `path` as bytes ([`open`]).
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut file = open(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The whole of the regular file at `path` as UTF-8 text ([`open`]).
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read(path)?)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

fn describe(kind: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_dir() {
        "a folder"
    } else if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device"
    } else {
        "something other than a file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("narration.ogg");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
        )
        .unwrap();
        let error = read(&fifo).unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
        assert_eq!(
            error.to_string(),
            "not a regular file but a FIFO (named pipe)"
        );
        let folder = open(dir.path()).unwrap_err();
        assert_eq!(folder.to_string(), "not a regular file but a folder");
    }

    #[test]
    fn a_regular_file_reads_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "Config()").unwrap();
        assert_eq!(read_to_string(&path).unwrap(), "Config()");
    }
}

//! The kiosk's own log (what it did and what went wrong: packs loaded and switched, staff
//! actions, the sound device, the visitor log's disk), kept in `<data_dir>/logs/kiosk.log` so a
//! technician finds it on the kiosk after the fact, and on standard error for the journal.
//!
//! The file is capped: when `kiosk.log` would pass [`MAX_FILE_BYTES`] it becomes
//! `kiosk.log.1` (older ones move up to `.4`, the oldest is removed), so the log never takes
//! more than [`MAX_FILE_BYTES`] × [`KEPT_FILES`] of the disk the visitor counts live on. Lines
//! are written on tracing-appender's own thread; a full disk loses log lines, never a visit
//! and never the kiosk. Nothing secret is logged: the settings print without the PIN's hash.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// A log file is rotated before it passes this size.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// `kiosk.log` and this many minus one older files are kept.
pub const KEPT_FILES: usize = 5;

/// A file that rotates by size: `name`, `name.1` … `name.<kept - 1>`.
pub struct RotatingFile {
    path: PathBuf,
    max_bytes: u64,
    kept: usize,
    file: Option<File>,
    size: u64,
}

impl RotatingFile {
    /// Appends to `path` (created with its folder if missing), rotating before `max_bytes`.
    pub fn open(path: PathBuf, max_bytes: u64, kept: usize) -> std::io::Result<Self> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let size = file.metadata()?.len();
        Ok(Self {
            path,
            max_bytes,
            kept: kept.max(1),
            file: Some(file),
            size,
        })
    }

    fn numbered(&self, n: usize) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(format!(".{n}"));
        PathBuf::from(name)
    }

    /// `name.<k-1>` → `name.<k>` … `name` → `name.1`, then a fresh `name`.
    fn rotate(&mut self) -> std::io::Result<()> {
        self.file = None;
        if self.kept == 1 {
            std::fs::remove_file(&self.path).or_else(ignore_missing)?;
        } else {
            std::fs::remove_file(self.numbered(self.kept - 1)).or_else(ignore_missing)?;
            for n in (1..self.kept - 1).rev() {
                std::fs::rename(self.numbered(n), self.numbered(n + 1)).or_else(ignore_missing)?;
            }
            std::fs::rename(&self.path, self.numbered(1)).or_else(ignore_missing)?;
        }
        self.file = Some(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?,
        );
        self.size = 0;
        Ok(())
    }
}

fn ignore_missing(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::NotFound {
        Ok(())
    } else {
        Err(e)
    }
}

impl Write for RotatingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let length = u64::try_from(buf.len()).unwrap_or(u64::MAX);
        if self.file.is_none()
            || (self.size > 0 && self.size.saturating_add(length) > self.max_bytes)
        {
            self.rotate()?;
        }
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| std::io::Error::other("the log file is not open"))?;
        file.write_all(buf)?;
        self.size = self.size.saturating_add(length);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().map_or(Ok(()), File::flush)
    }
}

/// Keeps the log's writer thread; dropping it writes out what is buffered.
pub struct LogGuard {
    _file: Option<tracing_appender::non_blocking::WorkerGuard>,
}

/// Where the kiosk's log file lives.
#[must_use]
pub fn file_in(data_dir: &Path) -> PathBuf {
    data_dir.join("logs").join("kiosk.log")
}

/// From now on a panic on any thread is written to the kiosk's log (standard error and
/// `kiosk.log`) with the thread's name and where it happened, instead of to standard error
/// alone: a kiosk's journal may be gone by the time staff look. Contained panics (a decoder's,
/// [`crate::decoding::contained`]) are logged this way too, as the bugs they are.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("unnamed");
        let message = crate::decoding::panic_message(info.payload());
        let place = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        tracing::error!("the {name} thread panicked{place}: {message}");
    }));
}

/// Lines waiting for the log thread at most. The kiosk logs a few lines a minute; the
/// appender's default of 128,000 slots is 4 MB held from the start for nothing.
const BUFFERED_LINES: usize = 1024;

/// Starts logging to standard error and to `<data_dir>/logs/kiosk.log`. When the file cannot
/// be opened the kiosk still runs, logging to standard error only, and says so there.
#[must_use]
pub fn start(data_dir: &Path) -> LogGuard {
    let level = tracing_subscriber::filter::LevelFilter::INFO;
    // Colours only for a person at a terminal, not in the journal or a redirected file.
    let to_stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false);
    let path = file_in(data_dir);
    match RotatingFile::open(path.clone(), MAX_FILE_BYTES, KEPT_FILES) {
        Ok(file) => {
            let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
                .thread_name("kiosk-log")
                .buffered_lines_limit(BUFFERED_LINES)
                .finish(file);
            let to_file = tracing_subscriber::fmt::layer()
                .with_writer(writer)
                .with_ansi(false)
                .with_target(false);
            let _ = tracing_subscriber::registry()
                .with(level)
                .with(to_stderr)
                .with(to_file)
                .try_init();
            LogGuard { _file: Some(guard) }
        }
        Err(e) => {
            let _ = tracing_subscriber::registry()
                .with(level)
                .with(to_stderr)
                .try_init();
            tracing::warn!(
                "cannot write the kiosk's log file {}: {e}; logging to standard error only",
                path.display()
            );
            LogGuard { _file: None }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_any_thread_is_written_to_the_kiosk_log() {
        // A panic hook and a log subscriber hold for a whole process: the work is done in a
        // child process of this test binary, so the other tests run on without them.
        if let Some(dir) = crate::test_child::child_dir() {
            let guard = start(&dir);
            log_panics();
            let thread = std::thread::Builder::new()
                .name("audio".to_owned())
                .spawn(|| panic!("the decoder broke"))
                .unwrap();
            assert!(thread.join().is_err());
            drop(guard);
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        crate::test_child::run_in_child(
            "cli::kiosk_log::tests::a_panic_on_any_thread_is_written_to_the_kiosk_log",
            dir.path(),
        );
        let log = std::fs::read_to_string(dir.path().join("logs/kiosk.log")).unwrap();
        assert!(
            log.contains("the audio thread panicked at src/cli/kiosk_log.rs:")
                && log.contains(": the decoder broke"),
            "{log}"
        );
    }

    fn sizes(dir: &Path) -> Vec<(String, u64)> {
        let mut found: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    e.metadata().unwrap().len(),
                )
            })
            .collect();
        found.sort();
        found
    }

    #[test]
    fn the_log_rotates_by_size_and_keeps_a_fixed_number_of_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logs/kiosk.log");
        let mut log = RotatingFile::open(path.clone(), 100, 3).unwrap();
        for n in 0..40 {
            writeln!(log, "line {n:02} of the kiosk log").unwrap(); // 25 bytes
        }
        log.flush().unwrap();
        let files = sizes(&dir.path().join("logs"));
        let names: Vec<_> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]);
        assert!(files.iter().all(|(_, size)| *size <= 100), "{files:?}");
        let newest = std::fs::read_to_string(&path).unwrap();
        assert!(newest.ends_with("line 39 of the kiosk log\n"), "{newest}");
        let older = std::fs::read_to_string(dir.path().join("logs/kiosk.log.1")).unwrap();
        assert!(older.ends_with("line 35 of the kiosk log\n"), "{older}");
    }

    #[test]
    fn an_existing_log_is_appended_to_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kiosk.log");
        std::fs::write(&path, "x".repeat(90)).unwrap();
        let mut log = RotatingFile::open(path.clone(), 100, 2).unwrap();
        log.write_all(b"a line longer than ten bytes\n").unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("kiosk.log.1")).unwrap(),
            "x".repeat(90)
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "a line longer than ten bytes\n"
        );
    }

    #[test]
    fn a_full_disk_is_an_error_not_a_panic() {
        let mut log = RotatingFile::open(PathBuf::from("/dev/full"), 1 << 20, 2).unwrap();
        assert!(writeln!(log, "nowhere to go").is_err());
    }
}

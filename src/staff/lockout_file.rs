//! The PIN lockout kept in the data folder (`staff-pin-lockout.ron`), so that pulling the plug
//! or killing the kiosk does not give a guesser a fresh pad. It is read on a
//! `pin-lockout-read` job when the kiosk starts (the pad takes no PIN until it has answered)
//! and written atomically on a `pin-lockout-save` job after each change, one write at a time,
//! the latest change last. A file that cannot be read is logged and counts as no lock.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::lockout::{LockoutRecord, PinGate};
use crate::worker::{Job, JobPoll, Wake};

/// The file's name in the data folder.
pub const FILE_NAME: &str = "staff-pin-lockout.ron";

/// The gate's copy on disk and the jobs that keep it.
pub struct StoredGate {
    path: Option<PathBuf>,
    reading: Option<Job<LockoutRecord>>,
    writing: Option<Job<()>>,
    unsaved: Option<LockoutRecord>,
    wake: Wake,
}

impl StoredGate {
    /// Starts reading the lockout kept at `path` (none: kept in memory only).
    #[must_use]
    pub fn start(path: Option<PathBuf>, wake: Wake) -> Self {
        let reading = path
            .clone()
            .map(|path| Job::start("pin-lockout-read", &wake, move || read(&path)));
        Self {
            path,
            reading,
            writing: None,
            unsaved: None,
            wake,
        }
    }

    /// Whether the stored lockout has been read (until then no PIN is checked).
    #[must_use]
    pub fn ready(&self) -> bool {
        self.reading.is_none()
    }

    /// Once a frame: takes in the stored lockout when it has been read (the kiosk's `now`
    /// being the local time `wall_now`) and starts the next write.
    pub fn poll(&mut self, gate: &mut PinGate, now: Duration, wall_now: jiff::civil::DateTime) {
        if let Some(reading) = &mut self.reading {
            match reading.poll() {
                JobPoll::Running => {}
                JobPoll::Ready(record) => {
                    *gate = PinGate::from_record(&record, now, wall_now);
                    if gate.locked(now).is_some() {
                        tracing::warn!("the staff PIN pad is still locked from before the restart");
                    }
                    self.reading = None;
                }
                JobPoll::Failed => self.reading = None,
            }
        }
        if self
            .writing
            .as_mut()
            .is_some_and(|job| matches!(job.poll(), JobPoll::Running))
        {
            return;
        }
        self.writing = None;
        if let (Some(path), Some(record)) = (&self.path, self.unsaved.take()) {
            let path = path.clone();
            self.writing = Some(Job::start("pin-lockout-save", &self.wake, move || {
                write(&path, &record);
            }));
        }
    }

    /// Keeps `record` (written at the next [`StoredGate::poll`]).
    pub fn save(&mut self, record: LockoutRecord) {
        self.unsaved = Some(record);
    }
}

/// The record at `path`: none there (or unreadable, logged) is no lock.
fn read(path: &Path) -> LockoutRecord {
    match crate::regular_file::read_to_string(path) {
        Ok(text) => ron::from_str(&text).unwrap_or_else(|e| {
            tracing::warn!("{}: {e}; the PIN pad starts unlocked", path.display());
            LockoutRecord::default()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => LockoutRecord::default(),
        Err(e) => {
            tracing::warn!("{}: {e}; the PIN pad starts unlocked", path.display());
            LockoutRecord::default()
        }
    }
}

fn write(path: &Path, record: &LockoutRecord) {
    let written = ron::ser::to_string(record)
        .map_err(std::io::Error::other)
        .and_then(|text| {
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)?;
            }
            crate::atomic_file::write(path, format!("{text}\n").as_bytes(), 0o600)
        });
    if let Err(e) = written {
        tracing::warn!("{}: cannot keep the PIN lockout: {e}", path.display());
    }
}

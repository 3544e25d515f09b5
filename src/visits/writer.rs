//! Writing visitor events to disk on the `visit-log` thread, so that counts survive power cuts.
//!
//! The UI thread only sends events down a channel (no I/O, no waiting). The writer keeps them in
//! a bounded queue, appends them to `<data dir>/visits/<kiosk>/<YYYY-MM-DD>.jsonl` and calls
//! `fsync` at least every [`FLUSH_INTERVAL`], so an event is on disk within a second. When the
//! disk is full, read-only or gone, events wait in the queue and are retried; nothing stops or
//! slows the UI.
//!
//! No visit lost, none doubled, and no half line left behind to be reported as damage by every
//! later tally: an append that fails part-way (the disk filled mid-line) is cut back to the
//! file's length before it, and the event stays queued to be written whole. A file found
//! ending without `\n` (a power cut or a kill mid-write, or a failure that could not be cut
//! back) loses that torn tail when opened: it was never written whole, so never counted as
//! written nor synced. Only a tail that is a whole JSON object missing just its `\n` is kept,
//! and ended, as it would be counted.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::event::VisitEvent;
use super::line::read_line;
use super::scan::{BOM, MAX_LINE_BYTES};

/// Longest time an event waits before it is written and synced.
pub const FLUSH_INTERVAL: Duration = Duration::from_millis(250);
/// Wait after a failed write before trying again.
pub const RETRY_INTERVAL: Duration = Duration::from_secs(1);
/// Most events kept in memory while the disk refuses them (about a week of a busy kiosk);
/// beyond this the oldest are dropped and counted.
pub const MAX_QUEUED_EVENTS: usize = 200_000;

/// How the log is doing, for the staff screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogHealth {
    /// Events waiting to be written.
    pub queued: usize,
    /// Events written and synced since start.
    pub written: u64,
    /// Events dropped because the queue was full.
    pub dropped: u64,
    /// The last write error, while writes are failing.
    pub last_error: Option<String>,
    /// When events were last written and synced, local time.
    pub last_write: Option<jiff::Zoned>,
    /// Free space on the log's disk (for the kiosk's user), looked at every few seconds.
    pub free_bytes: Option<u64>,
}

impl LogHealth {
    /// Whether the log's disk is nearly full: staff should make room before visits are lost.
    #[must_use]
    pub fn disk_low(&self) -> bool {
        self.free_bytes.is_some_and(|free| free < LOW_DISK_BYTES)
    }
}

/// Below this much free space the staff menu warns (about three years of a busy kiosk's log).
pub const LOW_DISK_BYTES: u64 = 500 * 1024 * 1024;

/// How often the free space is looked at.
const DISK_CHECK_INTERVAL: Duration = Duration::from_secs(10);

enum Message {
    Event(Box<VisitEvent>),
    Flush(mpsc::Sender<()>),
}

/// The UI's handle on the visitor log. Dropping it (or [`VisitLog::shutdown`]) writes what is
/// queued and stops the thread.
pub struct VisitLog {
    sender: Option<Sender<Message>>,
    thread: Option<JoinHandle<()>>,
    health: Arc<Mutex<LogHealth>>,
}

impl VisitLog {
    /// Starts the `visit-log` thread writing into `<data_dir>/visits/<kiosk>/`.
    pub fn start(data_dir: &Path, kiosk: &str) -> std::io::Result<Self> {
        let folder = data_dir.join("visits").join(kiosk);
        let (sender, receiver) = mpsc::channel();
        let health = Arc::new(Mutex::new(LogHealth::default()));
        let thread_health = Arc::clone(&health);
        let thread = std::thread::Builder::new()
            .name("visit-log".to_owned())
            .spawn(move || Writer::new(folder, thread_health).run(&receiver))?;
        Ok(Self {
            sender: Some(sender),
            thread: Some(thread),
            health,
        })
    }

    /// Hands an event to the writer; never blocks and never touches the disk.
    pub fn record(&self, event: VisitEvent) {
        if let Some(sender) = &self.sender {
            let _ = sender.send(Message::Event(Box::new(event)));
        }
    }

    /// Waits until everything recorded so far has been written and synced (or has failed to be).
    pub fn flush(&self) {
        let Some(sender) = &self.sender else { return };
        let (done, wait) = mpsc::channel();
        if sender.send(Message::Flush(done)).is_ok() {
            let _ = wait.recv_timeout(Duration::from_secs(5));
        }
    }

    /// The log's state.
    #[must_use]
    pub fn health(&self) -> LogHealth {
        self.health
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Writes what is queued and stops the thread.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.sender = None;
        crate::worker::join_within(
            "visit-log",
            self.thread.take(),
            crate::worker::JOIN_LIMIT * 2,
        );
    }
}

impl Drop for VisitLog {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Writer {
    folder: PathBuf,
    queue: VecDeque<VisitEvent>,
    open: Option<(String, File)>,
    /// An append that failed part-way and could not be cut back then: cut before any write.
    torn: Option<TornAppend>,
    health: Arc<Mutex<LogHealth>>,
    retry_at: Option<Instant>,
    disk_checked: Option<Instant>,
}

/// A file holding part of an event that is still queued, and its length before that part.
struct TornAppend {
    path: PathBuf,
    file: File,
    length: u64,
}

impl Writer {
    fn new(folder: PathBuf, health: Arc<Mutex<LogHealth>>) -> Self {
        Self {
            folder,
            queue: VecDeque::new(),
            open: None,
            torn: None,
            health,
            retry_at: None,
            disk_checked: None,
        }
    }

    fn run(mut self, receiver: &Receiver<Message>) {
        loop {
            match receiver.recv_timeout(FLUSH_INTERVAL) {
                Ok(Message::Event(event)) => {
                    self.enqueue(*event);
                    // Take whatever else is waiting, then write it all in one go.
                    while let Ok(message) = receiver.try_recv() {
                        match message {
                            Message::Event(event) => self.enqueue(*event),
                            Message::Flush(done) => {
                                self.write_queue(true);
                                let _ = done.send(());
                            }
                        }
                    }
                    self.write_queue(false);
                }
                Ok(Message::Flush(done)) => {
                    self.write_queue(true);
                    let _ = done.send(());
                }
                Err(RecvTimeoutError::Timeout) => self.write_queue(false),
                Err(RecvTimeoutError::Disconnected) => {
                    self.write_queue(true);
                    return;
                }
            }
        }
    }

    fn enqueue(&mut self, event: VisitEvent) {
        if self.queue.len() >= MAX_QUEUED_EVENTS {
            self.queue.pop_front();
            self.health
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .dropped += 1;
        }
        self.queue.push_back(event);
    }

    /// Writes and syncs the queue; on failure keeps it for a retry. `now` skips the back-off.
    fn write_queue(&mut self, now: bool) {
        if self.queue.is_empty() {
            self.update_health(0, None);
            return;
        }
        if !now && self.retry_at.is_some_and(|at| Instant::now() < at) {
            return;
        }
        self.forget_unlinked_file();
        if let Err(e) = self.cut_torn_append() {
            // Writing after the part would double the event once it is written whole.
            self.retry_at = Some(Instant::now() + RETRY_INTERVAL);
            self.update_health(0, Some(e.to_string()));
            return;
        }
        let mut written = 0u64;
        let mut error = None;
        while let Some(event) = self.queue.pop_front() {
            if let Err(e) = self.append(&event) {
                // Back to the front of the queue: retried later, in order.
                self.queue.push_front(event);
                error = Some(e.to_string());
                self.open = None;
                break;
            }
            written += 1;
        }
        if let Some((_, file)) = &self.open
            && let Err(e) = file.sync_data()
        {
            error.get_or_insert(e.to_string());
            self.open = None;
        }
        self.retry_at = error.as_ref().map(|_| Instant::now() + RETRY_INTERVAL);
        self.update_health(written, error);
    }

    /// Cuts off the part of an event left by an append that failed and could not be cut back
    /// at once (the same handle, so the same file even if it was renamed or deleted since).
    fn cut_torn_append(&mut self) -> std::io::Result<()> {
        if let Some(torn) = &self.torn
            && let Err(e) = torn.file.set_len(torn.length)
            // A file no longer at its path (deleted, replaced, its disk gone) is read by
            // nobody: the event goes into whichever file is there now.
            && is_at(&torn.file, &torn.path)
        {
            return Err(e);
        }
        self.torn = None;
        Ok(())
    }

    /// If the open file's folder or the file itself was deleted (or replaced) since it was
    /// opened, writes to the handle would reach no file anyone can read: open it afresh.
    fn forget_unlinked_file(&mut self) {
        let Some((date, file)) = &self.open else {
            return;
        };
        if !is_at(file, &self.folder.join(format!("{date}.jsonl"))) {
            self.open = None;
        }
    }

    fn update_health(&mut self, written: u64, error: Option<String>) {
        let mut health = self.health.lock().unwrap_or_else(PoisonError::into_inner);
        // Into the kiosk's own log once when writing starts failing and once when it recovers,
        // not on every retry.
        match (&health.last_error, &error) {
            (None, Some(e)) => tracing::warn!(
                queued = self.queue.len(),
                "visitor log: cannot write ({e}); events wait in memory and are retried"
            ),
            (Some(_), None) => tracing::info!("visitor log: writing again, nothing lost"),
            _ => {}
        }
        health.queued = self.queue.len();
        health.written += written;
        health.last_error = error;
        if written > 0 {
            #[allow(
                clippy::disallowed_methods,
                reason = "staff see the real time of the last write to disk"
            )]
            let last_write = jiff::Zoned::now();
            health.last_write = Some(last_write);
        }
        if self
            .disk_checked
            .is_none_or(|at| at.elapsed() >= DISK_CHECK_INTERVAL)
        {
            self.disk_checked = Some(Instant::now());
            health.free_bytes = free_bytes(&self.folder);
        }
    }

    fn append(&mut self, event: &VisitEvent) -> std::io::Result<()> {
        let date = event.local_date().unwrap_or("unknown-date").to_owned();
        if self
            .open
            .as_ref()
            .is_none_or(|(open_date, _)| *open_date != date)
        {
            if let Some((_, previous)) = self.open.take() {
                previous.sync_data()?;
            }
            let file = open_for_append(&self.folder.join(format!("{date}.jsonl")))?;
            self.open = Some((date, file));
        }
        let Some((_, file)) = &mut self.open else {
            return Ok(());
        };
        let length = file.metadata()?.len();
        let Err(error) = file.write_all(event.to_line().as_bytes()) else {
            return Ok(());
        };
        // Part of the line may be in the file (a disk full mid-line): cut it off, so the event
        // is written whole when retried and the file never holds half a line.
        if let Some((date, file)) = self.open.take() {
            let grown = file.metadata().map_or(true, |now| now.len() != length);
            if grown && file.set_len(length).is_err() {
                let path = self.folder.join(format!("{date}.jsonl"));
                self.torn = Some(TornAppend { path, file, length });
            } else {
                // The events before it in this batch are counted as written: on disk now.
                let _ = file.sync_data();
            }
        }
        Err(error)
    }
}

/// Whether `file` is (still) the file at `path`.
fn is_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (std::fs::metadata(path), file.metadata()) {
        (Ok(at_path), Ok(handle)) => at_path.dev() == handle.dev() && at_path.ino() == handle.ino(),
        _ => false,
    }
}

/// Opens (creating folders and file as needed) for appending, after making sure the file ends
/// with a whole line ([`end_with_a_whole_line`]).
fn open_for_append(path: &Path) -> std::io::Result<File> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)?;
    end_with_a_whole_line(&mut file, path)?;
    Ok(file)
}

/// If the file's last line has no `\n`, it was torn (by a power cut or a kill mid-write, or a
/// failed append that could not be cut back): its bytes are cut off, back to just after the
/// last `\n`, as they were never an event written whole. A whole JSON object that only lost
/// its `\n` (or a file an editor saved without one) is kept, and given its `\n`, since a tally
/// counts it as it is.
fn end_with_a_whole_line(file: &mut File, path: &Path) -> std::io::Result<()> {
    let length = file.metadata()?.len();
    let Some(start) = torn_tail_start(file, length)? else {
        return Ok(());
    };
    let tail_bytes = length - start;
    if let Ok(tail_length) = usize::try_from(tail_bytes)
        && tail_length <= MAX_LINE_BYTES
    {
        let mut tail = vec![0u8; tail_length];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut tail)?;
        let line = if start == 0 {
            tail.strip_prefix(BOM).unwrap_or(&tail)
        } else {
            &tail
        };
        if read_line(line).is_ok() {
            tracing::info!(
                "visitor log: {}: a whole last line without its newline, ended",
                path.display()
            );
            return file.write_all(b"\n");
        }
    }
    tracing::warn!(
        "visitor log: {}: cut off {tail_bytes} bytes of a line torn by a power cut, a kill or \
         a full disk (never an event written whole)",
        path.display()
    );
    file.set_len(start)
}

/// Where the last line of a file not ending in `\n` starts: just after its last `\n`, or 0.
/// `None` when the file is empty or ends with `\n`.
fn torn_tail_start(file: &mut File, length: u64) -> std::io::Result<Option<u64>> {
    const BLOCK_BYTES: u64 = 64 * 1024;
    let mut block = Vec::new();
    let mut end = length;
    while end > 0 {
        let start = end.saturating_sub(BLOCK_BYTES);
        block.clear();
        file.seek(SeekFrom::Start(start))?;
        (&mut *file).take(end - start).read_to_end(&mut block)?;
        if end == length && block.last() == Some(&b'\n') {
            return Ok(None);
        }
        if let Some(at) = memchr::memrchr(b'\n', &block) {
            return Ok(Some(start + at as u64 + 1));
        }
        end = start;
    }
    Ok((length > 0).then_some(0))
}

/// Free space for unprivileged writes on the disk holding `folder` (or the nearest folder
/// above it that exists).
fn free_bytes(folder: &Path) -> Option<u64> {
    let existing = folder.ancestors().find(|p| p.exists())?;
    let stats = rustix::fs::statvfs(existing).ok()?;
    Some(stats.f_bavail.saturating_mul(stats.f_frsize))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::visits::event::{EventKind, FORMAT_VERSION};

    fn event(ts: &str, session: &str) -> VisitEvent {
        VisitEvent {
            v: FORMAT_VERSION,
            ts: ts.to_owned(),
            kiosk: "k1".to_owned(),
            session: session.to_owned(),
            pack: "p".to_owned(),
            kind: EventKind::VisitStart {
                lang: "ja".to_owned(),
            },
        }
    }

    #[test]
    fn health_tells_when_the_log_last_wrote_and_how_much_disk_is_free() {
        let dir = tempfile::tempdir().unwrap();
        let log = VisitLog::start(dir.path(), "k1").unwrap();
        log.flush();
        let before = log.health();
        assert!(before.last_write.is_none(), "nothing written yet");
        assert!(before.free_bytes.is_some_and(|free| free > 0));
        log.record(event("2026-11-27T10:00:00.000+09:00", "a"));
        log.flush();
        let after = log.health();
        assert!(after.last_write.is_some());
        let with_free = |free| LogHealth {
            free_bytes: free,
            ..LogHealth::default()
        };
        assert!(with_free(Some(LOW_DISK_BYTES - 1)).disk_low());
        assert!(!with_free(Some(LOW_DISK_BYTES)).disk_low());
        assert!(!with_free(None).disk_low(), "unknown is not a warning");
    }

    /// The sessions of the events in `text`, in order.
    fn sessions(text: &str) -> Vec<&str> {
        text.lines()
            .map(|l| {
                l.split("\"session\":\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
            })
            .collect()
    }

    /// Damaged lines and visitors in the log files of `folder`, as the tally sees them.
    fn tallied(folder: &Path) -> (u64, u64) {
        use crate::visits::tally::{self, GroupBy, YearRange};
        let files = tally::log_files(&[folder.to_path_buf()]);
        let t = tally::tally(
            &files,
            GroupBy::FiscalYear,
            YearRange::default(),
            crate::visits::FiscalCalendar::default(),
        );
        (t.damaged_count, t.total())
    }

    #[test]
    fn events_land_in_daily_files_after_a_torn_line_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("visits").join("k1");
        std::fs::create_dir_all(&folder).unwrap();
        let before = event("2026-11-27T09:00:00.000+09:00", "before").to_line();
        // A power cut or a kill mid-write: half of an event that was never written whole.
        std::fs::write(
            folder.join("2026-11-27.jsonl"),
            before.clone() + "{\"v\":1,\"ts\":\"2026-11-27T09",
        )
        .unwrap();
        // Killed just before the `\n`: the event is whole, a tally counts it, so it stays.
        std::fs::write(
            folder.join("2026-11-28.jsonl"),
            event("2026-11-28T09:00:00.000+09:00", "whole")
                .to_line()
                .trim_end(),
        )
        .unwrap();
        // Opened and saved by an editor: a byte-order mark and no last `\n`.
        std::fs::write(
            folder.join("2026-11-29.jsonl"),
            "\u{FEFF}".to_owned()
                + event("2026-11-29T09:00:00.000+09:00", "saved")
                    .to_line()
                    .trim_end(),
        )
        .unwrap();
        let log = VisitLog::start(dir.path(), "k1").unwrap();
        log.record(event("2026-11-27T10:00:00.000+09:00", "a"));
        log.record(event("2026-11-28T10:00:00.000+09:00", "b"));
        log.record(event("2026-11-29T10:00:00.000+09:00", "c"));
        log.record(event("2026-11-30T10:00:00.000+09:00", "d"));
        log.flush();
        assert_eq!(log.health().written, 4);
        log.shutdown();
        for (day, expected) in [
            ("27", ["before", "a"].as_slice()),
            ("28", &["whole", "b"]),
            ("29", &["saved", "c"]),
            ("30", &["d"]),
        ] {
            let text =
                std::fs::read_to_string(folder.join(format!("2026-11-{day}.jsonl"))).unwrap();
            assert_eq!(sessions(&text), expected, "{day}: {text}");
            assert!(text.ends_with('\n'));
        }
        assert_eq!(
            tallied(&folder),
            (0, 7),
            "no damaged line, every visit once"
        );
    }

    #[test]
    fn a_folder_that_cannot_be_written_keeps_events_queued_until_it_can() {
        let dir = tempfile::tempdir().unwrap();
        // A file where the kiosk's folder should be: every write fails.
        std::fs::write(dir.path().join("visits"), b"in the way").unwrap();
        let log = VisitLog::start(dir.path(), "k1").unwrap();
        log.record(event("2026-11-27T10:00:00.000+09:00", "a"));
        log.flush();
        let health = log.health();
        assert_eq!((health.queued, health.written), (1, 0));
        assert!(health.last_error.is_some());
        std::fs::remove_file(dir.path().join("visits")).unwrap();
        log.record(event("2026-11-27T10:00:01.000+09:00", "b"));
        log.flush();
        let health = log.health();
        assert_eq!(
            (health.queued, health.written, health.last_error),
            (0, 2, None)
        );
        log.shutdown();
        let written =
            std::fs::read_to_string(dir.path().join("visits/k1/2026-11-27.jsonl")).unwrap();
        assert_eq!(written.lines().count(), 2, "nothing lost, nothing doubled");
    }

    #[test]
    fn a_full_disk_keeps_events_queued_and_loses_none_once_there_is_room() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("visits").join("k1");
        std::fs::create_dir_all(&folder).unwrap();
        let day = folder.join("2026-11-27.jsonl");
        // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does.
        std::os::unix::fs::symlink("/dev/full", &day).unwrap();
        let log = VisitLog::start(dir.path(), "k1").unwrap();
        for (i, ts) in ["10:00:00", "10:00:01", "10:00:02"].iter().enumerate() {
            log.record(event(
                &format!("2026-11-27T{ts}.000+09:00"),
                &format!("s{i}"),
            ));
        }
        log.flush();
        let health = log.health();
        assert_eq!((health.queued, health.written), (3, 0));
        let error = health.last_error.unwrap_or_default();
        assert!(error.contains("No space left"), "{error}");
        std::fs::remove_file(&day).unwrap(); // Room again.
        log.record(event("2026-11-27T10:00:03.000+09:00", "s3"));
        log.flush();
        assert_eq!(log.health().written, 4);
        log.shutdown();
        let text = std::fs::read_to_string(&day).unwrap();
        assert_eq!(
            sessions(&text),
            ["s0", "s1", "s2", "s3"],
            "in order, none lost or doubled"
        );
    }

    #[test]
    fn a_disk_filling_mid_line_leaves_no_half_line_and_loses_nothing() {
        // A file-size limit (RLIMIT_FSIZE) holds for a whole process: the writing is done in a
        // child process of this test binary, so the other tests run on without one.
        if let Some(dir) = crate::test_child::child_dir() {
            writes_under_a_file_size_limit(&dir);
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        crate::test_child::run_in_child(
            "visits::writer::tests::a_disk_filling_mid_line_leaves_no_half_line_and_loses_nothing",
            dir.path(),
        );
        let folder = dir.path().join("visits/k1");
        let text = std::fs::read_to_string(folder.join("2026-11-27.jsonl")).unwrap();
        assert_eq!(
            sessions(&text),
            ["s0", "s1", "s2", "s3", "s4", "s5"],
            "in order, none lost or doubled"
        );
        assert_eq!(tallied(&folder), (0, 6), "no damaged line");
    }

    /// The child's half: writes under a limit that cuts the third line short, then with room.
    fn writes_under_a_file_size_limit(dir: &Path) {
        use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
        // Past the limit a write fails with EFBIG instead of SIGXFSZ ending the process.
        signal_hook::flag::register(signal_hook::consts::SIGXFSZ, Arc::default()).unwrap();
        let day = dir.join("visits/k1/2026-11-27.jsonl");
        let visit = |i: u32| {
            event(
                &format!("2026-11-27T10:00:0{i}.000+09:00"),
                &format!("s{i}"),
            )
        };
        let line_bytes = visit(0).to_line().len() as u64;
        let log = VisitLog::start(dir, "k1").unwrap();
        log.record(visit(0));
        log.flush();
        // Room for a line and a half more: the file's third line is cut short by the "disk".
        let unlimited = getrlimit(Resource::Fsize);
        setrlimit(
            Resource::Fsize,
            Rlimit {
                current: Some(line_bytes * 5 / 2),
                maximum: unlimited.maximum,
            },
        )
        .unwrap();
        for i in 1..5 {
            log.record(visit(i));
        }
        log.flush();
        let health = log.health();
        assert_eq!((health.written, health.queued), (2, 3));
        let error = health.last_error.unwrap_or_default();
        assert!(error.contains("File too large"), "{error}");
        let full = std::fs::read_to_string(&day).unwrap();
        assert_eq!(sessions(&full), ["s0", "s1"]);
        assert_eq!(
            full.len() as u64,
            2 * line_bytes,
            "the half line written is cut off again: {full}"
        );
        setrlimit(Resource::Fsize, unlimited).unwrap(); // Room again.
        log.record(visit(5));
        log.flush();
        let health = log.health();
        assert_eq!((health.written, health.queued), (6, 0));
        log.shutdown();
    }

    #[test]
    fn a_folder_deleted_while_running_is_made_again_and_nothing_is_lost() {
        let dir = tempfile::tempdir().unwrap();
        let log = VisitLog::start(dir.path(), "k1").unwrap();
        log.record(event("2026-11-27T10:00:00.000+09:00", "a"));
        log.flush();
        std::fs::remove_dir_all(dir.path().join("visits")).unwrap();
        log.record(event("2026-11-27T10:00:01.000+09:00", "b"));
        log.flush();
        assert_eq!(log.health().written, 2);
        log.shutdown();
        let day = std::fs::read_to_string(dir.path().join("visits/k1/2026-11-27.jsonl")).unwrap();
        assert_eq!(
            day.lines().count(),
            1,
            "the event after the deletion is on disk: {day}"
        );
        assert!(day.contains("\"session\":\"b\""));
    }
}

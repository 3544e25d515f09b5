//! What the decoding-edge targets share: the input as a real file, and panics told apart by
//! whether the edge contained them.
//!
//! libfuzzer-sys's panic hook aborts the process at every panic, before any `catch_unwind`
//! can see it, so a decoder panic the edge contains (and turns into `DecoderFailed`) would
//! count as a crash. [`contain_panics`] puts a silent hook in its place; [`must_contain`]
//! then makes a panic that comes out of the edge a crash, said with where it started.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The input files are `plaza-kiosk-fuzz-PID.EXTENSION` in /dev/shm (memory, not disk).
const PREFIX: &str = "plaza-kiosk-fuzz-";

thread_local! {
    /// Where the last panic on this thread started (the hook's only record of it).
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces libfuzzer-sys's aborting panic hook with one that only notes where the panic
/// started, so the edge's `catch_unwind` works as it does in the kiosk. Also removes the
/// input files that processes no longer running left behind.
pub fn contain_panics() {
    std::panic::set_hook(Box::new(|info| {
        let place = info.location().map(ToString::to_string);
        LAST_PANIC.with_borrow_mut(|last| *last = place);
    }));
    remove_stale_files();
}

/// Runs `edge` (calls into the decoding edge): a panic that comes out of it is printed with
/// its message and where it started, and the process aborts, which libFuzzer reports as a
/// crash (with the input saved).
pub fn must_contain(what: &str, edge: impl FnOnce()) {
    if let Err(payload) = catch_unwind(AssertUnwindSafe(edge)) {
        let message = plaza_kiosk::decoding::panic_message(payload.as_ref());
        let place = LAST_PANIC
            .take()
            .unwrap_or_else(|| "an unknown place".to_owned());
        eprintln!("a panic escaped the decoding edge in {what}: {message} (at {place})");
        std::process::abort();
    }
}

/// Writes `bytes` to this process's input file ending in `.extension` (made at the first
/// call, rewritten at each) and returns its path: the edge opens real files.
pub fn input_file(extension: &str, bytes: &[u8]) -> PathBuf {
    let path = folder().join(format!("{PREFIX}{}.{extension}", std::process::id()));
    std::fs::write(&path, bytes).expect("the input file cannot be written");
    path
}

fn folder() -> &'static Path {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        if shm.is_dir() {
            shm.to_owned()
        } else {
            std::env::temp_dir()
        }
    })
}

/// Removes the input files of processes that have ended: a run leaves its own behind
/// (libFuzzer exits without running destructors, or aborts on a crash), the next one clears it.
fn remove_stale_files() {
    let Ok(entries) = std::fs::read_dir(folder()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let pid = name
            .to_str()
            .and_then(|name| name.strip_prefix(PREFIX))
            .and_then(|rest| rest.split('.').next())
            .and_then(|pid| pid.parse::<u32>().ok());
        if let Some(pid) = pid
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

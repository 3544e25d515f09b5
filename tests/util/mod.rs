//! What the integration tests share: running the real `plaza-kiosk` binary from the crate root,
//! and throwaway folders to build packs in (after ripgrep's `tests/util.rs`).
//!
//! Tests go through the binary rather than library calls wherever a user would, so they check
//! what a content author or Global Concierge actually sees: the printed lines and the exit code.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

/// The crate root: every test command runs here, so relative fixture paths work and appear in
/// output exactly as written.
/// The shipped packs' languages, in their order: Japanese, easy Japanese, English, then the
/// languages of Japan's largest groups of residents.
pub const SHIPPED_LANGUAGES: [&str; 9] = [
    "ja",
    "ja-x-easy",
    "en",
    "zh-Hans",
    "vi",
    "ko",
    "fil",
    "ne",
    "pt-BR",
];

pub const CRATE_ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A `plaza-kiosk` command (the binary Cargo built for these tests), run from the crate root.
pub fn plaza_kiosk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"));
    command.current_dir(CRATE_ROOT).stdin(Stdio::null());
    command
}

/// What a finished run printed, and how it ended.
#[derive(Debug)]
pub struct Output {
    /// Everything written to standard output.
    pub stdout: String,
    /// Everything written to standard error.
    pub stderr: String,
    /// The exit status; `status.code()` is the exit code.
    pub status: ExitStatus,
}

/// Runs `plaza-kiosk <args>` from the crate root to completion.
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = plaza_kiosk()
        .args(args)
        .output()
        .expect("the plaza-kiosk binary runs");
    Output {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        status: output.status,
    }
}

/// A fixture under `tests/fixtures/`, as an absolute path.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(CRATE_ROOT).join("tests/fixtures").join(relative)
}

/// A pack shipped in `content/` (`civil-society`, `volunteers`), loaded as the kiosk loads it.
pub fn shipped_pack(name: &str) -> plaza_kiosk::content::Pack {
    plaza_kiosk::content::load_pack(&Path::new(CRATE_ROOT).join("content").join(name))
        .pack
        .expect("the shipped pack loads")
}

/// A fresh empty folder, deleted when the returned value is dropped.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("plaza-kiosk-test-")
        .tempdir()
        .expect("a temporary folder can be made")
}

/// Copies the folder `from` into `to` (created if needed), files and sub-folders alike.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the target folder can be made");
    for entry in std::fs::read_dir(from).expect("the source folder can be read") {
        let entry = entry.expect("a folder entry can be read");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("an entry has a type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a file can be copied");
        }
    }
}

/// A temporary copy of the fixture pack `relative` (e.g. `valid/minimal`), in a folder with the
/// same name as the fixture's. Returns the temporary parent (keep it alive) and the pack folder.
pub fn copy_of_fixture(relative: &str) -> (tempfile::TempDir, PathBuf) {
    let parent = temp_dir();
    let source = fixture(relative);
    let name = source.file_name().expect("a fixture has a folder name");
    let pack = parent.path().join(name);
    copy_dir(&source, &pack);
    (parent, pack)
}

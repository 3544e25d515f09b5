//! For unit tests whose work holds for a whole process (a panic hook, a log subscriber, a
//! file-size limit): the test runs itself again in a child process of the test binary, which
//! does the work in a folder the parent made, and the parent checks what it left there. One
//! test, run by every `cargo test`, none ignored.

use std::path::{Path, PathBuf};

/// Set in the child process to the folder it works in.
const CHILD_DIR: &str = "PLAZA_KIOSK_TEST_CHILD_DIR";

/// In the child process: the folder to work in. In the parent (the normal test run): none.
#[must_use]
pub fn child_dir() -> Option<PathBuf> {
    std::env::var_os(CHILD_DIR).map(PathBuf::from)
}

/// Runs the test `name` (its full path, `visits::writer::tests::…`) again in a child process
/// working in `dir`, and fails unless it passed there.
pub fn run_in_child(name: &str, dir: &Path) {
    let exe = std::env::current_exe().expect("the test binary");
    let child = std::process::Command::new(exe)
        .args(["--exact", name, "--nocapture"])
        .env(CHILD_DIR, dir)
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&child.stdout);
    assert!(
        child.status.success() && stdout.contains("1 passed"),
        "{name} in its child process:\n{stdout}{}",
        String::from_utf8_lossy(&child.stderr)
    );
}

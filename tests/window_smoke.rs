//! The real binary opens a real window under Xvfb, renders and exits cleanly, with a good pack
//! and with a broken one (which must give a calm screen, not a crash).

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Output, Stdio};

/// A private Xvfb server, stopped when dropped.
struct VirtualDisplay {
    server: Child,
    display: String,
}

impl VirtualDisplay {
    /// Starts Xvfb on a display number it picks itself (`-displayfd`), so parallel tests
    /// never share or kill each other's server.
    fn start() -> Self {
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is needed for this test: run scripts/test.sh, which installs it");
        let stdout = server.stdout.take().expect("Xvfb's stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb reports its display number");
        let number = line.trim();
        assert!(!number.is_empty(), "Xvfb did not start");
        Self {
            server,
            display: format!(":{number}"),
        }
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn run_kiosk(display: &VirtualDisplay, pack: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--windowed", "--exit-after-frames", "5", "--pack", pack])
        .env("DISPLAY", &display.display)
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the kiosk binary runs")
}

#[test]
fn kiosk_opens_a_window_renders_and_exits() {
    let display = VirtualDisplay::start();
    let output = run_kiosk(&display, "tests/fixtures/valid/minimal");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "exit {:?}, stderr:\n{stderr}",
        output.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_broken_pack_gives_a_calm_screen_and_says_why() {
    let display = VirtualDisplay::start();
    let output = run_kiosk(&display, "tests/fixtures/no-such-pack");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "exit {:?}, stderr:\n{stderr}",
        output.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains("tests/fixtures/no-such-pack/pack.ron:1:1: error: no pack folder"),
        "the log says which pack failed and why:\n{stderr}"
    );
}

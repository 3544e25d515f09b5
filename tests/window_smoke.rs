//! The real binary opens a real window under Xvfb, renders and exits cleanly, with a good pack
//! and with a broken one (which must give a calm screen, not a crash).

use std::process::{Command, Output};

mod xvfb;
use xvfb::VirtualDisplay;

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

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

#[test]
fn sigterm_ends_the_kiosk_in_order() {
    let display = VirtualDisplay::start();
    let data = tempfile::tempdir().unwrap();
    let config = data.path().join("kiosk.ron");
    std::fs::write(&config, format!("(data_dir: {:?})", data.path())).unwrap();
    let mut kiosk = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--pack", "tests/fixtures/valid/minimal", "--config"])
        .arg(&config)
        .env("DISPLAY", &display.display)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let pid = kiosk.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        if let Some(status) = kiosk.try_wait().unwrap() {
            break status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the kiosk did not stop on SIGTERM"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(
        status.success(),
        "an orderly exit, not death by signal: {status:?}"
    );
}

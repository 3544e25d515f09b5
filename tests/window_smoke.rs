//! The real binary opens a real window under Xvfb, renders and exits cleanly, with a good pack
//! and with a broken one (which must give a calm screen, not a crash).

use std::process::{Child, Command, Output};

use crate::xvfb;
use xvfb::VirtualDisplay;

/// Sends SIGTERM and waits (at most 10 s) for an orderly exit, not death by the signal.
fn stop_in_order(kiosk: &mut Child) {
    assert!(
        Command::new("kill")
            .args(["-TERM", &kiosk.id().to_string()])
            .status()
            .expect("kill runs")
            .success()
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        if let Some(status) = kiosk.try_wait().expect("the kiosk's status") {
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

/// The kiosk's log at `log` once it says `said` (waiting at most 20 s).
fn log_saying(log: &std::path::Path, said: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains(said) {
            return text;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the kiosk's log never said {said:?}:\n{text}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
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

/// The inodes of the process's sockets that listen: TCP in LISTEN, any bound UDP socket, a
/// Unix socket accepting connections.
fn listening_sockets(pid: u32) -> Vec<String> {
    let inodes: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("the kiosk's open files")
        .filter_map(|entry| std::fs::read_link(entry.ok()?.path()).ok())
        .filter_map(|target| {
            let target = target.to_string_lossy().into_owned();
            Some(
                target
                    .strip_prefix("socket:[")?
                    .strip_suffix(']')?
                    .to_owned(),
            )
        })
        .collect();
    let mut listening = Vec::new();
    for (table, inode_column, listens) in [
        (
            "tcp",
            9,
            (|fields: &[&str]| fields[3] == "0A") as fn(&[&str]) -> bool,
        ),
        ("tcp6", 9, |fields: &[&str]| fields[3] == "0A"),
        ("udp", 9, |_: &[&str]| true),
        ("udp6", 9, |_: &[&str]| true),
        ("unix", 6, |fields: &[&str]| fields[3] == "00010000"),
    ] {
        let text = std::fs::read_to_string(format!("/proc/net/{table}")).unwrap_or_default();
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.len() > inode_column
                && inodes.iter().any(|inode| inode == fields[inode_column])
                && listens(&fields)
            {
                listening.push(format!("{table}: {line}"));
            }
        }
    }
    listening
}

/// Also: no network listener of any kind, and the kiosk's own log (capped, in the data
/// folder) says what happened without the PIN's hash.
#[test]
fn sigterm_ends_the_kiosk_in_order() {
    let display = VirtualDisplay::start();
    let data = tempfile::tempdir().unwrap();
    let config = data.path().join("kiosk.ron");
    let hash = plaza_kiosk::staff::pin::hash("2468").unwrap();
    std::fs::write(
        &config,
        format!("(data_dir: {:?}, staff_pin_hash: {hash:?})", data.path()),
    )
    .unwrap();
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
    // The check sees a listener when there is one: this test's own.
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    assert_eq!(listening_sockets(std::process::id()).len(), 1);
    drop(probe);
    let listening = listening_sockets(kiosk.id());
    assert!(listening.is_empty(), "the kiosk listens: {listening:?}");
    stop_in_order(&mut kiosk);
    let log = std::fs::read_to_string(data.path().join("logs/kiosk.log")).unwrap();
    for said in ["starting", "showing pack minimal", "plaza-kiosk stopped"] {
        assert!(log.contains(said), "the kiosk log says {said:?}:\n{log}");
    }
    assert!(
        log.contains("staff_pin_hash: Some(\"(set, not shown)\")"),
        "{log}"
    );
    assert!(
        !log.contains(&hash) && !log.contains("argon2"),
        "the PIN's hash is never logged:\n{log}"
    );
}

/// A FIFO where the settings file should be once hung the kiosk at start (and so its restart
/// loop): it is refused at once, staff mode stays locked, and SIGTERM still ends it in order.
#[test]
fn a_fifo_for_the_settings_hangs_neither_the_start_nor_the_exit() {
    let display = VirtualDisplay::start();
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("config.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let mut kiosk = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--pack", "tests/fixtures/valid/minimal", "--config"])
        .arg(&fifo)
        .env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .env("DISPLAY", &display.display)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let log = home.path().join(".local/share/plaza-kiosk/logs/kiosk.log");
    log_saying(&log, "showing pack minimal");
    stop_in_order(&mut kiosk);
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(
        log.contains("not a regular file but a FIFO (named pipe)")
            && log.contains("staff mode stays locked"),
        "{log}"
    );
}

/// A pack whose sound panics its decoder, sitting in the content folder (dated for today, or
/// not dated at all), once killed the pack loader and kept the chosen pack off the screen all
/// day: the real kiosk now shows the chosen pack and says why the dated one is not shown.
#[test]
fn a_pack_whose_sound_panics_its_decoder_keeps_nobody_from_the_chosen_pack() {
    #[allow(
        clippy::disallowed_methods,
        reason = "the real kiosk dates packs by the real clock: the test's dates must match"
    )]
    let today = jiff::Zoned::now().date();
    let content = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let hostile = root.join("tests/fixtures/hostile-media/rate-0.wav");
    crate::util::copy_dir(
        &root.join("tests/fixtures/valid/minimal"),
        &content.path().join("chosen"),
    );
    for (name, dated) in [("dated-today", true), ("undated", false)] {
        let pack = content.path().join(name);
        crate::util::copy_dir(&root.join("tests/fixtures/valid/minimal"), &pack);
        std::fs::copy(&hostile, pack.join("audio/hello-ja.ogg")).unwrap();
        let manifest = pack.join("pack.ron");
        let text = std::fs::read_to_string(&manifest).unwrap();
        let text = text.replace(
            "active: DateRange(from: \"2026-04-01\", until: \"2027-03-31\"),",
            &if dated {
                format!(
                    "active: DateRange(from: \"{}\", until: \"{}\"),",
                    today.yesterday().unwrap(),
                    today.tomorrow().unwrap()
                )
            } else {
                String::new()
            },
        );
        std::fs::write(&manifest, text).unwrap();
    }
    // The chosen pack is shown every day of the year.
    let chosen = content.path().join("chosen/pack.ron");
    let text = std::fs::read_to_string(&chosen).unwrap();
    std::fs::write(
        &chosen,
        text.replace(
            "active: DateRange(from: \"2026-04-01\", until: \"2027-03-31\"),",
            "",
        ),
    )
    .unwrap();
    let display = VirtualDisplay::start();
    let data = tempfile::tempdir().unwrap();
    let config = data.path().join("kiosk.ron");
    std::fs::write(
        &config,
        format!(
            "(data_dir: {:?}, content_dir: {:?}, default_pack: \"chosen\")",
            data.path(),
            content.path()
        ),
    )
    .unwrap();
    let mut kiosk = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .args(["--config"])
        .arg(&config)
        .env("DISPLAY", &display.display)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let log = data.path().join("logs/kiosk.log");
    let shown = log_saying(&log, "showing pack minimal");
    assert!(
        shown.contains("/chosen)"),
        "the chosen pack is the one on show:\n{shown}"
    );
    assert!(
        shown.contains("it says a sample rate of 0 Hz"),
        "the log says why the dated pack is not shown:\n{shown}"
    );
    assert!(!shown.contains("panicked"), "{shown}");
    assert!(kiosk.try_wait().unwrap().is_none(), "the kiosk runs on");
    let _ = Command::new("kill")
        .args(["-TERM", &kiosk.id().to_string()])
        .status();
    let _ = kiosk.wait();
}

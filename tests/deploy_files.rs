//! The files in `deploy/` that keep the kiosk on screen unattended: the systemd user unit is one
//! systemd accepts, the bare-X start file brings a killed kiosk back by itself, cage is not
//! allowed VT switching, and the image's lockdown files turn off VT switching, zapping and SysRq.

use crate::xvfb;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_systemd_unit_passes_systemd_analyze_and_restarts_always() {
    let unit = std::fs::read_to_string(Path::new(ROOT).join("deploy/plaza-kiosk.service")).unwrap();
    for line in [
        "Restart=always",
        "RestartSec=1",
        "RestartPreventExitStatus=3",
        "KillSignal=SIGTERM",
    ] {
        assert!(unit.lines().any(|l| l == line), "{line}");
    }
    // The unit as installed, with its %h paths pointing at this build.
    let dir = tempfile::tempdir().unwrap();
    let installed = unit
        .replace(
            "%h/plaza-kiosk/bin/plaza-kiosk",
            env!("CARGO_BIN_EXE_plaza-kiosk"),
        )
        .replace(
            "WorkingDirectory=%h/plaza-kiosk",
            &format!("WorkingDirectory={ROOT}"),
        );
    let path = dir.path().join("plaza-kiosk.service");
    std::fs::write(&path, installed).unwrap();
    let output = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .expect("systemd-analyze (package systemd; scripts/test.sh installs it)");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    assert!(said.trim().is_empty(), "no warnings: {said}");
}

/// The pid of the kiosk the loop `parent` started, if one runs.
fn kiosk_child(parent: u32) -> Option<u32> {
    let output = Command::new("pgrep")
        .args(["-P", &parent.to_string(), "-f", "bin/plaza-kiosk"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .next()?
        .trim()
        .parse()
        .ok()
}

fn wait_for(what: &str, mut found: impl FnMut() -> Option<u32>) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(pid) = found() {
            return pid;
        }
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_xinit_start_file_brings_a_killed_kiosk_back() {
    let display = xvfb::VirtualDisplay::start();
    // Installed as deploy/xinitrc expects: ~/plaza-kiosk/bin, the packs beside it, settings in
    // ~/.config/plaza-kiosk.
    let home = tempfile::tempdir().unwrap();
    let install = home.path().join("plaza-kiosk");
    std::fs::create_dir_all(install.join("bin")).unwrap();
    std::os::unix::fs::symlink(
        env!("CARGO_BIN_EXE_plaza-kiosk"),
        install.join("bin/plaza-kiosk"),
    )
    .unwrap();
    std::os::unix::fs::symlink(Path::new(ROOT).join("content"), install.join("content")).unwrap();
    let settings = home.path().join(".config/plaza-kiosk");
    std::fs::create_dir_all(&settings).unwrap();
    std::fs::write(
        settings.join("config.ron"),
        format!("(data_dir: {:?})", home.path().join("data")),
    )
    .unwrap();

    let mut session = Command::new("sh")
        .arg(Path::new(ROOT).join("deploy/xinitrc"))
        .env("HOME", home.path())
        .env("DISPLAY", &display.display)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let loop_pid = session.id();
    let first = wait_for("the kiosk starts", || kiosk_child(loop_pid));
    Command::new("kill")
        .args(["-KILL", &first.to_string()])
        .status()
        .unwrap();
    let second = wait_for("the kiosk is started again after a crash", || {
        kiosk_child(loop_pid).filter(|&pid| pid != first)
    });
    assert!(
        session.try_wait().unwrap().is_none(),
        "the start file keeps running"
    );
    let _ = session.kill();
    let _ = session.wait();
    let _ = Command::new("kill").arg(second.to_string()).status();
}

#[test]
fn the_cage_script_does_not_allow_vt_switching() {
    let script = std::fs::read_to_string(Path::new(ROOT).join("deploy/cage-kiosk.sh")).unwrap();
    let cage = script
        .lines()
        .find(|line| line.trim_start().starts_with("cage "))
        .expect("the line starting cage");
    assert!(
        !cage.split_whitespace().any(|arg| arg == "-s"),
        "cage's -s allows Ctrl+Alt+Fn to a console: {cage}"
    );
}

#[test]
fn the_image_lockdown_files_say_what_they_turn_off() {
    let xorg =
        std::fs::read_to_string(Path::new(ROOT).join("deploy/xorg.conf.d/10-plaza-kiosk.conf"))
            .unwrap();
    assert!(xorg.contains("Option \"DontVTSwitch\" \"true\""));
    assert!(xorg.contains("Option \"DontZap\" \"true\""));
    let sysctl =
        std::fs::read_to_string(Path::new(ROOT).join("deploy/sysctl.d/90-plaza-kiosk.conf"))
            .unwrap();
    assert!(sysctl.lines().any(|line| line.trim() == "kernel.sysrq = 0"));
}

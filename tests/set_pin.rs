//! `plaza-kiosk set-pin`: the PIN is stored only as a salted Argon2id hash, in a settings file
//! readable by its owner only, keeping the other settings; a wrong or mismatched entry changes
//! nothing; and a process killed between writing and renaming leaves the old settings intact.

use crate::util;

use std::io::Write as _;
use std::os::unix::fs::PermissionsExt as _;
use std::process::{Command, Stdio};

fn set_pin(config: &std::path::Path, input: &str) -> std::process::Output {
    let mut child = util::plaza_kiosk()
        .args(["set-pin", "--config"])
        .arg(config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("set-pin runs");
    // set-pin may refuse before reading (unreadable settings): then the pipe is closed.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes());
    child.wait_with_output().expect("set-pin ends")
}

#[test]
fn a_scripted_pin_is_stored_as_a_hash_in_an_owner_only_file_keeping_the_settings() {
    let dir = util::temp_dir();
    let config = dir.path().join("settings/kiosk.ron");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        "(kiosk_id: \"ichigaya-2\", idle_timeout_secs: 90)\n",
    )
    .unwrap();
    let output = set_pin(&config, "2468\n2468\n");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("$argon2id$"), "{text}");
    assert!(!text.contains("\"2468\""));
    assert!(text.contains("ichigaya-2") && text.contains("idle_timeout_secs: 90"));
    let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let printed = String::from_utf8_lossy(&output.stderr) + String::from_utf8_lossy(&output.stdout);
    assert!(
        !printed.contains("argon2") && !printed.contains("2468"),
        "{printed}"
    );
    // The kiosk reads the file back without complaint.
    let check = util::run([
        "--config",
        config.to_str().unwrap(),
        "validate",
        "content/volunteers",
    ]);
    assert!(!check.stderr.contains("settings"), "{}", check.stderr);
}

#[test]
fn mismatched_or_malformed_pins_and_unreadable_settings_change_nothing() {
    let dir = util::temp_dir();
    let config = dir.path().join("kiosk.ron");
    let original = "(kiosk_id: \"ichigaya-2\")\n";
    std::fs::write(&config, original).unwrap();
    for (input, message) in [
        ("2468\n2469\n", "the two PINs differ"),
        ("12\n12\n", "4 to 8 digits"),
        ("abcd\nabcd\n", "4 to 8 digits"),
        ("", "4 to 8 digits"),
    ] {
        let output = set_pin(&config, input);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(message), "{input:?}: {stderr}");
        assert_eq!(std::fs::read_to_string(&config).unwrap(), original);
    }
    std::fs::write(&config, "(kiosk_id: \"broken\"").unwrap();
    let output = set_pin(&config, "2468\n2468\n");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "(kiosk_id: \"broken\""
    );
}

#[test]
fn killed_between_writing_and_renaming_the_old_settings_stay_intact() {
    let dir = util::temp_dir();
    let config = dir.path().join("kiosk.ron");
    let original = "(kiosk_id: \"ichigaya-2\")\n";
    std::fs::write(&config, original).unwrap();
    // strace kills set-pin with SIGKILL at the very moment it asks for the rename: the new
    // settings are written and synced beside the old ones, the rename never happens.
    let mut child = Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null"])
        .args(["-e", "trace=rename,renameat,renameat2"])
        .args(["-e", "inject=rename,renameat,renameat2:signal=SIGKILL"])
        .arg(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .args(["set-pin", "--config"])
        .arg(&config)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("strace runs (scripts/packages.sh installs it)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"2468\n2468\n")
        .unwrap();
    let status = child.wait().expect("set-pin ends");
    assert_ne!(status.code(), Some(0), "set-pin was killed at its rename");
    let partial = dir.path().join("kiosk.ron.partial");
    assert!(
        std::fs::read_to_string(&partial)
            .unwrap()
            .contains("staff_pin_hash"),
        "the new settings were written before the rename"
    );
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        original,
        "the old settings"
    );
    // The kiosk still starts from them; the half-done file is ignored.
    let check = util::run([
        "--config",
        config.to_str().unwrap(),
        "validate",
        "content/volunteers",
    ]);
    assert_eq!(check.status.code(), Some(0), "{}", check.stderr);
}

#[test]
fn a_fifo_for_the_settings_is_refused_at_once_not_waited_on() {
    let dir = util::temp_dir();
    let config = dir.path().join("config.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&config)
            .status()
            .expect("mkfifo runs")
            .success()
    );
    let output = set_pin(&config, "2468\n2468\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("not a regular file but a FIFO (named pipe)")
            && stderr.contains("nothing was changed"),
        "{stderr}"
    );
}

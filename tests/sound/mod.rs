//! Sound for tests, with no sound card: ALSA's default device pointed at a file (or at a card
//! that does not exist) through a private `HOME` holding an `.asoundrc`, as NOTES describes.
//! ALSA reads that file once per process, so a test that needs it runs itself again as a child
//! process with that `HOME` ([`in_child_with`]).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A `HOME` whose ALSA default device writes raw samples to `out.raw` (through the `null`
/// device, which runs faster than real time).
pub struct FileDevice {
    pub home: tempfile::TempDir,
}

impl FileDevice {
    /// A fresh one.
    pub fn new() -> Self {
        let home = tempfile::tempdir().expect("a temporary HOME");
        let out = home.path().join("out.raw");
        std::fs::write(
            home.path().join(".asoundrc"),
            format!(
                "pcm.!default {{\n  type file\n  slave.pcm \"null\"\n  file \"{}\"\n  format \"raw\"\n}}\n",
                out.display()
            ),
        )
        .expect("the .asoundrc is written");
        Self { home }
    }

    /// Where the device writes.
    pub fn output(&self) -> PathBuf {
        self.home.path().join("out.raw")
    }
}

/// A `HOME` whose ALSA default device is a sound card that is not there.
pub fn missing_device_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("a temporary HOME");
    std::fs::write(
        home.path().join(".asoundrc"),
        "pcm.!default {\n  type hw\n  card 29\n}\nctl.!default {\n  type hw\n  card 29\n}\n",
    )
    .expect("the .asoundrc is written");
    home
}

/// Marks the child process of [`in_child_with`].
const CHILD: &str = "PLAZA_KIOSK_SOUND_CHILD";

/// In the parent: runs the test `name` of this test binary again in a child process with
/// `HOME=home`, asserts that it passed, and returns false. In that child: returns true, and
/// the test body runs.
pub fn in_child_with(name: &str, home: &Path) -> bool {
    if std::env::var_os(CHILD).is_some() {
        return true;
    }
    // The test's full name (`module::name`) is the name libtest gives its thread; run with
    // one test thread, libtest runs it on `main`, and the short name serves as the filter.
    let full_name = std::thread::current()
        .name()
        .filter(|thread| thread.ends_with(name))
        .map(str::to_owned);
    let mut command = Command::new(std::env::current_exe().expect("the test binary"));
    match &full_name {
        Some(full) => command.args(["--exact", full]),
        None => command.arg(name),
    };
    let output = command
        .args(["--nocapture", "--test-threads", "1"])
        .env(CHILD, "1")
        .env("HOME", home)
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{name} failed in its child process:\n{stdout}\n{stderr}"
    );
    false
}

/// A 16-bit mono WAV of `seconds` of a 440 Hz tone at `rate` Hz.
pub fn tone_wav(path: &Path, seconds: u32, rate: u32) {
    let frames = seconds * rate;
    let mut bytes = Vec::with_capacity(44 + 2 * frames as usize);
    let data_len = 2 * frames;
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data_len).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&rate.to_le_bytes());
    bytes.extend_from_slice(&(rate * 2).to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data_len.to_le_bytes());
    for i in 0..frames {
        let phase = 2.0 * std::f64::consts::PI * 440.0 * f64::from(i) / f64::from(rate);
        #[allow(
            clippy::cast_possible_truncation,
            reason = "within i16 by construction"
        )]
        let sample = (phase.sin() * 8000.0) as i16;
        bytes.extend_from_slice(&sample.to_le_bytes());
    }
    std::fs::write(path, bytes).expect("the WAV is written");
}

/// Frames between the first and the last sample that is not silence, in raw interleaved f32
/// output of `channels` channels.
pub fn sounding_frames(raw: &[u8], channels: usize) -> usize {
    let samples: Vec<f32> = raw
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    let loud = |s: &&f32| s.abs() > 1e-4;
    let first = samples.iter().position(|s| loud(&s));
    let last = samples.iter().rposition(|s| loud(&s));
    match (first, last) {
        (Some(first), Some(last)) => (last - first) / channels + 1,
        _ => 0,
    }
}

//! Real sound, no sound card: the kiosk's player plays through rodio, cpal and ALSA into a
//! file (ALSA's `file` device over `null`), and the file holds exactly the samples played;
//! with no usable device the player says so and nothing crashes.

use crate::sound;
use crate::util;

use sound::{FileDevice, missing_device_home, sounding_frames, tone_wav};

/// The `output: 48000 Hz, 2 channels, f32` line `plaza-kiosk play` prints.
fn output_format(stdout: &str) -> (usize, usize, String) {
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("output: "))
        .unwrap_or_else(|| panic!("no output line in {stdout}"));
    let parts: Vec<&str> = line.split(", ").collect();
    let rate = parts[0].trim_end_matches(" Hz").parse().expect("a rate");
    let channels = parts[1]
        .trim_end_matches(" channels")
        .parse()
        .expect("channels");
    (rate, channels, parts[2].to_owned())
}

/// `plaza-kiosk play ARGS` with ALSA's default device on `device`; its standard output.
fn play(device: &FileDevice, args: &[&str]) -> String {
    let output = util::plaza_kiosk()
        .env("HOME", device.home.path())
        .arg("play")
        .args(args)
        .output()
        .expect("plaza-kiosk play runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn a_narration_file_plays_through_the_sound_device_sample_for_sample() {
    let device = FileDevice::new();
    let wav = device.home.path().join("tone.wav");
    tone_wav(&wav, 2, 22_050);
    let stdout = play(
        &device,
        &["--volume", "100", wav.to_str().expect("a UTF-8 path")],
    );
    let (rate, channels, format) = output_format(&stdout);
    assert_eq!(format, "f32", "{stdout}");
    let raw = std::fs::read(device.output()).expect("the device wrote its file");
    let frames = sounding_frames(&raw, channels);
    // 2 s resampled from 22,050 Hz to the device's rate, within 20 ms: the resampler's edges
    // and the sine's zero crossings at both ends.
    let expected = 2 * rate;
    assert!(
        frames.abs_diff(expected) <= rate / 50,
        "{frames} frames of sound, expected {expected} ({stdout})"
    );
}

#[test]
fn shipped_narration_plays_to_its_end() {
    let device = FileDevice::new();
    let file = "content/civil-society/audio/en/ngo-partnership-1.ogg";
    let stdout = play(&device, &[file]);
    let (rate, channels, _) = output_format(&stdout);
    let duration_ms: usize = stdout
        .split(" ms of audio")
        .next()
        .and_then(|s| s.rsplit('(').next())
        .and_then(|s| s.parse().ok())
        .expect("the duration is printed");
    let frames = sounding_frames(&std::fs::read(device.output()).expect("output"), channels);
    let expected = duration_ms * rate / 1000;
    // Speech begins and ends with a little quiet; what sounds lies within the file's length.
    assert!(
        frames <= expected + rate / 50 && frames >= expected * 8 / 10,
        "{frames} frames of sound for {duration_ms} ms at {rate} Hz"
    );
}

#[test]
fn with_no_usable_sound_device_play_says_so_and_fails_cleanly() {
    let home = missing_device_home();
    let device = FileDevice::new();
    let wav = device.home.path().join("tone.wav");
    tone_wav(&wav, 1, 22_050);
    let output = util::plaza_kiosk()
        .env("HOME", home.path())
        .arg("play")
        .arg(&wav)
        .output()
        .expect("plaza-kiosk play runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("sound is unavailable: no sound device"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn every_format_mono_or_stereo_at_any_rate_plays() {
    let device = FileDevice::new();
    for file in [
        "tone-stereo-44100.flac",
        "tone-mono-16000.mp3",
        "tone-stereo-48000.ogg",
        "tone-mono-11025.wav",
    ] {
        let path = util::fixture("audio").join(file);
        let _ = std::fs::remove_file(device.output());
        let stdout = play(&device, &[path.to_str().expect("a UTF-8 path")]);
        let (rate, channels, _) = output_format(&stdout);
        let frames = sounding_frames(&std::fs::read(device.output()).expect("output"), channels);
        // One second, within the MP3 encoder's padding and the resampler's edges.
        assert!(
            frames.abs_diff(rate) <= rate / 10,
            "{file}: {frames} frames of sound at {rate} Hz ({stdout})"
        );
    }
}

//! `plaza-kiosk play FILE`: plays one narration file through the kiosk's own player and the
//! default sound device, waits for the end, and says how long it played and how soon the first
//! sample reached the output. Exit 0 when it played, 1 when sound is unavailable.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::audio::{
    NarrationPlayer, Playback, Track, TrackKey, allowed_max, amplitude, minute_of_day,
};
use crate::config::KioskConfig;
use crate::kiosk::Clock as _;

/// Plays `file` at `volume` percent (default: the configured default, within the maximum).
#[must_use]
pub fn run(file: &Path, volume: Option<u8>, config: &KioskConfig) -> ExitCode {
    let duration = match crate::decoding::check_audio(file) {
        Ok(info) => info.duration,
        Err(e) => {
            eprintln!("plaza-kiosk: {}: {e}", file.display());
            return ExitCode::from(1);
        }
    };
    let player = match NarrationPlayer::start(crate::worker::no_wake()) {
        Ok(player) => player,
        Err(e) => {
            eprintln!("plaza-kiosk: cannot start the audio thread: {e}");
            return ExitCode::from(1);
        }
    };
    let max = allowed_max(
        config.max_volume_percent,
        &config.quiet_hours,
        minute_of_day(crate::kiosk::SystemClock::new().local_now().time()),
    );
    let percent = volume.unwrap_or(config.default_volume_percent).min(max);
    let started = Instant::now();
    player.play(
        Track {
            key: TrackKey {
                exhibit: 0,
                item: 0,
                question: false,
                language: String::new(),
            },
            path: file.to_path_buf(),
            duration: Some(duration),
        },
        amplitude(percent),
    );
    // Long enough for the whole file at real speed, with room for a slow device.
    let deadline = started + duration * 2 + Duration::from_secs(5);
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let status = player.status();
        if let Some(problem) = &status.problem {
            eprintln!("plaza-kiosk: sound is unavailable: {problem}");
            return ExitCode::from(1);
        }
        if status.playback == Playback::Finished {
            // The last samples left the player but may still sit in the device's buffer.
            std::thread::sleep(Duration::from_millis(300));
            let latency = status
                .start_latency
                .map_or_else(|| "unknown".to_owned(), |l| format!("{} ms", l.as_millis()));
            println!(
                "played {} ({} ms of audio) at {percent}% in {} ms; first sound after {latency}",
                file.display(),
                duration.as_millis(),
                started.elapsed().as_millis()
            );
            println!("output: {}", status.output.as_deref().unwrap_or("unknown"));
            return ExitCode::SUCCESS;
        }
        if Instant::now() > deadline {
            eprintln!("plaza-kiosk: the sound device did not finish playing in time");
            return ExitCode::from(1);
        }
    }
}

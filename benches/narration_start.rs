//! Time from a play request to the first sample the sound device takes from the player: the
//! file is opened and its decoder set up on the `audio` thread, the device pulls the first
//! sample (the real moment sound starts). Target: under 100 ms.
//!
//! There is no sound card here: the benchmark runs itself again with a `HOME` whose
//! `.asoundrc` makes ALSA's default device a file over `null` (as the tests do), so rodio,
//! cpal and ALSA all run for real.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use plaza_kiosk::audio::{NarrationPlayer, Track, TrackKey};

const CHILD: &str = "PLAZA_KIOSK_BENCH_CHILD";

fn file_device_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("a temporary HOME");
    std::fs::write(
        home.path().join(".asoundrc"),
        "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  format \"raw\"\n}\n",
    )
    .expect("the .asoundrc is written");
    home
}

fn start_to_first_sample(c: &mut Criterion) {
    let player =
        NarrationPlayer::start(plaza_kiosk::worker::no_wake()).expect("the audio thread starts");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content/civil-society/audio/ja/ngo-partnership-1.ogg");
    let fallback = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid/minimal/audio/hello-ja.ogg");
    let path = if shipped.exists() { shipped } else { fallback };
    let track = Track {
        key: TrackKey {
            exhibit: 0,
            item: 0,
            question: false,
            language: "ja".to_owned(),
        },
        path,
        duration: None,
    };
    // Open the device once, as the kiosk does at its first play.
    player.play(track.clone(), 0.5);
    player.sync();
    let mut group = c.benchmark_group("narration");
    group.sample_size(30);
    group.bench_function("play request to first sample (Ogg Vorbis)", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                player.stop();
                player.sync();
                player.play(track.clone(), 0.5);
                let deadline = Instant::now() + Duration::from_secs(5);
                let latency = loop {
                    if let Some(latency) = player.status().start_latency {
                        break latency;
                    }
                    assert!(Instant::now() < deadline, "no sound within 5 s");
                    std::thread::sleep(Duration::from_micros(200));
                };
                total += latency;
            }
            total
        });
    });
    group.finish();
    player.stop();
}

fn main_or_child() {
    if std::env::var_os(CHILD).is_none() {
        let home = file_device_home();
        let status = std::process::Command::new(std::env::current_exe().expect("the bench"))
            .args(std::env::args_os().skip(1))
            .env(CHILD, "1")
            .env("HOME", home.path())
            .status()
            .expect("the bench runs again");
        std::process::exit(status.code().unwrap_or(1));
    }
}

criterion_group!(benches, start_to_first_sample);

fn main() {
    main_or_child();
    benches();
    Criterion::default().configure_from_args().final_summary();
}

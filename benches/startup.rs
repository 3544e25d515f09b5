//! Whole-process start-up: from exec to the first frame of the loaded default pack, then exit
//! (`--exit-after-frames 1`), in a real window under Xvfb (software rendering).

use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/xvfb/mod.rs"]
#[allow(
    dead_code,
    reason = "the bench uses only the display, not all of the tests' helpers"
)]
mod xvfb;
use xvfb::VirtualDisplay;

fn start_to_first_frame(c: &mut Criterion) {
    let display = VirtualDisplay::start();
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("exec to first frame of the default pack, under Xvfb", |b| {
        b.iter(|| {
            let status = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(["--exit-after-frames", "1"])
                .env("DISPLAY", &display.display)
                .env_remove("WAYLAND_DISPLAY")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("the kiosk runs");
            assert!(status.success());
        });
    });
    group.finish();
}

criterion_group!(benches, start_to_first_frame);
criterion_main!(benches);

//! Whole-process start-up: from exec to the first frame of the loaded default pack, then exit
//! (`--exit-after-frames 1`), in a real window under Xvfb (software rendering).

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};

/// A private Xvfb server on a display number it picks itself.
struct VirtualDisplay {
    server: Child,
    display: String,
}

impl VirtualDisplay {
    fn start() -> Self {
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is needed: scripts/test.sh installs it");
        let mut line = String::new();
        BufReader::new(server.stdout.take().expect("piped"))
            .read_line(&mut line)
            .expect("Xvfb reports its display");
        Self {
            server,
            display: format!(":{}", line.trim()),
        }
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

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

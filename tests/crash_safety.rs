//! Power cuts: a process writing visits through the real log writer is killed with SIGKILL at
//! random moments. Every visit whose start was recorded more than 1 s before the kill is on
//! disk exactly once, and the files stay readable.

use std::collections::HashMap;
use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROUNDS: u64 = 12;

#[test]
fn visits_recorded_a_second_before_a_kill_are_on_disk_exactly_once() {
    let mut seed: u64 = 0x5EED_CAFE;
    let mut checked = 0usize;
    for round in 0..ROUNDS {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let run_for = Duration::from_millis(1_200 + seed % 1_300);
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
            .args([
                "simulate-visits",
                "--visits",
                "1000000",
                "--pause-ms",
                "3",
                "--data-dir",
            ])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started: Arc<Mutex<Vec<(String, Instant)>>> = Arc::default();
        let stdout = child.stdout.take().unwrap();
        let reader = {
            let started = Arc::clone(&started);
            std::thread::Builder::new()
                .name("simulation-reader".to_owned())
                .spawn(move || {
                    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                        if let Some(session) = line.strip_prefix("started ") {
                            started
                                .lock()
                                .unwrap()
                                .push((session.to_owned(), Instant::now()));
                        }
                    }
                })
                .unwrap()
        };
        std::thread::sleep(run_for);
        let killed_at = Instant::now();
        child.kill().unwrap(); // SIGKILL: no chance to flush anything
        child.wait().unwrap();
        reader.join().unwrap();

        let mut on_disk: HashMap<String, usize> = HashMap::new();
        for file in std::fs::read_dir(dir.path().join("visits/simulator")).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            for line in text.lines() {
                let Ok(event) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue; // the one line a kill may tear
                };
                if event["event"] == "visit_start" {
                    *on_disk
                        .entry(event["session"].as_str().unwrap().to_owned())
                        .or_default() += 1;
                }
            }
        }
        let started = started.lock().unwrap();
        let old_enough: Vec<_> = started
            .iter()
            .filter(|(_, at)| *at + Duration::from_secs(1) < killed_at)
            .collect();
        assert!(
            !old_enough.is_empty(),
            "round {round}: the writer ran long enough to test something"
        );
        for (session, _) in &old_enough {
            assert_eq!(
                on_disk.get(session.as_str()),
                Some(&1),
                "round {round}: visit {session} lost or doubled"
            );
        }
        assert!(
            on_disk.values().all(|n| *n == 1),
            "round {round}: no visit is written twice"
        );
        checked += old_enough.len();
    }
    assert!(checked > 100, "only {checked} visits checked");
}

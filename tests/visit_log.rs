//! Visits through the real app become visitor-log events on disk, in the documented format;
//! and a log whose disk fills up mid-line, then has room again, holds every visit once and no
//! damaged line.

use crate::kiosk_harness;
use crate::util;

use std::collections::HashMap;
use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kiosk_harness::kiosk;
use serde_json::Value;

fn events_in(dir: &std::path::Path) -> Vec<Value> {
    let folder = dir.join("visits").join("test-kiosk");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("the kiosk's log folder exists")
        .map(|e| e.expect("a folder entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .expect("a readable log file")
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .map(|line| serde_json::from_str(&line).expect("every line is JSON"))
        .collect()
}

#[test]
fn a_visit_is_written_as_json_lines_from_first_touch_to_finish() {
    let mut k = kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language("English");
    k.tap("The JICA Partnership Program");
    k.tap("Next");
    k.tap("Finish");
    k.tap("Yes, finish");
    let data_dir = k.data_dir.path().to_path_buf();
    let _keep = std::mem::replace(&mut k.data_dir, tempfile::tempdir().unwrap());
    drop(k); // an orderly exit writes everything
    let events = events_in(&data_dir);
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "visit_start",
            "language_change",
            "page_view",
            "page_view",
            "visit_end"
        ]
    );
    let session = &events[0]["session"];
    for event in &events {
        assert_eq!(event["v"], 1);
        assert_eq!(event["kiosk"], "test-kiosk");
        assert_eq!(event["pack"], "civil-society");
        assert_eq!(&event["session"], session, "one session per visit");
        let ts = event["ts"].as_str().unwrap();
        assert!(ts.parse::<jiff::Timestamp>().is_ok(), "RFC 3339: {ts}");
        assert_eq!(
            ts.len(),
            "2026-11-27T10:15:03.120+09:00".len(),
            "milliseconds and offset: {ts}"
        );
    }
    assert_eq!(
        events[0]["lang"], "ja",
        "the visit starts in the default language"
    );
    assert_eq!(events[1]["lang"], "en");
    assert_eq!(
        (&events[2]["exhibit"], &events[2]["page"]),
        (&Value::from("jpp"), &Value::from("what-is-jpp"))
    );
    assert_eq!(events[3]["page"], "fy2020");
    assert_eq!(events[4]["reason"], "finish");
}

#[test]
fn an_idle_visit_ends_with_reason_idle_and_its_active_time() {
    let mut k = kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language("日本語");
    k.advance(Duration::from_secs(80));
    let data_dir = k.data_dir.path().to_path_buf();
    let _keep = std::mem::replace(&mut k.data_dir, tempfile::tempdir().unwrap());
    drop(k);
    let events = events_in(&data_dir);
    let end = events.last().unwrap();
    assert_eq!(end["event"], "visit_end");
    assert_eq!(end["reason"], "idle");
    assert_eq!(end["active_ms"], 60_000, "the idle wait is not active time");
    assert!(end["duration_ms"].as_u64().unwrap() >= 75_000);
}

#[test]
fn a_visit_open_at_shutdown_ends_with_reason_shutdown() {
    let mut k = kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language("English");
    let data_dir = k.data_dir.path().to_path_buf();
    let _keep = std::mem::replace(&mut k.data_dir, tempfile::tempdir().unwrap());
    drop(k);
    let events = events_in(&data_dir);
    assert_eq!(events.last().unwrap()["reason"], "shutdown");
    assert_eq!(
        events
            .iter()
            .filter(|e| e["event"] == "visit_start")
            .count(),
        1
    );
}

/// The total of the log files under `dir` as the size of a disk that fills.
fn log_bytes(dir: &Path) -> u64 {
    let Ok(files) = std::fs::read_dir(dir.join("visits/simulator")) else {
        return 0;
    };
    files
        .filter_map(Result::ok)
        .filter_map(|f| f.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// `plaza-kiosk tally --format json` of `dir`: the figures, and what it said on standard error.
fn tally_json(dir: &Path) -> (serde_json::Value, String) {
    let output = util::run([
        "tally",
        "--format",
        "json",
        dir.to_str().expect("a UTF-8 temporary path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", output.stderr);
    let figures = serde_json::from_str(&output.stdout).expect("the tally's JSON");
    (figures, output.stderr)
}

#[test]
fn a_disk_filling_mid_line_then_freed_keeps_every_visit_once_and_no_damaged_line() {
    use rustix::process::{Pid, Resource, Rlimit, prlimit};
    let dir = util::temp_dir();
    // The real writer in the real binary, its log's "disk" a file-size limit (RLIMIT_FSIZE) set
    // from here while it runs. SIGXFSZ ignored (sh's trap lasts through exec), so a write past
    // the limit fails part-way and then with EFBIG, as one fails with ENOSPC on a full disk.
    let mut child = Command::new("sh")
        .args(["-c", "trap '' XFSZ; exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .args([
            "simulate-visits",
            "--visits",
            "160",
            "--pause-ms",
            "25",
            "--data-dir",
        ])
        .arg(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = Pid::from_child(&child);
    let started: Arc<Mutex<Vec<String>>> = Arc::default();
    let stdout = child.stdout.take().unwrap();
    let reader = {
        let started = Arc::clone(&started);
        std::thread::Builder::new()
            .name("simulation-reader".to_owned())
            .spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if let Some(session) = line.strip_prefix("started ") {
                        started.lock().unwrap().push(session.to_owned());
                    }
                }
            })
            .unwrap()
    };
    let waited = Instant::now();
    while log_bytes(dir.path()) == 0 {
        assert!(waited.elapsed() < Duration::from_secs(20), "nothing logged");
        std::thread::sleep(Duration::from_millis(5));
    }
    // Room for about ten more lines, not a whole number of them.
    let limit = log_bytes(dir.path()) + 1_999;
    let unlimited = prlimit(
        Some(pid),
        Resource::Fsize,
        Rlimit {
            current: Some(limit),
            maximum: None,
        },
    )
    .unwrap();
    // Full: visits go on (the writer queues them), the file stops growing.
    std::thread::sleep(Duration::from_millis(1_500));
    let started_while_full = u64::try_from(started.lock().unwrap().len()).unwrap();
    let full = log_bytes(dir.path());
    assert!(full <= limit, "{full} bytes past the limit of {limit}");
    let (while_full, stderr) = tally_json(dir.path());
    assert_eq!(
        while_full["damaged_lines"], 0,
        "no half line while full: {stderr}"
    );
    let counted_while_full = while_full["rows"].as_array().unwrap().last().unwrap()["visitors"]
        .as_u64()
        .unwrap();
    assert!(
        counted_while_full < started_while_full,
        "visits waited in memory: {counted_while_full} on disk of {started_while_full}"
    );
    // Room again.
    prlimit(Some(pid), Resource::Fsize, unlimited).unwrap();
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();

    let started = started.lock().unwrap();
    assert_eq!(started.len(), 160);
    let mut on_disk: HashMap<String, usize> = HashMap::new();
    for file in std::fs::read_dir(dir.path().join("visits/simulator")).unwrap() {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        assert!(text.ends_with('\n'));
        for line in text.lines() {
            let event: serde_json::Value = serde_json::from_str(line).expect("every line whole");
            if event["event"] == "visit_start" {
                *on_disk
                    .entry(event["session"].as_str().unwrap().to_owned())
                    .or_default() += 1;
            }
        }
    }
    for session in started.iter() {
        assert_eq!(
            on_disk.get(session),
            Some(&1),
            "visit {session} lost or doubled"
        );
    }
    let (after, stderr) = tally_json(dir.path());
    assert_eq!(after["damaged_lines"], 0, "{stderr}");
    assert_eq!(after["duplicates_ignored"], 0);
    assert_eq!(
        after["rows"].as_array().unwrap().last().unwrap()["visitors"],
        160
    );
}

#[test]
fn a_visit_in_easy_japanese_is_logged_and_tallied_as_its_own_language() {
    // Staff made easy Japanese the language visits start in; the visitor keeps it.
    let mut k = kiosk_harness::kiosk_with("content/civil-society", (1920.0, 1080.0), None, |c| {
        c.default_language = Some("ja-x-easy".to_owned());
    });
    k.tap_containing("Touch the screen to begin");
    k.tap("やさしい にほんご");
    k.tap_containing("おわる");
    k.tap_containing("おわりにする");
    let data_dir = k.data_dir.path().to_path_buf();
    let _keep = std::mem::replace(&mut k.data_dir, tempfile::tempdir().unwrap());
    drop(k); // an orderly exit writes everything
    let events = events_in(&data_dir);
    assert!(
        events
            .iter()
            .all(|e| e["lang"].is_null() || e["lang"] == "ja-x-easy"),
        "{events:#?}"
    );
    assert_eq!(events[0]["lang"], "ja-x-easy", "{events:#?}");
    let output = util::run([
        "tally".as_ref(),
        "--by".as_ref(),
        "language".as_ref(),
        data_dir.as_os_str(),
    ]);
    assert!(
        output
            .stdout
            .lines()
            .any(|l| l.split_whitespace().take(2).eq(["ja-x-easy", "1"])),
        "the tally has a row for easy Japanese:\n{}",
        output.stdout
    );
}

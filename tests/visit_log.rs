//! Visits through the real app become visitor-log events on disk, in the documented format.

use crate::kiosk_harness;

use std::time::Duration;

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
    k.tap("English");
    k.tap("The JICA Partnership Program");
    k.tap("Next");
    k.tap("Finish");
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
    k.tap("日本語");
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
    k.tap("English");
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

//! A pack with an active date range: the kiosk switches to it by itself on its first day (never
//! in the middle of a visit), back after its last day, and a pack staff choose meanwhile wins,
//! also after a restart.

use crate::kiosk_harness;
use crate::util;

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::civil::{DateTime, date};
use kiosk_harness::{Kiosk, kiosk_following_dates};
use plaza_kiosk::config::{self, KioskConfig};
use plaza_kiosk::kiosk::ManualClock;

const ATTRACT: &str = "Touch the screen to begin";

/// A content folder with the civil-society pack and a "summer" pack (the volunteers pack's
/// content) active from 20 July to 31 August 2026.
fn content() -> tempfile::TempDir {
    let content = util::temp_dir();
    let root = Path::new(util::CRATE_ROOT);
    util::copy_dir(
        &root.join("content/civil-society"),
        &content.path().join("civil-society"),
    );
    util::copy_dir(
        &root.join("content/volunteers"),
        &content.path().join("summer"),
    );
    let manifest = content.path().join("summer/pack.ron");
    let text = std::fs::read_to_string(&manifest).expect("the manifest");
    let dated = text.replacen(
        "Pack(\n",
        "Pack(\n    active: DateRange(from: \"2026-07-20\", until: \"2026-08-31\"),\n",
        1,
    );
    assert_ne!(dated, text);
    std::fs::write(&manifest, dated).expect("the dated manifest");
    content
}

fn kiosk_on(content: &Path, settings: &Path, at: DateTime) -> Kiosk {
    let from_file = config::load(Some(settings)).config;
    let content_dir = content.to_path_buf();
    kiosk_following_dates(
        ManualClock::starting_at(at),
        Some(settings.to_path_buf()),
        move |config: &mut KioskConfig| {
            config.content_dir = content_dir;
            config.default_pack.clone_from(&from_file.default_pack);
            config.pack_chosen_on.clone_from(&from_file.pack_chosen_on);
        },
    )
}

fn showing(k: &Kiosk) -> PathBuf {
    k.harness.state().pack_dir().to_path_buf()
}

#[test]
fn the_dated_pack_takes_over_between_visits_and_hands_back_after_its_last_day() {
    let content = content();
    let settings = content.path().join("settings.ron");
    let mut k = kiosk_on(
        content.path(),
        &settings,
        date(2026, 7, 19).at(23, 58, 0, 0),
    );
    assert!(showing(&k).ends_with("civil-society"));
    k.advance(Duration::from_secs(61));
    assert!(showing(&k).ends_with("civil-society"), "still 19 July");

    // 23:59:30 a visit begins; at 00:00:15 the date check finds the summer pack.
    k.advance(Duration::from_secs(29));
    k.tap_containing(ATTRACT);
    assert!(k.harness.state().state().in_visit());
    k.advance(Duration::from_secs(45));
    k.wait_until(plaza_kiosk::app::KioskApp::dated_pack_waiting);
    assert!(
        showing(&k).ends_with("civil-society"),
        "the visit in progress keeps its pack"
    );
    assert!(k.harness.state().state().in_visit());

    // The visitor leaves: the idle prompt counts down, the visit ends, the summer pack shows.
    k.advance(Duration::from_secs(31));
    assert!(!k.harness.state().state().in_visit());
    assert!(showing(&k).ends_with("summer"), "{:?}", showing(&k));

    // 1 September: back to the pack chosen before.
    k.advance(Duration::from_hours(24 * 43));
    k.wait_until(|app| app.pack_dir().ends_with("civil-society"));
}

#[test]
fn a_pack_chosen_by_staff_during_the_dates_wins_and_survives_a_restart() {
    let content = content();
    let settings = content.path().join("settings.ron");
    let first_day = date(2026, 7, 20).at(9, 0, 0, 0);
    let mut k = kiosk_on(content.path(), &settings, first_day);
    assert!(
        showing(&k).ends_with("summer"),
        "started on a dated pack's day, the kiosk shows it at once"
    );

    // A concierge switches back to civil-society (no PIN is set: the menu opens at once).
    kiosk_harness::staff::gesture(&mut k);
    assert!(k.harness.state().staff_open());
    k.step_until("the scanned packs", |k| {
        k.shows_containing("この展示に切り替える (civil-society)")
    });
    assert!(
        k.shows("7月20日〜8月31日は自動で表示します"),
        "the menu says when the dated pack shows"
    );
    k.tap("この展示に切り替える (civil-society)");
    assert!(showing(&k).ends_with("civil-society"));
    k.tap("展示にもどる");
    for _ in 0..400 {
        if config::load(Some(&settings))
            .config
            .pack_chosen_on
            .is_some()
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let saved = config::load(Some(&settings)).config;
    assert_eq!(saved.default_pack, "civil-society");
    assert_eq!(saved.pack_chosen_on.as_deref(), Some("2026-07-20"));

    // Minutes later the dates are checked again: the concierge's choice stands.
    k.advance(Duration::from_mins(3));
    k.harness.step();
    assert!(!k.harness.state().dated_pack_waiting());
    assert!(showing(&k).ends_with("civil-society"));
    drop(k);

    // After a restart on 1 August, the choice still stands.
    let k = kiosk_on(content.path(), &settings, date(2026, 8, 1).at(9, 0, 0, 0));
    assert!(showing(&k).ends_with("civil-society"));
}

#[test]
fn a_dated_pack_that_does_not_load_leaves_the_kiosk_on_the_chosen_pack() {
    let content = content();
    // The summer pack's dates are readable, but one of its exhibits is gone.
    let exhibits = content.path().join("summer/exhibits");
    let first = std::fs::read_dir(&exhibits)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .unwrap();
    std::fs::remove_file(first).unwrap();
    let settings = content.path().join("settings.ron");
    let mut k = kiosk_on(content.path(), &settings, date(2026, 7, 25).at(9, 0, 0, 0));
    assert!(
        showing(&k).ends_with("civil-society"),
        "started on the dated pack's day, the kiosk falls back: {:?}",
        showing(&k)
    );
    assert_eq!(
        k.harness.state().state().screen(),
        &plaza_kiosk::kiosk::Screen::Attract,
        "and shows it (not the unavailable screen)"
    );
    // Later checks do not try the broken pack again the same day.
    k.advance(Duration::from_mins(2));
    k.step_until("no dated pack waiting", |k| {
        !k.harness.state().dated_pack_waiting()
    });
    assert!(showing(&k).ends_with("civil-society"));
}

#[test]
fn a_dated_pack_whose_sound_panics_its_decoder_leaves_the_kiosk_on_the_chosen_pack() {
    let content = content();
    // Once a panic in symphonia that killed the pack loader and kept the chosen pack off the
    // screen all day.
    std::fs::copy(
        util::fixture("hostile-media/rate-0.wav"),
        content.path().join("summer/audio/en/standby-1.ogg"),
    )
    .unwrap();
    let settings = content.path().join("settings.ron");
    let mut k = kiosk_on(content.path(), &settings, date(2026, 7, 25).at(9, 0, 0, 0));
    assert!(showing(&k).ends_with("civil-society"), "{:?}", showing(&k));
    assert_eq!(
        k.harness.state().state().screen(),
        &plaza_kiosk::kiosk::Screen::Attract
    );
    k.advance(Duration::from_mins(2));
    k.step_until("no dated pack waiting", |k| {
        !k.harness.state().dated_pack_waiting()
    });
    assert!(showing(&k).ends_with("civil-society"));
    k.tap_containing(ATTRACT);
    assert!(
        k.harness.state().state().in_visit(),
        "visitors use the kiosk"
    );
}

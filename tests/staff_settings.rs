//! Settings changed on the touchscreen in staff mode: saved atomically into the settings file
//! (keeping what else it holds), in effect once saved, and never written over a damaged file.

use crate::kiosk_harness;

use std::os::unix::fs::PermissionsExt as _;
use std::time::Duration;

use kiosk_harness::staff::{PIN, checked, enter, gesture, with_pin};
use kiosk_harness::{kiosk_with, kiosk_with_clock};
use plaza_kiosk::config::{self, KioskConfig};
use plaza_kiosk::kiosk::{Clock as _, IdlePhase, ManualClock};

const IDLE_LESS: &str = "「まだご覧になりますか？」の表示まで：減らす";
const COUNTDOWN_MORE: &str = "「まだご覧になりますか？」のカウントダウン：増やす";
const VOLUME_LESS: &str = "音量の上限：減らす";

fn open_settings(k: &mut kiosk_harness::Kiosk) {
    gesture(k);
    enter(k, PIN);
    checked(k);
    assert!(k.harness.state().staff_open());
    k.tap("設定");
}

#[test]
fn settings_changed_on_the_touchscreen_are_saved_and_take_effect() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    let mut on_file = KioskConfig {
        kiosk_id: "ichigaya-1".to_owned(),
        ..KioskConfig::default()
    };
    with_pin(&mut on_file);
    config::save(&path, &on_file).unwrap();
    let hash = on_file.staff_pin_hash.clone();
    // 10 in the morning on the kiosk's clock: outside the quiet hours set below (12:30–13:00),
    // whatever the time of day the tests run at.
    let morning = ManualClock::starting_at(jiff::civil::date(2026, 11, 27).at(10, 0, 0, 0));
    let mut k = kiosk_with_clock(
        "content/civil-society",
        (1920.0, 1080.0),
        Some(path.clone()),
        morning,
        |c| c.staff_pin_hash.clone_from(&hash),
    );
    open_settings(&mut k);
    for shown in ["60秒", "15秒", "100%", "設定されていません"] {
        assert!(k.shows(shown), "{shown}");
    }
    k.tap(IDLE_LESS);
    k.tap(COUNTDOWN_MORE);
    for _ in 0..3 {
        k.tap(VOLUME_LESS);
    }
    k.tap_language("English");
    k.tap("大きい");
    // With nine language choices the form runs below the panel: drag it up first, on the
    // form above its Save footer (a period just added then scrolls into view by itself).
    k.swipe(egui::pos2(700.0, 760.0), egui::pos2(700.0, 400.0), 12);
    k.tap("静かな時間帯を追加");
    k.harness.step();
    k.tap("静かな時間帯1の開始：増やす");
    k.tap("静かな時間帯1の音量上限：減らす");
    for shown in ["45秒", "20秒", "70%", "12:30", "13:00", "20%"] {
        assert!(k.shows(shown), "{shown}");
    }
    assert!(k.shows("変更はまだ保存されていません"));
    assert_eq!(
        config::load(Some(&path)).config.idle_timeout_secs,
        60,
        "nothing is written before Save"
    );

    k.tap("保存する");
    k.wait_until(|app| !app.staff_open() || app.settings_saved_shown());
    assert!(
        k.shows_containing("保存しました"),
        "staff see that it was saved"
    );
    let saved = config::load(Some(&path));
    assert!(saved.warnings.is_empty(), "{:?}", saved.warnings);
    let saved = saved.config;
    assert_eq!(saved.idle_timeout_secs, 45);
    assert_eq!(saved.idle_countdown_secs, 20);
    assert_eq!(saved.max_volume_percent, 70);
    assert_eq!(saved.default_volume_percent, 70, "kept under the maximum");
    assert_eq!(saved.default_language.as_deref(), Some("en"));
    assert!(saved.large_text_default);
    assert_eq!(saved.quiet_hours.len(), 1);
    assert_eq!(
        (
            saved.quiet_hours[0].from.as_str(),
            saved.quiet_hours[0].until.as_str()
        ),
        ("12:30", "13:00")
    );
    assert_eq!(saved.quiet_hours[0].max_volume_percent, 20);
    assert_eq!(saved.kiosk_id, "ichigaya-1", "the rest of the file is kept");
    assert_eq!(saved.staff_pin_hash, hash, "the PIN's hash is kept");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["config.ron"], "no temporary file is left");

    // In effect: the next visit starts in English with large text, and the prompt comes
    // after 45 s without a touch.
    k.tap("展示にもどる");
    let state = k.harness.state().state();
    assert_eq!(state.language(), "en");
    assert!(state.large_text());
    assert_eq!(k.harness.state().narration().max_volume_percent, 70);
    k.tap_at(egui::pos2(960.0, 540.0));
    assert!(k.harness.state().state().in_visit());
    k.advance(Duration::from_secs(44));
    let now = k.clock.now();
    assert!(matches!(
        k.harness.state().state().idle_phase(now),
        IdlePhase::Active { .. }
    ));
    k.advance(Duration::from_secs(2));
    let now = k.clock.now();
    assert!(matches!(
        k.harness.state().state().idle_phase(now),
        IdlePhase::Prompt { remaining } if remaining > Duration::from_secs(18)
    ));
}

#[test]
fn undo_puts_the_form_back_and_a_damaged_settings_file_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.ron");
    let damaged = "Config(\n    idle_timeout_secs: \"soon\",\n";
    std::fs::write(&path, damaged).unwrap();
    let mut k = kiosk_with(
        "content/civil-society",
        (1920.0, 1080.0),
        Some(path.clone()),
        with_pin,
    );
    open_settings(&mut k);
    k.tap(IDLE_LESS);
    assert!(k.shows("45秒"));
    k.tap("元にもどす");
    assert!(k.shows("60秒"), "undo shows the settings in effect again");
    k.tap(IDLE_LESS);
    k.tap("保存する");
    k.wait_until(plaza_kiosk::app::KioskApp::settings_saved_shown);
    assert!(
        k.shows_containing(&format!(
            "保存できませんでした（設定は変わっていません）：{}:2:",
            path.display()
        )),
        "staff see that nothing was saved, and where the file is damaged"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), damaged);
    k.tap("展示にもどる");
    k.tap_at(egui::pos2(960.0, 540.0));
    k.advance(Duration::from_secs(50));
    let now = k.clock.now();
    assert!(
        matches!(
            k.harness.state().state().idle_phase(now),
            IdlePhase::Active { .. }
        ),
        "the idle timeout is still 60 s"
    );
}

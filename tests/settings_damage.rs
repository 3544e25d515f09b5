//! A damaged settings file through the real app, started as the command line starts it: one
//! mistyped value keeps the staff PIN, the data folder and the kiosk id; a PIN hash that
//! cannot be read keeps staff mode locked (never open); a system clock in another time zone
//! than the plaza's is said in staff mode.

use crate::kiosk_harness;
use crate::util;

use egui_kittest::kittest::Queryable as _;

use std::path::Path;

use kiosk_harness::kiosk_reading_settings;
use kiosk_harness::staff::{PIN, checked, enter, gesture};

/// Japan's offset from UTC, in seconds.
const JST: i32 = 9 * 3600;

fn settings_file(folder: &Path, body: &str) -> std::path::PathBuf {
    let path = folder.join("config.ron");
    std::fs::write(&path, format!("Config(\n{body})\n")).expect("the settings");
    path
}

#[test]
fn a_mistyped_value_keeps_the_pin_the_data_folder_and_the_kiosk_id() {
    let folder = util::temp_dir();
    let data = folder.path().join("plaza-data");
    let hash = plaza_kiosk::staff::pin::hash(PIN).expect("a hash");
    let settings = settings_file(
        folder.path(),
        &format!(
            "  kiosk_id: \"ichigaya-2\",\n  data_dir: \"{}\",\n  idle_timeout_secs: \"60\",\n  \
             staff_pin_hash: Some(\"{hash}\"),\n",
            data.display()
        ),
    );
    let mut k = kiosk_reading_settings("content/civil-society", &settings, JST);
    gesture(&mut k);
    assert!(
        k.harness.state().staff_pin_pad(),
        "the pad asks for the PIN: the hash was kept"
    );
    enter(&mut k, "0000");
    k.step_until("a wrong PIN refused", |k| {
        k.shows_containing("PINが違います")
    });
    enter(&mut k, PIN);
    checked(&mut k);
    assert!(
        k.harness.state().staff_open(),
        "the right PIN opens the menu"
    );
    assert!(
        k.shows_containing("config.ron:4:22: idle_timeout_secs"),
        "staff see what is wrong and where"
    );
    k.tap("展示にもどる");
    k.tap_containing("Touch the screen to begin");
    k.tap_language("English");
    k.tap("Finish");
    k.tap("Yes, finish");
    k.harness.state().flush_visit_log();
    let day_files: Vec<_> = std::fs::read_dir(data.join("visits/ichigaya-2"))
        .expect("the configured folder, under the configured kiosk id")
        .collect();
    assert_eq!(day_files.len(), 1, "one day file: {day_files:?}");
}

#[test]
fn a_pin_hash_that_cannot_be_read_keeps_staff_mode_locked_and_says_how_to_mend_it() {
    let folder = util::temp_dir();
    let settings = settings_file(
        folder.path(),
        &format!(
            "  data_dir: \"{}\",\n  staff_pin_hash: Some(2468),\n",
            folder.path().join("data").display()
        ),
    );
    let mut k = kiosk_reading_settings("content/civil-society", &settings, JST);
    gesture(&mut k);
    assert!(k.harness.state().staff_pin_pad(), "a pad, never the menu");
    assert!(k.shows("スタッフメニューはロックされています"));
    assert!(k.shows_containing("PINが読み取れないため、メニューは開けません"));
    assert!(k.shows_containing("config.ron:3:"), "it says where");
    assert!(
        k.shows_containing("plaza-kiosk set-pin"),
        "and how to mend it"
    );
    assert!(
        k.harness.query_by_label("確定").is_none(),
        "no pad to type on: no PIN opens it"
    );
    k.tap("やめる");
    assert!(!k.harness.state().staff_open(), "back to the exhibition");
}

#[test]
fn a_system_clock_in_another_time_zone_is_said_in_staff_mode() {
    let folder = util::temp_dir();
    let settings = settings_file(
        folder.path(),
        &format!(
            "  data_dir: \"{}\",\n",
            folder.path().join("data").display()
        ),
    );
    let mut k = kiosk_reading_settings("content/civil-society", &settings, 0);
    gesture(&mut k);
    assert!(k.harness.state().staff_open(), "no PIN set: the menu");
    assert!(
        k.shows_containing("このパソコンの時計はUTC+00:00で動いていますが、プラザはUTC+09:00です"),
        "the mismatch is said"
    );
}

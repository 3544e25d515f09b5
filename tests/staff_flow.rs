//! Staff mode through the real app with an injected clock: the hidden gesture, the PIN pad
//! with its lockout, switching packs (a broken one is refused), closing by itself, exit; the
//! counts and the export (refused, writing nothing, before any visit is logged).

use crate::kiosk_harness;
use crate::util;

use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use kiosk_harness::kiosk_with;
use plaza_kiosk::kiosk::Screen;

use kiosk_harness::staff::{PIN, checked, enter, gesture, with_pin};

#[test]
fn the_gesture_then_the_pin_opens_the_menu_and_back_returns_to_the_visit() {
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, with_pin);
    assert_eq!(k.harness.state().state().screen(), &Screen::Attract);
    gesture(&mut k);
    assert!(k.harness.state().staff_pin_pad(), "the PIN pad");
    assert_eq!(
        k.harness.state().state().screen(),
        &Screen::Attract,
        "the corner taps started no visit"
    );
    assert!(!k.harness.state().state().in_visit());
    for digit in PIN.chars() {
        k.tap(&digit.to_string());
    }
    assert!(!k.shows(PIN), "digits are not shown");
    k.tap("確定");
    checked(&mut k);
    assert!(k.harness.state().staff_open());
    assert!(k.shows("スタッフメニュー"));
    assert!(k.shows("展示にもどる"));
    // The log's health comes from the writer's thread, its free space with its first report.
    k.step_until("the free disk space", |k| {
        k.shows_containing("ディスクの空き：")
    });
    assert!(
        k.shows("起動してから、まだ書き込みはありません") || k.shows_containing("最後の書き込み："),
        "the visitor log's last write"
    );
    k.tap("展示にもどる");
    assert!(!k.harness.state().staff_open());
}

#[test]
fn five_wrong_pins_lock_the_pad_for_five_minutes() {
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, with_pin);
    gesture(&mut k);
    five_wrong_pins(&mut k);
    // The pad closes by itself after two quiet minutes; the lock stays.
    k.advance(Duration::from_mins(4));
    gesture(&mut k);
    assert!(k.harness.state().staff_pin_pad());
    assert!(
        k.shows_containing("ロックしています"),
        "still locked after 4 minutes"
    );
    enter(&mut k, PIN);
    k.harness.step();
    assert!(
        k.harness.state().staff_pin_pad(),
        "the right PIN does nothing while locked"
    );
    k.advance(Duration::from_secs(61));
    enter(&mut k, PIN);
    checked(&mut k);
    assert!(k.harness.state().staff_open() && !k.harness.state().staff_pin_pad());
}

/// Five wrong PINs on the open pad, each answered; the pad is then locked.
fn five_wrong_pins(k: &mut kiosk_harness::Kiosk) {
    for attempt in 1..=5 {
        for digit in "1111".chars() {
            k.tap(&digit.to_string());
        }
        k.tap("確定");
        k.wait_until(plaza_kiosk::app::KioskApp::staff_pin_pad);
        // The check runs on its thread; wait for its answer to show.
        k.step_until("the PIN checked", |k| !k.shows("確認しています…"));
        if attempt < 5 {
            assert!(
                k.shows_containing(&format!("あと{}回", 5 - attempt)),
                "attempt {attempt}"
            );
        }
    }
    assert!(k.shows_containing("ロックしています"));
}

#[test]
fn the_lockout_outlasts_a_restart() {
    let data = util::temp_dir();
    let start = || {
        let folder = data.path().to_path_buf();
        kiosk_with(
            "content/civil-society",
            (1920.0, 1080.0),
            None,
            move |config| {
                with_pin(config);
                config.data_dir = folder;
            },
        )
    };
    let mut k = start();
    gesture(&mut k);
    five_wrong_pins(&mut k);
    let kept = data.path().join("staff-pin-lockout.ron");
    k.step_until("the lockout written", |_| {
        std::fs::read_to_string(&kept).is_ok_and(|text| text.contains("locked_until:Some"))
    });
    drop(k);
    // A pulled plug: the kiosk starts again on the same data folder.
    let mut k = start();
    gesture(&mut k);
    assert!(k.harness.state().staff_pin_pad());
    assert!(
        k.shows_containing("ロックしています（あと4:")
            || k.shows_containing("ロックしています（あと5:"),
        "still locked after the restart"
    );
    enter(&mut k, PIN);
    k.harness.step();
    assert!(
        k.harness.state().staff_pin_pad(),
        "the right PIN does nothing while locked"
    );
}

#[test]
fn staff_mode_closes_itself_after_two_minutes() {
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, |_| {});
    gesture(&mut k);
    assert!(
        k.harness.state().staff_open(),
        "no PIN set: the menu at once"
    );
    assert!(k.shows_containing("PINが設定されていません"));
    k.advance(Duration::from_secs(119));
    assert!(k.harness.state().staff_open());
    k.advance(Duration::from_secs(2));
    assert!(!k.harness.state().staff_open());
}

#[test]
fn a_pack_switch_ends_the_visit_shows_the_new_pack_remembers_it_and_refuses_a_broken_one() {
    // A content folder with both shipped packs and a broken copy.
    let content = util::temp_dir();
    util::copy_dir(
        &std::path::Path::new(util::CRATE_ROOT).join("content/civil-society"),
        &content.path().join("civil-society"),
    );
    util::copy_dir(
        &std::path::Path::new(util::CRATE_ROOT).join("content/volunteers"),
        &content.path().join("volunteers"),
    );
    util::copy_dir(
        &util::fixture("valid/minimal"),
        &content.path().join("broken"),
    );
    std::fs::write(content.path().join("broken/pack.ron"), "Pack(").expect("broken");
    let settings = content.path().join("settings.ron");
    let content_dir = content.path().to_path_buf();
    let pack = content.path().join("civil-society");
    let mut k = kiosk_with(
        pack.to_str().expect("UTF-8"),
        (1920.0, 1080.0),
        Some(settings.clone()),
        |config| {
            with_pin(config);
            config.content_dir = content_dir;
        },
    );
    k.tap_containing(plaza_kiosk_touch());
    k.tap_language("English");
    assert!(k.harness.state().state().in_visit());
    gesture(&mut k);
    enter(&mut k, PIN);
    checked(&mut k);
    k.wait_until(|_| true);
    k.step_until("the scanned packs", |k| {
        k.shows_containing("この展示に切り替える (volunteers)")
    });
    assert!(
        k.shows_containing("問題があります"),
        "the broken pack says so"
    );
    assert!(
        !k.shows_containing("この展示に切り替える (broken)"),
        "and offers no switch"
    );
    k.tap("この展示に切り替える (volunteers)");
    assert!(k.shows_containing("「volunteers」に切り替えました"));
    assert!(k.harness.state().pack_dir().ends_with("volunteers"));
    assert!(!k.harness.state().state().in_visit(), "the visit ended");
    // The settings are rewritten on their own thread.
    for _ in 0..400 {
        if std::fs::read_to_string(&settings).is_ok_and(|t| t.contains("default_pack")) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let remembered = std::fs::read_to_string(&settings).expect("the settings were written");
    assert!(
        remembered.contains("default_pack: \"volunteers\""),
        "{remembered}"
    );
    k.tap("展示にもどる");
    k.tap_containing(plaza_kiosk_touch());
    k.tap_language("English");
    assert!(
        k.shows("JICA Volunteers") || k.shows_containing("Volunteer"),
        "the new pack on show"
    );
}

fn plaza_kiosk_touch() -> &'static str {
    "Touch the screen to begin"
}

#[test]
fn counts_show_the_visits_and_export_writes_the_fiscal_year_to_a_usb_drive() {
    let usb_root = util::temp_dir();
    let stick = usb_root.path().join("STICK");
    std::fs::create_dir_all(&stick).expect("a USB stick");
    std::fs::write(stick.join("notes.txt"), "already here").expect("a file on it");
    let root = usb_root.path().to_path_buf();
    let mut k = kiosk_with(
        "content/civil-society",
        (1920.0, 1080.0),
        None,
        move |config| {
            config.removable_media_roots = vec![root];
        },
    );
    // One visit, one exhibit seen, finished, on disk.
    k.tap_containing(plaza_kiosk_touch());
    k.tap_language("English");
    k.tap("The Global Plazas");
    k.tap("Finish");
    k.tap("Yes, finish");
    k.harness.state().flush_visit_log();
    gesture(&mut k);
    k.tap("来場者数");
    k.step_until("the counts", |k| {
        k.shows("今日") && !k.shows("集計しています…")
    });
    assert!(
        k.shows("3つの地球ひろば　1人"),
        "the exhibit by its title, the count with its counter: {:?}",
        k.labels()
    );
    assert!(k.shows("今日") && k.shows("今月"));
    assert_eq!(
        k.harness.query_all_by_label("1人").count(),
        3,
        "today's visitor, in today, this month and this fiscal year"
    );
    k.tap("書き出し");
    let label = format!("ここに書き出す: {}", stick.display());
    // The folders are listed on their own thread.
    k.step_until("the USB stick listed", |k| k.shows(&label));
    assert!(
        k.shows("USBメモリ（STICK）") && k.shows("このキオスクの中"),
        "places in plain words: {:?}",
        k.labels()
    );
    k.tap(&label);
    k.step_until("the export done", |k| k.shows_containing("書き出しました"));
    assert!(
        k.shows_containing("書き出しました：USBメモリ（STICK） · plaza-kiosk_"),
        "where it went, in plain words: {:?}",
        k.labels()
    );
    assert!(
        k.shows_containing("USBメモリを抜いてもだいじょうぶです。"),
        "the stick may come out: {:?}",
        k.labels()
    );
    let exported: Vec<_> = std::fs::read_dir(&stick)
        .expect("the stick")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "csv")
        })
        .collect();
    assert_eq!(exported.len(), 1, "{exported:?}");
    assert!(
        exported[0].starts_with("plaza-kiosk_test-kiosk_FY"),
        "{exported:?}"
    );
    let bytes = std::fs::read(stick.join(&exported[0])).expect("the CSV");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "Excel's BOM");
    assert!(String::from_utf8_lossy(&bytes).contains("total"));
}

#[test]
fn export_before_any_visit_says_there_is_nothing_and_writes_no_file() {
    let usb_root = util::temp_dir();
    let stick = usb_root.path().join("STICK");
    std::fs::create_dir_all(&stick).expect("a USB stick");
    let root = usb_root.path().to_path_buf();
    let mut k = kiosk_with(
        "content/civil-society",
        (1920.0, 1080.0),
        None,
        move |config| {
            config.removable_media_roots = vec![root];
        },
    );
    let visits = k.data_dir.path().join("visits");
    gesture(&mut k);
    k.tap("書き出し");
    let label = format!("ここに書き出す: {}", stick.display());
    k.step_until("the USB stick listed", |k| k.shows(&label));
    k.tap(&label);
    k.step_until("the export refused", |k| {
        k.shows_containing("書き出せませんでした")
    });
    assert!(
        k.shows_containing(&format!("{}: no such folder", visits.display())),
        "the reason names the kiosk's log folder"
    );
    let on_stick: Vec<_> = std::fs::read_dir(&stick)
        .expect("the stick")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert!(on_stick.is_empty(), "no CSV of zeros: {on_stick:?}");
}

#[test]
fn exit_and_restart_ask_once_then_exit_leaves_the_desktop_and_restart_is_started_again() {
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, |_| {});
    gesture(&mut k);
    k.tap("再起動する");
    assert!(k.shows("キオスクを再起動しますか？"), "{:?}", k.labels());
    assert!(
        !k.harness.state().closing(),
        "nothing quits on the first tap"
    );
    k.tap("今すぐ再起動");
    assert!(k.harness.state().closing());
    assert_eq!(
        k.harness.state().exit_status(),
        0,
        "restart: exit 0, started again"
    );
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, |_| {});
    gesture(&mut k);
    k.tap("キオスクを終了する");
    assert!(k.shows("キオスクを終了しますか？"));
    assert!(k.shows_containing("もう一度起動するまで、来場者は使えません"));
    k.tap("やめる");
    assert!(!k.shows("キオスクを終了しますか？") && !k.harness.state().closing());
    assert!(k.shows("展示にもどる"), "the menu as it was");
    k.tap("キオスクを終了する");
    k.tap("終了する");
    assert!(k.harness.state().closing());
    assert_eq!(
        k.harness.state().exit_status(),
        plaza_kiosk::app::EXIT_TO_DESKTOP,
        "exit: status 3, left down"
    );
}

#[test]
fn a_corrupt_settings_file_is_shown_to_staff_and_never_overwritten() {
    let dir = util::temp_dir();
    let settings = dir.path().join("kiosk.ron");
    std::fs::write(&settings, "(kiosk_id: \"broken\"").expect("a corrupt file");
    let mut k = kiosk_with(
        "content/civil-society",
        (1920.0, 1080.0),
        Some(settings.clone()),
        |_| {},
    );
    gesture(&mut k);
    assert!(k.shows_containing("設定ファイルに問題があります"));
    assert!(k.shows_containing("kiosk.ron"), "and which file, where");
    k.step_until("the scanned packs", |k| {
        k.shows_containing("この展示に切り替える (volunteers)")
    });
    k.tap("この展示に切り替える (volunteers)");
    assert_eq!(
        std::fs::read_to_string(&settings).expect("still there"),
        "(kiosk_id: \"broken\"",
        "the staff's file is not replaced by defaults"
    );
}

#[test]
fn a_pack_whose_sound_panics_its_decoder_is_listed_with_why_and_every_other_pack_can_be_chosen() {
    // A WAV whose header gives a sample rate of 0 once panicked the audio decoder while the
    // packs were checked, which killed the `pack-scan` job: no pack could be switched to.
    let content = util::temp_dir();
    util::copy_dir(
        &util::fixture("valid/minimal"),
        &content.path().join("rate-zero"),
    );
    std::fs::copy(
        util::fixture("hostile-media/rate-0.wav"),
        content.path().join("rate-zero/audio/hello-ja.ogg"),
    )
    .expect("the WAV");
    util::copy_dir(
        &std::path::Path::new(util::CRATE_ROOT).join("content/volunteers"),
        &content.path().join("volunteers"),
    );
    let content_dir = content.path().to_path_buf();
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, |config| {
        config.content_dir = content_dir;
    });
    gesture(&mut k);
    assert!(k.harness.state().staff_open(), "no PIN: the menu opens");
    k.step_until("the pack scan's end", |k| !k.shows("確認中…"));
    assert!(
        k.shows_containing("it says a sample rate of 0 Hz"),
        "the bad pack says why"
    );
    k.tap("この展示に切り替える (volunteers)");
    assert!(k.harness.state().pack_dir().ends_with("volunteers"));
}

#[test]
fn staff_read_the_menu_in_the_language_they_choose_and_the_setting_chooses_first() {
    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, |_| {});
    gesture(&mut k);
    assert!(
        k.shows("スタッフメニュー"),
        "the pack's first language by default"
    );
    k.tap("メニューの言語：English");
    assert!(k.shows("Staff menu") && k.shows("Back to the exhibition"));
    k.tap("Back to the exhibition");
    gesture(&mut k);
    assert!(
        k.shows("Staff menu"),
        "the choice stays while the kiosk runs"
    );
    k.tap("Menu language: 日本語");
    assert!(k.shows("スタッフメニュー"));

    let mut k = kiosk_with("content/civil-society", (1920.0, 1080.0), None, |config| {
        config.staff_language = Some("en".to_owned());
    });
    gesture(&mut k);
    assert!(
        k.shows("Staff menu"),
        "staff_language: \"en\": {:?}",
        k.labels()
    );
    assert!(k.shows("Menu language: 日本語"), "and the switch back");
}

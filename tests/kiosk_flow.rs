//! The visitor flow through the real app at 1920×1080, driven by touch and by label.

use crate::kiosk_harness;

use std::time::Duration;

use egui::pos2;
use egui_kittest::kittest::Queryable as _;
use kiosk_harness::{kiosk, kiosk_at};
use plaza_kiosk::kiosk::Screen;

const TOUCH_TO_BEGIN: &str = "Touch the screen to begin";

#[test]
fn a_visit_from_the_attract_loop_through_pages_and_the_image_viewer_back_home() {
    let mut k = kiosk();
    assert_eq!(k.harness.state().state().screen(), &Screen::Attract);
    k.tap_containing(TOUCH_TO_BEGIN);
    assert!(k.shows("ことばを選んでください") || k.shows_containing("Choose your language"));
    k.tap_language("English");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
    assert!(
        k.shows("Partnering with Citizens"),
        "the pack title in English"
    );

    k.tap("The JICA Partnership Program");
    assert!(
        k.shows("The JICA Partnership Program"),
        "the exhibit's title on screen"
    );
    assert_eq!(k.current_page().as_deref(), Some("Go to page 1"));
    assert!(k.shows("Next"));

    // Page 2 by a swipe from right to left over the page.
    k.swipe(pos2(1400.0, 600.0), pos2(700.0, 620.0), 8);
    assert_eq!(k.current_page().as_deref(), Some("Go to page 2"));

    k.tap("Enlarge image");
    assert!(
        k.shows("Pinch to zoom, drag to move, double-tap to reset"),
        "the image viewer"
    );
    assert_eq!(k.current_page(), None, "no page dots over the picture");
    k.tap("Close");
    assert_eq!(k.current_page().as_deref(), Some("Go to page 2"));
    k.tap("Back");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
}

#[test]
fn page_buttons_and_dots_turn_pages_and_a_short_wobble_does_not() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("日本語");
    k.tap("草の根技術協力事業（JPP）");
    assert_eq!(k.current_page().as_deref(), Some("1ページ目へ"));
    k.tap("つぎへ");
    assert_eq!(k.current_page().as_deref(), Some("2ページ目へ"));
    k.tap("3ページ目へ");
    assert_eq!(k.current_page().as_deref(), Some("3ページ目へ"));
    k.tap("まえへ");
    assert_eq!(k.current_page().as_deref(), Some("2ページ目へ"));
    k.swipe(pos2(900.0, 600.0), pos2(930.0, 605.0), 3);
    assert_eq!(
        k.current_page().as_deref(),
        Some("2ページ目へ"),
        "a 30 px wobble is no swipe"
    );
    k.tap("ホーム");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
}

#[test]
fn a_language_switch_changes_every_visible_text() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("日本語");
    k.tap("草の根技術協力事業（JPP）");
    for japanese in [
        "ホーム",
        "もどる",
        "つぎへ",
        "おわる",
        "文字：標準",
        "草の根技術協力事業（JPP）",
    ] {
        assert!(k.shows(japanese), "{japanese} before the switch");
    }
    k.tap_language("English");
    for japanese in [
        "ホーム",
        "もどる",
        "つぎへ",
        "おわる",
        "文字：標準",
        "草の根技術協力事業（JPP）",
    ] {
        assert!(
            !k.shows(japanese),
            "{japanese} is still on screen after switching to English"
        );
    }
    for english in [
        "Home",
        "Back",
        "Next",
        "Finish",
        "Text: standard",
        "The JICA Partnership Program",
    ] {
        assert!(k.shows(english), "{english} after the switch");
    }
    assert_eq!(
        k.current_page().as_deref(),
        Some("Go to page 1"),
        "the page stays"
    );
}

#[test]
fn idle_prompt_counts_down_and_returns_to_the_attract_loop() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("Text: standard");
    assert!(k.harness.state().state().large_text());
    assert!(k.shows("Text: large"), "the toggle says its state");
    k.advance(Duration::from_secs(59));
    assert!(!k.shows("Are you still there?"));
    k.advance(Duration::from_secs(2));
    assert!(k.shows("Are you still there?"));
    assert!(k.shows_containing("Returning to the start in 14 seconds"));
    k.advance(Duration::from_secs(10));
    assert!(k.shows_containing("Returning to the start in 4 seconds"));
    k.advance(Duration::from_secs(5));
    let state = k.harness.state().state();
    assert_eq!(state.screen(), &Screen::Attract);
    assert_eq!(
        state.language(),
        "ja",
        "the next visitor starts in the default language"
    );
    assert!(!state.large_text(), "and with normal text");
    assert!(k.shows_containing(TOUCH_TO_BEGIN));
}

#[test]
fn a_touch_during_the_countdown_keeps_the_visit_and_presses_nothing_beneath() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("The Global Plazas");
    k.advance(Duration::from_secs(65));
    assert!(k.shows("Are you still there?"));
    // Tap where "Home" is, under the prompt's veil: it only dismisses the prompt.
    let home = k.harness.get_by_label("Home").rect().center();
    k.tap_at(home);
    assert!(!k.shows("Are you still there?"));
    assert!(k.shows("The Global Plazas"), "still the same exhibit");
    assert_eq!(k.current_page().as_deref(), Some("Go to page 1"));
    k.advance(Duration::from_secs(30));
    assert!(k.shows("The Global Plazas"), "still the same exhibit");
    assert_eq!(k.current_page().as_deref(), Some("Go to page 1"));
}

#[test]
fn two_fingers_or_a_palm_never_press_a_button() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    let card = k.harness.get_by_label("The Global Plazas").rect().center();
    k.two_finger_touch(card, pos2(card.x + 300.0, card.y + 40.0));
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
    k.tap_at(card);
    assert_eq!(
        k.current_page().as_deref(),
        Some("Go to page 1"),
        "a one-finger tap still works"
    );
    assert!(k.shows("The Global Plazas"));
}

#[test]
fn finish_asks_once_then_thanks_the_visitor_then_the_attract_loop_returns() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("The Global Plazas");
    k.tap("Finish");
    assert!(k.shows("Finish your visit?"), "{:?}", k.labels());
    k.tap("Keep exploring");
    assert!(!k.shows("Finish your visit?"));
    assert!(k.harness.state().state().in_visit());
    assert!(
        k.shows("The Global Plazas"),
        "the visitor is where they were"
    );

    k.tap("Finish");
    k.tap("Yes, finish");
    let state = k.harness.state().state();
    assert_eq!(
        (state.screen(), state.in_visit()),
        (&Screen::Farewell, false)
    );
    assert!(
        k.shows_containing("Thank you for visiting"),
        "{:?}",
        k.labels()
    );
    assert!(
        k.shows_containing("the Global Concierges are happy to tell you more"),
        "the kiosk's own words for a pack without farewell words"
    );
    k.tap_containing("Thank you for visiting");
    assert_eq!(
        k.harness.state().state().screen(),
        &Screen::Farewell,
        "the finishing visitor's next tap does not skip the thanks"
    );
    k.advance(plaza_kiosk::kiosk::FAREWELL_SHOWN);
    assert_eq!(k.harness.state().state().screen(), &Screen::Attract);
    assert!(k.shows_containing(TOUCH_TO_BEGIN));
}

#[test]
fn a_bad_pack_shows_the_unavailable_screen_in_both_languages() {
    let k = kiosk_at("tests/fixtures/no-such-pack", 1920.0, 1080.0);
    assert!(k.shows("ただいま準備中です This exhibit is being prepared"));
}

#[test]
fn every_control_is_big_enough_for_a_finger_the_kiosks_own_88_px_page_dots_too() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("The JICA Partnership Program");
    for label in [
        "Home",
        "Back",
        "Next",
        "Finish",
        "Text: standard",
        "Choose the language: English",
        "Go to page 2",
    ] {
        let rect = k.harness.get_by_label(label).rect();
        assert!(
            rect.height() >= 88.0 && rect.width() >= 88.0,
            "{label} is {rect:?}"
        );
    }
}

#[test]
fn the_image_viewer_zooms_by_pinch_resets_by_double_tap_and_ignores_the_pinch_as_a_tap() {
    use plaza_kiosk::ui::image_viewer::current_transform;
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("The JICA Partnership Program");
    k.tap("Next");
    k.tap("Enlarge image");
    // How far it may zoom depends on the picture's own pixels: wait for it.
    k.wait_until(|app| !app.images_loading());
    let center = pos2(960.0, 540.0);
    k.two_finger_move(
        (pos2(900.0, 540.0), pos2(1020.0, 540.0)),
        (pos2(700.0, 540.0), pos2(1220.0, 540.0)),
        10,
    );
    let zoomed = current_transform(&k.harness.ctx, 1, 1);
    // The chart is 1200×800, smaller than the screen: a pinch zooms it twice, no further.
    assert!(
        (zoomed.zoom - 2.0).abs() < 1e-3,
        "pinching apart zooms in, as far as the picture allows: {zoomed:?}"
    );
    assert!(
        k.shows("Pinch to zoom, drag to move, double-tap to reset"),
        "the pinch pressed nothing: still the picture"
    );
    k.tap_at(center);
    k.tap_at(center);
    assert!(
        (current_transform(&k.harness.ctx, 1, 1).zoom - 1.0).abs() < 1e-6,
        "a double tap resets"
    );
    k.tap("Close");
    assert_eq!(k.current_page().as_deref(), Some("Go to page 2"));
}

#[test]
fn visitors_cannot_close_the_kiosk() {
    use egui::{Event, Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    for key in [Key::Escape, Key::F4] {
        let modifiers = if key == Key::F4 {
            Modifiers::ALT
        } else {
            Modifiers::NONE
        };
        k.harness.event(Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        });
    }
    k.harness.step();
    k.harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    k.harness.step();
    let commands = &k.harness.output().viewport_output[&ViewportId::ROOT].commands;
    assert!(
        commands.contains(&ViewportCommand::CancelClose),
        "the close request is refused: {commands:?}"
    );
    assert!(!commands.contains(&ViewportCommand::Close));
    assert_eq!(
        k.harness.state().state().screen(),
        &Screen::Home,
        "Escape does nothing"
    );
}

#[test]
fn the_thank_you_says_the_packs_own_farewell_in_the_visitors_language() {
    let mut k = kiosk_at("content/volunteers", 1080.0, 1920.0);
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("日本語");
    k.tap_containing("おわる");
    assert!(k.shows_containing("終わりにしますか？"), "{:?}", k.labels());
    k.tap_containing("終わりにする");
    assert!(k.shows_containing("ご来場ありがとうございました"));
    assert!(
        k.shows_containing("JICA海外協力隊について、もっと知りたいことがあれば"),
        "the pack's words, readings left out: {:?}",
        k.labels()
    );
}

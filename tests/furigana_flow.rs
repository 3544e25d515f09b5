//! Furigana for visitors: the ふりがな switch in the top bar on pages and in quizzes, starting
//! as the pack says and back to that for the next visitor; hidden in English; labels for
//! assistive technology without the readings; and やさしい日本語 chosen on the language screen
//! gives every text in it.

use std::time::Duration;

use crate::kiosk_harness::{self, Kiosk};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plaza_kiosk::content::ruby;
use plaza_kiosk::kiosk::Screen;

/// The switch's label for assistive technology, in Japanese and in easy Japanese.
const SWITCH: &str = "ふりがな（漢字の読み方）を表示";
const EASY_SWITCH: &str = "ふりがな（漢字の読み方）を出す";

fn furigana(k: &Kiosk) -> bool {
    k.harness.state().state().furigana()
}

/// Whether the switch shows as on, as assistive technology sees it.
fn switch_on(k: &Kiosk, label: &str) -> bool {
    k.harness.get_by_label(label).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

fn labels(k: &Kiosk) -> Vec<String> {
    k.labels()
}

fn in_japanese() -> Kiosk {
    let mut k = kiosk_harness::kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language("日本語");
    k
}

#[test]
fn the_switch_turns_readings_off_and_on_and_the_page_stays() {
    let mut k = in_japanese();
    k.tap("草の根技術協力事業（JPP）");
    k.tap("つぎへ");
    let page = k.harness.state().state().screen().clone();
    assert!(furigana(&k), "the pack shows furigana from the start");
    assert!(switch_on(&k, SWITCH));
    k.tap(SWITCH);
    assert!(!furigana(&k) && !switch_on(&k, SWITCH));
    assert_eq!(k.harness.state().state().screen(), &page, "the page stays");
    k.tap(SWITCH);
    assert!(furigana(&k) && switch_on(&k, SWITCH));
    assert_eq!(k.harness.state().state().screen(), &page);
}

#[test]
fn labels_carry_the_words_without_their_readings() {
    let mut k = in_japanese();
    k.tap("草の根技術協力事業（JPP）");
    assert!(furigana(&k));
    let shown = labels(&k);
    assert!(
        shown.iter().any(|l| l == "草の根技術協力事業（JPP）"),
        "the title, base text only: {shown:#?}"
    );
    for label in &shown {
        assert!(
            !label.contains('{') && !label.contains('|'),
            "no markup in {label:?}"
        );
        assert!(!label.contains("くさのね"), "no reading in {label:?}");
    }
}

#[test]
fn the_switch_works_in_a_quiz_and_keeps_the_question() {
    let mut k = in_japanese();
    k.tap_containing("クイズに挑戦しよう");
    k.tap_containing("はじめる");
    let before = k
        .harness
        .state()
        .state()
        .quiz()
        .map(plaza_kiosk::kiosk::QuizRun::current);
    assert!(
        matches!(k.harness.state().state().screen(), Screen::Quiz { .. }),
        "a quiz question on screen"
    );
    k.tap(SWITCH);
    assert!(!furigana(&k));
    assert_eq!(
        k.harness
            .state()
            .state()
            .quiz()
            .map(plaza_kiosk::kiosk::QuizRun::current),
        before,
        "the same question"
    );
}

#[test]
fn the_next_visitor_gets_the_packs_choice_again() {
    let mut k = in_japanese();
    k.tap(SWITCH);
    assert!(!furigana(&k));
    k.advance(Duration::from_secs(200));
    assert_eq!(k.harness.state().state().screen(), &Screen::Attract);
    assert!(furigana(&k), "back to the pack's default after the visit");
}

#[test]
fn english_has_no_furigana_switch() {
    let mut k = kiosk_harness::kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language("English");
    assert!(!k.shows("Furigana (readings over the kanji)"));
    assert!(!k.shows(SWITCH));
}

#[test]
fn easy_japanese_chosen_on_the_language_screen_gives_every_text_in_it() {
    let mut k = kiosk_harness::kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap("やさしい にほんご");
    assert_eq!(k.harness.state().state().language(), "ja-x-easy");
    assert!(switch_on(&k, EASY_SWITCH), "with furigana");
    let pack = &k.harness.state().pack().expect("a pack on show").manifest;
    let easy_title = ruby::plain(&pack.title["ja-x-easy"]).into_owned();
    let standard_title = ruby::plain(&pack.title["ja"]).into_owned();
    let shown = labels(&k);
    assert!(shown.contains(&easy_title), "{easy_title} in {shown:#?}");
    assert!(!shown.contains(&standard_title));
    // Every exhibit card in easy Japanese, none in standard Japanese where the two differ.
    let exhibits = k.harness.state().pack().expect("a pack").exhibits.clone();
    for exhibit in &exhibits {
        let easy = ruby::plain(&exhibit.title["ja-x-easy"]).into_owned();
        let standard = ruby::plain(&exhibit.title["ja"]).into_owned();
        assert!(shown.contains(&easy), "{easy}");
        if easy != standard {
            assert!(
                !shown.contains(&standard),
                "{standard} in standard Japanese"
            );
        }
    }
    // The kiosk's own words too: 「おわる」 and the text size in easy Japanese.
    assert!(k.shows("おわる"));
}

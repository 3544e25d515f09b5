//! Quizzes through the real app at 1920×1080, by touch and by label: every question kind
//! answered right and wrong, multiple-choice partial answers, the score and "try again", a
//! language switch and an idle reset in the middle, and the answers in the visitor log.

use crate::kiosk_harness;

use std::time::Duration;

use kiosk_harness::{Kiosk, kiosk};
use plaza_kiosk::kiosk::{QuizPhase, Screen};

const TOUCH_TO_BEGIN: &str = "Touch the screen to begin";
/// The civil-society pack's featured quiz belongs to exhibit 5, "3つの地球ひろば".
const PLAZA_EXHIBIT: usize = 4;

fn quiz_phase(k: &Kiosk) -> Option<(QuizPhase, usize, u32)> {
    k.harness
        .state()
        .state()
        .quiz()
        .map(|q| (q.phase(), q.current(), q.score()))
}

/// A visit in `language`, on the featured quiz's first question.
fn first_question(language: &str) -> Kiosk {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap(language);
    let (invite, start) = if language == "日本語" {
        ("クイズに挑戦しよう: 地球ひろばクイズ", "はじめる")
    } else {
        ("Try a quiz: Global Plaza Quiz", "Start")
    };
    k.tap(invite);
    assert_eq!(
        k.harness.state().state().screen(),
        &Screen::Quiz {
            exhibit: PLAZA_EXHIBIT
        }
    );
    assert!(k.shows(if language == "日本語" {
        "全6問"
    } else {
        "6 questions"
    }));
    k.tap(start);
    assert_eq!(quiz_phase(&k), Some((QuizPhase::Question, 0, 0)));
    k
}

/// The visitor-log events the kiosk wrote, once it has shut down.
fn logged_events(k: Kiosk) -> Vec<serde_json::Value> {
    let Kiosk {
        harness, data_dir, ..
    } = k;
    drop(harness); // An orderly exit: the log is written out.
    let folder = data_dir.path().join("visits").join("test-kiosk");
    let mut events = Vec::new();
    for entry in std::fs::read_dir(folder).expect("the log folder") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a log file");
        events.extend(text.lines().map(|l| serde_json::from_str(l).expect("JSON")));
    }
    events
}

/// The score's review of the answers given in
/// [`every_kind_right_and_wrong_then_the_score_and_try_again`]: every question with the
/// visitor's answer and, where wrong, the right one.
fn check_the_review(k: &Kiosk) {
    assert!(k.shows("ふりかえり"));
    assert!(k.shows("第1問：不正解") && k.shows("第6問：正解"));
    assert!(k.shows("あなたの答え：1か所") && k.shows("正解：3か所"));
    assert!(k.shows("あなたの答え：東京都（市ヶ谷）、愛知県名古屋市"));
    assert!(k.shows("正解：東京都（市ヶ谷）、愛知県名古屋市、北海道札幌市"));
    assert!(
        k.shows("あなたの答え：約220万人") && !k.shows("正解：約220万人"),
        "a right answer is not repeated"
    );
    assert!(
        !k.shows("展示にもどる") && k.shows("ほかの展示を見る"),
        "a quiz opened from home has no exhibit to go back to"
    );
}

#[test]
fn every_kind_right_and_wrong_then_the_score_and_try_again() {
    let mut k = first_question("日本語");
    // Single choice, wrong: the feedback says so in words and marks the right choice.
    k.tap_containing("1か所");
    assert!(k.shows("ざんねん！"));
    assert!(k.shows_containing("3か所 · 正解"));
    assert!(k.shows_containing("1か所 · あなたの答え"));
    assert!(k.shows_containing("地球ひろばのほかにも、JICAの国内の拠点が"));
    k.tap_containing("1か所");
    assert_eq!(
        quiz_phase(&k),
        Some((QuizPhase::Question, 0, 0)),
        "one answer per question"
    );
    k.tap("つぎの問題へ");

    // Multiple choice: "check" waits for a choice; two of the three right places is not right.
    assert!(k.shows("あてはまるものを、すべて選んでください"));
    k.tap("答え合わせをする");
    assert_eq!(
        k.harness
            .state()
            .state()
            .quiz()
            .map(plaza_kiosk::kiosk::QuizRun::answered),
        Some(None)
    );
    k.tap_containing("東京都（市ヶ谷）");
    k.tap_containing("大阪府大阪市");
    k.tap_containing("大阪府大阪市"); // Changed their mind.
    k.tap_containing("愛知県名古屋市");
    k.tap("答え合わせをする");
    assert!(k.shows("おしい！"));
    assert!(k.shows_containing("北海道札幌市 · 正解"));
    assert!(k.shows_containing("東京都（市ヶ谷） · 正解 · あなたの答え"));
    k.tap("つぎの問題へ");

    // True/false: right, then wrong.
    k.tap_containing("まちがい");
    assert!(k.shows("正解！"));
    k.tap("つぎの問題へ");
    k.tap_containing("まちがい");
    assert!(k.shows("ざんねん！"));
    assert_eq!(quiz_phase(&k), Some((QuizPhase::Question, 3, 1)));
    k.tap("つぎの問題へ");

    // Pictures with captions: right.
    k.tap_containing("地図3");
    assert!(k.shows("正解！"));
    k.tap("つぎの問題へ");
    k.tap_containing("約220万人");
    assert!(k.shows("正解！"));
    k.tap("結果を見る");

    assert_eq!(quiz_phase(&k), Some((QuizPhase::Result, 5, 3)));
    assert!(k.shows("3 / 6"));
    assert!(k.shows("6問中3問正解"));
    assert!(
        k.shows_containing("チャレンジしてくれてありがとう！"),
        "half right earns the pack's band from 0, not its \"well done\" from 4"
    );
    check_the_review(&k);

    k.tap("もう一度挑戦する");
    assert_eq!(quiz_phase(&k), Some((QuizPhase::Question, 0, 0)));
    assert!(k.shows("第1問（全6問）"));

    let events = logged_events(k);
    let answers: Vec<(String, bool)> = events
        .iter()
        .filter(|e| e["event"] == "quiz_answer")
        .map(|e| {
            (
                e["question"].as_str().unwrap().to_owned(),
                e["correct"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        answers,
        [
            ("how-many".to_owned(), false),
            ("where".to_owned(), false),
            ("touch".to_owned(), true),
            ("concierges".to_owned(), false),
            ("plaza-map".to_owned(), true),
            ("visitors".to_owned(), true),
        ]
    );
    let completed: Vec<_> = events
        .iter()
        .filter(|e| e["event"] == "quiz_complete")
        .collect();
    assert_eq!(completed.len(), 1);
    assert_eq!(
        (
            &completed[0]["quiz"],
            &completed[0]["score"],
            &completed[0]["max"]
        ),
        (
            &serde_json::json!("plaza-quiz"),
            &serde_json::json!(3),
            &serde_json::json!(6)
        )
    );
}

#[test]
fn a_language_switch_mid_quiz_keeps_the_progress_and_the_choices() {
    let mut k = first_question("日本語");
    k.tap_containing("3か所");
    k.tap("つぎの問題へ");
    k.tap_containing("北海道札幌市");
    k.tap_language("English");
    assert_eq!(quiz_phase(&k), Some((QuizPhase::Question, 1, 1)));
    assert!(k.shows("Question 2 of 6"));
    assert!(k.shows("Choose all that apply"));
    assert_eq!(
        k.harness.state().state().quiz().map(|q| q.chosen().len()),
        Some(1),
        "the choice made in Japanese is still chosen"
    );
    k.tap_containing("Ichigaya, Tokyo");
    k.tap_containing("Nagoya City, Aichi");
    k.tap("Check answer");
    assert!(k.shows("Correct!"));
    assert_eq!(quiz_phase(&k), Some((QuizPhase::Question, 1, 2)));
}

#[test]
fn idle_during_a_quiz_follows_the_normal_flow_and_forgets_the_quiz() {
    let mut k = first_question("English");
    k.tap("3");
    assert!(k.shows("Correct!"));
    k.advance(Duration::from_secs(61));
    assert!(k.shows("Are you still there?"));
    k.advance(Duration::from_secs(15));
    assert_eq!(k.harness.state().state().screen(), &Screen::Attract);
    assert!(k.harness.state().state().quiz().is_none());
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
}

#[test]
fn the_last_page_of_an_exhibit_offers_its_quiz_and_back_returns_there() {
    let mut k = kiosk();
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("The Global Plazas");
    k.tap("Next");
    k.tap("Next");
    let last_page = Screen::Exhibit {
        exhibit: PLAZA_EXHIBIT,
        page: 2,
    };
    assert_eq!(k.harness.state().state().screen(), &last_page);
    k.tap("Take the quiz");
    assert_eq!(quiz_phase(&k), Some((QuizPhase::Intro, 0, 0)));
    k.tap("Back to the exhibit");
    assert_eq!(k.harness.state().state().screen(), &last_page);
    assert!(k.harness.state().state().quiz().is_none());
}

#[test]
fn a_quiz_opened_from_home_goes_back_home() {
    let mut k = first_question("English");
    k.tap("Back");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
    k.tap("Try a quiz: Global Plaza Quiz");
    assert!(k.shows("More exhibits") && !k.shows("Back to the exhibit"));
    k.tap("More exhibits");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
}

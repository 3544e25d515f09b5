//! The layout adapts from 1280×720 to 3840×2160 and to portrait: at every size, every control
//! of the home screen and of an exhibit page is on screen, big enough for a finger, and clear
//! of every other control.

use crate::kiosk_harness;

use egui::Rect;
use egui_kittest::kittest::Queryable as _;
use kiosk_harness::kiosk_at;
use plaza_kiosk::kiosk::Screen;

const SIZES: [(f32, f32); 4] = [
    (1280.0, 720.0),
    (1920.0, 1080.0),
    (3840.0, 2160.0),
    (1080.0, 1920.0),
];

/// The top bar's language button when a pack has more than two languages, in English.
const PICKER: &str = "Choose the language: English";

fn check_controls(k: &kiosk_harness::Kiosk, labels: &[&str], size: (f32, f32)) {
    let rects: Vec<(&str, Rect)> = labels
        .iter()
        .map(|l| (*l, k.harness.get_by_label(l).rect()))
        .collect();
    check_rects(&rects, size);
}

/// Each control on screen, finger-sized, and clear of the others.
fn check_rects(rects: &[(&str, Rect)], size: (f32, f32)) {
    let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
    let min_side = 80.0 * (size.0.min(size.1) / 1080.0).clamp(0.6, 2.0);
    for (label, rect) in rects {
        assert!(
            screen.contains_rect(*rect),
            "{size:?}: {label} at {rect:?} leaves the screen"
        );
        assert!(
            rect.height() >= min_side * 0.99,
            "{size:?}: {label} is only {} high",
            rect.height()
        );
    }
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in rects.iter().skip(i + 1) {
            assert!(
                !ra.shrink(1.0).intersects(rb.shrink(1.0)),
                "{size:?}: {a} {ra:?} overlaps {b} {rb:?}"
            );
        }
    }
}

#[test]
fn controls_fit_and_never_overlap_at_every_screen_size() {
    for size in SIZES {
        let mut k = kiosk_at("content/civil-society", size.0, size.1);
        k.tap_containing("Touch the screen to begin");
        k.tap_language("English");
        check_controls(&k, &["Text: standard", PICKER, "Finish"], size);
        k.tap("The JICA Partnership Program");
        k.tap("Next");
        assert_eq!(
            k.harness.state().state().screen(),
            &Screen::Exhibit {
                exhibit: 1,
                page: 1
            }
        );
        check_controls(
            &k,
            &[
                "Home",
                "Back",
                "Text: standard",
                PICKER,
                "Finish",
                "Previous",
                "Next",
                "Go to page 1",
                "Go to page 3",
            ],
            size,
        );
        k.tap("Text: standard");
        check_controls(
            &k,
            &[
                "Home",
                "Back",
                "Text: large",
                PICKER,
                "Finish",
                "Previous",
                "Next",
            ],
            size,
        );
        // In Japanese the bar also holds the furigana switch.
        k.tap_language("日本語");
        check_controls(
            &k,
            &[
                "ホーム",
                "もどる",
                "文字：大",
                "ふりがな（漢字の読み方）を表示",
                "ことばを選ぶ： 日本語",
                "おわる",
                "まえへ",
                "つぎへ",
            ],
            size,
        );
    }
}

/// Every quiz control whose label contains one of `parts` (choices carry their number too).
fn check_quiz_controls(k: &kiosk_harness::Kiosk, parts: &[&str], size: (f32, f32)) {
    let rects: Vec<(&str, Rect)> = parts
        .iter()
        .map(|part| (*part, k.harness.get_by_label_contains(part).rect()))
        .collect();
    check_rects(&rects, size);
}

#[test]
fn quiz_controls_fit_and_never_overlap_at_every_screen_size() {
    const BAR: [&str; 3] = ["Text: standard", PICKER, "Finish"];
    for size in SIZES {
        let mut k = kiosk_at("content/civil-society", size.0, size.1);
        k.tap_containing("Touch the screen to begin");
        k.tap_language("English");
        k.tap("Try a quiz: Global Plaza Quiz");
        check_quiz_controls(&k, &[&BAR[..], &["Start", "More exhibits"]].concat(), size);
        k.tap("Start");
        // Numbers as answers: no numbered badges beside them, so no "4. 5".
        let choices = ["1", "2", "3", "5"];
        check_controls(&k, &[&BAR[..], &choices].concat(), size);
        k.tap("3");
        let answered = ["1", "2", "3 · Right answer · Your answer", "5"];
        check_controls(
            &k,
            &[&BAR[..], &answered, &["Next question"]].concat(),
            size,
        );
        k.tap("Next question");
        // Parts no explanation repeats.
        let places = [
            "Ichigaya, Tokyo",
            "Nagoya City, Aichi",
            "Sapporo City, Hokkaido",
            "Osaka City",
        ];
        check_quiz_controls(&k, &[&BAR[..], &places, &["Check answer"]].concat(), size);
        k.tap_containing("Sapporo City, Hokkaido");
        k.tap("Check answer");
        check_quiz_controls(&k, &[&BAR[..], &places, &["Next question"]].concat(), size);
        for answer in ["False", "True"] {
            k.tap("Next question");
            check_controls(&k, &[&BAR[..], &["True", "False"]].concat(), size);
            k.tap(answer);
            check_quiz_controls(&k, &[&BAR[..], &["Next question"]].concat(), size);
        }
        k.tap("Next question");
        let maps = ["Map 1 Map", "Map 2 Map", "Map 3 Map"];
        check_quiz_controls(&k, &[&BAR[..], &maps].concat(), size);
        k.tap_containing("Map 3 Map");
        check_quiz_controls(&k, &[&BAR[..], &maps, &["Next question"]].concat(), size);
        k.tap("Next question");
        k.tap_containing("About 2.2 million");
        k.tap("See your score");
        // Opened from home: no exhibit to go back to.
        let result = ["Try again", "More exhibits"];
        check_quiz_controls(&k, &[&BAR[..], &result].concat(), size);
    }
}

#[test]
fn narration_controls_fit_and_never_overlap_at_every_screen_size() {
    for size in SIZES {
        let mut k = kiosk_at("content/civil-society", size.0, size.1);
        k.tap_containing("Touch the screen to begin");
        k.tap_language("English");
        k.tap("Working with NGOs");
        check_controls(
            &k,
            &[
                "Home",
                "Back",
                "Text: standard",
                PICKER,
                "Finish",
                "Listen",
                "From the start",
                "Quieter",
                "Louder",
                "Text",
                "Next",
            ],
            size,
        );
        k.tap("Text: standard");
        check_controls(
            &k,
            &[
                "Listen",
                "From the start",
                "Quieter",
                "Louder",
                "Text",
                "Next",
            ],
            size,
        );
    }
}

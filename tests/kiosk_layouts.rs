//! The layout adapts from 1280×720 to 3840×2160 and to portrait: at every size, every control
//! of the home screen and of an exhibit page is on screen, big enough for a finger, and clear
//! of every other control.

mod kiosk_harness;

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

fn check_controls(k: &kiosk_harness::Kiosk, labels: &[&str], size: (f32, f32)) {
    let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
    let rects: Vec<(&str, Rect)> = labels
        .iter()
        .map(|l| (*l, k.harness.get_by_label(l).rect()))
        .collect();
    let min_side = 80.0 * (size.0.min(size.1) / 1080.0).clamp(0.6, 2.0);
    for (label, rect) in &rects {
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
        k.tap("English");
        check_controls(&k, &["Larger text", "日本語", "English", "Finish"], size);
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
                "Larger text",
                "日本語",
                "English",
                "Finish",
                "Previous",
                "Next",
                "Go to page 1",
                "Go to page 3",
            ],
            size,
        );
        k.tap("Larger text");
        check_controls(
            &k,
            &[
                "Home",
                "Back",
                "Larger text",
                "日本語",
                "English",
                "Finish",
                "Previous",
                "Next",
            ],
            size,
        );
    }
}

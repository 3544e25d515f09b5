//! The languages of Japan's residents: nine buttons on the language screen, each named in
//! itself; every language chosen from the top bar's list changes every visible text of the
//! home screen, and none of them has a character its language's faces lack.

use crate::kiosk_harness::{self, Kiosk};
use egui_kittest::kittest::Queryable as _;
use plaza_kiosk::content::language;
use plaza_kiosk::fonts::FontCoverage;

use crate::util::SHIPPED_LANGUAGES as LANGUAGES;

fn labels(k: &Kiosk) -> Vec<String> {
    k.labels()
}

fn name(code: &str) -> &'static str {
    language::endonym(code).unwrap_or_else(|| panic!("{code} has a name"))
}

/// Whether `label` says something in a language (not only digits, marks and Latin capitals
/// such as "JICA" or "NGO", which every language writes alike).
fn has_words(label: &str) -> bool {
    label
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii_uppercase())
}

/// Labels whose characters `code`'s faces cannot draw.
fn undrawable(code: &str, shown: &[String]) -> Vec<String> {
    let coverage = FontCoverage::for_language(code);
    shown
        .iter()
        .filter(|label| !coverage.missing_in(label).is_empty())
        .cloned()
        .collect()
}

#[test]
fn the_language_screen_names_nine_languages_each_in_itself() {
    let mut k = kiosk_harness::kiosk();
    k.tap_containing("Touch the screen to begin");
    for code in LANGUAGES {
        assert!(
            k.harness.query_by_label(name(code)).is_some(),
            "a button named {}",
            name(code)
        );
    }
    // "Choose your language" once per wording: ja and ja-x-easy share theirs.
    let shown = labels(&k);
    for prompt in [
        "Choose your language",
        "请选择语言",
        "Chọn ngôn ngữ của bạn",
    ] {
        let count = shown
            .iter()
            .filter(|label| label.as_str() == prompt)
            .count();
        assert_eq!(count, 1, "{prompt} in {shown:#?}");
    }
}

#[test]
fn every_language_from_the_list_changes_every_visible_text_and_draws_it() {
    let mut k = kiosk_harness::kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language(name("ja"));
    let japanese = labels(&k);
    for code in LANGUAGES.into_iter().skip(2) {
        k.tap_language(name(code));
        assert_eq!(k.harness.state().state().language(), code);
        let shown = labels(&k);
        let left: Vec<&String> = shown
            .iter()
            .filter(|label| has_words(label) && japanese.contains(label))
            .collect();
        assert!(left.is_empty(), "{code}: Japanese left on home: {left:#?}");
        assert_eq!(undrawable(code, &shown), Vec::<String>::new(), "{code}");
        k.tap_language(name("ja"));
    }
}

/// The glyph atlas's size in the harness (egui keeps every glyph it has drawn there).
fn atlas(k: &Kiosk) -> usize {
    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method's lifetime is not general enough to be passed by name"
    )]
    let [width, height] = k.harness.ctx.fonts(|fonts| fonts.font_image_size());
    width * height
}

#[test]
fn the_glyphs_of_every_language_read_go_when_the_visit_ends() {
    let mut k = kiosk_harness::kiosk();
    k.harness.step();
    let fresh = atlas(&k);
    k.tap_containing("Touch the screen to begin");
    k.tap_language(name("ja"));
    for code in LANGUAGES.into_iter().skip(1) {
        k.tap_language(name(code));
    }
    let grown = atlas(&k);
    assert!(
        grown > fresh,
        "nine languages drawn: {grown} pixels, fresh {fresh}"
    );
    k.tap_language(name("en"));
    k.tap("Finish");
    k.tap("Yes, finish");
    k.advance(plaza_kiosk::kiosk::FAREWELL_SHOWN);
    for _ in 0..3 {
        k.harness.step();
    }
    assert_eq!(
        k.harness.state().state().screen(),
        &plaza_kiosk::kiosk::Screen::Attract
    );
    assert_eq!(atlas(&k), fresh, "the attract loop after the visit");
}

/// The font families of the last frame's texts that contain `c`.
fn families_drawing(k: &Kiosk, c: char) -> Vec<egui::FontFamily> {
    fn visit(shape: &egui::Shape, c: char, found: &mut Vec<egui::FontFamily>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| visit(s, c, found)),
            egui::Shape::Text(text) => {
                let job = &text.galley.job;
                for section in &job.sections {
                    let words = &job.text[section.byte_range.start.0..section.byte_range.end.0];
                    if words.contains(c) {
                        found.push(section.format.font_id.family.clone());
                    }
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for clipped in &k.harness.output().shapes {
        visit(&clipped.shape, c, &mut found);
    }
    found
}

#[test]
fn a_pack_font_draws_the_characters_the_shipped_faces_lack() {
    // 髙 is in no shipped face: egui_kittest would panic on laying it out without the pack's
    // font, and the fallback could not find it either.
    let mut k = kiosk_harness::kiosk_at("tests/fixtures/valid/pack-font", 1920.0, 1080.0);
    k.tap_containing("Touch to start");
    k.tap_language("日本語");
    assert!(k.shows_containing("髙橋さんの展示"));
    let families = families_drawing(&k, '髙');
    assert!(!families.is_empty(), "the title is drawn");
    assert!(
        families.iter().all(
            |f| *f == plaza_kiosk::ui::theme::pack_font_family("ja", true)
                || *f == plaza_kiosk::ui::theme::pack_font_family("ja", false)
        ),
        "{families:?}"
    );
    // English keeps the kiosk's own faces.
    k.tap_language("English");
    assert!(k.shows_containing("Ms Takahashi’s exhibit"));
}

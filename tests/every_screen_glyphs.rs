//! Every screen of both shipped packs in each of their nine languages, checked glyph by glyph
//! as egui laid it out: every character of every text drawn in a frame (the packs' texts, the
//! kiosk's own words, the language names, numbers as formatted) is in one of its font
//! family's own faces. The shipped fallback would draw a character the family lacks from
//! another face (Chinese from the Japanese face, with Japanese glyph forms), and egui_kittest
//! panics only when no face at all has it: this checks what visitors should see.
//!
//! The walk, by touch: the attract loop, the language screen, home, every page of every
//! exhibit (with its transcript and enlarged picture where it has them), each quiz's intro,
//! every question, its feedback and the score, and the idle prompt.

use crate::kiosk_harness::{Kiosk, kiosk_at};
use crate::util::SHIPPED_LANGUAGES;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui::{Shape, pos2};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plaza_kiosk::app::faces_of_family;
use plaza_kiosk::content::model::QuestionKind;
use plaza_kiosk::content::{Pack, language, ruby};
use plaza_kiosk::ui::texts::UiTexts;

/// Characters no face needs a glyph for: spaces, breaks and joiners egui lays out as nothing.
fn drawn(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}'
        ))
}

/// What the walk shows: the kiosk, where it is, and whether an overlay (a transcript, the
/// picture viewer) lies over the screen.
pub(crate) type Check<'a> = dyn FnMut(&Kiosk, &str, bool) + 'a;

/// Every character of the last frame's texts that its family's own faces lack, as
/// "place: 'c' in "text" (family)".
fn check_frame(k: &Kiosk, place: &str, failures: &mut BTreeSet<String>) {
    fn visit(shape: &Shape, place: &str, failures: &mut BTreeSet<String>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| visit(s, place, failures)),
            Shape::Text(text) => {
                let job = &text.galley.job;
                for section in &job.sections {
                    let words = &job.text[section.byte_range.start.0..section.byte_range.end.0];
                    let family = &section.format.font_id.family;
                    let faces = faces_of_family(family);
                    for c in words.chars().filter(|c| drawn(*c)) {
                        let covered = faces
                            .as_ref()
                            .is_some_and(|faces| faces.iter().any(|face| face.covers(c)));
                        if !covered {
                            failures.insert(format!("{place}: {c:?} in {words:?} ({family:?})"));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for clipped in &k.harness.output().shapes {
        visit(&clipped.shape, place, failures);
    }
}

pub(crate) fn shipped(pack_dir: &str) -> Pack {
    plaza_kiosk::content::load_pack(&Path::new(crate::util::CRATE_ROOT).join(pack_dir))
        .pack
        .expect("the shipped pack loads")
}

/// The visitor's words for `key` as the controls are labelled (base text, no readings).
fn words(language: &str, key: &str) -> String {
    ruby::plain(&UiTexts::shipped().get(language, key)).into_owned()
}

/// The button labelled `part`, or else the first whose label contains it, if one is on
/// screen ("文字" is the transcript's button in Chinese and part of "放大文字").
fn button_containing(k: &Kiosk, part: &str) -> Option<egui::Pos2> {
    let size = k.harness.ctx.content_rect().size();
    let buttons = || {
        k.harness
            .query_all_by_label_contains(part)
            .filter(|node| node.accesskit_node().role() == Role::Button)
    };
    buttons()
        .find(|node| node.accesskit_node().label().as_deref() == Some(part))
        .or_else(|| buttons().next())
        // A card half below the fold is tapped on its visible half.
        .map(|node| {
            let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            node.rect().intersect(screen).center()
        })
}

/// Taps the first button whose label contains `part`; says where it was missing.
fn press(k: &mut Kiosk, part: &str, place: &str) {
    let at = button_containing(k, part)
        .unwrap_or_else(|| panic!("{place}: no button says {part:?}: {:#?}", k.labels()));
    k.tap_at(at);
}

/// Opens an overlay by the button saying `key`'s words, checks it and closes it again.
fn open_and_close(k: &mut Kiosk, language: &str, key: &str, place: &str, check: &mut Check<'_>) {
    let label = words(language, key);
    let shown = k
        .harness
        .query_all_by_label(&label)
        .any(|node| node.accesskit_node().role() == Role::Button);
    if shown {
        let at = k.harness.get_by_label(&label).rect().center();
        k.tap_at(at);
        k.wait_until(|app| !app.images_loading());
        check(k, &format!("{place}, {key}"), true);
        press(k, &words(language, "close"), &format!("{place}, {key}"));
    }
}

/// Walks every screen of `pack_dir` in `language` on a screen of `size`, checking each.
pub(crate) fn walk(
    pack_dir: &str,
    pack: &Pack,
    language: &str,
    size: (f32, f32),
    check: &mut Check<'_>,
) {
    let mut k = kiosk_at(pack_dir, size.0, size.1);
    let at = |what: &str| format!("{pack_dir} in {language} at {size:?}, {what}");
    check(&k, &at("attract loop"), false);
    k.tap_at(pos2(size.0 / 2.0, size.1 / 2.0));
    check(&k, &at("language screen"), false);
    let name = language::endonym(language).expect("a shipped language has a name");
    k.tap(name);
    k.wait_until(|app| !app.images_loading());
    check(&k, &at("home"), false);

    for exhibit in &pack.exhibits {
        let title = ruby::plain(&exhibit.title[language]).into_owned();
        press(&mut k, &title, &at("home"));
        for number in 1..=exhibit.pages.len() {
            k.wait_until(|app| !app.images_loading());
            let place = at(&format!("{}, page {number}", exhibit.id));
            check(&k, &place, false);
            open_and_close(&mut k, language, "narration-transcript", &place, check);
            open_and_close(&mut k, language, "enlarge-image", &place, check);
            if number < exhibit.pages.len() {
                press(&mut k, &words(language, "next"), &place);
            }
        }
        if let Some(quiz) = &exhibit.quiz {
            let place = at(&format!("{} quiz", exhibit.id));
            press(&mut k, &words(language, "quiz-take"), &place);
            check(&k, &format!("{place} intro"), false);
            press(&mut k, &words(language, "quiz-start"), &place);
            for (index, question) in quiz.questions.iter().enumerate() {
                let place = format!("{place}, question {}", index + 1);
                k.wait_until(|app| !app.images_loading());
                check(&k, &place, false);
                let first = match &question.kind {
                    QuestionKind::SingleChoice { choices, .. }
                    | QuestionKind::MultipleChoice { choices, .. } => {
                        ruby::plain(&choices[0][language]).into_owned()
                    }
                    QuestionKind::TrueFalse { .. } => words(language, "quiz-true"),
                    QuestionKind::ImageChoice { choices, .. } => {
                        let text = choices[0].caption.as_ref().unwrap_or(&choices[0].alt);
                        ruby::plain(&text[language]).into_owned()
                    }
                };
                press(&mut k, &first, &place);
                if matches!(question.kind, QuestionKind::MultipleChoice { .. }) {
                    press(&mut k, &words(language, "quiz-check"), &place);
                }
                check(&k, &format!("{place}, answered"), false);
                let next = if index + 1 < quiz.questions.len() {
                    "quiz-next"
                } else {
                    "quiz-see-result"
                };
                press(&mut k, &words(language, next), &place);
            }
            check(&k, &format!("{place}, score"), false);
        }
        press(&mut k, &words(language, "home"), &at(&exhibit.id));
    }

    k.advance(Duration::from_secs(61));
    check(&k, &at("idle prompt over home"), true);
}

fn every_screen_in_every_language(pack_dir: &str) {
    let pack = shipped(pack_dir);
    assert_eq!(pack.manifest.languages, SHIPPED_LANGUAGES);
    let mut failures = BTreeSet::new();
    for language in SHIPPED_LANGUAGES {
        walk(
            pack_dir,
            &pack,
            language,
            (1920.0, 1080.0),
            &mut |k, place, _| {
                check_frame(k, place, &mut failures);
            },
        );
    }
    assert!(
        failures.is_empty(),
        "characters drawn from a face not their own:\n{}",
        failures.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_screen_of_civil_society_in_every_language_draws_each_character_in_its_own_face() {
    every_screen_in_every_language("content/civil-society");
}

#[test]
fn every_screen_of_volunteers_in_every_language_draws_each_character_in_its_own_face() {
    every_screen_in_every_language("content/volunteers");
}

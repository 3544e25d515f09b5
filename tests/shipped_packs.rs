//! The packs that ship in content/ are complete, clean and drawn from the seed's figures.

use std::path::Path;
use std::process::Command;

use plaza_kiosk::content::model::QuestionKind;
use plaza_kiosk::content::{Pack, load_pack};

fn shipped(name: &str) -> Pack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(name);
    let report = load_pack(&dir);
    // Filipino has no offline voice here (scripts/narration/README.md): its tracks are the
    // one thing validate may miss.
    let problems: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| !d.message.starts_with("narration has no \"fil\" track"))
        .collect();
    assert!(problems.is_empty(), "{name}: {problems:#?}");
    report.pack.expect("a pack with no errors is handed out")
}

#[test]
fn validate_passes_on_every_shipped_pack_with_the_summary_lines() {
    let output = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("validate")
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    // Every warning is a Filipino narration that cannot be made here (no offline voice).
    let fil =
        "warning: narration has no \"fil\" track; visitors reading in \"fil\" hear nothing here";
    let mut others = String::new();
    for line in stdout.lines().filter(|line| !line.ends_with(fil)) {
        others.push_str(line);
        others.push('\n');
    }
    assert_eq!(
        others,
        "pack civil-society: 0 errors, 7 warnings; 7 exhibits, 22 pages, 2 quizzes, 12 questions, 56 narrations; languages ja,ja-x-easy,en,zh-Hans,vi,ko,fil,ne,pt-BR\n\
         pack volunteers: 0 errors, 6 warnings; 6 exhibits, 18 pages, 2 quizzes, 12 questions, 48 narrations; languages ja,ja-x-easy,en,zh-Hans,vi,ko,fil,ne,pt-BR\n"
    );
}

#[test]
fn the_packs_together_are_as_large_as_promised_and_use_every_question_kind() {
    let packs = [shipped("civil-society"), shipped("volunteers")];
    let exhibits: Vec<_> = packs.iter().flat_map(|p| &p.exhibits).collect();
    let pages: usize = exhibits.iter().map(|e| e.pages.len()).sum();
    let quizzes: Vec<_> = exhibits.iter().filter_map(|e| e.quiz.as_ref()).collect();
    let questions: Vec<_> = quizzes.iter().flat_map(|q| &q.questions).collect();
    assert!(exhibits.len() >= 8, "{} exhibits", exhibits.len());
    assert!(pages >= 30, "{pages} pages");
    assert!(quizzes.len() >= 4, "{} quizzes", quizzes.len());
    assert!(questions.len() >= 20, "{} questions", questions.len());
    for pack in &packs {
        assert_eq!(
            pack.manifest.languages,
            crate::util::SHIPPED_LANGUAGES,
            "Japanese first, then easy Japanese, English and the languages of Japan's residents"
        );
        assert!(
            pack.manifest
                .furigana
                .is_some_and(|f| f.shown && f.every_kanji),
            "furigana on every kanji, shown from the start"
        );
        for quiz in pack.exhibits.iter().filter_map(|e| e.quiz.as_ref()) {
            let has =
                |wanted: fn(&QuestionKind) -> bool| quiz.questions.iter().any(|q| wanted(&q.kind));
            assert!(
                has(|k| matches!(k, QuestionKind::SingleChoice { .. })),
                "{}",
                quiz.id
            );
            assert!(
                has(|k| matches!(k, QuestionKind::MultipleChoice { .. })),
                "{}",
                quiz.id
            );
            assert!(
                has(|k| matches!(k, QuestionKind::TrueFalse { .. })),
                "{}",
                quiz.id
            );
            assert!(
                has(|k| matches!(k, QuestionKind::ImageChoice { .. })),
                "{}",
                quiz.id
            );
        }
    }
}

#[test]
fn every_key_figure_of_the_seed_is_shown_as_a_key_figure() {
    let packs = [shipped("civil-society"), shipped("volunteers")];
    let figures: Vec<u64> = packs
        .iter()
        .flat_map(|p| &p.exhibits)
        .flat_map(|e| &e.pages)
        .flat_map(|page| &page.figures)
        .map(|f| f.value)
        .collect();
    // JPP projects, Donation Fund projects, Japan Desk countries, volunteers since 1965,
    // Ichigaya visitors, volunteers sent by March 2021 and their countries, the three plazas.
    for seed_figure in [49, 10, 20, 54_863, 2_198_454, 76, 14, 3, 54_000] {
        assert!(
            figures.contains(&seed_figure),
            "{seed_figure} is not a key figure: {figures:?}"
        );
    }
}

#[test]
fn the_first_page_of_every_exhibit_is_narrated_in_every_language_with_captions() {
    for name in ["civil-society", "volunteers"] {
        let pack = shipped(name);
        for exhibit in &pack.exhibits {
            let first = &exhibit.pages[0];
            // Every language but Filipino, which has no offline voice here.
            for language in crate::util::SHIPPED_LANGUAGES
                .into_iter()
                .filter(|language| *language != "fil")
            {
                let track = first
                    .narration
                    .get(language)
                    .unwrap_or_else(|| panic!("{name}/{}: no {language} narration", exhibit.id));
                assert!(!track.transcript.is_empty() && !track.captions.is_empty());
                let duration = pack.audio_durations[&track.audio];
                let last = track.captions.last().expect("captions").end_ms;
                assert!(
                    u128::from(last) <= duration.as_millis(),
                    "{name}/{}: captions end within the audio",
                    exhibit.id
                );
                let spoken: String = track.captions.iter().map(|c| c.text.as_str()).collect();
                assert_eq!(
                    spoken.replace(' ', ""),
                    track.transcript.replace(' ', ""),
                    "{name}/{}: the captions say the whole transcript",
                    exhibit.id
                );
            }
        }
    }
}

#[test]
fn a_pack_to_show_takes_each_narration_length_from_its_header_and_it_is_the_decoded_one() {
    // The kiosk's loader only starts each sound (start-up would otherwise wait for every
    // narration to decode); validate decodes them to the end. The lengths must agree.
    for name in ["civil-society", "volunteers"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .join(name);
        let decoded = shipped(name).audio_durations;
        let report = plaza_kiosk::content::load_pack_to_show(&dir);
        assert_eq!(report.error_count(), 0, "{name}");
        let from_headers = report.pack.expect("the pack loads").audio_durations;
        assert_eq!(from_headers.len(), decoded.len(), "{name}");
        for (file, length) in &decoded {
            let header = from_headers[file];
            assert!(
                header.abs_diff(*length) <= std::time::Duration::from_millis(100),
                "{name}: {file}: {header:?} from the header, {length:?} decoded"
            );
        }
    }
}

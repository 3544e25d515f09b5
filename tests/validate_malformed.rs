//! `plaza-kiosk validate` on broken packs, through the real binary.
//!
//! Each fixture in `tests/fixtures/malformed/` is the minimal valid pack with exactly one defect
//! a content author could make (see that folder's README). For each, the test pins the complete
//! output: the line and column that point at the defect, a message that says what to fix, the
//! summary line scripts read, and exit code 1 so a broken pack can never go on a kiosk
//! unnoticed. Nothing may panic, whatever the pack holds.

use crate::util;

use std::io::Write as _;
use std::path::Path;

/// The summary of the minimal pack when its only problem is one error that does not stop any
/// file from being read.
const MINIMAL_WITH_ONE_ERROR: &str = "pack minimal: 1 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en";

/// Validates the pack folder `pack` (as written on the command line) and checks that it prints
/// exactly `diagnostics` (each written relative to the pack folder) followed by `summary`, and
/// ends with `exit_code`. Shared with `validate_ruby`.
pub(crate) fn assert_validated(pack: &str, diagnostics: &[&str], summary: &str, exit_code: i32) {
    let output = util::run(["validate", pack]);
    let mut expected = String::new();
    for line in diagnostics {
        expected += &format!("{pack}/{line}\n");
    }
    expected += &format!("{summary}\n");
    assert_eq!(output.stdout, expected, "stdout of validate {pack}");
    assert!(
        !output.stderr.contains("panicked"),
        "validate {pack} panicked:\n{}",
        output.stderr
    );
    assert_eq!(
        output.status.code(),
        Some(exit_code),
        "exit code of validate {pack}"
    );
}

/// Validates `tests/fixtures/malformed/<fixture>` and checks that it is refused with exactly
/// `diagnostics` (each written relative to the pack folder) followed by `summary`.
fn assert_refused(fixture: &str, diagnostics: &[&str], summary: &str) {
    assert_validated(
        &format!("tests/fixtures/malformed/{fixture}"),
        diagnostics,
        summary,
        1,
    );
}

#[test]
fn empty_pack_ron() {
    assert_refused(
        "empty-pack-ron",
        &["pack.ron:1:1: error: the file is empty"],
        "pack empty-pack-ron: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -",
    );
}

#[test]
fn truncated_pack_ron() {
    // The copy stopped half-way through `images: ["images/cover.png"]`.
    assert_refused(
        "truncated-pack-ron",
        &["pack.ron:9:18: error: the text in quotes that starts here is never closed with a \""],
        "pack truncated-pack-ron: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -",
    );
}

#[test]
fn syntax_error() {
    // `id: "minimal"` lost its comma; RON notices at the next field.
    assert_refused(
        "syntax-error",
        &[
            "pack.ron:4:5: error: a comma is missing before this: separate fields and list items with \",\"",
        ],
        "pack syntax-error: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -",
    );
}

#[test]
fn deeply_nested() {
    // `exhibits: [[[[…200 deep…"first"]]]]`: refused at the second bracket, without a stack
    // overflow.
    assert_refused(
        "deeply-nested",
        &["pack.ron:11:16: error: expected text in double quotes here"],
        "pack deeply-nested: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -",
    );
}

#[test]
fn missing_pack_ron() {
    assert_refused(
        "missing-pack-ron",
        &["pack.ron:1:1: error: pack.ron is missing: every pack folder needs one"],
        "pack missing-pack-ron: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -",
    );
}

// ---- exhibit files that cannot be read ------------------------------------------------------

/// The summary when `exhibits/first.ron` could not be read: nothing counted from it.
const MINIMAL_WITHOUT_ITS_EXHIBIT: &str = "pack minimal: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages ja,en";

#[test]
fn invalid_utf8() {
    // The title "The café exhibit" saved as Latin-1: the é is the byte 0xE9.
    assert_refused(
        "invalid-utf8",
        &[
            "exhibits/first.ron:3:42: error: the file is not valid UTF-8 (bad byte at offset 77); save it as UTF-8",
        ],
        MINIMAL_WITHOUT_ITS_EXHIBIT,
    );
}

#[test]
fn wrong_type() {
    // A key figure's `value: "many"`.
    assert_refused(
        "wrong-type",
        &[
            "exhibits/first.ron:27:28: error: expected a whole number here, written with digits only and no quotes",
        ],
        MINIMAL_WITHOUT_ITS_EXHIBIT,
    );
}

#[test]
fn unknown_field() {
    // `subtitel:` for `subtitle:`.
    assert_refused(
        "unknown-field",
        &[
            "exhibits/first.ron:4:5: error: Unexpected field named `subtitel` in `Exhibit`, expected one of `id`, `title`, `subtitle`, `country`, `region`, `cover`, `pages`, or `quiz` instead",
        ],
        MINIMAL_WITHOUT_ITS_EXHIBIT,
    );
}

// ---- what pack.ron says ----------------------------------------------------------------------

#[test]
fn duplicate_exhibit_id() {
    assert_refused(
        "duplicate-exhibit-id",
        &["pack.ron:11:25: error: duplicate exhibit \"first\" (first used on line 11)"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn unknown_exhibit() {
    assert_refused(
        "unknown-exhibit",
        &["pack.ron:11:25: error: exhibit \"second\" has no file: expected exhibits/second.ron"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn no_exhibits() {
    assert_refused(
        "no-exhibits",
        &["pack.ron:11:15: error: the pack lists no exhibits"],
        "pack minimal: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages ja,en",
    );
}

#[test]
fn featured_quiz_missing() {
    assert_refused(
        "featured-quiz-missing",
        &[
            "pack.ron:12:24: error: featured quiz \"second-quiz\" is not the id of any exhibit's quiz",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn unknown_language() {
    // `languages: ["ja", "jp"]`: one error, not a warning on every English text as well.
    assert_refused(
        "unknown-language",
        &[
            "pack.ron:6:23: error: unknown language code \"jp\"; known codes: ja, ja-x-easy, en, zh-Hans, vi, ko, fil, ne, pt-BR, id, es, fr",
        ],
        "pack minimal: 1 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja",
    );
}

#[test]
fn bad_colour() {
    assert_refused(
        "bad-colour",
        &["pack.ron:20:26: error: colour \"blue\" is not of the form \"#RRGGBB\""],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn bad_date_range() {
    assert_refused(
        "bad-date-range",
        &[
            "pack.ron:21:50: error: the active range ends (2026-03-31) before it starts (2026-04-01)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

// ---- what an exhibit says --------------------------------------------------------------------

#[test]
fn exhibit_id_mismatch() {
    assert_refused(
        "exhibit-id-mismatch",
        &[
            "exhibits/first.ron:2:9: error: exhibit id \"second\" does not match its file name \"first.ron\"",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn invalid_id() {
    assert_refused(
        "invalid-id",
        &[
            "exhibits/first.ron:2:9: error: exhibit id \"First Exhibit\" may use only lowercase letters a–z, digits and \"-\"",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn duplicate_page_id() {
    assert_refused(
        "duplicate-page-id",
        &["exhibits/first.ron:47:17: error: duplicate page id \"welcome\" (first used on line 13)"],
        "pack minimal: 1 errors, 0 warnings; 1 exhibits, 2 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
    );
}

#[test]
fn missing_language() {
    // The exhibit title has only a Japanese text: its error, and the translator's summary.
    assert_refused(
        "missing-language",
        &[
            "exhibits/first.ron:3:12: error: the exhibit title has no \"en\" text",
            "pack.ron:1:1: warning: summary for \"en\": 35 of 36 visitor texts translated (97 %); 1 text has no \"en\" words yet (each is listed with its place)",
        ],
        "pack minimal: 1 errors, 1 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
    );
}

#[test]
fn empty_text() {
    assert_refused(
        "empty-text",
        &[
            "exhibits/first.ron:4:38: error: the exhibit subtitle is empty in \"en\"",
            "pack.ron:1:1: warning: summary for \"en\": 35 of 36 visitor texts translated (97 %); 1 text has no \"en\" words yet (each is listed with its place)",
        ],
        "pack minimal: 1 errors, 1 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
    );
}

#[test]
fn tofu_character() {
    // "Welcome 🐸": the shipped fonts have no frog.
    assert_refused(
        "tofu-character",
        &[
            "exhibits/first.ron:14:41: error: 1 character not in Noto Sans CJK JP, the font that draws \"en\": '🐸' (U+1F438); visitors would see empty boxes (write them otherwise, or give the pack a font that has them: `fonts` in pack.ron)",
            "pack.ron:1:1: warning: summary for \"en\": 1 text uses characters that Noto Sans CJK JP cannot draw (🐸); the kiosk's fonts are listed in content/README.md: write \"en\" texts with the characters of its font, add a font that has them to the pack (`fonts` in pack.ron), or leave the language out of this pack",
        ],
        "pack minimal: 1 errors, 1 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
    );
}

#[test]
fn korean_in_an_english_text() {
    // Two "en" texts with Hangul: one line per text, the characters listed once, whose font
    // has them, and a summary for the language.
    assert_refused(
        "korean-in-english",
        &[
            "exhibits/first.ron:14:41: error: 5 characters not in Noto Sans CJK JP, the font that draws \"en\": '환' (U+D658), '영' (U+C601), '합' (U+D569), '니' (U+B2C8), '다' (U+B2E4); visitors would see empty boxes (the font of \"ko\" has them: is this text in the wrong language?)",
            "exhibits/first.ron:17:23: error: 3 characters not in Noto Sans CJK JP, the font that draws \"en\": '첫' (U+CCAB), '단' (U+B2E8), '락' (U+B77D); visitors would see empty boxes (the font of \"ko\" has them: is this text in the wrong language?)",
            "pack.ron:1:1: warning: summary for \"en\": 2 texts use characters that Noto Sans CJK JP cannot draw (환 영 합 니 다 첫 단 락); the kiosk's fonts are listed in content/README.md: write \"en\" texts with the characters of its font, add a font that has them to the pack (`fonts` in pack.ron), or leave the language out of this pack",
        ],
        "pack minimal: 2 errors, 1 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
    );
}

#[test]
fn bad_country() {
    assert_refused(
        "bad-country",
        &[
            "exhibits/first.ron:5:14: error: \"XX\" is not an ISO 3166-1 alpha-2 country code (e.g. \"PH\", \"VN\")",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn caption_ends_before_start() {
    assert_refused(
        "caption-ends-before-start",
        &["exhibits/first.ron:37:63: error: the caption ends (300 ms) before it starts (800 ms)"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn caption_beyond_audio() {
    assert_refused(
        "caption-beyond-audio",
        &[
            "exhibits/first.ron:42:61: error: the caption ends at 60000 ms, after the end of \"audio/hello-en.ogg\" (1503 ms)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

// ---- quizzes ---------------------------------------------------------------------------------

#[test]
fn duplicate_question_id() {
    assert_refused(
        "duplicate-question-id",
        &[
            "exhibits/first.ron:61:21: error: duplicate question id \"single\" (first used on line 52)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn single_choice_two_answers() {
    assert_refused(
        "single-choice-two-answers",
        &[
            "exhibits/first.ron:56:30: error: this kind of question needs exactly one answer, found 2",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn answer_out_of_range() {
    assert_refused(
        "answer-out-of-range",
        &[
            "exhibits/first.ron:56:31: error: answer 3 is not a choice: there are 2 choices, numbered from 1",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn zero_answer() {
    // Authors count choices from 1.
    assert_refused(
        "zero-answer",
        &[
            "exhibits/first.ron:56:31: error: answer 0 is not a choice: there are 2 choices, numbered from 1",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn one_choice() {
    assert_refused(
        "one-choice",
        &["exhibits/first.ron:55:30: error: a question needs at least 2 choices, found 1"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

// ---- media paths -----------------------------------------------------------------------------

#[test]
fn missing_image_file() {
    assert_refused(
        "missing-image-file",
        &["exhibits/first.ron:20:23: error: \"images/map.png\" not found"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn absolute_path() {
    assert_refused(
        "absolute-path",
        &[
            "exhibits/first.ron:20:23: error: \"/etc/passwd\" is an absolute path; write paths relative to the pack folder",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn parent_dir_path() {
    assert_refused(
        "parent-dir-path",
        &[
            "exhibits/first.ron:20:23: error: \"../../x.png\" leaves the pack folder (\"..\"); media must be inside the pack",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn symlink_outside() {
    // The fixture must really be a link that leaves the pack (a checkout without symlink
    // support would turn it into a small text file and test something else).
    let pack = Path::new(util::CRATE_ROOT).join("tests/fixtures/malformed/symlink-outside");
    let link = pack.join("images/cover.png");
    assert!(link.symlink_metadata().unwrap().is_symlink());
    let target = link.canonicalize().unwrap();
    assert!(!target.starts_with(pack.canonicalize().unwrap()));
    assert_refused(
        "symlink-outside",
        &[
            "pack.ron:9:18: error: \"images/cover.png\" points outside the pack folder (through a symbolic link)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn uncredited_image() {
    // A new photo in photos/, which no credit in pack.ron covers.
    assert_refused(
        "uncredited-image",
        &[
            "exhibits/first.ron:20:23: error: \"photos/market.png\" has no credit: add it to the files of a credit in pack.ron",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

// ---- media contents (reported at the first use: the attract loop in pack.ron) ----------------

#[test]
fn image_is_text() {
    // A Git LFS pointer committed in place of the picture.
    assert_refused(
        "image-is-text",
        &[
            "pack.ron:9:18: error: image \"images/cover.png\": not an image the kiosk can show (PNG, JPEG or WebP expected)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn truncated_png() {
    assert_refused(
        "truncated-png",
        &[
            "pack.ron:9:18: error: image \"images/cover.png\": the image does not decode: unexpected end of file",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn decompression_bomb() {
    // 1.6 KB whose header claims 100000×100000 pixels: refused before decoding.
    assert_refused(
        "decompression-bomb",
        &[
            "pack.ron:9:18: error: image \"images/cover.png\": the image claims to be 100000×100000 pixels; the kiosk accepts at most 8192 pixels a side and 33554432 pixels in all",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn absurd_size() {
    // A real, decodable 9000×10 image: too wide for the limits.
    assert_refused(
        "absurd-size",
        &[
            "pack.ron:9:18: error: image \"images/cover.png\": the image claims to be 9000×10 pixels; the kiosk accepts at most 8192 pixels a side and 33554432 pixels in all",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn zero_byte_audio() {
    assert_refused(
        "zero-byte-audio",
        &[
            "exhibits/first.ron:40:28: error: audio \"audio/hello-en.ogg\": the file is empty (0 bytes)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn corrupt_audio() {
    // 4 KB of random bytes named hello-en.ogg.
    assert_refused(
        "corrupt-audio",
        &[
            "exhibits/first.ron:40:28: error: audio \"audio/hello-en.ogg\": the audio does not decode: the file is damaged, cut short, or not Ogg Vorbis, WAV, FLAC or MP3 audio",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

// ---- made at test time -----------------------------------------------------------------------

#[test]
fn a_50_mb_pack_ron_is_refused_by_its_size() {
    let parent = util::temp_dir();
    let pack = parent.path().join("huge");
    std::fs::create_dir(&pack).unwrap();
    let mut file = std::fs::File::create(pack.join("pack.ron")).unwrap();
    file.write_all(b"Pack(\n    id: \"huge\",\n    // ")
        .unwrap();
    let spaces = vec![b' '; 1024 * 1024];
    for _ in 0..50 {
        file.write_all(&spaces).unwrap();
    }
    drop(file);

    let output = util::run([Path::new("validate"), &pack]);

    assert_eq!(
        output.stdout,
        format!(
            "{}/pack.ron:1:1: error: file is too large (50.0 MB); a pack's RON files may be at most 2.0 MB\n\
             pack huge: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -\n",
            pack.display()
        )
    );
    assert!(!output.stderr.contains("panicked"), "{}", output.stderr);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_pack_folder_that_does_not_exist() {
    let parent = util::temp_dir();
    let pack = parent.path().join("no-such-pack");

    let output = util::run([Path::new("validate"), &pack]);

    assert_eq!(
        output.stdout,
        format!(
            "{0}/pack.ron:1:1: error: no pack folder at \"{0}\"\n\
             pack no-such-pack: 1 errors, 0 warnings; 0 exhibits, 0 pages, 0 quizzes, 0 questions, 0 narrations; languages -\n",
            pack.display()
        )
    );
    assert!(!output.stderr.contains("panicked"), "{}", output.stderr);
    assert_eq!(output.status.code(), Some(1));
}

// ---- the command itself ----------------------------------------------------------------------

#[test]
fn the_minimal_pack_is_valid() {
    let output = util::run(["validate", "tests/fixtures/valid/minimal"]);

    assert_eq!(
        output.stdout,
        "pack minimal: 0 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en\n"
    );
    assert_eq!(output.stderr, "");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_good_and_a_bad_pack_together_print_both_summaries_and_fail() {
    let output = util::run([
        "validate",
        "tests/fixtures/valid/minimal",
        "tests/fixtures/malformed/bad-colour",
    ]);

    assert_eq!(
        output.stdout,
        "pack minimal: 0 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en\n\
         tests/fixtures/malformed/bad-colour/pack.ron:20:26: error: colour \"blue\" is not of the form \"#RRGGBB\"\n\
         pack minimal: 1 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en\n"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let output = util::run(["validate", "--strictest", "tests/fixtures/valid/minimal"]);

    assert_eq!(output.stdout, "");
    assert!(output.stderr.contains("--strictest"), "{}", output.stderr);
    assert_eq!(output.status.code(), Some(2));
}

/// A copy of the minimal pack in `content/<name>` with its Japanese narration replaced by the
/// hostile media fixture `media`.
fn minimal_with_narration(content: &Path, name: &str, media: &str) {
    let pack = content.join(name);
    util::copy_dir(&util::fixture("valid/minimal"), &pack);
    std::fs::copy(
        util::fixture(&format!("hostile-media/{media}")),
        pack.join("audio/hello-ja.ogg"),
    )
    .expect("the narration is replaced");
}

#[test]
fn a_sound_that_panics_its_decoder_is_named_and_the_other_packs_are_still_checked() {
    let content = util::temp_dir();
    util::copy_dir(
        &util::fixture("valid/minimal"),
        &content.path().join("a-good"),
    );
    minimal_with_narration(content.path(), "b-rate-0", "rate-0.wav");
    minimal_with_narration(content.path(), "c-alaw", "alaw-zero-fields.wav");
    minimal_with_narration(content.path(), "d-msadpcm", "msadpcm-zero-fields.wav");
    util::copy_dir(
        &util::fixture("valid/minimal"),
        &content.path().join("e-good"),
    );
    let packs: Vec<String> = ["a-good", "b-rate-0", "c-alaw", "d-msadpcm", "e-good"]
        .iter()
        .map(|name| content.path().join(name).display().to_string())
        .collect();
    let output = util::run(std::iter::once("validate".to_owned()).chain(packs.clone()));
    assert!(!output.stderr.contains("panicked"), "{}", output.stderr);
    for (pack, said) in [
        (&packs[1], "it says a sample rate of 0 Hz"),
        (&packs[2], "it says 0 bytes a block"),
        (&packs[3], "it says 0 samples a block"),
    ] {
        let line = format!(
            "{pack}/exhibits/first.ron:35:28: error: audio \"audio/hello-ja.ogg\": the WAV header is not usable: {said}\n"
        );
        assert!(
            output.stdout.contains(&line),
            "{line}\nin:\n{}",
            output.stdout
        );
    }
    assert_eq!(
        output
            .stdout
            .matches("pack minimal: 0 errors, 0 warnings")
            .count(),
        2,
        "both good packs are reported as good:\n{}",
        output.stdout
    );
    assert_eq!(
        output.stdout.matches("pack minimal: ").count(),
        5,
        "{}",
        output.stdout
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_sound_cut_short_is_a_warning_with_both_lengths() {
    let content = util::temp_dir();
    minimal_with_narration(content.path(), "cut-flac", "cut-short.flac");
    minimal_with_narration(content.path(), "ten-hours", "claims-ten-hours.wav");
    minimal_with_narration(content.path(), "cut-mp3", "cut-short.mp3");
    for (name, lengths) in [
        (
            "cut-flac",
            "its header says it lasts 0:01.0, but only 0:00.",
        ),
        (
            "ten-hours",
            "its header says it lasts 10:00:00.0, but only 0:01.0",
        ),
        ("cut-mp3", "its header says it lasts 0:01."),
    ] {
        let pack = content.path().join(name).display().to_string();
        let output = util::run(["validate", &pack]);
        assert!(
            output.stdout.contains(&format!(
                "{pack}/exhibits/first.ron:35:28: warning: audio \"audio/hello-ja.ogg\": {lengths}"
            )),
            "{name}:\n{}",
            output.stdout
        );
        assert!(
            output.stdout.contains("cut short or damaged"),
            "{}",
            output.stdout
        );
    }
}

#[test]
fn a_windows_style_path_is_told_to_use_slashes() {
    let (_parent, pack) = util::copy_of_fixture("valid/minimal");
    let exhibit = pack.join("exhibits/first.ron");
    let text = std::fs::read_to_string(&exhibit).expect("the exhibit");
    std::fs::write(
        &exhibit,
        text.replacen("\"images/cover.png\"", "\"images\\cover.png\"", 1),
    )
    .expect("the exhibit is rewritten");
    let shown = pack.display().to_string();
    let output = util::run(["validate", &shown]);
    assert!(
        output
            .stdout
            .contains(&format!("{shown}/exhibits/first.ron:8:"))
            && output.stdout.contains(
                "in a file path, separate folders with \"/\" (images/cover.png), never \"\\\""
            ),
        "{}",
        output.stdout
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_exhibit_file_or_manifest_linked_from_outside_the_pack_is_refused() {
    let (_parent, pack) = util::copy_of_fixture("valid/minimal");
    let outside = util::temp_dir();
    let moved = outside.path().join("first.ron");
    std::fs::rename(pack.join("exhibits/first.ron"), &moved).expect("moved out");
    std::os::unix::fs::symlink(&moved, pack.join("exhibits/first.ron")).expect("linked in");
    let shown = pack.display().to_string();
    let output = util::run(["validate", &shown]);
    assert!(
        output.stdout.contains(
            "error: \"exhibits/first.ron\" points outside the pack folder (through a symbolic link)"
        ),
        "{}",
        output.stdout
    );
    assert_eq!(output.status.code(), Some(1));

    let manifest = outside.path().join("pack.ron");
    std::fs::rename(pack.join("pack.ron"), &manifest).expect("moved out");
    std::os::unix::fs::symlink(&manifest, pack.join("pack.ron")).expect("linked in");
    let output = util::run(["validate", &shown]);
    assert!(
        output.stdout.contains(&format!(
            "{shown}/pack.ron:1:1: error: \"pack.ron\" points outside the pack folder (through a symbolic link)"
        )),
        "{}",
        output.stdout
    );
}

#[test]
fn pack_font_problems() {
    // Fonts for a language the pack lacks, a picture as a font, a missing file, two for one
    // language: each at its place; the title's 髙 then has no font, with the remedy.
    assert_refused(
        "pack-font-problems",
        &[
            "pack.ron:28:20: error: \"ko\" is not one of the pack's languages (ja, en): a font is for one of them",
            "pack.ron:29:35: error: font \"images/cover.png\" is not a TrueType or OpenType font the kiosk can read (Invalid sfnt version 0x89504E47)",
            "pack.ron:30:35: error: \"fonts/missing.otf\" not found",
            "pack.ron:31:20: error: \"ja\" has a font already: one font per language",
            "exhibits/first.ron:3:19: error: 1 character not in Noto Sans CJK JP, the font that draws \"ja\": '髙' (U+9AD9); visitors would see empty boxes (write them otherwise, or give the pack a font that has them: `fonts` in pack.ron)",
            "pack.ron:1:1: warning: summary for \"ja\": 1 text uses characters that Noto Sans CJK JP cannot draw (髙); the kiosk's fonts are listed in content/README.md: write \"ja\" texts with the characters of its font, add a font that has them to the pack (`fonts` in pack.ron), or leave the language out of this pack",
        ],
        "pack minimal: 5 errors, 1 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
    );
}

#[test]
fn a_pack_font_draws_what_the_shipped_faces_lack() {
    // The same title with its font in order: nothing to report.
    assert_validated(
        "tests/fixtures/valid/pack-font",
        &[],
        "pack minimal: 0 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
        0,
    );
}

#[test]
fn focus_outside_the_picture() {
    // `focus: (x: 0.5, y: 1.4)` on the cover: below the picture's bottom edge.
    assert_refused(
        "focus-outside",
        &[
            "exhibits/first.ron:10:28: error: the focus's y is 1.4; it must be between 0.0 (the picture's top) and 1.0 (its bottom)",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

//! `plaza-kiosk validate` on furigana (ruby) markup, `{採択|さいたく}`, through the real binary.
//!
//! Each fixture in `tests/fixtures/malformed/` named here is the minimal valid pack with
//! `furigana: Furigana(shown: true)` added to `pack.ron` (where the markup is needed) and exactly
//! one defect in its markup (see that folder's README). As in `validate_malformed`, each test pins
//! the complete output: the line and column of the `{` (or `}`, or kanji) at fault, counted in
//! characters of the file as written, so escapes such as `\n` count as the two characters they
//! take; the message; the summary line; and the exit code: 1 for errors, 0 when there are only
//! warnings (advice that does not keep a pack off a kiosk).

use crate::util;
use crate::validate_malformed::assert_validated;

/// The summary of the minimal pack when its only problem is one error that does not stop any
/// file from being read.
const MINIMAL_WITH_ONE_ERROR: &str = "pack minimal: 1 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en";

/// The summary of the minimal pack with one warning and no error.
const MINIMAL_WITH_ONE_WARNING: &str = "pack minimal: 0 errors, 1 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en";

/// The warning for ruby in a pack that does not declare furigana.
const LOOKS_LIKE_FURIGANA: &str = "warning: this looks like furigana ({base|reading}), but the pack does not declare furigana, so it is shown as written; add `furigana: Furigana(shown: true)` to pack.ron";

/// `tests/fixtures/malformed/<fixture>` is refused (exit code 1) with exactly `diagnostics`.
fn assert_refused(fixture: &str, diagnostics: &[&str], summary: &str) {
    assert_validated(
        &format!("tests/fixtures/malformed/{fixture}"),
        diagnostics,
        summary,
        1,
    );
}

/// `tests/fixtures/malformed/<fixture>` is accepted (exit code 0) with exactly the warnings
/// `diagnostics`.
fn assert_warned(fixture: &str, diagnostics: &[&str], summary: &str) {
    assert_validated(
        &format!("tests/fixtures/malformed/{fixture}"),
        diagnostics,
        summary,
        0,
    );
}

// ---- markup that is not a ruby group ---------------------------------------------------------

#[test]
fn ruby_unclosed() {
    // The exhibit title "最初の{採択|さいたく": the `{` is never closed.
    assert_refused(
        "ruby-unclosed",
        &[
            "exhibits/first.ron:3:23: error: \"{\" is never closed: furigana are written {base|reading}; write {{ for a brace",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_stray_close() {
    // The pack description "テスト用の}最小の展示です。", in pack.ron.
    assert_refused(
        "ruby-stray-close",
        &["pack.ron:5:31: error: \"}\" closes nothing: write }} for a brace"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_no_reading() {
    // The page image's caption "{採択}の説明".
    assert_refused(
        "ruby-no-reading",
        &[
            "exhibits/first.ron:22:34: error: {採択} has no reading: furigana are written {base|reading}",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_empty_base() {
    // The first question's prompt "{|さいたく}はどれ？".
    assert_refused(
        "ruby-empty-base",
        &["exhibits/first.ron:53:33: error: {|さいたく} has no base text before \"|\""],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_empty_reading() {
    // The first question's explanation "{採択|}はイです。".
    assert_refused(
        "ruby-empty-reading",
        &["exhibits/first.ron:58:38: error: {採択|} has an empty reading"],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_reading_not_kana() {
    // The exhibit subtitle "テストの{採択|saitaku}": a reading in rōmaji.
    assert_refused(
        "ruby-reading-not-kana",
        &[
            "exhibits/first.ron:4:27: error: the reading \"saitaku\" of {採択|saitaku} is not kana: write it in hiragana",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_base_without_kanji() {
    // The key figure's label "{JICA|じゃいか}海外協力隊": Latin letters never get ruby.
    assert_refused(
        "ruby-base-without-kanji",
        &[
            "exhibits/first.ron:29:36: error: {JICA|じゃいか}: the base has no kanji; furigana go over kanji only",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_in_english() {
    // The English subtitle "A test subtitle from {日本|にほん}": a well-formed group, in the
    // wrong language.
    assert_refused(
        "ruby-in-english",
        &[
            "exhibits/first.ron:4:60: error: furigana in \"en\" text: readings belong in Japanese texts (\"ja\", \"ja-x-easy\") only",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_emphasis_inside() {
    // The page body opens with "{**採|さい**}択": the emphasis belongs around the group.
    assert_refused(
        "ruby-emphasis-inside",
        &[
            "exhibits/first.ron:16:24: error: {**採|さい**} contains \"**\": put the emphasis around the group, **{…|…}**",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

#[test]
fn ruby_position_after_escapes() {
    // The page body `"ひとつめの段落です。\n\n\"強調\"の{採択|saitaku}もあります。"`: the `{` is the
    // 18th character of the text but the 22nd after the opening quote in the file, because
    // `\n`, `\n`, `\"` and `\"` take two characters each. Column 45, not 41.
    assert_refused(
        "ruby-position-after-escapes",
        &[
            "exhibits/first.ron:16:45: error: the reading \"saitaku\" of {採択|saitaku} is not kana: write it in hiragana",
        ],
        MINIMAL_WITH_ONE_ERROR,
    );
}

// ---- furigana on every kanji -----------------------------------------------------------------

#[test]
fn kanji_without_furigana() {
    // `Furigana(shown: true, every_kanji: true)`, every Japanese kanji with a reading except
    // 展示 in the exhibit title "{最初|さいしょ}の展示": a warning at the 展, after the group.
    assert_warned(
        "kanji-without-furigana",
        &[
            "exhibits/first.ron:3:30: warning: 「展示」 has no furigana (the pack puts furigana on every kanji)",
        ],
        MINIMAL_WITH_ONE_WARNING,
    );
}

// ---- braces in a pack without furigana, and doubled braces in one with it --------------------

#[test]
fn braces_without_furigana() {
    // No `furigana` in pack.ron: the page title's lone "}" (ja) and "{" (en) and the English
    // body's "{braces}" are ordinary characters, shown as written, with nothing to say. Only the
    // Japanese body's "ひとつめの{採択|さいたく}です。" looks like furigana an author meant, and gets
    // a warning at its `{`.
    assert_warned(
        "braces-without-furigana",
        &[&format!("exhibits/first.ron:16:29: {LOOKS_LIKE_FURIGANA}")],
        MINIMAL_WITH_ONE_WARNING,
    );
}

#[test]
fn braces_before_the_group_do_not_move_the_warning() {
    // The same pack with literal braces before the group in the same text: the warning still
    // points at the group's `{` (column 38), not at the first brace of the text (column 28).
    let (_parent, pack) = util::copy_of_fixture("malformed/braces-without-furigana");
    let exhibit = pack.join("exhibits/first.ron");
    let text = std::fs::read_to_string(&exhibit).expect("the exhibit");
    let rewritten = text.replacen(
        "\"ひとつめの{採択|さいたく}です。",
        "\"かっこ { と } の後に {採択|さいたく}です。",
        1,
    );
    assert_ne!(rewritten, text, "the body is rewritten");
    std::fs::write(&exhibit, rewritten).expect("the exhibit is written");
    assert_validated(
        &pack.display().to_string(),
        &[&format!("exhibits/first.ron:16:38: {LOOKS_LIKE_FURIGANA}")],
        MINIMAL_WITH_ONE_WARNING,
        0,
    );
}

#[test]
fn ruby_in_english_after_doubled_braces_is_reported_at_the_group() {
    // "A {{test}} subtitle from {日本|にほん}": the error points at the group (column 64), not at
    // the doubled brace, which is only a brace (column 41).
    let (_parent, pack) = util::copy_of_fixture("malformed/ruby-in-english");
    let exhibit = pack.join("exhibits/first.ron");
    let text = std::fs::read_to_string(&exhibit).expect("the exhibit");
    let rewritten = text.replacen(
        "\"A test subtitle from {日本|にほん}\"",
        "\"A {{test}} subtitle from {日本|にほん}\"",
        1,
    );
    assert_ne!(rewritten, text, "the subtitle is rewritten");
    std::fs::write(&exhibit, rewritten).expect("the exhibit is written");
    assert_validated(
        &pack.display().to_string(),
        &[
            "exhibits/first.ron:4:64: error: furigana in \"en\" text: readings belong in Japanese texts (\"ja\", \"ja-x-easy\") only",
        ],
        MINIMAL_WITH_ONE_ERROR,
        1,
    );
}

#[test]
fn doubled_braces_are_literal_braces_in_a_pack_with_furigana() {
    // `tests/fixtures/valid/braces-escaped`: furigana declared, "ようこそ }}", "Welcome {{",
    // "ふりがなは {{採択|さいたく}} と書きます。", "{{base|reading}}" and a lone "|" in English,
    // next to a real group "{最初|さいしょ}の展示": nothing to report.
    assert_validated(
        "tests/fixtures/valid/braces-escaped",
        &[],
        "pack minimal: 0 errors, 0 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 2 narrations; languages ja,en",
        0,
    );
}

// ---- やさしい日本語 (ja-x-easy) -----------------------------------------------------------------

#[test]
fn easy_japanese() {
    // Languages ja, ja-x-easy, en; every ja-x-easy text a copy of the ja one (with a ja-x-easy
    // narration track, and 挑戦 given its reading) except: the subtitle 海外生活体験の話, the
    // page title ボランティアセンターへようこそ, the image caption 曖昧な説明 and the page body,
    // whose second line is a sentence of 44 characters and whose last says 強調がなくはないです。
    // Each warning at its first character; then one summary a kind of text, in pack.ron.
    assert_warned(
        "easy-japanese",
        &[
            "exhibits/first.ron:4:46: warning: やさしい日本語: 6 kanji in a row: 海外生活体験 (break it up or explain it)",
            "exhibits/first.ron:14:49: warning: やさしい日本語: 10 katakana in a row: ボランティアセンター (break it up or explain it)",
            "exhibits/first.ron:17:43: warning: やさしい日本語: sentence of 44 characters (easy Japanese: at most 40)",
            "exhibits/first.ron:17:104: warning: やさしい日本語: double negative 「なくはない」",
            "exhibits/first.ron:23:53: warning: やさしい日本語: 「曖」 is not a school kanji and has no reading",
            "exhibits/first.ron:23:54: warning: やさしい日本語: 「昧」 is not a school kanji and has no reading",
            "pack.ron:1:1: warning: やさしい日本語 summary for the caption: 2 kanji beyond school grades without reading",
            "pack.ron:1:1: warning: やさしい日本語 summary for the exhibit subtitle: 1 runs of kanji",
            "pack.ron:1:1: warning: やさしい日本語 summary for the page body: 1 double negatives, 1 long sentences",
            "pack.ron:1:1: warning: やさしい日本語 summary for the page title: 1 runs of katakana",
        ],
        "pack minimal: 0 errors, 10 warnings; 1 exhibits, 1 pages, 1 quizzes, 4 questions, 3 narrations; languages ja,ja-x-easy,en",
    );
}

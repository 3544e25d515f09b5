//! Narration through the real app and real sound (ALSA's default device is a file, see
//! `tests/sound`): play, pause, resume; a language switch swaps the track; leaving the page,
//! the idle prompt and the end of a visit stop it; auto-play; and with no usable device the
//! page says so, shows the transcript, and the next play tries again.
//!
//! The file device runs faster than real time, so the test pack's narration is a long tone
//! (five minutes of audio play in a few seconds), leaving time for the taps.

use crate::kiosk_harness;
use crate::sound;
use crate::util;

use std::path::PathBuf;
use std::time::Duration;

use kiosk_harness::{Kiosk, kiosk_at};
use plaza_kiosk::audio::Playback;
use plaza_kiosk::kiosk::Screen;
use sound::{FileDevice, in_child_with, missing_device_home, tone_wav};

const TOUCH_TO_BEGIN: &str = "Touch the screen to begin";

/// A copy of the minimal fixture pack whose page narration is five minutes long in each
/// language; `autoplay` sets the pack's `narration_autoplay`.
fn long_narration_pack(autoplay: bool) -> (tempfile::TempDir, PathBuf) {
    let (parent, pack) = util::copy_of_fixture("valid/minimal");
    for language in ["ja", "en"] {
        tone_wav(&pack.join(format!("audio/long-{language}.wav")), 300, 8_000);
    }
    let exhibit = pack.join("exhibits/first.ron");
    let text = std::fs::read_to_string(&exhibit).expect("the fixture exhibit");
    // Captions long enough to be seen at the file device's speed.
    let text = text
        .replace("audio/hello-ja.ogg", "audio/long-ja.wav")
        .replace("audio/hello-en.ogg", "audio/long-en.wav")
        .replace("end_ms: 800,", "end_ms: 299000,")
        .replace("end_ms: 1400,", "end_ms: 299000,");
    // The first quiz question is read aloud too.
    let text = text.replace(
        "                explanation: {\"ja\": \"イです。\", \"en\": \"It is B.\"},\n",
        "                explanation: {\"ja\": \"イです。\", \"en\": \"It is B.\"},\n\
                 narration: {\"ja\": Narration(audio: \"audio/long-ja.wav\", transcript: \"どれ？\"), \
                 \"en\": Narration(audio: \"audio/long-en.wav\", transcript: \"Which?\")},\n",
    );
    std::fs::write(&exhibit, text).expect("the exhibit is rewritten");
    let manifest = pack.join("pack.ron");
    let mut text = std::fs::read_to_string(&manifest).expect("the fixture manifest");
    text = text.replace(
        "\"audio/hello-ja.ogg\", \"audio/hello-en.ogg\"",
        "\"audio/\"",
    );
    if autoplay {
        text = text.replace(
            "    exhibits: [",
            "    narration_autoplay: true,\n    exhibits: [",
        );
    }
    std::fs::write(&manifest, text).expect("the manifest is rewritten");
    (parent, pack)
}

fn playback(k: &Kiosk) -> (Playback, Option<String>) {
    let view = k.harness.state().narration();
    (view.status.playback, view.status.track.map(|t| t.language))
}

/// Runs frames until the player reports `want`.
fn wait_for(k: &mut Kiosk, want: Playback) {
    k.wait_until(|app| app.narration().status.playback == want);
}

fn on_the_narrated_page(pack: &std::path::Path) -> Kiosk {
    let mut k = kiosk_at(pack.to_str().expect("a UTF-8 path"), 1920.0, 1080.0);
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap("The first exhibit");
    assert_eq!(
        k.harness.state().state().screen(),
        &Screen::Exhibit {
            exhibit: 0,
            page: 0
        }
    );
    k
}

#[test]
fn play_pause_resume_switch_language_then_leaving_the_page_stops_it() {
    let device = FileDevice::new();
    if !in_child_with(
        "play_pause_resume_switch_language_then_leaving_the_page_stops_it",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(false);
    let mut k = on_the_narrated_page(&pack);
    assert!(k.shows("Listen") && k.shows("Text"));
    k.tap("Listen");
    wait_for(&mut k, Playback::Playing);
    assert_eq!(playback(&k).1.as_deref(), Some("en"));
    // The output pulls samples: the first one's arrival is measured, the position moves.
    k.wait_until(|app| {
        let status = app.narration().status;
        status.start_latency.is_some() && status.position > Duration::ZERO
    });
    assert!(
        k.shows("Hello, visitors."),
        "the caption shows while it plays"
    );
    k.tap("Pause");
    wait_for(&mut k, Playback::Paused);
    // The device's buffer drains for a moment; then the position holds.
    std::thread::sleep(Duration::from_millis(150));
    k.harness.step();
    let paused_at = k.harness.state().narration().status.position;
    std::thread::sleep(Duration::from_millis(200));
    k.harness.step();
    assert_eq!(
        k.harness.state().narration().status.position,
        paused_at,
        "a pause holds the position"
    );
    k.tap("Resume");
    wait_for(&mut k, Playback::Playing);

    // The Japanese track replaces the English one.
    k.tap_language("日本語");
    k.wait_until(|app| {
        app.narration().status.track.map(|t| t.language).as_deref() == Some("ja")
            && app.narration().status.playback == Playback::Playing
    });

    assert!(k.shows("こんにちは"), "the Japanese caption");
    k.tap("ホーム");
    wait_for(&mut k, Playback::Stopped);
    assert_eq!(playback(&k), (Playback::Stopped, None));
}

#[test]
fn the_idle_prompt_and_the_end_of_a_visit_stop_narration() {
    let device = FileDevice::new();
    if !in_child_with(
        "the_idle_prompt_and_the_end_of_a_visit_stop_narration",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(false);
    let mut k = on_the_narrated_page(&pack);
    k.tap("Listen");
    wait_for(&mut k, Playback::Playing);
    k.advance(Duration::from_secs(61));
    assert!(k.shows("Are you still there?"));
    wait_for(&mut k, Playback::Stopped);
    k.tap("Keep exploring");
    k.tap("Listen");
    wait_for(&mut k, Playback::Playing);
    k.tap("Finish");
    k.tap("Yes, finish");
    assert_eq!(k.harness.state().state().screen(), &Screen::Farewell);
    wait_for(&mut k, Playback::Stopped);
}

#[test]
fn a_pack_may_start_narration_when_a_page_opens() {
    let device = FileDevice::new();
    if !in_child_with(
        "a_pack_may_start_narration_when_a_page_opens",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(true);
    let mut k = on_the_narrated_page(&pack);
    wait_for(&mut k, Playback::Playing);
}

#[test]
fn without_a_sound_device_the_page_says_so_and_shows_the_transcript() {
    let home = missing_device_home();
    if !in_child_with(
        "without_a_sound_device_the_page_says_so_and_shows_the_transcript",
        home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(false);
    let mut k = on_the_narrated_page(&pack);
    k.tap("Listen");
    k.wait_until(|app| app.narration().status.problem.is_some());
    k.wait_until(|app| app.narration().transcript_open);
    assert!(k.shows_containing("Sound is not available right now"));
    assert!(
        k.shows("What the narration says"),
        "the transcript opened by itself"
    );
    assert!(k.shows("Hello, visitors."), "the transcript is on screen");
    // The visitor may close it, and the next play tries the device again.
    k.tap("Close");
    assert!(!k.shows("What the narration says"));
    k.tap("Listen");
    k.wait_until(|app| app.narration().transcript_open);
    assert!(k.shows("Hello, visitors."));
    k.tap("Home");
    assert_eq!(k.harness.state().state().screen(), &Screen::Home);
}

#[test]
fn a_quiz_question_read_aloud_has_its_controls_and_leaving_it_stops_it() {
    let device = FileDevice::new();
    if !in_child_with(
        "a_quiz_question_read_aloud_has_its_controls_and_leaving_it_stops_it",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(false);
    let mut k = kiosk_at(pack.to_str().expect("a UTF-8 path"), 1920.0, 1080.0);
    k.tap_containing(TOUCH_TO_BEGIN);
    k.tap_language("English");
    k.tap_containing("Quiz");
    k.tap("Start");
    assert!(k.shows("Which?"));
    k.tap("Listen");
    wait_for(&mut k, Playback::Playing);
    let track = k.harness.state().narration().status.track.expect("a track");
    assert!(track.question && track.item == 0);
    k.tap_containing(". B");
    k.tap("Next question");
    wait_for(&mut k, Playback::Stopped);
    assert!(!k.shows("Listen"), "the second question has no narration");
}

#[test]
fn a_narration_file_that_went_missing_says_so_and_the_other_language_still_plays() {
    let device = FileDevice::new();
    if !in_child_with(
        "a_narration_file_that_went_missing_says_so_and_the_other_language_still_plays",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(false);
    let mut k = on_the_narrated_page(&pack);
    std::fs::remove_file(pack.join("audio/long-en.wav")).expect("the file is removed");
    k.tap("Listen");
    k.wait_until(|app| app.narration().transcript_open);
    assert!(k.shows_containing("Sound is not available right now"));
    assert!(k.shows("Hello, visitors."), "the transcript instead");
    k.tap_language("日本語");
    k.tap("聞く");
    wait_for(&mut k, Playback::Playing);
}

/// The long-narration pack with the first quiz question read from a file of its own
/// (`audio/quiz-en.wav`), so the page's file can be spoiled alone.
fn pack_with_a_quiz_file_of_its_own() -> (tempfile::TempDir, PathBuf) {
    let (parent, pack) = long_narration_pack(false);
    tone_wav(&pack.join("audio/quiz-en.wav"), 300, 8_000);
    let exhibit = pack.join("exhibits/first.ron");
    let text = std::fs::read_to_string(&exhibit).expect("the exhibit");
    let text = text.replace(
        "Narration(audio: \"audio/long-en.wav\", transcript: \"Which?\")",
        "Narration(audio: \"audio/quiz-en.wav\", transcript: \"Which?\")",
    );
    std::fs::write(&exhibit, text).expect("the exhibit is rewritten");
    (parent, pack)
}

/// From the page whose narration failed (its transcript open): the first quiz question's own
/// narration plays.
fn the_quiz_narration_still_plays(k: &mut Kiosk) {
    k.tap("Close");
    k.tap("Home");
    k.tap_containing("Quiz");
    k.tap("Start");
    k.tap("Listen");
    wait_for(k, Playback::Playing);
}

#[test]
fn a_narration_swapped_for_one_that_panics_its_decoder_is_unavailable_and_the_next_plays() {
    let device = FileDevice::new();
    if !in_child_with(
        "a_narration_swapped_for_one_that_panics_its_decoder_is_unavailable_and_the_next_plays",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = pack_with_a_quiz_file_of_its_own();
    let mut k = on_the_narrated_page(&pack);
    // Swapped in after the pack was checked: once this killed the `audio` thread for good.
    std::fs::copy(
        util::fixture("hostile-media/rate-0.wav"),
        pack.join("audio/long-en.wav"),
    )
    .expect("the file is swapped");
    k.tap("Listen");
    k.wait_until(|app| app.narration().transcript_open);
    assert!(k.shows_containing("Sound is not available right now"));
    assert!(k.shows("Hello, visitors."), "the transcript instead");
    let problem = k.harness.state().narration().status.problem;
    assert!(
        problem
            .as_deref()
            .is_some_and(|p| p.contains("sample rate of 0 Hz")),
        "{problem:?}"
    );
    the_quiz_narration_still_plays(&mut k);
}

#[test]
fn a_narration_swapped_for_a_fifo_is_refused_at_once_and_the_kiosk_still_shuts_down() {
    let device = FileDevice::new();
    if !in_child_with(
        "a_narration_swapped_for_a_fifo_is_refused_at_once_and_the_kiosk_still_shuts_down",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = pack_with_a_quiz_file_of_its_own();
    let mut k = on_the_narrated_page(&pack);
    // A FIFO (or a hung mount) once blocked the `audio` thread in open() for ever, and with it
    // every later play and the orderly exit.
    let file = pack.join("audio/long-en.wav");
    std::fs::remove_file(&file).expect("the file is removed");
    let made = std::process::Command::new("mkfifo")
        .arg(&file)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    k.tap("Listen");
    k.wait_until(|app| app.narration().transcript_open);
    let problem = k.harness.state().narration().status.problem;
    assert!(
        problem
            .as_deref()
            .is_some_and(|p| p.contains("not a regular file but a FIFO")),
        "{problem:?}"
    );
    the_quiz_narration_still_plays(&mut k);
    // Dropping the kiosk ends its threads (the audio thread among them) in order.
    drop(k);
}

#[test]
fn the_caption_line_shows_furigana_and_keeps_playing_through_the_switch() {
    let device = FileDevice::new();
    if !in_child_with(
        "the_caption_line_shows_furigana_and_keeps_playing_through_the_switch",
        device.home.path(),
    ) {
        return;
    }
    let (_parent, pack) = long_narration_pack(false);
    // The pack gets furigana, and its Japanese caption a reading: {今日|こんにち}は.
    let manifest = pack.join("pack.ron");
    let text = std::fs::read_to_string(&manifest).expect("the manifest");
    let at = text.rfind(')').expect("the manifest's closing parenthesis");
    let text = format!("{}    furigana: Furigana(shown: true),\n)\n", &text[..at]);
    std::fs::write(&manifest, text).expect("the manifest is rewritten");
    let exhibit = pack.join("exhibits/first.ron");
    let text = std::fs::read_to_string(&exhibit)
        .expect("the exhibit")
        .replace("こんにちは", "{今日|こんにち}は");
    std::fs::write(&exhibit, text).expect("the exhibit is rewritten");

    let mut k = on_the_narrated_page(&pack);
    k.tap_language("日本語");
    k.tap("聞く");
    wait_for(&mut k, Playback::Playing);
    assert!(k.harness.state().state().furigana());
    assert!(
        k.shows("今日は"),
        "the caption, labelled without its reading"
    );
    assert!(!k.shows_containing("こんにち"), "no reading in any label");
    k.tap("ふりがな（漢字の読み方）を表示");
    assert!(!k.harness.state().state().furigana());
    assert!(k.shows("今日は"), "the caption stays");
    assert_eq!(
        playback(&k).0,
        Playback::Playing,
        "and so does the narration"
    );
}

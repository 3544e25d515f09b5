//! The checks every pack file shares: texts in every language, ids, duplicates, media paths.
//!
//! A [`FileChecker`] reports problems of one RON file at the position of the offending value,
//! and collects the media the file uses so the loader can check each file on disk once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostics, Position};
use super::model::{Caption, Image, Narration, Text};
use super::pack_path;
use super::source_map::{SourceMap, field, item};
use crate::fonts::{Face, FontCoverage};

/// What a media file is used as.
#[derive(Debug, Clone)]
pub enum MediaKind {
    /// Shown as a picture.
    Image,
    /// Played as narration; captions must end within it.
    Audio {
        /// Each caption's end, with where it was written.
        captions: Vec<(Position, u64)>,
    },
    /// A font the pack brings (read and checked with the manifest, `check_fonts`).
    Font,
}

/// One use of a media file, with where it is written.
#[derive(Debug, Clone)]
pub struct MediaUse {
    /// The path as written in the pack.
    pub written: String,
    /// The RON file that names it.
    pub file: PathBuf,
    /// Where in that file.
    pub position: Position,
    /// Picture or sound.
    pub kind: MediaKind,
}

/// State shared by the checks of all files of one pack.
#[derive(Debug)]
pub struct PackScan {
    /// Problems found so far.
    pub diagnostics: Diagnostics,
    /// Sounds are decoded to their end (`validate`), not only opened and started (a pack
    /// about to be shown).
    pub sounds_to_the_end: bool,
    /// The pack's valid language codes, default first.
    pub languages: Vec<String>,
    /// Every media use, in order.
    pub media: Vec<MediaUse>,
    /// Durations of the good audio files, by their path as written in the pack.
    pub audio_durations: HashMap<String, std::time::Duration>,
    /// Quiz ids seen so far, with where.
    pub quiz_ids: HashMap<String, (PathBuf, Position)>,
    /// Whether every code in the manifest's `languages` is known. When one is not, texts in
    /// languages outside the list are not warned about: the list must be fixed first, and a
    /// warning on every text would bury that one error.
    pub all_languages_known: bool,
    /// The manifest's furigana declaration: the markup is read only when there is one.
    pub furigana: Option<super::model::Furigana>,
    /// Easy-Japanese warnings by kind of text and problem, for the one-line summaries.
    pub easy_japanese:
        std::collections::BTreeMap<String, std::collections::BTreeMap<&'static str, usize>>,
    /// By language: how many texts have characters its font lacks, and which characters.
    pub missing_glyphs: std::collections::BTreeMap<String, (usize, Vec<char>)>,
    /// By language: how many visitor texts the pack has, and how many lack that language or
    /// are empty in it (for a translator's summary).
    pub translations: std::collections::BTreeMap<String, (usize, usize)>,
    /// By language: the characters the pack's own font for it draws.
    pub pack_fonts:
        std::collections::BTreeMap<String, std::sync::Arc<std::collections::HashSet<u32>>>,
}

impl PackScan {
    /// Nothing checked yet, for a pack in `languages` (read from pack.ron, when there is one).
    #[must_use]
    pub fn new(languages: Vec<String>) -> Self {
        Self {
            diagnostics: super::diagnostic::Diagnostics::default(),
            sounds_to_the_end: true,
            languages,
            media: Vec::new(),
            audio_durations: std::collections::HashMap::new(),
            quiz_ids: std::collections::HashMap::new(),
            all_languages_known: true,
            furigana: None,
            easy_japanese: std::collections::BTreeMap::new(),
            missing_glyphs: std::collections::BTreeMap::new(),
            translations: std::collections::BTreeMap::new(),
            pack_fonts: std::collections::BTreeMap::new(),
        }
    }
}

/// Checks of one RON file, reporting at value positions.
pub struct FileChecker<'a> {
    /// The file as shown to the user.
    pub file: &'a Path,
    /// Where its values are.
    pub map: &'a SourceMap,
    /// The pack-wide state.
    pub scan: &'a mut PackScan,
}

impl FileChecker<'_> {
    /// Position of the value at `path`.
    pub fn at(&self, path: &str) -> Position {
        self.map.position(path)
    }

    /// Reports an error at the value at `path`.
    pub fn error(&mut self, path: &str, message: impl Into<String>) {
        let position = self.at(path);
        self.scan.diagnostics.error(self.file, position, message);
    }

    /// Reports a warning at the value at `path`.
    pub fn warning(&mut self, path: &str, message: impl Into<String>) {
        let position = self.at(path);
        self.scan.diagnostics.warning(self.file, position, message);
    }

    /// A visitor-facing text: present and not empty in every pack language, drawable.
    pub fn text(&mut self, path: &str, text: &Text, what: &str) {
        let languages = self.scan.languages.clone();
        for language in &languages {
            let (texts, untranslated) = self.scan.translations.entry(language.clone()).or_default();
            *texts += 1;
            *untranslated += usize::from(text.get(language).is_none_or(|v| v.trim().is_empty()));
            match text.get(language) {
                None => self.error(path, format!("{what} has no \"{language}\" text")),
                Some(value) if value.trim().is_empty() => {
                    self.error(
                        &item(path, language),
                        format!("{what} is empty in \"{language}\""),
                    );
                }
                Some(value) => self.visitor_string(&item(path, language), language, what, value),
            }
        }
        for language in text.keys().filter(|l| !languages.contains(l)) {
            if !languages.is_empty() && self.scan.all_languages_known {
                self.warning(
                    &item(path, language),
                    format!(
                        "\"{language}\" is not one of the pack's languages ({}); this text is never shown",
                        languages.join(", ")
                    ),
                );
            }
        }
    }

    /// An optional visitor-facing text.
    pub fn optional_text(&mut self, path: &str, text: Option<&Text>, what: &str) {
        if let Some(text) = text {
            self.text(path, text, what);
        }
    }

    /// A visitor-facing string in `language`: drawable, its furigana well formed (and on every
    /// kanji when the pack says so), and in easy Japanese, within the guideline's limits.
    pub fn visitor_string(&mut self, path: &str, language: &str, what: &str, value: &str) {
        let plain = if self.scan.furigana.is_some() {
            super::ruby::plain(value).into_owned()
        } else {
            value.to_owned()
        };
        self.drawable(path, language, &plain);
        let Some(furigana) = self.scan.furigana else {
            if let Some(&at) = super::ruby::group_offsets(value).first() {
                let position = self.map.position_in_string(path, at);
                self.scan.diagnostics.warning(
                    self.file,
                    position,
                    "this looks like furigana ({base|reading}), but the pack does not declare furigana, \
                     so it is shown as written; add `furigana: Furigana(shown: true)` to pack.ron",
                );
            }
            // Easy Japanese without furigana: its braces are text, its kanji have no readings.
            if language == "ja-x-easy" && what != "the credit" {
                self.easy_japanese(path, what, &super::ruby::escape(value));
            }
            return;
        };
        let (_, problems) = super::ruby::parse(value);
        for problem in problems {
            let position = self.map.position_in_string(path, problem.byte_offset);
            self.scan
                .diagnostics
                .error(self.file, position, problem.kind.to_string());
        }
        let japanese = super::ruby::is_japanese(language);
        if !japanese {
            if let Some(&at) = super::ruby::group_offsets(value).first() {
                let position = self.map.position_in_string(path, at);
                self.scan.diagnostics.error(
                    self.file,
                    position,
                    format!(
                        "furigana in \"{language}\" text: readings belong in Japanese texts \
                         (\"ja\", \"ja-x-easy\") only"
                    ),
                );
            }
            return;
        }
        if furigana.every_kanji {
            for (at, run) in super::ruby::kanji_without_ruby(value) {
                let position = self.map.position_in_string(path, at);
                self.scan.diagnostics.warning(
                    self.file,
                    position,
                    format!("「{run}」 has no furigana (the pack puts furigana on every kanji)"),
                );
            }
        }
        // Credits are legal text quoted word for word: the guideline does not apply to them.
        if language == "ja-x-easy" && what != "the credit" {
            self.easy_japanese(path, what, value);
        }
    }

    /// The guideline's checks on one easy-Japanese string, each a warning at its position,
    /// counted by kind of text for the summary lines.
    fn easy_japanese(&mut self, path: &str, what: &str, value: &str) {
        for warning in super::easy_japanese::check(value) {
            let position = self.map.position_in_string(path, warning.byte_offset);
            let kind = match warning.problem {
                super::easy_japanese::EasyProblem::LongSentence { .. } => "long sentences",
                super::easy_japanese::EasyProblem::KanjiRun { .. } => "runs of kanji",
                super::easy_japanese::EasyProblem::KatakanaRun { .. } => "runs of katakana",
                super::easy_japanese::EasyProblem::KanjiOutsideSchoolList { .. } => {
                    "kanji beyond school grades without reading"
                }
                super::easy_japanese::EasyProblem::DoubleNegative { .. } => "double negatives",
            };
            *self
                .scan
                .easy_japanese
                .entry(what.to_owned())
                .or_default()
                .entry(kind)
                .or_default() += 1;
            self.scan.diagnostics.warning(
                self.file,
                position,
                format!("やさしい日本語: {}", warning.problem),
            );
        }
    }

    /// A visitor-facing string in `language`: every character must be in the face that draws
    /// that language; those it lacks are named in one error per text.
    pub fn drawable(&mut self, path: &str, language: &str, value: &str) {
        let mut missing = FontCoverage::for_language(language).missing_in(value);
        let pack_font = self.scan.pack_fonts.get(language);
        if let Some(pack_font) = pack_font {
            missing.retain(|c| !pack_font.contains(&u32::from(*c)));
        }
        if missing.is_empty() {
            return;
        }
        let shipped = Face::for_language(language)
            .first()
            .map_or("the kiosk's fonts", |face| face.name());
        let face = if pack_font.is_some() {
            format!("the pack's font or {shipped}, the fonts that draw")
        } else {
            format!("{shipped}, the font that draws")
        };
        let listed: Vec<String> = missing
            .iter()
            .map(|c| format!("'{c}' (U+{:04X})", u32::from(*c)))
            .collect();
        let count = missing.len();
        let characters = if count == 1 {
            "character"
        } else {
            "characters"
        };
        // Text of another language in the wrong place (Hangul in an "en" text) says whose.
        let remedy = super::language::KNOWN_LANGUAGES
            .iter()
            .map(|(code, _)| *code)
            .find(|code| {
                FontCoverage::for_language(code)
                    .missing_in(value)
                    .is_empty()
            })
            .map_or_else(
                || "write them otherwise, or give the pack a font that has them: `fonts` in pack.ron".to_owned(),
                |code| {
                    format!("the font of \"{code}\" has them: is this text in the wrong language?")
                },
            );
        self.error(
            path,
            format!(
                "{count} {characters} not in {face} \"{language}\": {}; \
                 visitors would see empty boxes ({remedy})",
                listed.join(", ")
            ),
        );
        let summary = self
            .scan
            .missing_glyphs
            .entry(language.to_owned())
            .or_default();
        summary.0 += 1;
        for c in missing {
            if !summary.1.contains(&c) {
                summary.1.push(c);
            }
        }
    }

    /// An id: lowercase letters, digits and `-`, starting with a letter or digit.
    pub fn id(&mut self, path: &str, id: &str, what: &str) -> bool {
        let valid = id
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            self.error(
                path,
                format!("{what} \"{id}\" may use only lowercase letters a–z, digits and \"-\""),
            );
        }
        valid
    }

    /// Reports every id of `ids` that appeared before in the list, at its second place.
    pub fn unique_ids<'i>(&mut self, ids: impl Iterator<Item = (String, &'i str)>, what: &str) {
        let mut seen: HashMap<&str, Position> = HashMap::new();
        for (path, id) in ids {
            if let Some(first) = seen.get(id) {
                let message = format!(
                    "duplicate {what} \"{id}\" (first used on line {})",
                    first.line
                );
                self.error(&path, message);
            } else {
                seen.insert(id, self.at(&path));
            }
        }
    }

    /// A media path: well formed now; existence and decoding are checked once per file later.
    pub fn media(&mut self, path: &str, written: &str, kind: MediaKind) {
        if let Err(e) = pack_path::check_form(written) {
            self.error(path, e.to_string());
            return;
        }
        let position = self.at(path);
        self.scan.media.push(MediaUse {
            written: written.to_owned(),
            file: self.file.to_path_buf(),
            position,
            kind,
        });
    }

    /// An image with its alt text, caption and credit.
    pub fn image(&mut self, path: &str, image: &Image) {
        self.media(&field(path, "path"), &image.path, MediaKind::Image);
        self.text(&field(path, "alt"), &image.alt, "the image's alt text");
        self.optional_text(
            &field(path, "caption"),
            image.caption.as_ref(),
            "the caption",
        );
        self.optional_text(&field(path, "credit"), image.credit.as_ref(), "the credit");
        if let Some(focus) = image.focus {
            for (name, share) in [("x", focus.x), ("y", focus.y)] {
                if !(0.0..=1.0).contains(&share) {
                    self.error(
                        &field(&field(path, "focus"), name),
                        format!("the focus's {name} is {share}; it must be between 0.0 (the picture's {}) and 1.0 (its {})",
                            if name == "x" { "left edge" } else { "top" },
                            if name == "x" { "right edge" } else { "bottom" }),
                    );
                }
            }
        }
    }

    /// Narration tracks per language, as on pages and questions.
    pub fn narrations(
        &mut self,
        path: &str,
        narration: &std::collections::BTreeMap<String, Narration>,
    ) {
        if narration.is_empty() {
            return;
        }
        let languages = self.scan.languages.clone();
        for language in &languages {
            if !narration.contains_key(language) {
                self.warning(
                    path,
                    format!("narration has no \"{language}\" track; visitors reading in \"{language}\" hear nothing here"),
                );
            }
        }
        for (language, track) in narration {
            let track_path = item(path, language);
            if !languages.contains(language) && self.scan.all_languages_known {
                self.warning(
                    &track_path,
                    format!("\"{language}\" is not one of the pack's languages; this narration is never played"),
                );
            }
            self.narration(&track_path, language, track);
        }
    }

    fn narration(&mut self, path: &str, language: &str, track: &Narration) {
        let transcript_path = field(path, "transcript");
        if track.transcript.trim().is_empty() {
            self.error(
                &transcript_path,
                "the transcript is empty: every narration needs one",
            );
        } else {
            self.visitor_string(
                &transcript_path,
                language,
                "the transcript",
                &track.transcript,
            );
        }
        let captions_path = field(path, "captions");
        let mut ends = Vec::new();
        let mut previous_end = 0;
        for (index, caption) in track.captions.iter().enumerate() {
            let caption_path = item(&captions_path, index);
            self.caption(&caption_path, language, caption, previous_end);
            previous_end = previous_end.max(caption.end_ms);
            ends.push((self.at(&field(&caption_path, "end_ms")), caption.end_ms));
        }
        self.media(
            &field(path, "audio"),
            &track.audio,
            MediaKind::Audio { captions: ends },
        );
    }

    fn caption(&mut self, path: &str, language: &str, caption: &Caption, previous_end_ms: u64) {
        if caption.end_ms <= caption.start_ms {
            self.error(
                &field(path, "end_ms"),
                format!(
                    "the caption ends ({} ms) before it starts ({} ms)",
                    caption.end_ms, caption.start_ms
                ),
            );
        }
        if caption.start_ms < previous_end_ms {
            self.warning(
                &field(path, "start_ms"),
                "the caption starts before the previous one ends; captions should be in order",
            );
        }
        if caption.text.trim().is_empty() {
            self.error(&field(path, "text"), "the caption text is empty");
        } else {
            self.visitor_string(&field(path, "text"), language, "the caption", &caption.text);
        }
    }
}

//! Loading a pack folder completely: every file read, every check run, every problem reported.
//!
//! [`load_pack`] is the only way a [`Pack`] comes into being, and it hands one out only when the
//! pack has no errors, so a pack that fails validation can never reach visitors.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::check::{FileChecker, PackScan};
use super::check_exhibit;
use super::check_media;
use super::check_pack;
use super::diagnostic::{Diagnostic, Diagnostics, Position};
use super::model::{Exhibit, PackManifest, QuestionKind};
use super::ron_file;

/// The manifest's file name.
pub const MANIFEST_FILE: &str = "pack.ron";
/// The folder of exhibit files.
pub const EXHIBITS_DIR: &str = "exhibits";

/// A pack that passed validation: safe to show.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The pack folder.
    pub dir: PathBuf,
    /// `pack.ron`.
    pub manifest: PackManifest,
    /// The exhibits, in the manifest's order.
    pub exhibits: Vec<Exhibit>,
    /// How long each narration file plays, by its path as written (decoded to its end by
    /// `validate`; from its header for a pack to show).
    pub audio_durations: std::collections::HashMap<String, std::time::Duration>,
    /// The fonts the pack brings, read from its files.
    pub fonts: Vec<super::check_fonts::LoadedFont>,
}

/// How much a pack holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PackCounts {
    /// Exhibit files read.
    pub exhibits: usize,
    /// Pages in them.
    pub pages: usize,
    /// Quizzes.
    pub quizzes: usize,
    /// Questions in the quizzes.
    pub questions: usize,
    /// Narration tracks (one audio file for one page or question in one language).
    pub narrations: usize,
    /// Questions per kind: single, multiple, true/false, image.
    pub questions_by_kind: [usize; 4],
}

/// The outcome of loading one pack folder.
#[derive(Debug, Clone)]
pub struct PackReport {
    /// The pack's id, or its folder name when `pack.ron` could not be read.
    pub id: String,
    /// Every problem found.
    pub diagnostics: Vec<Diagnostic>,
    /// What the pack holds (what could be read).
    pub counts: PackCounts,
    /// Languages, default first.
    pub languages: Vec<String>,
    /// The pack, only when it has no errors.
    pub pack: Option<Pack>,
}

impl PackReport {
    /// Number of errors.
    #[must_use]
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == super::Severity::Error)
            .count()
    }

    /// Number of warnings.
    #[must_use]
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }

    /// The summary line scripts read:
    /// `pack <id>: <E> errors, <W> warnings; <X> exhibits, <P> pages, <Q> quizzes, <N> questions, <A> narrations; languages <codes>`.
    #[must_use]
    pub fn summary_line(&self) -> String {
        let c = &self.counts;
        let mut line = String::new();
        let languages = if self.languages.is_empty() {
            "-".to_owned()
        } else {
            self.languages.join(",")
        };
        let _ = write!(
            line,
            "pack {}: {} errors, {} warnings; {} exhibits, {} pages, {} quizzes, {} questions, {} narrations; languages {}",
            self.id,
            self.error_count(),
            self.warning_count(),
            c.exhibits,
            c.pages,
            c.quizzes,
            c.questions,
            c.narrations,
            languages
        );
        line
    }
}

/// Loads and checks the pack in `dir`. Paths in diagnostics start with `dir` as given.
/// Whatever the files hold, this answers: a panic anywhere in the checks (decoders are
/// contained one level down, in [`crate::decoding`]; this is for a bug of our own) becomes an
/// error on the pack, so the other packs are still checked and no thread dies.
#[must_use]
pub fn load_pack(dir: &Path) -> PackReport {
    guarded_load(dir, true)
}

/// [`load_pack`] for a pack about to be shown: the same checks, but each sound is only opened
/// and its first half second decoded, its length taken from its header (`validate` decodes
/// every sound to its end). The kiosk's start and pack switches wait for this.
#[must_use]
pub fn load_pack_to_show(dir: &Path) -> PackReport {
    guarded_load(dir, false)
}

fn guarded_load(dir: &Path, sounds_to_the_end: bool) -> PackReport {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        checked_load(dir, sounds_to_the_end)
    }))
    .unwrap_or_else(|payload| {
        let mut diagnostics = Diagnostics::default();
        diagnostics.error(
            &dir.join(MANIFEST_FILE),
            Position::START,
            format!(
                "checking this pack stopped on an internal error ({}); please report it",
                crate::decoding::panic_message(payload.as_ref())
            ),
        );
        PackReport {
            id: dir.file_name().map_or_else(
                || dir.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            diagnostics: diagnostics.into_items(),
            counts: PackCounts::default(),
            languages: Vec::new(),
            pack: None,
        }
    })
}

fn checked_load(dir: &Path, sounds_to_the_end: bool) -> PackReport {
    let folder_name = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let manifest_file = dir.join(MANIFEST_FILE);
    let mut scan = PackScan::new(Vec::new());
    scan.sounds_to_the_end = sounds_to_the_end;
    let fail = |scan: PackScan, id: String| PackReport {
        id,
        diagnostics: scan.diagnostics.into_items(),
        counts: PackCounts::default(),
        languages: Vec::new(),
        pack: None,
    };
    if !dir.is_dir() {
        scan.diagnostics.error(
            &manifest_file,
            Position::START,
            format!("no pack folder at \"{}\"", dir.display()),
        );
        return fail(scan, folder_name);
    }
    if !manifest_file.exists() {
        scan.diagnostics.error(
            &manifest_file,
            Position::START,
            "pack.ron is missing: every pack folder needs one",
        );
        return fail(scan, folder_name);
    }
    // pack.ron and the exhibit files obey the rule media do: no link out of the pack.
    if let Err(e) = super::pack_path::resolve(dir, MANIFEST_FILE) {
        scan.diagnostics
            .error(&manifest_file, Position::START, e.to_string());
        return fail(scan, folder_name);
    }
    let Some(parsed) =
        ron_file::read::<PackManifest>(&manifest_file, &manifest_file, &mut scan.diagnostics)
    else {
        return fail(scan, folder_name);
    };
    let manifest = parsed.value;
    let manifest_map = parsed.source_map;
    let fonts = {
        let mut checker = FileChecker {
            file: &manifest_file,
            map: &manifest_map,
            scan: &mut scan,
        };
        let languages = check_pack::languages(&mut checker, &manifest);
        checker.scan.languages = languages;
        checker.scan.furigana = manifest.furigana;
        // Before the texts: their glyph check counts the pack's fonts.
        let fonts = super::check_fonts::pack_fonts(dir, &mut checker, &manifest.fonts);
        check_pack::manifest(&mut checker, &manifest);
        fonts
    };

    let (exhibits, all_exhibits_read) =
        load_exhibits(dir, &manifest, &manifest_file, &manifest_map, &mut scan);
    // A quiz in an exhibit file that could not be read is unknown, not missing: saying it is
    // missing would send the author looking for the wrong problem.
    if all_exhibits_read {
        check_featured_quizzes(&manifest, &manifest_file, &manifest_map, &mut scan);
    }
    check_unlisted_exhibit_files(dir, &manifest, &mut scan);
    easy_japanese_summaries(&manifest_file, &mut scan);
    missing_glyph_summaries(&manifest_file, &mut scan);
    translation_summaries(&manifest_file, &mut scan);
    check_media::media_files(dir, &mut scan);
    check_media::credits(
        dir,
        &manifest_file,
        &manifest_map,
        &manifest.credits,
        &mut scan,
    );

    let counts = count(&exhibits);
    let id = if manifest.id.is_empty() {
        folder_name
    } else {
        manifest.id.clone()
    };
    let languages = scan.languages.clone();
    let audio_durations = std::mem::take(&mut scan.audio_durations);
    let (manifest, exhibits) = texts_as_marked(manifest, exhibits);
    let pack = (scan.diagnostics.error_count() == 0).then(|| Pack {
        dir: dir.to_path_buf(),
        manifest,
        exhibits,
        audio_durations,
        fonts,
    });
    PackReport {
        id,
        diagnostics: scan.diagnostics.into_items(),
        counts,
        languages,
        pack,
    }
}

/// One line per kind of text, so an author sees where easy Japanese needs most work.
fn easy_japanese_summaries(manifest_file: &Path, scan: &mut PackScan) {
    for (what, kinds) in std::mem::take(&mut scan.easy_japanese) {
        let parts: Vec<String> = kinds
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect();
        scan.diagnostics.warning(
            manifest_file,
            Position::START,
            format!("やさしい日本語 summary for {what}: {}", parts.join(", ")),
        );
    }
}

/// One summary line per language some visitor texts lack (each has its own error already):
/// how far the translation into it has come, so a translator sees what is left.
fn translation_summaries(manifest_file: &Path, scan: &mut PackScan) {
    for (language, (texts, untranslated)) in std::mem::take(&mut scan.translations) {
        if untranslated == 0 {
            continue;
        }
        let done = texts - untranslated;
        let percent = done * 100 / texts.max(1);
        let missing = if untranslated == 1 {
            "1 text has".to_owned()
        } else {
            format!("{untranslated} texts have")
        };
        scan.diagnostics.warning(
            manifest_file,
            Position::START,
            format!(
                "summary for \"{language}\": {done} of {texts} visitor texts translated \
                 ({percent} %); {missing} no \"{language}\" words yet (each is listed with its place)"
            ),
        );
    }
}

/// One summary line per language whose font lacks characters of the pack's texts (each text
/// has its own error already): how many texts, which characters, and what to do.
fn missing_glyph_summaries(manifest_file: &Path, scan: &mut PackScan) {
    for (language, (texts, characters)) in std::mem::take(&mut scan.missing_glyphs) {
        let face = crate::fonts::Face::for_language(&language)
            .first()
            .map_or("the kiosk's fonts", |face| face.name());
        let shown: Vec<String> = characters.iter().take(40).map(char::to_string).collect();
        let shown = shown.join(" ");
        let more = characters.len().saturating_sub(40);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        let texts_use = if texts == 1 {
            "1 text uses".to_owned()
        } else {
            format!("{texts} texts use")
        };
        scan.diagnostics.warning(
            manifest_file,
            Position::START,
            format!(
                "summary for \"{language}\": {texts_use} characters that {face} cannot draw \
                 ({shown}{more}); the kiosk's fonts are listed in content/README.md: write \
                 \"{language}\" texts with the characters of its font, add a font that has them \
                 to the pack (`fonts` in pack.ron), or leave the language out of this pack"
            ),
        );
    }
}

/// The pack's texts as the screens read them: marked text. Without furigana, braces are only
/// braces, so each is doubled.
fn texts_as_marked(
    mut manifest: PackManifest,
    mut exhibits: Vec<Exhibit>,
) -> (PackManifest, Vec<Exhibit>) {
    if manifest.furigana.is_none() {
        super::visitor_texts::for_each_mut(&mut manifest, &mut exhibits, &mut |text| {
            if let std::borrow::Cow::Owned(escaped) = super::ruby::escape(text) {
                *text = escaped;
            }
        });
    }
    (manifest, exhibits)
}

fn load_exhibits(
    dir: &Path,
    manifest: &PackManifest,
    manifest_file: &Path,
    manifest_map: &super::SourceMap,
    scan: &mut PackScan,
) -> (Vec<Exhibit>, bool) {
    let mut exhibits = Vec::new();
    let mut all_read = true;
    for (index, id) in manifest.exhibits.iter().enumerate() {
        if manifest
            .exhibits
            .get(..index)
            .is_some_and(|before| before.contains(id))
        {
            continue;
        }
        let file = dir.join(EXHIBITS_DIR).join(format!("{id}.ron"));
        if super::pack_path::check_form(id).is_err() || id.contains('/') {
            all_read = false;
            continue; // Already reported as an invalid id.
        }
        if !file.exists() {
            let position = manifest_map.position(&super::source_map::item("exhibits", index));
            scan.diagnostics.error(
                manifest_file,
                position,
                format!("exhibit \"{id}\" has no file: expected {EXHIBITS_DIR}/{id}.ron"),
            );
            all_read = false;
            continue;
        }
        let written = format!("{EXHIBITS_DIR}/{id}.ron");
        if let Err(e) = super::pack_path::resolve(dir, &written) {
            let position = manifest_map.position(&super::source_map::item("exhibits", index));
            scan.diagnostics
                .error(manifest_file, position, e.to_string());
            all_read = false;
            continue;
        }
        let Some(parsed) = ron_file::read::<Exhibit>(&file, &file, &mut scan.diagnostics) else {
            all_read = false;
            continue;
        };
        let mut checker = FileChecker {
            file: &file,
            map: &parsed.source_map,
            scan,
        };
        check_exhibit::exhibit(&mut checker, &parsed.value, id);
        exhibits.push(parsed.value);
    }
    (exhibits, all_read)
}

fn check_featured_quizzes(
    manifest: &PackManifest,
    manifest_file: &Path,
    manifest_map: &super::SourceMap,
    scan: &mut PackScan,
) {
    for (index, quiz) in manifest.featured_quizzes.iter().enumerate() {
        if !scan.quiz_ids.contains_key(quiz) {
            let position =
                manifest_map.position(&super::source_map::item("featured_quizzes", index));
            scan.diagnostics.error(
                manifest_file,
                position,
                format!("featured quiz \"{quiz}\" is not the id of any exhibit's quiz"),
            );
        }
    }
}

fn check_unlisted_exhibit_files(dir: &Path, manifest: &PackManifest, scan: &mut PackScan) {
    let Ok(entries) = std::fs::read_dir(dir.join(EXHIBITS_DIR)) else {
        return;
    };
    let mut unlisted: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .filter(|path| {
            path.file_stem()
                .and_then(|s| s.to_str())
                .is_none_or(|stem| !manifest.exhibits.iter().any(|id| id == stem))
        })
        .collect();
    unlisted.sort();
    for path in unlisted {
        scan.diagnostics.warning(
            &path,
            Position::START,
            "this exhibit is not listed in pack.ron's exhibits, so it is never shown",
        );
    }
}

fn count(exhibits: &[Exhibit]) -> PackCounts {
    let mut counts = PackCounts {
        exhibits: exhibits.len(),
        ..PackCounts::default()
    };
    for exhibit in exhibits {
        counts.pages += exhibit.pages.len();
        counts.narrations += exhibit
            .pages
            .iter()
            .map(|p| p.narration.len())
            .sum::<usize>();
        if let Some(quiz) = &exhibit.quiz {
            counts.quizzes += 1;
            counts.questions += quiz.questions.len();
            for question in &quiz.questions {
                counts.narrations += question.narration.len();
                let kind = match question.kind {
                    QuestionKind::SingleChoice { .. } => 0,
                    QuestionKind::MultipleChoice { .. } => 1,
                    QuestionKind::TrueFalse { .. } => 2,
                    QuestionKind::ImageChoice { .. } => 3,
                };
                if let Some(slot) = counts.questions_by_kind.get_mut(kind) {
                    *slot += 1;
                }
            }
        }
    }
    counts
}

/// The pack folders in `content_dir`: every sub-folder not starting with `.`, sorted by name.
pub fn find_packs(content_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut packs: Vec<PathBuf> = std::fs::read_dir(content_dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.'))
        })
        .collect();
    packs.sort();
    Ok(packs)
}

/// Which pack file some bytes are meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackFileKind {
    /// `pack.ron`.
    Manifest,
    /// `exhibits/<id>.ron`.
    Exhibit,
}

/// Parses and checks one pack file from memory, without touching the disk (media are not
/// opened). For fuzzing and property tests of the parsing and checking code.
#[must_use]
pub fn check_file_bytes(kind: PackFileKind, bytes: &[u8]) -> Vec<Diagnostic> {
    let mut scan = PackScan::new(vec!["ja".to_owned(), "en".to_owned()]);
    match kind {
        PackFileKind::Manifest => {
            let file = Path::new(MANIFEST_FILE);
            if let Some(parsed) =
                ron_file::parse::<PackManifest>(bytes, file, &mut scan.diagnostics)
            {
                let mut checker = FileChecker {
                    file,
                    map: &parsed.source_map,
                    scan: &mut scan,
                };
                let languages = check_pack::languages(&mut checker, &parsed.value);
                checker.scan.languages = languages;
                checker.scan.furigana = parsed.value.furigana;
                check_pack::manifest(&mut checker, &parsed.value);
            }
        }
        PackFileKind::Exhibit => {
            let file = Path::new("exhibits/exhibit.ron");
            if let Some(parsed) = ron_file::parse::<Exhibit>(bytes, file, &mut scan.diagnostics) {
                let mut checker = FileChecker {
                    file,
                    map: &parsed.source_map,
                    scan: &mut scan,
                };
                check_exhibit::exhibit(&mut checker, &parsed.value, &parsed.value.id);
            }
        }
    }
    scan.diagnostics.into_items()
}

//! The fonts a pack brings (`fonts:` in pack.ron): each for one of the pack's languages, once
//! per language; each file inside the pack, within the size limit, a TrueType or OpenType
//! font that can be read, and credited like pictures. Their characters join the check that
//! every text can be drawn, and their bytes are handed to the kiosk with the pack.
//!
//! Read on the pack loader's thread (or by `validate`), never on the UI thread.

use std::collections::HashSet;
use std::io::Read as _;
use std::path::Path;
use std::sync::Arc;

use super::check::{FileChecker, MediaKind};
use super::model::PackFont;
use super::pack_path;
use super::source_map::{field, item};

/// The largest font file a pack may bring (a full Noto CJK face is about 16 MB).
pub const MAX_FONT_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// A font a pack brings, read and checked.
#[derive(Debug, Clone)]
pub struct LoadedFont {
    /// The language whose texts it draws.
    pub language: String,
    /// The regular face's file.
    pub regular: Arc<Vec<u8>>,
    /// The bold face's file, if the pack has one.
    pub bold: Option<Arc<Vec<u8>>>,
}

/// Checks the manifest's `fonts` and reads them; the characters each language's pack font
/// draws (in regular and bold alike) go into the scan for the glyph check.
pub fn pack_fonts(
    dir: &Path,
    checker: &mut FileChecker<'_>,
    fonts: &[PackFont],
) -> Vec<LoadedFont> {
    let mut loaded = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (index, font) in fonts.iter().enumerate() {
        let path = item("fonts", index);
        let language = font.language.as_str();
        if !checker.scan.languages.iter().any(|l| l == language) {
            checker.error(
                &field(&path, "language"),
                format!(
                    "\"{language}\" is not one of the pack's languages ({}): a font is for one of them",
                    checker.scan.languages.join(", ")
                ),
            );
            continue;
        }
        if seen.contains(&language) {
            checker.error(
                &field(&path, "language"),
                format!("\"{language}\" has a font already: one font per language"),
            );
            continue;
        }
        seen.push(language);
        let regular = read_face(dir, checker, &field(&path, "regular"), &font.regular);
        let bold = font
            .bold
            .as_ref()
            .map(|bold| read_face(dir, checker, &field(&path, "bold"), bold));
        let Some((regular, mut characters)) = regular else {
            continue;
        };
        let bold = match bold {
            None => None,
            Some(None) => continue,
            Some(Some((bytes, bold_characters))) => {
                characters.retain(|c| bold_characters.contains(c));
                Some(bytes)
            }
        };
        checker
            .scan
            .pack_fonts
            .insert(language.to_owned(), Arc::new(characters));
        loaded.push(LoadedFont {
            language: language.to_owned(),
            regular,
            bold,
        });
    }
    loaded
}

/// One face's file: its bytes and the characters it maps, or an error at `path`.
fn read_face(
    dir: &Path,
    checker: &mut FileChecker<'_>,
    path: &str,
    written: &str,
) -> Option<(Arc<Vec<u8>>, HashSet<u32>)> {
    // Credited like every media file (the credit check reads the scan's media).
    checker.media(path, written, MediaKind::Font);
    let file = match pack_path::resolve(dir, written) {
        Ok(file) => file,
        Err(e) => {
            checker.error(path, e.to_string());
            return None;
        }
    };
    let bytes = match read_limited(&file) {
        Ok(bytes) => bytes,
        Err(reason) => {
            checker.error(path, format!("font \"{written}\": {reason}"));
            return None;
        }
    };
    let characters = match skrifa::FontRef::new(&bytes) {
        Ok(face) => {
            use skrifa::MetadataProvider as _;
            face.charmap()
                .mappings()
                .map(|(c, _)| c)
                .collect::<HashSet<u32>>()
        }
        Err(e) => {
            checker.error(
                path,
                format!(
                    "font \"{written}\" is not a TrueType or OpenType font the kiosk can read ({e})"
                ),
            );
            return None;
        }
    };
    if characters.is_empty() {
        checker.error(
            path,
            format!("font \"{written}\" maps no characters: it would draw nothing"),
        );
        return None;
    }
    Some((Arc::new(bytes), characters))
}

/// The file's bytes, if it is a regular file within [`MAX_FONT_FILE_BYTES`].
fn read_limited(file: &Path) -> Result<Vec<u8>, String> {
    let opened = crate::regular_file::open(file).map_err(|e| e.to_string())?;
    let size = opened.metadata().map_err(|e| e.to_string())?.len();
    if size > MAX_FONT_FILE_BYTES {
        return Err(format!(
            "{} is larger than the {} a font may be",
            crate::digits::human_bytes(size),
            crate::digits::human_bytes(MAX_FONT_FILE_BYTES)
        ));
    }
    let mut bytes = Vec::new();
    opened
        .take(MAX_FONT_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    Ok(bytes)
}

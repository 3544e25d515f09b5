//! The dictionary behind the proposals: lindera with IPADIC, read from a folder the user
//! installed (never downloaded, never built into the binary).
//!
//! `--dictionary` may name either
//! * IPADIC's source, as Debian's `mecab-ipadic` installs it in `/usr/share/mecab/dic/ipadic`
//!   (the `*.csv` word lists, `matrix.def`, `char.def`, `unk.def`; EUC-JP, or UTF-8 if
//!   converted): lindera compiles it once into the cache folder (seconds; 46 MB), and later
//!   runs load the compiled copy, rebuilt only when the source files change; or
//! * a dictionary lindera has already compiled (a folder with `metadata.json`), loaded as is.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use lindera::dictionary::{DictionaryBuilder, Metadata, Schema, load_fs_dictionary};
use lindera::mode::Mode;
use lindera::segmenter::Segmenter;

use super::tokenizer::{TokenizeError, Tokenizer, Word};

/// The name of the compiled copy inside the cache folder.
const COMPILED_NAME: &str = "ipadic-lindera";

/// The file in the compiled copy that says which source (and which lindera, whose compiled
/// format may change) it was built from.
const SOURCE_STAMP: &str = "plaza-kiosk-source.txt";

/// IPADIC's fields, as lindera's own IPADIC build names them.
const IPADIC_FIELDS: [&str; 13] = [
    "surface",
    "left_context_id",
    "right_context_id",
    "cost",
    "part_of_speech",
    "part_of_speech_subcategory_1",
    "part_of_speech_subcategory_2",
    "part_of_speech_subcategory_3",
    "conjugation_form",
    "conjugation_type",
    "base_form",
    "reading",
    "pronunciation",
];

/// Why the dictionary could not be had.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    /// The folder is neither IPADIC's source nor a compiled dictionary.
    #[error(
        "{}: not a dictionary this tool reads. Give IPADIC's source folder \
         (install Debian's mecab-ipadic: sudo apt-get install mecab-ipadic, then \
         --dictionary /usr/share/mecab/dic/ipadic) or a dictionary compiled by lindera \
         (a folder with metadata.json){hint}",
        dir.display()
    )]
    NotADictionary {
        /// The folder given.
        dir: PathBuf,
        /// More words when the folder is a known other kind.
        hint: &'static str,
    },
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// Which.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// lindera refused to compile or load the dictionary.
    #[error("{}: lindera could not {action} the dictionary: {message}", dir.display())]
    Lindera {
        /// The folder.
        dir: PathBuf,
        /// "compile" or "load".
        action: &'static str,
        /// lindera's words.
        message: String,
    },
}

/// What the dictionary folder turned out to be, for the user to be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Loaded as given.
    Compiled(PathBuf),
    /// Loaded from the cache, compiled earlier from this source.
    Cached(PathBuf),
    /// Compiled just now into the cache folder, in this many seconds.
    JustCompiled(PathBuf, u64),
}

/// IPADIC through lindera.
pub struct IpadicTokenizer {
    segmenter: Segmenter,
}

impl std::fmt::Debug for IpadicTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IpadicTokenizer")
    }
}

impl Tokenizer for IpadicTokenizer {
    fn tokenize(&self, text: &str) -> Result<Vec<Word>, TokenizeError> {
        let tokens = self
            .segmenter
            .segment(Cow::Borrowed(text))
            .map_err(|e| TokenizeError(e.to_string()))?;
        Ok(tokens
            .into_iter()
            .map(|mut token| Word {
                bytes: token.byte_start..token.byte_end,
                reading: token.get("reading").map(str::to_owned),
            })
            .collect())
    }
}

/// Opens the dictionary in `dir`, compiling IPADIC's source into `cache` first if needed
/// (`before_compiling` is called with the target folder, to tell the user it takes a while).
pub fn open(
    dir: &Path,
    cache: &Path,
    before_compiling: impl FnOnce(&Path),
) -> Result<(IpadicTokenizer, Origin), DictionaryError> {
    let (compiled, origin) = if dir.join("metadata.json").is_file() {
        (dir.to_path_buf(), Origin::Compiled(dir.to_path_buf()))
    } else if dir.join("matrix.def").is_file() {
        compiled_from_source(dir, cache, before_compiling)?
    } else {
        let hint = if dir.join("sys.dic").is_file() {
            "; this folder holds MeCab's own compiled form, which lindera does not read"
        } else {
            ""
        };
        return Err(DictionaryError::NotADictionary {
            dir: dir.to_path_buf(),
            hint,
        });
    };
    let dictionary = load_fs_dictionary(&compiled).map_err(|e| DictionaryError::Lindera {
        dir: compiled.clone(),
        action: "load",
        message: e.to_string(),
    })?;
    let segmenter = Segmenter::new(Mode::Normal, dictionary, None);
    Ok((IpadicTokenizer { segmenter }, origin))
}

/// The compiled copy of the IPADIC source `source` in `cache`, compiled now if there is none
/// or it was compiled from other files.
fn compiled_from_source(
    source: &Path,
    cache: &Path,
    before_compiling: impl FnOnce(&Path),
) -> Result<(PathBuf, Origin), DictionaryError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DictionaryError::Io { path, source }
    };
    let stamp = source_stamp(source)?;
    let target = cache.join(COMPILED_NAME);
    if std::fs::read_to_string(target.join(SOURCE_STAMP)).is_ok_and(|s| s == stamp) {
        return Ok((target.clone(), Origin::Cached(target)));
    }
    before_compiling(&target);
    let started = std::time::Instant::now();
    std::fs::create_dir_all(cache).map_err(io(cache))?;
    // Compiled beside the target and renamed into place, so an interrupted build is never
    // taken for a finished one.
    let partial = cache.join(format!("{COMPILED_NAME}.partial-{}", std::process::id()));
    if partial.exists() {
        std::fs::remove_dir_all(&partial).map_err(io(&partial))?;
    }
    let metadata = Metadata::new(
        "ipadic".to_owned(),
        source_encoding(source)?.to_owned(),
        -10000,
        0,
        0,
        "*".to_owned(),
        true,
        false,
        true,
        Schema::new(IPADIC_FIELDS.iter().map(|f| (*f).to_owned()).collect()),
        Schema::new(vec![
            "surface".to_owned(),
            "part_of_speech".to_owned(),
            "reading".to_owned(),
        ]),
    );
    let built = DictionaryBuilder::new(metadata).build_dictionary(source, &partial);
    if let Err(e) = built {
        let _ = std::fs::remove_dir_all(&partial);
        return Err(DictionaryError::Lindera {
            dir: source.to_path_buf(),
            action: "compile",
            message: e.to_string(),
        });
    }
    std::fs::write(partial.join(SOURCE_STAMP), &stamp).map_err(io(&partial))?;
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(io(&target))?;
    }
    if let Err(e) = std::fs::rename(&partial, &target) {
        // Another run compiled the same source at the same time and got there first.
        let _ = std::fs::remove_dir_all(&partial);
        if !std::fs::read_to_string(target.join(SOURCE_STAMP)).is_ok_and(|s| s == stamp) {
            return Err(io(&target)(e));
        }
    }
    let seconds = started.elapsed().as_secs();
    Ok((target.clone(), Origin::JustCompiled(target, seconds)))
}

/// What identifies the source: its folder and each file's name, size and change time.
fn source_stamp(source: &Path) -> Result<String, DictionaryError> {
    let folder = std::fs::canonicalize(source).map_err(|e| DictionaryError::Io {
        path: source.to_path_buf(),
        source: e,
    })?;
    let mut files = Vec::new();
    let entries = std::fs::read_dir(&folder).map_err(|e| DictionaryError::Io {
        path: folder.clone(),
        source: e,
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        if metadata.is_file() {
            let changed = metadata
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            files.push((name, metadata.len(), changed));
        }
    }
    files.sort();
    let mut stamp = format!(
        "source: {}\nlindera: {}\n",
        folder.display(),
        lindera::get_version()
    );
    for (name, length, changed) in files {
        let _ = writeln!(stamp, "{name} {length} {changed}");
    }
    Ok(stamp)
}

/// The encoding of the source's word lists: UTF-8 if the first list is valid UTF-8, else
/// EUC-JP (IPADIC as published, and as Debian ships it).
fn source_encoding(source: &Path) -> Result<&'static str, DictionaryError> {
    let mut lists: Vec<PathBuf> = std::fs::read_dir(source)
        .map_err(|e| DictionaryError::Io {
            path: source.to_path_buf(),
            source: e,
        })?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "csv"))
        .collect();
    lists.sort();
    let Some(first) = lists.first() else {
        return Err(DictionaryError::NotADictionary {
            dir: source.to_path_buf(),
            hint: "; it has matrix.def but no word lists (*.csv)",
        });
    };
    let bytes = std::fs::read(first).map_err(|e| DictionaryError::Io {
        path: first.clone(),
        source: e,
    })?;
    Ok(if std::str::from_utf8(&bytes).is_ok() {
        "UTF-8"
    } else {
        "EUC-JP"
    })
}

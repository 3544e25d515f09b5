//! A whole pack: `pack.ron` and every `exhibits/*.ron`, each read as the kiosk reads it (a
//! file that does not load is not touched), proposals made for all of them first, then each
//! changed file replaced whole ([`crate::atomic_file`]), so a failure never leaves half a
//! file, and a problem in one file leaves the whole pack as it was.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use super::proposals::{self, Proposal, ProposalError, Unread};
use super::tokenizer::Tokenizer;
use crate::content::model::{Exhibit, PackManifest};
use crate::content::ron_file::{self, MAX_RON_FILE_BYTES, describe_io, human_bytes};
use crate::content::{Diagnostics, EXHIBITS_DIR, MANIFEST_FILE};

/// Why a pack's proposals could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// No `pack.ron` in the folder.
    #[error("{}: no {MANIFEST_FILE} here; give the folder of a pack", pack.display())]
    NotAPack {
        /// The folder given.
        pack: PathBuf,
    },
    /// A file (or the exhibits folder) could not be read.
    #[error("{}: {message}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// What went wrong, in words.
        message: String,
    },
    /// A file does not load; its problems, one a line.
    #[error(
        "{diagnostics}\n{}: does not load, so it was left alone (see `plaza-kiosk validate`)",
        file.display()
    )]
    DoesNotLoad {
        /// The file.
        file: PathBuf,
        /// Its diagnostics, one a line.
        diagnostics: String,
    },
    /// The proposals for a file could not be made.
    #[error("{}:{source}", file.display())]
    Proposal {
        /// The file.
        file: PathBuf,
        /// Why.
        source: ProposalError,
    },
    /// A changed file could not be written (it is as it was).
    #[error("{}: cannot write it: {source}", file.display())]
    Write {
        /// The file.
        file: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// What the tool found in one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The file, as the pack folder was named plus its place in the pack.
    pub file: PathBuf,
    /// The strings that get ruby.
    pub proposals: Vec<Proposal>,
    /// Words with kanji left without ruby.
    pub unread: Vec<Unread>,
}

/// The RON files of the pack at `pack`: `pack.ron`, then `exhibits/*.ron` by name.
pub fn pack_files(pack: &Path) -> Result<Vec<PathBuf>, PackError> {
    let manifest = pack.join(MANIFEST_FILE);
    if !manifest.is_file() {
        return Err(PackError::NotAPack {
            pack: pack.to_path_buf(),
        });
    }
    let mut exhibits = Vec::new();
    let folder = pack.join(EXHIBITS_DIR);
    if folder.is_dir() {
        let entries = std::fs::read_dir(&folder).map_err(|e| PackError::Read {
            file: folder.clone(),
            message: describe_io(&e),
        })?;
        for entry in entries {
            let entry = entry.map_err(|e| PackError::Read {
                file: folder.clone(),
                message: describe_io(&e),
            })?;
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "ron") && path.is_file() {
                exhibits.push(path);
            }
        }
    }
    exhibits.sort();
    let mut files = vec![manifest];
    files.extend(exhibits);
    Ok(files)
}

/// Proposes ruby for every Japanese string of the pack at `pack`; with `write`, writes the
/// proposals into the files (nothing is written when any file fails).
pub fn run(
    pack: &Path,
    tokenizer: &dyn Tokenizer,
    write: bool,
) -> Result<Vec<FileReport>, PackError> {
    let mut reports = Vec::new();
    let mut changed = Vec::new();
    for (index, file) in pack_files(pack)?.into_iter().enumerate() {
        let text = read_loading(&file, index == 0)?;
        let found = proposals::propose(&text, tokenizer).map_err(|source| PackError::Proposal {
            file: file.clone(),
            source,
        })?;
        if !found.proposals.is_empty() {
            changed.push((file.clone(), found.new_text));
        }
        reports.push(FileReport {
            file,
            proposals: found.proposals,
            unread: found.unread,
        });
    }
    if write {
        for (file, text) in changed {
            let mode = std::fs::metadata(&file).map_or(0o644, |m| m.permissions().mode() & 0o7777);
            crate::atomic_file::write(&file, text.as_bytes(), mode)
                .map_err(|source| PackError::Write { file, source })?;
        }
    }
    Ok(reports)
}

/// The text of the pack file `file` if it loads as the kiosk loads it (the manifest as a
/// `Pack`, an exhibit as an `Exhibit`).
fn read_loading(file: &Path, is_manifest: bool) -> Result<String, PackError> {
    let unreadable = |message: String| PackError::Read {
        file: file.to_path_buf(),
        message,
    };
    let length = std::fs::metadata(file)
        .map_err(|e| unreadable(describe_io(&e)))?
        .len();
    if length > MAX_RON_FILE_BYTES {
        return Err(unreadable(format!(
            "file is too large ({}); a pack's RON files may be at most {}",
            human_bytes(length),
            human_bytes(MAX_RON_FILE_BYTES)
        )));
    }
    let bytes = crate::regular_file::read(file).map_err(|e| unreadable(describe_io(&e)))?;
    let mut diagnostics = Diagnostics::default();
    let loads = if is_manifest {
        ron_file::parse::<PackManifest>(&bytes, file, &mut diagnostics).is_some()
    } else {
        ron_file::parse::<Exhibit>(&bytes, file, &mut diagnostics).is_some()
    };
    if !loads {
        let lines: Vec<String> = diagnostics
            .items()
            .iter()
            .map(ToString::to_string)
            .collect();
        return Err(PackError::DoesNotLoad {
            file: file.to_path_buf(),
            diagnostics: lines.join("\n"),
        });
    }
    String::from_utf8(bytes).map_err(|_| unreadable("the file is not valid UTF-8".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::super::fake_dictionary::FakeDictionary;
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                copy_dir(&entry.path(), &to.join(entry.file_name()));
            } else {
                std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
            }
        }
    }

    fn pack_copy() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let pack = dir.path().join("minimal");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal");
        copy_dir(&fixture, &pack);
        (dir, pack)
    }

    fn dictionary() -> FakeDictionary {
        FakeDictionary(vec![
            ("最初", "サイショ"),
            ("展示", "テンジ"),
            ("正解", "セイカイ"),
        ])
    }

    #[test]
    fn check_writes_nothing_and_write_changes_only_the_proposed_strings() {
        let (_dir, pack) = pack_copy();
        let exhibit = pack.join("exhibits/first.ron");
        let before = std::fs::read_to_string(&exhibit).unwrap();
        let reports = run(&pack, &dictionary(), false).unwrap();
        assert_eq!(std::fs::read_to_string(&exhibit).unwrap(), before);
        let proposed: Vec<(String, &str)> = reports
            .iter()
            .flat_map(|r| {
                let name = r.file.file_name().unwrap().to_string_lossy().into_owned();
                r.proposals
                    .iter()
                    .map(move |p| (name.clone(), p.proposed.as_str()))
            })
            .collect();
        let expected = [
            ("pack.ron", "テスト{展示|てんじ}"),
            ("pack.ron", "テスト用の最小の{展示|てんじ}です。"),
            ("first.ron", "{最初|さいしょ}の{展示|てんじ}"),
            ("first.ron", "全問{正解|せいかい}！"),
        ];
        let expected: Vec<(String, &str)> = expected
            .iter()
            .map(|(f, p)| ((*f).to_owned(), *p))
            .collect();
        assert_eq!(proposed, expected);

        run(&pack, &dictionary(), true).unwrap();
        let after = std::fs::read_to_string(&exhibit).unwrap();
        assert!(after.contains(
            "    title: {\"ja\": \"{最初|さいしょ}の{展示|てんじ}\", \"en\": \"The first exhibit\"}, // furigana: proposed, review\n"
        ));
        // Every other line is as it was; the changed ones carry the review comment.
        assert_eq!(after.lines().count(), before.lines().count());
        let changed = before
            .lines()
            .zip(after.lines())
            .filter(|(old, new)| old != new)
            .inspect(|(_, new)| assert!(new.ends_with(" // furigana: proposed, review"), "{new}"))
            .count();
        assert_eq!(changed, 2);
        // The pack still loads, and a second run finds nothing more to do.
        let report = crate::content::load_pack(&pack);
        assert_eq!(report.error_count(), 0, "{:?}", report.diagnostics);
        let again = run(&pack, &dictionary(), false).unwrap();
        assert!(again.iter().all(|r| r.proposals.is_empty()));
    }

    #[test]
    fn a_file_that_does_not_load_stops_the_run_before_anything_is_written() {
        let (_dir, pack) = pack_copy();
        std::fs::write(pack.join("exhibits/zz-broken.ron"), "Exhibit(id: ").unwrap();
        let before = std::fs::read_to_string(pack.join("pack.ron")).unwrap();
        let error = run(&pack, &dictionary(), true).unwrap_err();
        assert!(matches!(error, PackError::DoesNotLoad { .. }), "{error}");
        assert!(error.to_string().contains("zz-broken.ron"));
        assert_eq!(
            std::fs::read_to_string(pack.join("pack.ron")).unwrap(),
            before
        );
        assert!(matches!(
            run(&pack.join("exhibits"), &dictionary(), false),
            Err(PackError::NotAPack { .. })
        ));
    }
}

//! The packs under the content folder as the staff menu lists them: each validated and, when
//! it has no errors, loaded whole on a `pack-scan` job, so switching to one is instant.

use std::path::PathBuf;

use crate::content::{self, Pack};
use crate::worker::{Outcome, Wake};

/// A pack under the content folder, as the menu lists it.
#[derive(Debug, Clone)]
pub struct PackEntry {
    /// Its folder.
    pub dir: PathBuf,
    /// Its id (or folder name).
    pub id: String,
    /// Errors found.
    pub errors: usize,
    /// The first few problems, each as `file:line:column: message` with the file inside the
    /// pack, for the list.
    pub problems: Vec<String>,
    /// The loaded pack, when it has no errors.
    pub pack: Option<Box<Pack>>,
    /// The first and last day it shows by itself, read once here from its manifest.
    pub active_days: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

/// Validates and loads every pack under `content_dir` on a `pack-scan` job.
#[must_use]
pub fn scan_in_background(content_dir: PathBuf, wake: &Wake) -> Outcome<Vec<PackEntry>> {
    Outcome::start("pack-scan", wake, move || scan(&content_dir))
}

/// Every pack under `content_dir`, validated and loaded.
#[must_use]
pub fn scan(content_dir: &std::path::Path) -> Vec<PackEntry> {
    let dirs = content::find_packs(content_dir).unwrap_or_default();
    dirs.into_iter()
        .map(|dir| {
            let dir = dir.canonicalize().unwrap_or(dir);
            let report = content::load_pack_to_show(&dir);
            let errors: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| d.severity == content::Severity::Error)
                .map(|d| {
                    let file = d.file.strip_prefix(&dir).unwrap_or(&d.file);
                    format!(
                        "{}:{}:{}: {}",
                        file.display(),
                        d.position.line,
                        d.position.column,
                        d.message
                    )
                })
                .collect();
            let active_days = report.pack.as_ref().and_then(|pack| {
                let active = pack.manifest.active.as_ref()?;
                Some((active.from.parse().ok()?, active.until.parse().ok()?))
            });
            PackEntry {
                active_days,
                errors: errors.len(),
                problems: errors.into_iter().take(3).collect(),
                id: report.id,
                pack: report.pack.map(Box::new),
                dir,
            }
        })
        .collect()
}

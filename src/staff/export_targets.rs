//! Where the staff menu can export a fiscal year: removable drives first (from `/proc/mounts`,
//! or the shape of the folders under the media roots where that says nothing), then the data
//! folder's `exports`. Listed on an `export-targets` job: it reads the mounts and folders.

use std::path::{Path, PathBuf};

use crate::config::KioskConfig;
use crate::worker::{Outcome, Wake};

/// What kind of place an export goes to: staff name them differently, and only a drive is
/// taken out afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A removable drive, named by its label (its folder's name).
    Drive,
    /// The data folder's `exports`, on the kiosk itself.
    ThisKiosk,
}

/// A folder an export can go to, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTarget {
    pub folder: PathBuf,
    pub place: Place,
}

impl ExportTarget {
    fn drive(folder: PathBuf) -> Self {
        Self {
            folder,
            place: Place::Drive,
        }
    }
}

/// [`export_targets`] on an `export-targets` job.
#[must_use]
pub fn list_in_background(config: &KioskConfig, wake: &Wake) -> Outcome<Vec<ExportTarget>> {
    let config = config.clone();
    Outcome::start("export-targets", wake, move || export_targets(&config))
}

/// Where an export can go: removable drives (folders mounted under `/media/*`,
/// `/media/*/*` and `/run/media/*/*`) first, then the data folder's `exports`.
#[must_use]
pub fn export_targets(config: &KioskConfig) -> Vec<ExportTarget> {
    let mut targets: Vec<ExportTarget> = drives(&config.removable_media_roots)
        .into_iter()
        .map(ExportTarget::drive)
        .collect();
    targets.push(ExportTarget {
        folder: config.data_dir.join("exports"),
        place: Place::ThisKiosk,
    });
    targets
}

/// Removable drives' folders under `roots`: where the system says drives are mounted, when it
/// says so; else the folders' shape.
fn drives(roots: &[PathBuf]) -> Vec<PathBuf> {
    let mut targets = mounted_under(roots);
    if !targets.is_empty() {
        return targets;
    }
    for root in roots {
        for entry in read_dirs(root) {
            // /media/LABEL, or /media/USER/LABEL (and /run/media/USER/LABEL).
            let inner = read_dirs(&entry);
            let mounted = inner.iter().any(|p| !p.is_dir()) || inner.is_empty();
            if mounted {
                targets.push(entry);
            } else {
                targets.extend(inner);
            }
        }
    }
    targets
}

/// Mount points under `roots`, from `/proc/mounts`.
fn mounted_under(roots: &[PathBuf]) -> Vec<PathBuf> {
    let Ok(mounts) = std::fs::read_to_string("/proc/mounts") else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = mounts
        .lines()
        .filter_map(|line| line.split_whitespace().nth(1))
        // /proc/mounts writes a space in a path as \040.
        .map(|point| PathBuf::from(point.replace("\\040", " ")))
        .filter(|point| {
            roots
                .iter()
                .any(|root| point.starts_with(root) && point != root)
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

fn read_dirs(path: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removable_drives_come_first_and_names_are_safe() {
        let media = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(media.path().join("staff/USB STICK")).unwrap();
        std::fs::create_dir_all(media.path().join("CARD")).unwrap();
        std::fs::write(media.path().join("CARD/file.txt"), "x").unwrap();
        let config = KioskConfig {
            removable_media_roots: vec![media.path().to_path_buf()],
            data_dir: PathBuf::from("/data"),
            ..KioskConfig::default()
        };
        let targets = export_targets(&config);
        assert_eq!(
            targets,
            vec![
                ExportTarget::drive(media.path().join("CARD")),
                ExportTarget::drive(media.path().join("staff/USB STICK")),
                ExportTarget {
                    folder: PathBuf::from("/data/exports"),
                    place: Place::ThisKiosk
                }
            ]
        );
        assert_eq!(
            crate::staff::counts::export_file_name("ichigaya 1/x", 2026),
            "plaza-kiosk_ichigaya-1-x_FY2026.csv"
        );
    }
}

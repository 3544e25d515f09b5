//! `plaza-kiosk export --fiscal-year N --out FILE`: one fiscal year as the CSV of
//! [`crate::visits::export`], the same file the staff menu writes to a USB stick.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::KioskConfig;
use crate::visits::export::{ExportError, export};

/// The `export` command: 0 on success, 1 when the file cannot be written,
/// [`super::EXIT_NOTHING_TO_COUNT`] when a path is missing, unreadable or holds no log files (no
/// file is written then).
#[must_use]
pub fn run(paths: &[PathBuf], year: i16, out: &Path, config: &KioskConfig) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![config.data_dir.join("visits")]
    } else {
        paths.to_vec()
    };
    match export(&paths, year, out, config.fiscal_calendar()) {
        Ok(()) => {
            eprintln!("plaza-kiosk: fiscal {year} written to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("plaza-kiosk: {e}");
            match e {
                ExportError::NothingToCount(_) => ExitCode::from(super::EXIT_NOTHING_TO_COUNT),
                ExportError::Write { .. } | ExportError::Csv(_) => ExitCode::from(1),
            }
        }
    }
}

//! One fiscal year as one CSV for staff reports, which Excel in Japan opens correctly (UTF-8
//! with BOM, CRLF line ends, RFC 4180 quoting): daily totals, monthly totals and per-exhibit
//! figures. The `export` command and the staff menu's export both write it, atomically
//! ([`crate::atomic_file`]), so a USB stick pulled mid-export never holds half a file.

use std::path::{Path, PathBuf};

use super::FiscalCalendar;
use super::tally::{self, GroupBy, YearRange};

/// The byte-order mark Excel needs to read UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A CSV record failed.
    #[error("cannot write a CSV record: {0}")]
    Csv(#[from] csv::Error),
}

/// Writes the fiscal year `year` (years as `calendar` counts them) of the logs under `paths`
/// to `out`.
pub fn export(
    paths: &[PathBuf],
    year: i16,
    out: &Path,
    calendar: FiscalCalendar,
) -> Result<(), ExportError> {
    let files = tally::log_files(paths);
    let years = YearRange::only(year);
    let days = tally::tally(&files, GroupBy::Day, years, calendar);
    let months = tally::tally(&files, GroupBy::Month, years, calendar);
    let exhibits = tally::tally(&files, GroupBy::Exhibit, years, calendar).exhibits;

    let mut bytes = BOM.to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut bytes);
        writer.write_record(["section", "fiscal_year", "key", "visitors", "page_views"])?;
        let fiscal_year = year.to_string();
        for (day, figures) in &days.visitors {
            let visitors = figures.visitors.to_string();
            writer.write_record(["day", &fiscal_year, day, &visitors, ""])?;
        }
        for (month, figures) in &months.visitors {
            let visitors = figures.visitors.to_string();
            writer.write_record(["month", &fiscal_year, month, &visitors, ""])?;
        }
        for ((exhibit, _), figures) in &exhibits {
            writer.write_record([
                "exhibit",
                &fiscal_year,
                exhibit,
                &figures.visits.to_string(),
                &figures.page_views.to_string(),
            ])?;
        }
        writer.write_record(["total", &fiscal_year, "", &days.total().to_string(), ""])?;
        writer.flush().map_err(|source| ExportError::Write {
            path: out.to_path_buf(),
            source,
        })?;
    }
    crate::atomic_file::write(out, &bytes, 0o644).map_err(|source| ExportError::Write {
        path: out.to_path_buf(),
        source,
    })
}

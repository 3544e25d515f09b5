//! One fiscal year as one CSV for staff reports, which Excel in Japan opens correctly (UTF-8
//! with BOM, CRLF line ends, RFC 4180 quoting): daily totals, monthly totals and per-exhibit
//! figures. The `export` command and the staff menu's export both write it, atomically
//! ([`crate::atomic_file`]), so a USB stick pulled mid-export never holds half a file. Logs
//! that are not there write no file at all: a mistyped folder never passes for a year of zeros.

use std::path::{Path, PathBuf};

use super::FiscalCalendar;
use super::tally::{self, GroupBy, YearRange};

/// The byte-order mark Excel needs to read UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A path holds nothing to count (missing, unreadable, no log files): nothing is written,
    /// rather than a year of zeros.
    #[error(transparent)]
    NothingToCount(#[from] tally::LogPathError),
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
/// to `out`. Each path must hold log files ([`tally::checked_log_files`]); a year without
/// visits in logs that are there is a file of zeros.
pub fn export(
    paths: &[PathBuf],
    year: i16,
    out: &Path,
    calendar: FiscalCalendar,
) -> Result<(), ExportError> {
    let files = tally::checked_log_files(paths)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn visit(ts: &str, session: &str) -> String {
        format!(
            "{{\"v\":1,\"ts\":\"{ts}\",\"kiosk\":\"k\",\"session\":\"{session}\",\"pack\":\"p\",\"event\":\"visit_start\",\"lang\":\"ja\"}}\n"
        )
    }

    #[test]
    fn nothing_to_count_writes_no_file_but_a_year_without_visits_writes_zeros() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("fy2021.csv");
        let calendar = FiscalCalendar::default();
        // The kiosk's data folder before its first visit: no `visits` folder yet.
        let visits = dir.path().join("visits");
        let error = export(std::slice::from_ref(&visits), 2021, &out, calendar).unwrap_err();
        assert!(matches!(error, ExportError::NothingToCount(_)), "{error:?}");
        assert_eq!(
            error.to_string(),
            format!("{}: no such folder", visits.display())
        );
        std::fs::create_dir_all(visits.join("k")).unwrap();
        let error = export(std::slice::from_ref(&visits), 2021, &out, calendar).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("{}: holds no visitor logs (*.jsonl)", visits.display())
        );
        let written: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(
            written.len(),
            1,
            "only the visits folder: no CSV, no partial file"
        );

        std::fs::write(
            visits.join("k/2020-06-01.jsonl"),
            visit("2020-06-01T10:00:00.000+09:00", "a"),
        )
        .unwrap();
        export(std::slice::from_ref(&visits), 2021, &out, calendar).unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert_eq!(
            text, "\u{FEFF}section,fiscal_year,key,visitors,page_views\r\ntotal,2021,,0,\r\n",
            "logs that are there, no visits that year: a year of zeros"
        );
    }
}

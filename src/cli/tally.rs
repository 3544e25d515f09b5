//! `plaza-kiosk tally`: visitors per fiscal year (or month, day, pack, kiosk, language), page
//! views per exhibit or page, and quiz answers from log files, as a table with thousands
//! separators, as CSV or as JSON. A path with no log files is an error, never zero visitors.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::KioskConfig;
use crate::visits::report;
use crate::visits::tally::{self, GroupBy, YearRange};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TallyFormat {
    /// Aligned columns with thousands separators.
    Table,
    /// `key,visitors` rows, then `total,<sum>`.
    Csv,
    /// One JSON object.
    Json,
}

/// Groupings offered on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TallyBy {
    /// Visitors per fiscal year.
    FiscalYear,
    /// Visitors per calendar month.
    Month,
    /// Visitors per calendar day.
    Day,
    /// Per exhibit: visits that opened it and page views.
    Exhibit,
    /// Per page: visits that opened it and views.
    Page,
    /// Visitors per pack.
    Pack,
    /// Visitors per kiosk.
    Kiosk,
    /// Visitors per starting language.
    Language,
    /// Per quiz question: answers and % correct; per quiz: completions and average score.
    Quiz,
}

impl TallyBy {
    fn group(self) -> GroupBy {
        match self {
            Self::FiscalYear => GroupBy::FiscalYear,
            Self::Month => GroupBy::Month,
            Self::Day => GroupBy::Day,
            Self::Exhibit => GroupBy::Exhibit,
            Self::Page => GroupBy::Page,
            Self::Pack => GroupBy::Pack,
            Self::Kiosk => GroupBy::Kiosk,
            Self::Language => GroupBy::Language,
            Self::Quiz => GroupBy::Quiz,
        }
    }
}

/// What `tally` was asked.
#[derive(Debug, Clone)]
pub struct TallyRequest {
    /// Files or folders; empty means the configured data folder.
    pub paths: Vec<PathBuf>,
    /// Grouping.
    pub by: TallyBy,
    /// Fiscal years counted.
    pub years: YearRange,
    /// Output format.
    pub format: TallyFormat,
    /// Write here instead of standard output.
    pub out: Option<PathBuf>,
}

/// Runs the tally; damaged lines are reported on standard error. Exit 0 (damaged lines
/// skipped or not), 1 when the output cannot be written, [`super::EXIT_NOTHING_TO_COUNT`] when a
/// path is missing, unreadable or holds no log files (nothing is written then).
#[must_use]
pub fn run(request: &TallyRequest, config: &KioskConfig) -> ExitCode {
    let paths = if request.paths.is_empty() {
        vec![config.data_dir.join("visits")]
    } else {
        request.paths.clone()
    };
    let files = match tally::checked_log_files(&paths) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("plaza-kiosk: {e}");
            return ExitCode::from(super::EXIT_NOTHING_TO_COUNT);
        }
    };
    let result = tally::tally(
        &files,
        request.by.group(),
        request.years,
        config.fiscal_calendar(),
    );
    for damaged in &result.damaged {
        eprintln!(
            "{}:{}: skipped a damaged line: {}",
            damaged.file.display(),
            damaged.line,
            damaged.reason
        );
    }
    if result.damaged_count > 0 {
        let unnamed = result.damaged_count - result.damaged.len() as u64;
        let more = if unnamed > 0 {
            format!(" ({unnamed} more not named above)")
        } else {
            String::new()
        };
        eprintln!(
            "plaza-kiosk: {} damaged lines skipped{more}",
            result.damaged_count
        );
    }
    let report = report::report(&result, request.by.group());
    let text = match request.format {
        TallyFormat::Csv => match report.csv() {
            Ok(text) => text,
            Err(e) => {
                eprintln!("plaza-kiosk: cannot write the tally as CSV: {e}");
                return ExitCode::from(1);
            }
        },
        TallyFormat::Table => report.table(),
        TallyFormat::Json => {
            let mut extra = serde_json::Map::new();
            extra.insert("by".to_owned(), report::key_name(request.by.group()).into());
            extra.insert("duplicates_ignored".to_owned(), result.duplicates.into());
            extra.insert("damaged_lines".to_owned(), result.damaged_count.into());
            report.json(extra)
        }
    };
    let written = match &request.out {
        Some(path) => std::fs::write(path, text.as_bytes()),
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("plaza-kiosk: cannot write the tally: {e}");
            ExitCode::from(1)
        }
    }
}

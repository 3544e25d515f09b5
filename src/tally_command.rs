//! `plaza-kiosk tally`: visitors per fiscal year (or month, day, pack, kiosk, language) from
//! log files, as a table with thousands separators, as CSV or as JSON.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::KioskConfig;
use crate::digits::group_digits;
use crate::visits::tally::{self, GroupBy, Tally, YearRange};

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
    /// Fiscal year.
    FiscalYear,
    /// Calendar month.
    Month,
    /// Calendar day.
    Day,
    /// Pack.
    Pack,
    /// Kiosk.
    Kiosk,
    /// Starting language.
    Language,
}

impl TallyBy {
    fn group(self) -> GroupBy {
        match self {
            Self::FiscalYear => GroupBy::FiscalYear,
            Self::Month => GroupBy::Month,
            Self::Day => GroupBy::Day,
            Self::Pack => GroupBy::Pack,
            Self::Kiosk => GroupBy::Kiosk,
            Self::Language => GroupBy::Language,
        }
    }

    fn column(self) -> &'static str {
        match self {
            Self::FiscalYear => "fiscal_year",
            Self::Month => "month",
            Self::Day => "day",
            Self::Pack => "pack",
            Self::Kiosk => "kiosk",
            Self::Language => "language",
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

/// Runs the tally; damaged lines are reported on standard error. Exit 0, or 1 when the
/// output cannot be written.
#[must_use]
pub fn run(request: &TallyRequest, config: &KioskConfig) -> ExitCode {
    let paths = if request.paths.is_empty() {
        vec![config.data_dir.join("visits")]
    } else {
        request.paths.clone()
    };
    let files = tally::log_files(&paths);
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
    if !result.damaged.is_empty() {
        eprintln!(
            "plaza-kiosk: {} damaged lines skipped",
            result.damaged.len()
        );
    }
    let text = match request.format {
        TallyFormat::Csv => csv(&result, request.by),
        TallyFormat::Table => table(&result, request.by),
        TallyFormat::Json => json(&result, request.by),
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

fn csv(result: &Tally, by: TallyBy) -> String {
    let mut out = format!("{},visitors\n", by.column());
    for (key, count) in &result.visitors {
        let _ = writeln!(out, "{},{count}", csv_field(key));
    }
    let _ = writeln!(out, "total,{}", result.total());
    out
}

/// RFC 4180: quote a field holding a comma, quote or line break.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

fn table(result: &Tally, by: TallyBy) -> String {
    let rows: Vec<(String, String)> = result
        .visitors
        .iter()
        .map(|(key, count)| (key.clone(), group_digits(*count)))
        .chain(std::iter::once((
            "total".to_owned(),
            group_digits(result.total()),
        )))
        .collect();
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .max(by.column().len());
    let count_width = rows
        .iter()
        .map(|(_, c)| c.len())
        .max()
        .unwrap_or(0)
        .max("visitors".len());
    let mut out = format!(
        "{:<key_width$}  {:>count_width$}\n",
        by.column(),
        "visitors"
    );
    let _ = writeln!(
        out,
        "{}  {}",
        "-".repeat(key_width),
        "-".repeat(count_width)
    );
    for (key, count) in rows {
        let _ = writeln!(out, "{key:<key_width$}  {count:>count_width$}");
    }
    out
}

fn json(result: &Tally, by: TallyBy) -> String {
    let rows: Vec<serde_json::Value> = result
        .visitors
        .iter()
        .map(|(key, count)| serde_json::json!({ by.column(): key, "visitors": count }))
        .collect();
    let value = serde_json::json!({
        "by": by.column(),
        "rows": rows,
        "total": result.total(),
        "duplicates_ignored": result.duplicates,
        "damaged_lines": result.damaged.len(),
    });
    format!("{value}\n")
}

//! The figures the staff menu shows, counted on a `staff-counts` job from the visitor log:
//! today, this month, this fiscal year and the years before, visits per month of this fiscal
//! year, visits per exhibit and quiz answers right. And exporting a fiscal year to a folder
//! (a USB stick first, [`super::export_targets`]) on an `export` job.

use std::path::{Path, PathBuf};

use crate::config::KioskConfig;
use crate::visits::FiscalCalendar;
use crate::visits::tally::{self, GroupBy, YearRange};
use crate::worker::{Job, Outcome, Wake};

/// What the counts card shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StaffCounts {
    /// Visitors today.
    pub today: u64,
    /// This calendar month.
    pub month: u64,
    /// The current fiscal year.
    pub fiscal_year: i16,
    /// Visitors in it so far.
    pub this_year: u64,
    /// Earlier fiscal years, newest first.
    pub earlier: Vec<(i16, u64)>,
    /// Visitors per month of the current fiscal year, its first month first (`YYYY-MM`).
    pub months: Vec<(String, u64)>,
    /// Visits that opened each exhibit this fiscal year, most first.
    pub exhibits: Vec<(String, u64)>,
    /// Per quiz this fiscal year: answers, answers right and the share right, in percent.
    pub quizzes: Vec<(String, u64, u64, Option<f64>)>,
}

/// Counts for `config`'s data folder at the local date `today`, on a `staff-counts` job.
#[must_use]
pub fn count_in_background(
    config: &KioskConfig,
    today: jiff::civil::Date,
    wake: &Wake,
) -> Outcome<StaffCounts> {
    let folder = config.data_dir.join("visits");
    let calendar = config.fiscal_calendar();
    Outcome::start("staff-counts", wake, move || {
        count(&folder, calendar, today)
    })
}

/// The counts for the logs under `folder` at `today`.
#[must_use]
pub fn count(folder: &Path, calendar: FiscalCalendar, today: jiff::civil::Date) -> StaffCounts {
    let files = tally::log_files(&[folder.to_path_buf()]);
    let year = calendar.year_of(today);
    let this_year = YearRange::only(year);
    let by_year = tally::tally(&files, GroupBy::FiscalYear, YearRange::default(), calendar);
    let by_month = tally::tally(&files, GroupBy::Month, this_year, calendar);
    let by_day = tally::tally(&files, GroupBy::Day, this_year, calendar);
    let by_exhibit = tally::tally(&files, GroupBy::Exhibit, this_year, calendar);
    let by_quiz = tally::tally(&files, GroupBy::Quiz, this_year, calendar);
    let visitors = |t: &tally::Tally, key: &str| t.visitors.get(key).map_or(0, |v| v.visitors);
    let first = calendar.days_of(year).map_or(today, |(first, _)| first);
    let months = (0..12)
        .filter_map(|m| first.checked_add(jiff::Span::new().months(m)).ok())
        .map(|date| {
            let key = date.strftime("%Y-%m").to_string();
            let count = visitors(&by_month, &key);
            (key, count)
        })
        .collect();
    let mut exhibits: Vec<(String, u64)> = by_exhibit
        .exhibits
        .iter()
        .map(|((exhibit, _), figures)| (exhibit.clone(), figures.visits))
        .collect();
    exhibits.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut earlier: Vec<(i16, u64)> = by_year
        .visitors
        .iter()
        .filter_map(|(key, figures)| Some((key.parse::<i16>().ok()?, figures.visitors)))
        .filter(|(y, _)| *y < year)
        .collect();
    earlier.sort_by_key(|(year, _)| std::cmp::Reverse(*year));
    StaffCounts {
        today: visitors(&by_day, &today.to_string()),
        month: visitors(&by_month, &today.strftime("%Y-%m").to_string()),
        fiscal_year: year,
        this_year: visitors(&by_year, &year.to_string()),
        earlier,
        months,
        exhibits,
        quizzes: by_quiz
            .quizzes
            .iter()
            .map(|(quiz, figures)| {
                (
                    quiz.clone(),
                    figures.answers.answers,
                    figures.answers.correct,
                    figures.answers.percent_correct(),
                )
            })
            .collect(),
    }
}

/// The file name of an export: `plaza-kiosk_<kiosk>_FY<N>.csv`.
#[must_use]
pub fn export_file_name(kiosk: &str, year: i16) -> String {
    let safe: String = kiosk
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("plaza-kiosk_{safe}_FY{year}.csv")
}

/// Writes fiscal year `year` into `folder` on an `export` job; the answer is the file
/// written or why not (a data folder without log files yet is refused, naming it, rather than
/// written as a year of zeros).
#[must_use]
pub fn export_in_background(
    config: &KioskConfig,
    year: i16,
    folder: PathBuf,
    wake: &Wake,
) -> Job<Result<PathBuf, String>> {
    let visits = config.data_dir.join("visits");
    let calendar = config.fiscal_calendar();
    let out = folder.join(export_file_name(&config.kiosk_id, year));
    Job::start("export", wake, move || {
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        crate::visits::export::export(&[visits], year, &out, calendar)
            .map_err(|e| e.to_string())?;
        Ok(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(ts: &str, session: &str, body: &str) -> String {
        format!(
            "{{\"v\":1,\"ts\":\"{ts}\",\"kiosk\":\"k\",\"session\":\"{session}\",\"pack\":\"p\",{body}}}\n"
        )
    }

    #[test]
    fn today_this_month_this_year_and_before() {
        let dir = tempfile::tempdir().unwrap();
        let start = "\"event\":\"visit_start\",\"lang\":\"ja\"";
        let text = event("2026-11-27T10:00:00.000+09:00", "a", start)
            + &event(
                "2026-11-27T10:01:00.000+09:00",
                "a",
                "\"event\":\"page_view\",\"exhibit\":\"sdgs\",\"page\":\"1\"",
            )
            + &event(
                "2026-11-27T10:02:00.000+09:00",
                "a",
                "\"event\":\"quiz_answer\",\"quiz\":\"q\",\"question\":\"1\",\"correct\":true",
            )
            + &event("2026-11-02T10:00:00.000+09:00", "b", start)
            + &event("2026-04-01T10:00:00.000+09:00", "c", start)
            + &event("2026-03-31T10:00:00.000+09:00", "d", start)
            + &event("2024-06-01T10:00:00.000+09:00", "e", start);
        std::fs::write(dir.path().join("log.jsonl"), text).unwrap();
        let today = jiff::civil::date(2026, 11, 27);
        let counts = count(dir.path(), FiscalCalendar::default(), today);
        assert_eq!((counts.today, counts.month, counts.this_year), (1, 2, 3));
        assert_eq!(counts.fiscal_year, 2026);
        assert_eq!(counts.earlier, vec![(2025, 1), (2024, 1)]);
        assert_eq!(counts.months.len(), 12);
        assert_eq!(counts.months[0], ("2026-04".to_owned(), 1));
        assert_eq!(counts.months[7], ("2026-11".to_owned(), 2));
        assert_eq!(counts.exhibits, vec![("sdgs".to_owned(), 1)]);
        assert_eq!(counts.quizzes, vec![("q".to_owned(), 1, 1, Some(100.0))]);
    }
}

//! The figures the staff menu shows, counted on a `staff-counts` thread from the visitor log:
//! today, this month, this fiscal year and the years before, visits per month of this fiscal
//! year, visits per exhibit and quiz answers right. And exporting a fiscal year to a folder
//! (a USB stick first) on an `export` thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};

use crate::config::KioskConfig;
use crate::visits::FiscalCalendar;
use crate::visits::tally::{self, GroupBy, YearRange};

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
    /// Per quiz this fiscal year: answers and the share right, in percent.
    pub quizzes: Vec<(String, u64, Option<f64>)>,
}

/// Counts for `config`'s data folder at the local date `today`, on a `staff-counts` thread.
#[must_use]
pub fn count_in_background(
    config: &KioskConfig,
    today: jiff::civil::Date,
) -> Option<Receiver<StaffCounts>> {
    let folder = config.data_dir.join("visits");
    let calendar = config.fiscal_calendar();
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("staff-counts".to_owned())
        .spawn(move || {
            let _ = sender.send(count(&folder, calendar, today));
        })
        .ok()
        .map(|_| receiver)
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
                    figures.answers.percent_correct(),
                )
            })
            .collect(),
    }
}

/// [`export_targets`] on an `export-targets` thread.
#[must_use]
pub fn targets_in_background(config: &KioskConfig) -> Option<Receiver<Vec<PathBuf>>> {
    let config = config.clone();
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("export-targets".to_owned())
        .spawn(move || {
            let _ = sender.send(export_targets(&config));
        })
        .ok()
        .map(|_| receiver)
}

/// Where an export can go: removable drives (folders mounted under `/media/*`,
/// `/media/*/*` and `/run/media/*/*`) first, then the data folder's `exports`.
#[must_use]
pub fn export_targets(config: &KioskConfig) -> Vec<PathBuf> {
    // Where the system says drives are mounted, when it says so; else the folders' shape.
    let mut targets = mounted_under(&config.removable_media_roots);
    if !targets.is_empty() {
        targets.push(config.data_dir.join("exports"));
        return targets;
    }
    for root in &config.removable_media_roots {
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
    targets.push(config.data_dir.join("exports"));
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

/// Writes fiscal year `year` into `folder` on an `export` thread; the answer is the file
/// written or why not.
#[must_use]
pub fn export_in_background(
    config: &KioskConfig,
    year: i16,
    folder: PathBuf,
) -> Option<Receiver<Result<PathBuf, String>>> {
    let config = config.clone();
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("export".to_owned())
        .spawn(move || {
            let out = folder.join(export_file_name(&config.kiosk_id, year));
            let result = std::fs::create_dir_all(&folder)
                .map_err(|e| format!("{}: {e}", folder.display()))
                .and_then(|()| {
                    crate::export_command::export(
                        &[config.data_dir.join("visits")],
                        year,
                        &out,
                        &config,
                    )
                    .map_err(|e| e.to_string())
                })
                .map(|()| out);
            let _ = sender.send(result);
        })
        .ok()
        .map(|_| receiver)
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
        assert_eq!(counts.quizzes, vec![("q".to_owned(), 1, Some(100.0))]);
    }

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
                media.path().join("CARD"),
                media.path().join("staff/USB STICK"),
                PathBuf::from("/data/exports")
            ]
        );
        assert_eq!(
            export_file_name("ichigaya 1/x", 2026),
            "plaza-kiosk_ichigaya-1-x_FY2026.csv"
        );
    }
}

//! Counting visitors from log files: streaming, forgiving, and never counting a visit twice.
//!
//! A visitor is a `visit_start`; its date and fiscal year are those of its timestamp in the
//! offset it was written with. The same visit seen twice (same kiosk and session, e.g. a folder
//! copied twice) counts once; so does the same page view, answer or finished quiz. Unknown
//! events and fields are ignored; a damaged line is skipped, counted and named as `file:line`,
//! and never stops the tally. Files are read in blocks on a few threads ([`super::scan`]);
//! memory grows with the number of visits (about 40 bytes each), never with the size of the logs.
//!
//! A path a person typed must hold something to count ([`checked_log_files`]): a mistyped
//! folder is an error naming it, never a tally of zero visitors.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::fiscal::FiscalCalendar;
use super::scan::{self, FileRecords, Fingerprinted, Query, Record};

pub use super::query::{GroupBy, YearRange};
pub use super::scan::DamagedLine;

/// Visitors of one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VisitorFigures {
    /// Visits started.
    pub visitors: u64,
    /// Of those, visits whose end is in the logs (a crash leaves a visit without one).
    pub ended: u64,
    /// Their active time added up, in milliseconds.
    pub active_ms: u64,
}

impl VisitorFigures {
    /// Average active time of the ended visits.
    #[must_use]
    pub fn average_active_ms(&self) -> Option<u64> {
        self.active_ms.checked_div(self.ended)
    }

    fn add(&mut self, other: &Self) {
        self.visitors += other.visitors;
        self.ended += other.ended;
        self.active_ms += other.active_ms;
    }
}

/// Per exhibit or page: visits that opened it and its views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExhibitFigures {
    /// Distinct visits with at least one view.
    pub visits: u64,
    /// Page views.
    pub page_views: u64,
}

/// Per quiz question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuestionFigures {
    /// Answers given.
    pub answers: u64,
    /// Of those, right ones.
    pub correct: u64,
}

impl QuestionFigures {
    /// Right answers in percent, to one decimal.
    #[must_use]
    pub fn percent_correct(&self) -> Option<f64> {
        (self.answers > 0).then(|| {
            let tenths = (self.correct * 1000 + self.answers / 2) / self.answers;
            tenths as f64 / 10.0
        })
    }
}

/// Per quiz.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuizFigures {
    /// Answers to all its questions.
    pub answers: QuestionFigures,
    /// Times it was finished.
    pub completions: u64,
    /// Scores of those added up.
    pub score: u64,
    /// Highest scores of those added up.
    pub max: u64,
}

/// The damaged lines kept for the report; beyond this they are only counted.
pub const DAMAGED_LINES_KEPT: usize = 1000;

/// What a tally found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Visitors per group key, in key order (visitor groupings).
    pub visitors: BTreeMap<String, VisitorFigures>,
    /// Per exhibit (`--by exhibit`) or per `(exhibit, page)` with an empty page for the
    /// exhibit (`--by page`).
    pub exhibits: BTreeMap<(String, String), ExhibitFigures>,
    /// Per `(quiz, question)`.
    pub questions: BTreeMap<(String, String), QuestionFigures>,
    /// Per quiz.
    pub quizzes: BTreeMap<String, QuizFigures>,
    /// The first [`DAMAGED_LINES_KEPT`] lines skipped as damaged, by file and line.
    pub damaged: Vec<DamagedLine>,
    /// All lines skipped as damaged.
    pub damaged_count: u64,
    /// Events seen again (copies of the same visit), not counted.
    pub duplicates: u64,
}

impl Tally {
    /// All visitors counted.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.visitors.values().map(|v| v.visitors).sum()
    }

    /// The visitor figures of all groups together.
    #[must_use]
    pub fn overall(&self) -> VisitorFigures {
        let mut all = VisitorFigures::default();
        for figures in self.visitors.values() {
            all.add(figures);
        }
        all
    }
}

/// A path given to count from that has nothing to count.
#[derive(Debug, thiserror::Error)]
pub enum LogPathError {
    /// Nothing is there (a folder, or a file when the path names a `*.jsonl`).
    #[error("{path}: no such {}", file_or_folder(.path))]
    Missing {
        /// The path as given.
        path: PathBuf,
    },
    /// It is there but cannot be read.
    #[error("{path}: cannot read it: {source}")]
    Unreadable {
        /// The path as given.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A folder without a single log file in it or below it.
    #[error("{path}: holds no visitor logs (*.jsonl)")]
    NoLogs {
        /// The folder as given.
        path: PathBuf,
    },
    /// A file that is not a log file.
    #[error("{path}: not a visitor log (*.jsonl)")]
    NotALog {
        /// The file as given.
        path: PathBuf,
    },
}

fn file_or_folder(path: &Path) -> &'static str {
    if is_log_file(path) { "file" } else { "folder" }
}

fn is_log_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl")
}

/// The `*.jsonl` files under `paths` (files are taken as given), sorted; a path that is
/// missing or holds none adds nothing (a kiosk without visits yet counts zero). For paths a
/// person typed, use [`checked_log_files`].
#[must_use]
pub fn log_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files);
    }
    files.sort();
    files.dedup();
    files
}

/// The `*.jsonl` files under `paths`, sorted, as [`log_files`] finds them, when each path
/// exists, can be read and holds at least one; else the first path that does not, so that one
/// mistyped path among several is never counted as zero.
pub fn checked_log_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LogPathError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory => {
                LogPathError::Missing { path: path.clone() }
            }
            _ => LogPathError::Unreadable {
                path: path.clone(),
                source,
            },
        })?;
        let before = files.len();
        if metadata.is_dir() {
            // The folder itself must be readable; folders below it that are not (a USB
            // stick's lost+found) are passed over as `log_files` does.
            std::fs::read_dir(path).map_err(|source| LogPathError::Unreadable {
                path: path.clone(),
                source,
            })?;
            collect(path, &mut files);
        } else if is_log_file(path) {
            files.push(path.clone());
        } else {
            return Err(LogPathError::NotALog { path: path.clone() });
        }
        if files.len() == before {
            return Err(LogPathError::NoLogs { path: path.clone() });
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for entry in entries.filter_map(Result::ok) {
                collect(&entry.path(), files);
            }
        }
    } else if is_log_file(path) {
        files.push(path.to_path_buf());
    }
}

/// How many files are read at once: the cores, at most four (more only queue on the disk).
fn reader_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
}

/// Tallies `files`, grouped by `group`, within `years`.
#[must_use]
pub fn tally(
    files: &[PathBuf],
    group: GroupBy,
    years: YearRange,
    calendar: FiscalCalendar,
) -> Tally {
    let query = Query {
        group,
        years,
        calendar,
    };
    let mut sum = Sum::default();
    scan::scan(files, query, reader_threads(), |file| sum.add(file));
    sum.finish(group)
}

/// Marks a visit's slot whose start has not been seen (yet).
const NO_GROUP: u32 = u32::MAX;

/// Marks a visit whose end has not been seen (yet).
const NO_END: u32 = u32::MAX;

/// One visit: its group (index into `Sum::keys`) and its active time in milliseconds (capped
/// just below 50 days), 8 bytes so that millions of visits fit in little memory.
#[derive(Clone, Copy)]
struct Slot {
    group: u32,
    active_ms: u32,
}

/// The running sums, on the calling thread.
#[derive(Default)]
struct Sum {
    keys: Vec<Box<str>>,
    key_index: HashMap<Box<str>, u32>,
    /// Keyed by the fingerprint's halves: 8-byte alignment keeps an entry at 24 bytes.
    visits: HashMap<(u64, u64), Slot, Fingerprinted>,
    events_seen: HashSet<u128, Fingerprinted>,
    pairs_seen: HashSet<u128, Fingerprinted>,
    exhibits: BTreeMap<(String, String), ExhibitFigures>,
    questions: BTreeMap<(String, String), QuestionFigures>,
    quizzes: BTreeMap<String, QuizFigures>,
    damaged: Vec<DamagedLine>,
    damaged_count: u64,
    duplicates: u64,
}

impl Sum {
    fn add(&mut self, file: FileRecords) {
        self.damaged_count += file.damaged.len() as u64;
        self.damaged.extend(file.damaged);
        if self.damaged.len() > 2 * DAMAGED_LINES_KEPT {
            // Keep the first ones by file and line, whichever thread read them first.
            self.keep_first_damaged();
        }
        let groups: Vec<u32> = file.keys.into_iter().map(|key| self.key(key)).collect();
        for record in file.records {
            self.add_record(record, &groups);
        }
    }

    /// Whether the event with this fingerprint is new; a copy is counted as a duplicate.
    fn first_time(&mut self, event: u128) -> bool {
        let new = self.events_seen.insert(event);
        self.duplicates += u64::from(!new);
        new
    }

    fn keep_first_damaged(&mut self) {
        self.damaged
            .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        self.damaged.truncate(DAMAGED_LINES_KEPT);
    }

    fn key(&mut self, key: Box<str>) -> u32 {
        if let Some(index) = self.key_index.get(&key) {
            return *index;
        }
        let index = u32::try_from(self.keys.len()).unwrap_or(NO_GROUP - 1);
        self.keys.push(key.clone());
        self.key_index.insert(key, index);
        index
    }

    fn add_record(&mut self, record: Record, groups: &[u32]) {
        match record {
            Record::Visit {
                visit,
                key,
                active_ms,
            } => {
                #[allow(clippy::cast_possible_truncation)] // Splitting into halves.
                let key_halves = ((visit >> 64) as u64, visit as u64);
                let slot = self.visits.entry(key_halves).or_insert(Slot {
                    group: NO_GROUP,
                    active_ms: NO_END,
                });
                if let Some(group) = key.and_then(|k| groups.get(k as usize)) {
                    if slot.group == NO_GROUP {
                        slot.group = *group;
                    } else {
                        self.duplicates += 1;
                    }
                }
                if let Some(active) = active_ms
                    && slot.active_ms == NO_END
                {
                    slot.active_ms = u32::try_from(active).unwrap_or(NO_END - 1).min(NO_END - 1);
                }
            }
            Record::View {
                event,
                visit_exhibit,
                visit_page,
                exhibit,
                page,
            } => {
                if !self.first_time(event) {
                    return;
                }
                // `--by page` keeps both the page and its exhibit (page ""); `--by exhibit`
                // only asks for the exhibit, but the extra entries are few.
                let new_exhibit_visit = self.pairs_seen.insert(visit_exhibit);
                let new_page_visit = self.pairs_seen.insert(visit_page);
                let exhibit = exhibit.into_string();
                let whole = self
                    .exhibits
                    .entry((exhibit.clone(), String::new()))
                    .or_default();
                whole.page_views += 1;
                whole.visits += u64::from(new_exhibit_visit);
                let one = self
                    .exhibits
                    .entry((exhibit, page.into_string()))
                    .or_default();
                one.page_views += 1;
                one.visits += u64::from(new_page_visit);
            }
            Record::Answer {
                event,
                quiz,
                question,
                correct,
            } => {
                if !self.first_time(event) {
                    return;
                }
                let quiz = quiz.into_string();
                for figures in [
                    &mut self.quizzes.entry(quiz.clone()).or_default().answers,
                    self.questions
                        .entry((quiz, question.into_string()))
                        .or_default(),
                ] {
                    figures.answers += 1;
                    figures.correct += u64::from(correct);
                }
            }
            Record::Complete {
                event,
                quiz,
                score,
                max,
            } => {
                if !self.first_time(event) {
                    return;
                }
                let figures = self.quizzes.entry(quiz.into_string()).or_default();
                figures.completions += 1;
                figures.score += score;
                figures.max += max;
            }
        }
    }

    fn finish(mut self, group: GroupBy) -> Tally {
        let mut visitors: Vec<VisitorFigures> = vec![VisitorFigures::default(); self.keys.len()];
        for slot in self.visits.values() {
            let Some(figures) = visitors.get_mut(slot.group as usize) else {
                continue; // An end whose start is outside the years counted (or missing).
            };
            figures.visitors += 1;
            if slot.active_ms != NO_END {
                figures.ended += 1;
                figures.active_ms += u64::from(slot.active_ms);
            }
        }
        self.keep_first_damaged();
        if group == GroupBy::Exhibit {
            self.exhibits.retain(|(_, page), _| page.is_empty());
        }
        Tally {
            visitors: self
                .keys
                .into_iter()
                .map(String::from)
                .zip(visitors)
                .collect(),
            exhibits: self.exhibits,
            questions: self.questions,
            quizzes: self.quizzes,
            damaged: self.damaged,
            damaged_count: self.damaged_count,
            duplicates: self.duplicates,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(ts: &str, kiosk: &str, session: &str) -> String {
        format!(
            "{{\"v\":1,\"ts\":\"{ts}\",\"kiosk\":\"{kiosk}\",\"session\":\"{session}\",\"pack\":\"p\",\"event\":\"visit_start\",\"lang\":\"ja\"}}\n"
        )
    }

    fn counts(t: &Tally) -> BTreeMap<String, u64> {
        t.visitors
            .iter()
            .map(|(k, v)| (k.clone(), v.visitors))
            .collect()
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn fiscal_year_boundaries_in_the_offset_written() {
        let dir = tempfile::tempdir().unwrap();
        let text = start("2021-03-31T23:59:59.999+09:00", "k", "a")
            + &start("2021-04-01T00:00:00.000+09:00", "k", "b")
            // 2021-03-31T15:30Z is already April 1st in Tokyo, but this kiosk wrote UTC.
            + &start("2021-03-31T15:30:00.000+00:00", "k", "c")
            + &start("2020-02-29T12:00:00.000+09:00", "k", "d");
        let files = vec![write(dir.path(), "a.jsonl", &text)];
        let t = tally(
            &files,
            GroupBy::FiscalYear,
            YearRange::default(),
            FiscalCalendar::default(),
        );
        assert_eq!(
            counts(&t),
            BTreeMap::from([("2019".into(), 1), ("2020".into(), 2), ("2021".into(), 1)])
        );
        let october = FiscalCalendar::starting_in(10).unwrap();
        let t = tally(&files, GroupBy::FiscalYear, YearRange::default(), october);
        assert_eq!(
            counts(&t),
            BTreeMap::from([("2019".into(), 1), ("2020".into(), 3)])
        );
    }

    #[test]
    fn copies_count_once_damage_is_named_unknown_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let a = start("2021-05-01T10:00:00.000+09:00", "k", "s1")
            + &start("2021-05-01T10:05:00.000+09:00", "k", "s2");
        std::fs::create_dir_all(dir.path().join("usb1")).unwrap();
        std::fs::create_dir_all(dir.path().join("usb2")).unwrap();
        write(&dir.path().join("usb1"), "2021-05-01.jsonl", &a);
        let damaged = a.clone()
            + "{\"v\":1,\"ts\":\"2021-05-01T11:00:00\n"
            + "{\"v\":1,\"event\":\"balloon_pop\",\"ts\":\"x\"}\n"
            + "{\"v\":2,\"ts\":\"2021-05-01T12:00:00.000+09:00\",\"kiosk\":\"k\",\"session\":\"s3\",\"event\":\"visit_start\",\"new_field\":[1,2]}\n";
        write(&dir.path().join("usb2"), "2021-05-01.jsonl", &damaged);
        let files = log_files(&[dir.path().to_path_buf()]);
        assert_eq!(files.len(), 2);
        let t = tally(
            &files,
            GroupBy::Day,
            YearRange::default(),
            FiscalCalendar::default(),
        );
        assert_eq!(t.total(), 3, "s1 and s2 once each, s3 once");
        assert_eq!(t.duplicates, 2);
        assert_eq!(t.damaged.len(), 1);
        assert_eq!(t.damaged[0].line, 3);
        assert!(t.damaged[0].file.ends_with("usb2/2021-05-01.jsonl"));
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_not_damage() {
        let dir = tempfile::tempdir().unwrap();
        // Opened and saved in an editor that adds a BOM; the second file lost its last `\n` too.
        let bom = "\u{FEFF}";
        let a = bom.to_owned()
            + &start("2021-05-01T10:00:00.000+09:00", "k", "s1")
            + &start("2021-05-01T10:05:00.000+09:00", "k", "s2");
        let b = bom.to_owned() + start("2021-05-02T10:00:00.000+09:00", "k", "s3").trim_end();
        let files = vec![
            write(dir.path(), "a.jsonl", &a),
            write(dir.path(), "b.jsonl", &b),
        ];
        let t = tally(
            &files,
            GroupBy::Day,
            YearRange::default(),
            FiscalCalendar::default(),
        );
        assert_eq!(
            counts(&t),
            BTreeMap::from([("2021-05-01".into(), 2), ("2021-05-02".into(), 1)]),
            "each file's first line counts"
        );
        assert_eq!(t.damaged_count, 0, "{:?}", t.damaged);
        // Only the file's start may carry one: a BOM further down is damage as before.
        let later = start("2021-05-03T10:00:00.000+09:00", "k", "s4")
            + bom
            + &start("2021-05-03T10:05:00.000+09:00", "k", "s5");
        let files = vec![write(dir.path(), "c.jsonl", &later)];
        let t = tally(
            &files,
            GroupBy::Day,
            YearRange::default(),
            FiscalCalendar::default(),
        );
        assert_eq!((t.total(), t.damaged_count), (1, 1));
        assert_eq!(t.damaged[0].line, 2);
    }

    #[test]
    fn a_path_with_nothing_to_count_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let kiosk = dir.path().join("visits/k");
        std::fs::create_dir_all(&kiosk).unwrap();
        let log = write(
            &kiosk,
            "2021-05-01.jsonl",
            &start("2021-05-01T10:00:00.000+09:00", "k", "s1"),
        );
        let empty = dir.path().join("empty");
        std::fs::create_dir_all(empty.join("sub")).unwrap();
        write(&empty, "notes.txt", "not a log");
        let notes = empty.join("notes.txt");
        let typo = dir.path().join("vists");
        let message = |paths: &[PathBuf]| checked_log_files(paths).unwrap_err().to_string();
        assert_eq!(
            message(std::slice::from_ref(&typo)),
            format!("{}: no such folder", typo.display())
        );
        let missing_file = kiosk.join("2021-05-02.jsonl");
        assert_eq!(
            message(std::slice::from_ref(&missing_file)),
            format!("{}: no such file", missing_file.display())
        );
        assert_eq!(
            message(std::slice::from_ref(&empty)),
            format!("{}: holds no visitor logs (*.jsonl)", empty.display())
        );
        assert_eq!(
            message(std::slice::from_ref(&notes)),
            format!("{}: not a visitor log (*.jsonl)", notes.display())
        );
        let below_a_file = log.join("x");
        assert_eq!(
            message(std::slice::from_ref(&below_a_file)),
            format!("{}: no such folder", below_a_file.display())
        );
        // One bad path among good ones is still an error, naming that one.
        let visits = dir.path().join("visits");
        assert_eq!(
            message(&[visits.clone(), typo.clone(), log.clone()]),
            format!("{}: no such folder", typo.display())
        );
        assert_eq!(
            checked_log_files(&[visits.clone(), log.clone()]).unwrap(),
            vec![log.clone()],
            "a folder and a file in it: the file once"
        );
        // The lenient listing the staff counts use is unchanged: nothing there, nothing counted.
        assert_eq!(log_files(&[visits, typo, empty]), vec![log]);
    }

    #[test]
    fn every_prefix_of_a_log_tallies_without_error_to_at_most_the_full_count() {
        let dir = tempfile::tempdir().unwrap();
        let full: String = (0..6)
            .map(|i| {
                start(
                    &format!("2021-05-0{}T10:00:00.000+09:00", i + 1),
                    "k",
                    &format!("s{i}"),
                )
            })
            .collect();
        let bytes = full.as_bytes();
        for cut in 0..=bytes.len() {
            let path = dir.path().join("cut.jsonl");
            std::fs::write(&path, &bytes[..cut]).unwrap();
            let t = tally(
                std::slice::from_ref(&path),
                GroupBy::FiscalYear,
                YearRange::default(),
                FiscalCalendar::default(),
            );
            let complete_lines =
                u64::try_from(bytes[..cut].split(|b| *b == b'\n').count() - 1).unwrap();
            assert!(
                t.total() >= complete_lines && t.total() <= 6,
                "cut {cut}: {}",
                t.total()
            );
            assert!(
                t.damaged.len() <= 1,
                "only the torn last line may be damaged"
            );
        }
    }

    #[test]
    fn appending_after_any_prefix_loses_nothing() {
        use crate::visits::{EventKind, FORMAT_VERSION, VisitEvent, VisitLog};
        let full: String = (0..3)
            .map(|i| {
                start(
                    &format!("2021-05-0{}T10:00:00.000+09:00", i + 1),
                    "k",
                    &format!("s{i}"),
                )
            })
            .collect();
        let bytes = full.as_bytes();
        let dir = tempfile::tempdir().unwrap();
        for cut in 0..=bytes.len() {
            let data = dir.path().join(format!("cut-{cut}"));
            let folder = data.join("visits").join("k");
            std::fs::create_dir_all(&folder).unwrap();
            let file = folder.join("2021-05-09.jsonl");
            std::fs::write(&file, &bytes[..cut]).unwrap();
            let files = vec![file.clone()];
            let before = tally(
                &files,
                GroupBy::FiscalYear,
                YearRange::default(),
                FiscalCalendar::default(),
            )
            .total();
            let log = VisitLog::start(&data, "k").unwrap();
            log.record(VisitEvent {
                v: FORMAT_VERSION,
                ts: "2021-05-09T10:00:00.000+09:00".to_owned(),
                kiosk: "k".to_owned(),
                session: "after".to_owned(),
                pack: "p".to_owned(),
                kind: EventKind::VisitStart {
                    lang: "ja".to_owned(),
                },
            });
            log.shutdown();
            let after = tally(
                &files,
                GroupBy::FiscalYear,
                YearRange::default(),
                FiscalCalendar::default(),
            );
            assert_eq!(
                after.total(),
                before + 1,
                "cut {cut}: the new visit and all before it"
            );
            assert_eq!(
                after.damaged_count, 0,
                "cut {cut}: the torn line is cut off (or, when whole, ended) before appending"
            );
        }
    }
}

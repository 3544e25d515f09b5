//! Counting visitors from log files: streaming, forgiving, and never counting a visit twice.
//!
//! A visitor is a `visit_start`; its date and fiscal year are those of its timestamp in the
//! offset it was written with. The same visit seen twice (same kiosk and session, e.g. a folder
//! copied twice) counts once. Unknown events and fields are ignored; a damaged line is skipped,
//! counted and named as `file:line`, and never stops the tally. Memory stays bounded: one
//! 16-byte fingerprint per visit, whatever the size of the logs.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::BufRead as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use super::fiscal::FiscalCalendar;

/// How visits are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// Fiscal year of the visit's start.
    FiscalYear,
    /// Calendar month (`YYYY-MM`).
    Month,
    /// Calendar day (`YYYY-MM-DD`).
    Day,
    /// Pack on show.
    Pack,
    /// Kiosk.
    Kiosk,
    /// Language the visit started in.
    Language,
}

/// Which fiscal years to count (inclusive); `None` counts all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearRange {
    /// First fiscal year counted.
    pub from: Option<i16>,
    /// Last fiscal year counted.
    pub to: Option<i16>,
}

impl YearRange {
    fn contains(self, year: i16) -> bool {
        self.from.is_none_or(|from| year >= from) && self.to.is_none_or(|to| year <= to)
    }
}

/// A damaged line, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedLine {
    /// The file.
    pub file: PathBuf,
    /// Its line number, from 1.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Visitors per group, plus what could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Visitors per group key, in key order.
    pub visitors: BTreeMap<String, u64>,
    /// Lines skipped as damaged.
    pub damaged: Vec<DamagedLine>,
    /// Visit starts seen again (copies of the same visit), not counted.
    pub duplicates: u64,
}

impl Tally {
    /// All visitors counted.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.visitors.values().sum()
    }
}

/// The fields a tally reads; everything else in a line is ignored.
#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    event: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    ts: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    kiosk: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    session: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pack: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    lang: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    exhibit: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    page: Option<Cow<'a, str>>,
}

/// Per exhibit: visits that opened it and its page views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExhibitFigures {
    /// Distinct visits with at least one page view of the exhibit.
    pub visits: u64,
    /// Page views.
    pub page_views: u64,
}

/// Page views per exhibit within `years` (dated by each page view's own timestamp). Copies of
/// the same page view (same kiosk, session, page and time) count once.
#[must_use]
pub fn exhibit_figures(
    files: &[PathBuf],
    years: YearRange,
    calendar: FiscalCalendar,
) -> BTreeMap<String, ExhibitFigures> {
    let mut figures: BTreeMap<String, ExhibitFigures> = BTreeMap::new();
    let mut views_seen: HashSet<u128> = HashSet::new();
    let mut visits_seen: HashSet<u128> = HashSet::new();
    for file in files {
        let Ok(handle) = std::fs::File::open(file) else {
            continue;
        };
        for bytes in std::io::BufReader::with_capacity(1 << 16, handle)
            .split(b'\n')
            .map_while(Result::ok)
        {
            let Ok(line) = serde_json::from_slice::<Line<'_>>(&bytes) else {
                continue;
            };
            let (Some("page_view"), Some(ts), Some(kiosk), Some(session), Some(exhibit)) = (
                line.event.as_deref(),
                line.ts.as_deref(),
                line.kiosk.as_deref(),
                line.session.as_deref(),
                line.exhibit.as_deref(),
            ) else {
                continue;
            };
            let Some(date) = local_date(ts) else { continue };
            if !years.contains(calendar.year_of(date)) {
                continue;
            }
            let view = fingerprint(
                kiosk,
                &format!(
                    "{session}\u{1f}{exhibit}\u{1f}{}\u{1f}{ts}",
                    line.page.as_deref().unwrap_or("")
                ),
            );
            if !views_seen.insert(view) {
                continue;
            }
            let entry = figures.entry(exhibit.to_owned()).or_default();
            entry.page_views += 1;
            if visits_seen.insert(fingerprint(kiosk, &format!("{session}\u{1f}{exhibit}"))) {
                entry.visits += 1;
            }
        }
    }
    figures
}

/// The `*.jsonl` files under `paths` (files are taken as given), sorted.
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

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for entry in entries.filter_map(Result::ok) {
                collect(&entry.path(), files);
            }
        }
    } else if path.extension().is_some_and(|e| e == "jsonl") {
        files.push(path.to_path_buf());
    }
}

/// Counts the visitors in `files`, grouped by `group`, within `years`.
#[must_use]
pub fn tally(
    files: &[PathBuf],
    group: GroupBy,
    years: YearRange,
    calendar: FiscalCalendar,
) -> Tally {
    let mut result = Tally::default();
    let mut seen: HashSet<u128> = HashSet::new();
    for file in files {
        let reader = match std::fs::File::open(file) {
            Ok(f) => std::io::BufReader::with_capacity(1 << 16, f),
            Err(e) => {
                result.damaged.push(DamagedLine {
                    file: file.clone(),
                    line: 0,
                    reason: format!("cannot read it: {e}"),
                });
                continue;
            }
        };
        for (index, line) in reader.split(b'\n').enumerate() {
            let number = index + 1;
            let bytes = match line {
                Ok(bytes) => bytes,
                Err(e) => {
                    result.damaged.push(DamagedLine {
                        file: file.clone(),
                        line: number,
                        reason: e.to_string(),
                    });
                    break;
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut damaged = |reason: &str| {
                result.damaged.push(DamagedLine {
                    file: file.clone(),
                    line: number,
                    reason: reason.to_owned(),
                });
            };
            let Ok(parsed) = serde_json::from_slice::<Line<'_>>(&bytes) else {
                damaged("not a JSON object");
                continue;
            };
            if parsed.event.as_deref() != Some("visit_start") {
                if parsed.event.is_none() {
                    damaged("no \"event\" field");
                }
                continue; // Other events, known or not, are not visitors.
            }
            let (Some(ts), Some(kiosk), Some(session)) = (
                parsed.ts.as_deref(),
                parsed.kiosk.as_deref(),
                parsed.session.as_deref(),
            ) else {
                damaged("a visit_start without ts, kiosk or session");
                continue;
            };
            let Some(date) = local_date(ts) else {
                damaged("ts is not an RFC 3339 time with an offset");
                continue;
            };
            let year = calendar.year_of(date);
            if !years.contains(year) {
                continue;
            }
            if !seen.insert(fingerprint(kiosk, session)) {
                result.duplicates += 1;
                continue;
            }
            let key = match group {
                GroupBy::FiscalYear => year.to_string(),
                GroupBy::Month => ts.get(..7).unwrap_or_default().to_owned(),
                GroupBy::Day => ts.get(..10).unwrap_or_default().to_owned(),
                GroupBy::Pack => parsed.pack.as_deref().unwrap_or("-").to_owned(),
                GroupBy::Kiosk => kiosk.to_owned(),
                GroupBy::Language => parsed.lang.as_deref().unwrap_or("-").to_owned(),
            };
            *result.visitors.entry(key).or_insert(0) += 1;
        }
    }
    result
}

/// The local date of an RFC 3339 timestamp, in the offset it was written with.
fn local_date(ts: &str) -> Option<Date> {
    // Checking the whole timestamp keeps garbage with a plausible date prefix out.
    ts.parse::<jiff::Timestamp>().ok()?;
    ts.get(..10)?.parse().ok()
}

/// 128 bits standing for (kiosk, session): two independent 64-bit hashes.
fn fingerprint(kiosk: &str, session: &str) -> u128 {
    let half = |seed: u64| {
        let mut fixed = FixedHasher(seed);
        kiosk.hash(&mut fixed);
        session.hash(&mut fixed);
        fixed.finish()
    };
    (u128::from(half(0x9E37_79B9_7F4A_7C15)) << 64) | u128::from(half(0xC2B2_AE3D_27D4_EB4F))
}

/// FNV-1a style 64-bit hasher with a seed: fast, deterministic, good enough for fingerprints
/// that are two independent 64-bit halves.
struct FixedHasher(u64);

impl Hasher for FixedHasher {
    fn finish(&self) -> u64 {
        // A final avalanche (splitmix64) so similar inputs spread over all bits.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01B3);
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
            t.visitors,
            BTreeMap::from([("2019".into(), 1), ("2020".into(), 2), ("2021".into(), 1)])
        );
        let october = FiscalCalendar::starting_in(10).unwrap();
        let t = tally(&files, GroupBy::FiscalYear, YearRange::default(), october);
        assert_eq!(
            t.visitors,
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
}

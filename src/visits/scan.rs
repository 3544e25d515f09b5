//! Reading log files into the records a tally adds up, on a few named threads at once.
//!
//! Each `tally-reader` thread takes the next file, reads it in 1 MiB blocks (memory stays small
//! whatever the file), turns each line into at most one [`Record`] and sends the file's records
//! to the thread adding them up. Every line is checked the same way whatever is being counted,
//! so the damaged lines reported do not depend on `--by`. A UTF-8 byte-order mark before the
//! first line (left by an editor that opened and saved the file) is not part of it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::fiscal::FiscalCalendar;
use super::line::{LineFields, read_line};
use super::log_date::local_date;
use super::query::{GroupBy, YearRange};

/// The longest line read; a longer one is damage, not an event.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
const BLOCK_BYTES: usize = 1 << 20;
/// The UTF-8 byte-order mark some editors put at the start of a file they save.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What one line adds to a tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// A visit's start or end, or both when they are in the same file.
    Visit {
        /// Fingerprint of (kiosk, session).
        visit: u128,
        /// The group its start counts in: an index into [`FileRecords::keys`].
        key: Option<u32>,
        /// Its active time in milliseconds, from its end.
        active_ms: Option<u64>,
    },
    /// A page view.
    View {
        /// Fingerprint of this very event (copies count once).
        event: u128,
        /// Fingerprint of (kiosk, session, exhibit).
        visit_exhibit: u128,
        /// Fingerprint of (kiosk, session, exhibit, page).
        visit_page: u128,
        /// Exhibit id.
        exhibit: Box<str>,
        /// Page id.
        page: Box<str>,
    },
    /// A quiz answer.
    Answer {
        /// Fingerprint of this very event.
        event: u128,
        /// Quiz id.
        quiz: Box<str>,
        /// Question id.
        question: Box<str>,
        /// Right or not.
        correct: bool,
    },
    /// A finished quiz.
    Complete {
        /// Fingerprint of this very event.
        event: u128,
        /// Quiz id.
        quiz: Box<str>,
        /// Score.
        score: u64,
        /// Highest score.
        max: u64,
    },
}

/// A line that could not be read, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedLine {
    /// The file.
    pub file: PathBuf,
    /// Its line number, from 1 (0: the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// What one file gave.
#[derive(Debug, Default)]
pub struct FileRecords {
    /// The records, in line order.
    pub records: Vec<Record>,
    /// The group keys the records name.
    pub keys: Vec<Box<str>>,
    /// Damaged lines, in line order.
    pub damaged: Vec<DamagedLine>,
}

/// What is being counted, for the readers.
#[derive(Debug, Clone, Copy)]
pub struct Query {
    /// Grouping.
    pub group: GroupBy,
    /// Fiscal years counted.
    pub years: YearRange,
    /// Where fiscal years start.
    pub calendar: FiscalCalendar,
}

/// Reads `files` on up to `threads` threads, handing each file's records to `add` on the
/// calling thread as they arrive.
pub fn scan(files: &[PathBuf], query: Query, threads: usize, mut add: impl FnMut(FileRecords)) {
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::sync_channel::<FileRecords>(threads * 2);
    std::thread::scope(|scope| {
        for index in 0..threads.clamp(1, files.len().max(1)) {
            let sender = sender.clone();
            let next = &next;
            let spawned = std::thread::Builder::new()
                .name(format!("tally-reader-{index}"))
                .spawn_scoped(scope, move || {
                    let mut reader = Reader::new(query);
                    while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                        if sender.send(reader.read_file(file)).is_err() {
                            return;
                        }
                    }
                });
            if spawned.is_err() {
                // No thread to spare: read on this one instead.
                let mut reader = Reader::new(query);
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    add(reader.read_file(file));
                }
            }
        }
        drop(sender);
        for file in receiver {
            add(file);
        }
    });
}

/// One reader thread's state, reused from file to file.
struct Reader {
    query: Query,
    buffer: Vec<u8>,
    /// Per file: where each visit's record is, so its start and end make one record.
    visits: HashMap<u128, usize, Fingerprinted>,
    /// Per file: group keys by name.
    keys: HashMap<Box<str>, u32>,
    /// Per file, `--by language`: the visits whose visitor has chosen a language.
    chosen: HashSet<u128, Fingerprinted>,
    out: FileRecords,
}

impl Reader {
    fn new(query: Query) -> Self {
        Self {
            query,
            buffer: vec![0u8; BLOCK_BYTES],
            visits: HashMap::default(),
            keys: HashMap::new(),
            chosen: HashSet::default(),
            out: FileRecords::default(),
        }
    }

    /// Reads one file in blocks, line by line.
    fn read_file(&mut self, path: &Path) -> FileRecords {
        self.visits.clear();
        self.keys.clear();
        self.chosen.clear();
        let mut file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(e) => {
                self.out
                    .damaged
                    .push(damage(path, 0, format!("cannot read it: {e}")));
                return std::mem::take(&mut self.out);
            }
        };
        let mut buffer = std::mem::take(&mut self.buffer);
        let mut filled = 0;
        let mut number = 0;
        let mut skipping_long_line = false;
        loop {
            let read = match file.read(&mut buffer[filled..]) {
                Ok(read) => read,
                Err(e) => {
                    self.out
                        .damaged
                        .push(damage(path, number + 1, format!("cannot read it: {e}")));
                    break;
                }
            };
            let end_of_file = read == 0;
            filled += read;
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', &buffer[start..filled]) {
                number += 1;
                if !std::mem::take(&mut skipping_long_line) {
                    self.read_one(&buffer[start..end], path, number);
                }
                start = end + 1;
            }
            if end_of_file {
                if start < filled && !skipping_long_line {
                    self.read_one(&buffer[start..filled], path, number + 1);
                }
                break;
            }
            buffer.copy_within(start..filled, 0);
            filled -= start;
            if filled > MAX_LINE_BYTES {
                if !skipping_long_line {
                    self.out.damaged.push(damage(
                        path,
                        number + 1,
                        format!("a line longer than {MAX_LINE_BYTES} bytes"),
                    ));
                }
                skipping_long_line = true;
                filled = 0;
            }
        }
        self.buffer = buffer;
        std::mem::take(&mut self.out)
    }

    fn read_one(&mut self, bytes: &[u8], path: &Path, number: usize) {
        let bytes = if number == 1 {
            bytes.strip_prefix(BOM).unwrap_or(bytes)
        } else {
            bytes
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        match record(bytes, self.query) {
            Ok(Some(Found::Start { visit, key })) => {
                let key = self.key(key);
                self.visit(visit, Some(key), None);
            }
            Ok(Some(Found::End { visit, active_ms })) => self.visit(visit, None, Some(active_ms)),
            Ok(Some(Found::Chosen { visit, key })) => self.choose(visit, key),
            Ok(Some(Found::Other(record))) => self.out.records.push(record),
            Ok(None) => {}
            Err(reason) => self
                .out
                .damaged
                .push(damage(path, number, reason.to_owned())),
        }
    }

    fn key(&mut self, key: Box<str>) -> u32 {
        if let Some(index) = self.keys.get(&key) {
            return *index;
        }
        let index = u32::try_from(self.out.keys.len()).unwrap_or(u32::MAX);
        self.out.keys.push(key.clone());
        self.keys.insert(key, index);
        index
    }

    /// `--by language`: a visit counts in the first language its visitor chose (on the
    /// language screen, usually), not the one it started in, which is the kiosk's default for
    /// everyone. A choice whose visit started in an earlier file leaves that visit's language
    /// as it started: a file's records never reach into another's.
    fn choose(&mut self, visit: u128, key: Box<str>) {
        if self.chosen.contains(&visit) {
            return;
        }
        let Some(&at) = self.visits.get(&visit) else {
            return;
        };
        let key = self.key(key);
        if let Some(Record::Visit {
            key: Some(started_in),
            ..
        }) = self.out.records.get_mut(at)
        {
            *started_in = key;
            self.chosen.insert(visit);
        }
    }

    /// Joins a visit's start and end found in the same file into one record.
    fn visit(&mut self, visit: u128, key: Option<u32>, active_ms: Option<u64>) {
        if let Some(&at) = self.visits.get(&visit)
            && let Some(Record::Visit {
                key: seen_key,
                active_ms: seen_active,
                ..
            }) = self.out.records.get_mut(at)
            && (key.is_none() || seen_key.is_none())
            && (active_ms.is_none() || seen_active.is_none())
        {
            *seen_key = seen_key.or(key);
            *seen_active = seen_active.or(active_ms);
            return;
        }
        self.visits.insert(visit, self.out.records.len());
        self.out.records.push(Record::Visit {
            visit,
            key,
            active_ms,
        });
    }
}

fn damage(path: &Path, line: usize, reason: String) -> DamagedLine {
    DamagedLine {
        file: path.to_path_buf(),
        line,
        reason,
    }
}

/// What one line holds, for the reader.
enum Found {
    Start {
        visit: u128,
        key: Box<str>,
    },
    /// `--by language`: the visitor chose a language.
    Chosen {
        visit: u128,
        key: Box<str>,
    },
    End {
        visit: u128,
        active_ms: u64,
    },
    Other(Record),
}

/// One line's record; `Ok(None)` for events not counted here (and unknown ones).
fn record(bytes: &[u8], query: Query) -> Result<Option<Found>, &'static str> {
    let Ok(line) = read_line(bytes) else {
        return Err("not a JSON object of the log's field types");
    };
    let Some(event) = line.event.as_deref() else {
        return Err("no \"event\" field");
    };
    let known = matches!(
        event,
        "visit_start"
            | "page_view"
            | "language_change"
            | "narration_play"
            | "quiz_answer"
            | "quiz_complete"
            | "visit_end"
    );
    if !known {
        return Ok(None); // A later version's event: ignored.
    }
    let (Some(ts), Some(kiosk), Some(session)) = (
        line.ts.as_deref(),
        line.kiosk.as_deref(),
        line.session.as_deref(),
    ) else {
        return Err("an event without ts, kiosk or session");
    };
    let Some(date) = local_date(ts) else {
        return Err("ts is not an RFC 3339 time with an offset");
    };
    let required_missing = match event {
        "visit_end" => line
            .active_ms
            .is_none()
            .then_some("a visit_end without active_ms"),
        "page_view" => (line.exhibit.is_none() || line.page.is_none())
            .then_some("a page_view without exhibit or page"),
        "quiz_answer" => (line.quiz.is_none() || line.question.is_none() || line.correct.is_none())
            .then_some("a quiz_answer without quiz, question or correct"),
        "quiz_complete" => (line.quiz.is_none() || line.score.is_none() || line.max.is_none())
            .then_some("a quiz_complete without quiz, score or max"),
        _ => None,
    };
    if let Some(reason) = required_missing {
        return Err(reason);
    }
    let year = query.calendar.year_of(date);
    // A visit's end counts with its start, whatever the end's own date.
    if event != "visit_end" && !query.years.contains(year) {
        return Ok(None);
    }
    let text =
        |field: &Option<Cow<'_, str>>| -> Box<str> { field.as_deref().unwrap_or_default().into() };
    Ok(match (event, query.group) {
        ("visit_start", group) if group.counts_visitors() => Some(Found::Start {
            visit: fingerprint(&[kiosk, session]),
            key: group_key(group, &line, ts, year),
        }),
        ("language_change", GroupBy::Language) => line.lang.as_deref().map(|lang| Found::Chosen {
            visit: fingerprint(&[kiosk, session]),
            key: lang.into(),
        }),
        ("visit_end", group) if group.counts_visitors() => Some(Found::End {
            visit: fingerprint(&[kiosk, session]),
            active_ms: line.active_ms.unwrap_or_default(),
        }),
        ("page_view", GroupBy::Exhibit | GroupBy::Page) => {
            let (exhibit, page) = (text(&line.exhibit), text(&line.page));
            Some(Found::Other(Record::View {
                event: fingerprint(&[kiosk, session, &exhibit, &page, ts]),
                visit_exhibit: fingerprint(&[kiosk, session, &exhibit]),
                visit_page: fingerprint(&[kiosk, session, &exhibit, &page]),
                exhibit,
                page,
            }))
        }
        ("quiz_answer", GroupBy::Quiz) => {
            let (quiz, question) = (text(&line.quiz), text(&line.question));
            Some(Found::Other(Record::Answer {
                event: fingerprint(&[kiosk, session, &quiz, &question, ts]),
                quiz,
                question,
                correct: line.correct.unwrap_or_default(),
            }))
        }
        ("quiz_complete", GroupBy::Quiz) => {
            let quiz = text(&line.quiz);
            Some(Found::Other(Record::Complete {
                event: fingerprint(&[kiosk, session, &quiz, ts]),
                quiz,
                score: line.score.unwrap_or_default(),
                max: line.max.unwrap_or_default(),
            }))
        }
        _ => None,
    })
}

fn group_key(group: GroupBy, line: &LineFields<'_>, ts: &str, year: i16) -> Box<str> {
    let text = |field: Option<&str>| field.unwrap_or("-").into();
    match group {
        GroupBy::Month => ts.get(..7).unwrap_or_default().into(),
        GroupBy::Day => ts.get(..10).unwrap_or_default().into(),
        GroupBy::Pack => text(line.pack.as_deref()),
        GroupBy::Kiosk => text(line.kiosk.as_deref()),
        GroupBy::Language => text(line.lang.as_deref()),
        GroupBy::FiscalYear | GroupBy::Exhibit | GroupBy::Page | GroupBy::Quiz => {
            year.to_string().into()
        }
    }
}

/// 128 bits standing for a tuple of strings: two independent 64-bit hashes, eight bytes a
/// step, each finished with the splitmix64 avalanche.
fn fingerprint(parts: &[&str]) -> u128 {
    let mut low: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut high: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let mut step = |word: u64| {
        low = (low ^ word)
            .wrapping_mul(0x0000_0100_0000_01B3)
            .rotate_left(29);
        high = (high ^ word)
            .wrapping_mul(0xFF51_AFD7_ED55_8CCD)
            .rotate_left(33);
    };
    for part in parts {
        let mut chunks = part.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            step(u64::from_le_bytes(word));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        step(u64::from_le_bytes(tail));
        // The length ends each part, so ("ab", "c") and ("a", "bc") differ.
        step(part.len() as u64 | 0xA5 << 56);
    }
    (u128::from(avalanche(low)) << 64) | u128::from(avalanche(high))
}

/// splitmix64's finaliser: every input bit reaches every output bit.
fn avalanche(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A hasher for keys that are already fingerprints (uniformly spread bits): it keeps the low
/// 64 bits as they are.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only reached for keys other than u128 fingerprints; fold them in plainly.
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = self.0.rotate_left(17) ^ value;
    }

    fn write_u128(&mut self, value: u128) {
        // Truncation intended: the low half of a fingerprint is already a good hash.
        #[allow(clippy::cast_possible_truncation)]
        {
            self.0 = value as u64;
        }
    }
}

/// Hash maps and sets keyed by fingerprints.
pub type Fingerprinted = BuildHasherDefault<PassThrough>;

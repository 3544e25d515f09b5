//! Synthetic visitor logs in the kiosk's own format, for the tally benchmark and the scale
//! script: deterministic, so two runs write the same bytes, and with the expected visitors per
//! fiscal year known in advance so a tally can be checked against them.
//!
//! Shared by `benches/tally.rs` and `examples/make_visit_logs.rs` (by path: neither is a library).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// Visitors of the JICA Global Plaza in Ichigaya, Tokyo, in fiscal 2006–2020 (the seed).
pub const PLAZA_VISITORS: u64 = 2_198_454;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// First fiscal year (April to March).
    pub first_year: i16,
    /// Last fiscal year, inclusive.
    pub last_year: i16,
    /// Visits over all those years.
    pub visits: u64,
    /// Kiosks sharing the visits.
    pub kiosks: u32,
}

impl Plan {
    /// The seed's 15 fiscal years and 2,198,454 visitors over four kiosks.
    #[must_use]
    pub fn plaza() -> Self {
        Self {
            first_year: 2006,
            last_year: 2020,
            visits: PLAZA_VISITORS,
            kiosks: 4,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Visitors per fiscal year.
    pub per_year: BTreeMap<i16, u64>,
    /// Lines (events) written.
    pub lines: u64,
    /// Bytes written.
    pub bytes: u64,
    /// Files written.
    pub files: u64,
}

/// splitmix64: a small deterministic generator, enough for synthetic data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const EXHIBITS: [&str; 7] = [
    "welcome",
    "what-is-odi",
    "volunteers",
    "ngo-partnership",
    "sdgs",
    "global-plaza",
    "take-part",
];

/// Writes `<out>/visits/<kiosk>/<YYYY-MM-DD>.jsonl` files for `plan`, about five events per
/// visit (start, two to four page views, sometimes a quiz answer, end), in +09:00.
pub fn generate(out: &Path, plan: Plan) -> std::io::Result<Written> {
    let mut random = Random(0x5EED_2006);
    let mut written = Written::default();
    let years: Vec<i16> = (plan.first_year..=plan.last_year).collect();
    // Uneven years (weights 8..=12), summing exactly to plan.visits.
    let weights: Vec<u64> = years.iter().map(|_| 8 + random.below(5)).collect();
    let weight_sum: u64 = weights.iter().sum::<u64>().max(1);
    let mut per_year: Vec<u64> = weights
        .iter()
        .map(|w| plan.visits * w / weight_sum)
        .collect();
    let short = plan.visits - per_year.iter().sum::<u64>();
    for slot in per_year
        .iter_mut()
        .take(usize::try_from(short).unwrap_or(0))
    {
        *slot += 1;
    }
    let mut line = String::with_capacity(512);
    for (year, visits) in years.iter().zip(per_year) {
        written.per_year.insert(*year, visits);
        let first = jiff::civil::date(*year, 4, 1);
        let days: Vec<jiff::civil::Date> = (0..366)
            .filter_map(|d| first.checked_add(jiff::Span::new().days(d)).ok())
            .filter(|d| *d < jiff::civil::date(*year + 1, 4, 1))
            .filter(|d| d.weekday() != jiff::civil::Weekday::Monday)
            .collect();
        let day_count = u64::try_from(days.len()).unwrap_or(1);
        for (index, day) in days.iter().enumerate() {
            let index = u64::try_from(index).unwrap_or(0);
            let today = visits * (index + 1) / day_count - visits * index / day_count;
            let mut files: Vec<(String, Vec<u8>)> = (0..plan.kiosks)
                .map(|k| (format!("ichigaya-{}", k + 1), Vec::new()))
                .collect();
            for _ in 0..today {
                let kiosk = usize::try_from(random.below(u64::from(plan.kiosks))).unwrap_or(0);
                let (kiosk_id, bytes) = &mut files[kiosk];
                write_visit(&mut random, *day, kiosk_id, bytes, &mut line);
            }
            for (kiosk_id, bytes) in files {
                if bytes.is_empty() {
                    continue;
                }
                let folder = out.join("visits").join(&kiosk_id);
                std::fs::create_dir_all(&folder)?;
                let mut file = std::fs::File::create(folder.join(format!("{day}.jsonl")))?;
                file.write_all(&bytes)?;
                written.bytes += u64::try_from(bytes.len()).unwrap_or(0);
                written.lines +=
                    u64::try_from(memchr::memchr_iter(b'\n', &bytes).count()).unwrap_or(0);
                written.files += 1;
            }
        }
    }
    Ok(written)
}

/// One visit's events, appended to `bytes`.
fn write_visit(
    random: &mut Random,
    day: jiff::civil::Date,
    kiosk_id: &str,
    bytes: &mut Vec<u8>,
    line: &mut String,
) {
    let session =
        uuid::Uuid::from_u128((u128::from(random.next()) << 64) | u128::from(random.next()));
    let mut ms = (10 * 3600 + random.below(8 * 3600)) * 1000 + random.below(1000);
    let lang = if random.below(5) == 0 { "en" } else { "ja" };
    let mut event = |ms: u64, body: &str| {
        line.clear();
        let _ = writeln!(
            line,
            "{{\"v\":1,\"ts\":\"{day}T{:02}:{:02}:{:02}.{:03}+09:00\",\"kiosk\":\"{kiosk_id}\",\"session\":\"{session}\",\"pack\":\"civil-society\",{body}}}",
            ms / 3_600_000,
            ms / 60_000 % 60,
            ms / 1000 % 60,
            ms % 1000
        );
        bytes.extend_from_slice(line.as_bytes());
    };
    let started = ms;
    event(
        ms,
        &format!("\"event\":\"visit_start\",\"lang\":\"{lang}\""),
    );
    for page in 0..2 + random.below(3) {
        ms += 5_000 + random.below(40_000);
        let exhibit = EXHIBITS[usize::try_from(random.below(7)).unwrap_or(0)];
        event(
            ms,
            &format!(
                "\"event\":\"page_view\",\"exhibit\":\"{exhibit}\",\"page\":\"page-{}\"",
                page + 1
            ),
        );
    }
    if random.below(10) == 0 {
        ms += 8_000;
        let correct = random.below(3) != 0;
        event(
            ms,
            &format!(
                "\"event\":\"quiz_answer\",\"quiz\":\"odi-quiz\",\"question\":\"q{}\",\"correct\":{correct}",
                1 + random.below(6)
            ),
        );
    }
    let active = ms - started + 3_000;
    ms += 63_000;
    event(
        ms,
        &format!(
            "\"event\":\"visit_end\",\"reason\":\"idle\",\"duration_ms\":{},\"active_ms\":{active}",
            ms - started
        ),
    );
}

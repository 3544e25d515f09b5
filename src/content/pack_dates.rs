//! Which pack belongs on screen on a given day. A pack may name dates it is for
//! (`active: DateRange(from: "2026-07-20", until: "2026-08-31")`, a summer exhibition): on its
//! first day the kiosk shows it by itself, and after its last day it goes back to the pack staff
//! chose. A choice staff make on or after a dated pack's first day wins over that pack, so a
//! concierge who switches away is not overruled a minute later (or after a restart).
//!
//! Reading the manifests is file I/O: [`dated_packs`] runs on a background thread.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::model::PackManifest;
use super::{Diagnostics, MANIFEST_FILE, find_packs, ron_file};

/// A pack with an active date range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedPack {
    /// Its folder.
    pub dir: PathBuf,
    /// First day (inclusive).
    pub from: Date,
    /// Last day (inclusive).
    pub until: Date,
}

/// The packs under `content_dir` whose manifests give a usable active range. Packs whose
/// manifest cannot be read, or whose dates are not dates, are left out (`validate` and the
/// staff menu name their problems).
#[must_use]
pub fn dated_packs(content_dir: &Path) -> Vec<DatedPack> {
    let Ok(dirs) = find_packs(content_dir) else {
        return Vec::new();
    };
    dirs.into_iter()
        .filter_map(|dir| {
            let manifest_file = dir.join(MANIFEST_FILE);
            let mut ignored = Diagnostics::default();
            let manifest: PackManifest =
                ron_file::read(&manifest_file, &manifest_file, &mut ignored)?.value;
            let active = manifest.active?;
            let from = active.from.parse().ok()?;
            let until = active.until.parse().ok()?;
            (from <= until).then(|| DatedPack {
                dir: dir.canonicalize().unwrap_or(dir),
                from,
                until,
            })
        })
        .collect()
}

/// The pack to show on `today`: a dated pack whose range covers it and began after staff last
/// chose a pack (`chosen_on`), the one that began most recently when several do (then the
/// first by folder name); otherwise `chosen`, the pack staff chose.
#[must_use]
pub fn wanted_pack(
    chosen: &Path,
    chosen_on: Option<Date>,
    dated: &[DatedPack],
    today: Date,
) -> PathBuf {
    dated
        .iter()
        .filter(|pack| pack.from <= today && today <= pack.until)
        .filter(|pack| chosen_on.is_none_or(|day| pack.from > day))
        .min_by(|a, b| b.from.cmp(&a.from).then_with(|| a.dir.cmp(&b.dir)))
        .map_or_else(|| chosen.to_path_buf(), |pack| pack.dir.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn dated(name: &str, from: Date, until: Date) -> DatedPack {
        DatedPack {
            dir: PathBuf::from(name),
            from,
            until,
        }
    }

    #[test]
    fn a_dated_pack_shows_on_its_days_only() {
        let summer = [dated("summer", date(2026, 7, 20), date(2026, 8, 31))];
        let chosen = Path::new("civil-society");
        let on = |day| wanted_pack(chosen, None, &summer, day);
        assert_eq!(on(date(2026, 7, 19)), chosen);
        assert_eq!(on(date(2026, 7, 20)), Path::new("summer"));
        assert_eq!(on(date(2026, 8, 31)), Path::new("summer"));
        assert_eq!(on(date(2026, 9, 1)), chosen);
    }

    #[test]
    fn a_choice_made_since_the_pack_began_wins_and_a_later_range_takes_over_again() {
        let packs = [
            dated("summer", date(2026, 7, 20), date(2026, 8, 31)),
            dated("festival", date(2026, 8, 10), date(2026, 8, 12)),
        ];
        let chosen = Path::new("civil-society");
        let since = Some(date(2026, 7, 25));
        assert_eq!(
            wanted_pack(chosen, since, &packs, date(2026, 7, 26)),
            chosen,
            "staff switched away from the summer pack on the 25th"
        );
        assert_eq!(
            wanted_pack(chosen, since, &packs, date(2026, 8, 11)),
            Path::new("festival"),
            "a range that starts later still takes over"
        );
        assert_eq!(
            wanted_pack(chosen, None, &packs, date(2026, 8, 11)),
            Path::new("festival"),
            "of two ranges, the one that began last"
        );
        assert_eq!(
            wanted_pack(chosen, Some(date(2026, 7, 20)), &packs, date(2026, 7, 20)),
            chosen,
            "a choice on the first day itself came after the switch"
        );
    }

    #[test]
    fn manifests_with_dates_are_found_and_broken_ones_left_out() {
        let content = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let dir = content.path().join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(MANIFEST_FILE), text).unwrap();
        };
        let manifest = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/content/civil-society/pack.ron"
        ))
        .unwrap();
        let dated_manifest = manifest.replacen(
            "(\n",
            "(\n    active: DateRange(from: \"2026-07-20\", until: \"2026-08-31\"),\n",
            1,
        );
        assert_ne!(dated_manifest, manifest);
        write("a-undated", &manifest);
        write("b-summer", &dated_manifest);
        write("c-broken", "PackManifest(");
        write(
            "d-backwards",
            &dated_manifest.replace("2026-08-31", "2026-07-01"),
        );
        let found = dated_packs(content.path());
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].dir.ends_with("b-summer"));
        assert_eq!(found[0].from, date(2026, 7, 20));
    }
}

//! Reading the settings file: whole when it parses, field by field when it does not.
//!
//! A file that cannot be parsed whole (one mistyped value, a stray quote) is never thrown
//! away: each field is read on its own from where it is written, a field that cannot be read
//! takes its default with a `file:line:column` warning, and the others, the staff PIN's hash
//! above all, keep their values. What must never change silently is said loudly: a PIN hash
//! that cannot be read keeps staff mode locked (never open), and a data folder or kiosk id
//! that cannot be read is named in the warnings the log and the staff menu show. Only
//! regular files are read ([`crate::regular_file`]): a FIFO in its place is refused at once.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::{KioskConfig, LoadedConfig, SettingsDamage};
use crate::content::{Position, SourceMap};

/// Reads the settings at `path`; with no path, or a missing file, the defaults.
#[must_use]
pub fn load(path: Option<&Path>) -> LoadedConfig {
    let mut loaded = LoadedConfig {
        config: KioskConfig::default(),
        warnings: Vec::new(),
        damage: None,
        pin_unreadable: None,
    };
    let Some(path) = path else {
        return loaded;
    };
    let text = match crate::regular_file::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return loaded,
        Err(e) => {
            let damage = SettingsDamage::Unreadable {
                path: path.to_path_buf(),
                reason: e.to_string(),
            };
            loaded.warnings.push(damage.to_string());
            let pin = format!(
                "{}: the staff PIN cannot be read from the settings; staff mode stays locked",
                path.display()
            );
            loaded.warnings.push(pin.clone());
            loaded.pin_unreadable = Some(pin);
            loaded.damage = Some(damage);
            return loaded;
        }
    };
    match options().from_str::<KioskConfig>(&text) {
        Ok(config) => loaded.config = sanitised(config, path, &mut loaded.warnings),
        Err(e) => {
            let damage = SettingsDamage::Unparsable {
                path: path.to_path_buf(),
                line: e.span.start.line,
                column: e.span.start.col,
                message: e.code.to_string(),
            };
            let at = format!("{}:{}:", path.display(), e.span.start.line);
            let config = salvaged(&text, path, &mut loaded);
            loaded.config = sanitised(config, path, &mut loaded.warnings);
            // A mistyped value is already named by its field; a syntax error is named here.
            if !loaded.warnings.iter().any(|w| w.starts_with(&at)) {
                loaded.warnings.insert(0, damage.to_string());
            }
            loaded.damage = Some(damage);
        }
    }
    loaded
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The fields that must never change silently.
const CRITICAL: &[&str] = &["staff_pin_hash", "data_dir", "kiosk_id"];

/// A field read on its own.
enum Field<T> {
    /// Not in the file (or not where it could be found).
    Absent,
    /// Read.
    Read(T),
    /// Written but not readable: the warning, at the value's position.
    Bad(String),
}

/// The settings of a file that did not parse whole, read field by field from where each is
/// written; warnings (and a PIN that cannot be read) go into `loaded`.
fn salvaged(text: &str, path: &Path, loaded: &mut LoadedConfig) -> KioskConfig {
    let map = SourceMap::build(text);
    let mut config = KioskConfig::default();
    let mut bad = Vec::new();
    let mut absent = Vec::new();
    macro_rules! read {
        ($($name:ident),* $(,)?) => {
            $(match field(text, &map, path, stringify!($name)) {
                Field::Read(value) => config.$name = value,
                Field::Bad(warning) => bad.push((stringify!($name), warning)),
                Field::Absent => absent.push(stringify!($name)),
            })*
            const KNOWN: &[&str] = &[$(stringify!($name)),*];
            for (name, at) in map.top_level_fields() {
                if !KNOWN.contains(&name) {
                    loaded.warnings.push(format!(
                        "{}:{}:{}: `{name}` is not a setting; ignored",
                        path.display(),
                        at.line,
                        at.column
                    ));
                }
            }
        };
    }
    read!(
        kiosk_id,
        content_dir,
        data_dir,
        default_pack,
        idle_timeout_secs,
        idle_countdown_secs,
        default_volume_percent,
        max_volume_percent,
        quiet_hours,
        fiscal_year_start_month,
        staff_pin_hash,
        removable_media_roots,
        default_language,
        large_text_default,
        staff_language,
        pack_chosen_on,
        plaza_utc_offset,
    );
    // Past a syntax error the map may not reach a field that is written there: one that
    // must not change silently is then named too.
    for name in absent {
        if CRITICAL.contains(&name) && text.contains(name) {
            bad.push((
                name,
                format!(
                    "{}: {name} is in the file but cannot be read",
                    path.display()
                ),
            ));
        }
    }
    let defaults = KioskConfig::default();
    for (name, warning) in bad {
        let kept = match name {
            "staff_pin_hash" => {
                loaded.pin_unreadable = Some(warning.clone());
                "staff mode stays locked until it is mended".to_owned()
            }
            "data_dir" => format!(
                "visits are being recorded in {} until it is mended",
                defaults.data_dir.display()
            ),
            "kiosk_id" => format!(
                "visits are being recorded as kiosk \"{}\" until it is mended",
                defaults.kiosk_id
            ),
            _ => "using its default".to_owned(),
        };
        loaded.warnings.push(format!("{warning}; {kept}"));
    }
    config
}

/// The field `name` of `text`, read from where its value starts.
fn field<T: DeserializeOwned>(text: &str, map: &SourceMap, path: &Path, name: &str) -> Field<T> {
    let Some(at) = map.exact(name) else {
        return Field::Absent;
    };
    let rest = &text[byte_offset(text, at)..];
    let read = ron::Deserializer::from_str_with_options(rest, &options())
        .and_then(|mut de| T::deserialize(&mut de).map_err(|code| de.span_error(code)));
    match read {
        Ok(value) => Field::Read(value),
        Err(e) => {
            let (line, column) = if e.span.start.line <= 1 {
                (at.line, at.column + e.span.start.col.saturating_sub(1))
            } else {
                (at.line + e.span.start.line - 1, e.span.start.col)
            };
            Field::Bad(format!(
                "{}:{line}:{column}: {name}: {}",
                path.display(),
                e.code
            ))
        }
    }
}

/// The byte offset of a line and column (in characters, from 1) in `text`.
fn byte_offset(text: &str, at: Position) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(at.line.saturating_sub(1))
        .map(str::len)
        .sum();
    text[line_start..]
        .char_indices()
        .nth(at.column.saturating_sub(1))
        .map_or(text.len(), |(offset, _)| line_start + offset)
}

/// Keeps values within what the kiosk can work with, saying what was changed.
fn sanitised(mut config: KioskConfig, path: &Path, warnings: &mut Vec<String>) -> KioskConfig {
    let defaults = KioskConfig::default();
    if config.idle_timeout_secs < 10 {
        warnings.push(format!(
            "{}: idle_timeout_secs {} is too short for visitors to read; using 10",
            path.display(),
            config.idle_timeout_secs
        ));
        config.idle_timeout_secs = 10;
    }
    if config.idle_countdown_secs == 0 {
        warnings.push(format!(
            "{}: idle_countdown_secs must be at least 1; using {}",
            path.display(),
            defaults.idle_countdown_secs
        ));
        config.idle_countdown_secs = defaults.idle_countdown_secs;
    }
    if config.max_volume_percent > 100 {
        warnings.push(format!(
            "{}: max_volume_percent above 100; using 100",
            path.display()
        ));
        config.max_volume_percent = 100;
    }
    config.default_volume_percent = config.default_volume_percent.min(config.max_volume_percent);
    config.quiet_hours.retain(|quiet| {
        let usable = quiet.minutes().is_some();
        if !usable {
            warnings.push(format!(
                "{}: quiet hours \"{}\" to \"{}\" are not HH:MM times; ignored",
                path.display(),
                quiet.from,
                quiet.until
            ));
        }
        usable
    });
    if !(1..=12).contains(&config.fiscal_year_start_month) {
        warnings.push(format!(
            "{}: fiscal_year_start_month {} is not a month; using 4 (April)",
            path.display(),
            config.fiscal_year_start_month
        ));
        config.fiscal_year_start_month = 4;
    }
    if config.plaza_offset().is_none() {
        warnings.push(format!(
            "{}: plaza_utc_offset \"{}\" is not an offset of the form +09:00; using {}",
            path.display(),
            config.plaza_utc_offset,
            defaults.plaza_utc_offset
        ));
        config
            .plaza_utc_offset
            .clone_from(&defaults.plaza_utc_offset);
    }
    if config.kiosk_id.trim().is_empty() {
        config.kiosk_id = defaults.kiosk_id;
    }
    if config
        .default_language
        .as_deref()
        .is_some_and(|l| l.trim().is_empty())
    {
        config.default_language = None;
    }
    if config
        .staff_language
        .as_deref()
        .is_some_and(|l| crate::content::language::endonym(l.trim()).is_none())
    {
        warnings.push(format!(
            "{}: staff_language \"{}\" is not a language the kiosk knows; the pack's first \
             language is used",
            path.display(),
            config.staff_language.as_deref().unwrap_or_default()
        ));
        config.staff_language = None;
    }
    if let Some(day) = &config.pack_chosen_on
        && day.parse::<jiff::civil::Date>().is_err()
    {
        warnings.push(format!(
            "{}: pack_chosen_on \"{day}\" is not a date of the form YYYY-MM-DD; ignored",
            path.display()
        ));
        config.pack_chosen_on = None;
    }
    config
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn missing_file_and_no_file_give_defaults_silently() {
        let loaded = load(Some(Path::new("/nonexistent/plaza-kiosk.ron")));
        assert!(loaded.warnings.is_empty());
        assert_eq!(loaded.config.idle_timeout_secs, 60);
        assert_eq!(load(None).config.idle_countdown_secs, 15);
    }

    #[test]
    fn one_mistyped_value_takes_its_default_and_every_other_setting_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(
            &path,
            "Config(\n  kiosk_id: \"ichigaya-2\",\n  data_dir: \"/srv/plaza\",\n  \
             idle_timeout_secs: \"60\",\n  staff_pin_hash: Some(\"$argon2id$v=19$x\"),\n  \
             quiet_hours: [QuietHours(from: \"12:00\", until: \"13:00\", max_volume_percent: 30)],\n  \
             colour: \"red\",\n)",
        )
        .unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config.kiosk_id, "ichigaya-2");
        assert_eq!(loaded.config.data_dir, Path::new("/srv/plaza"));
        assert_eq!(
            loaded.config.staff_pin_hash.as_deref(),
            Some("$argon2id$v=19$x")
        );
        assert_eq!(loaded.config.quiet_hours.len(), 1);
        assert_eq!(loaded.config.idle_timeout_secs, 60, "the default");
        assert!(loaded.pin_unreadable.is_none());
        assert!(
            loaded.damage.is_some(),
            "never rewritten over what staff wrote"
        );
        let shown = loaded.warnings.join("\n");
        assert!(
            shown.contains("config.ron:4:22: idle_timeout_secs: ")
                && shown.contains("using its default"),
            "{shown}"
        );
        assert!(
            shown.contains("config.ron:7:11: `colour` is not a setting; ignored"),
            "{shown}"
        );
        assert_eq!(loaded.warnings.len(), 2, "{shown}");
    }

    #[test]
    fn the_staff_language_is_one_the_kiosk_knows_or_the_packs_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "Config(staff_language: \"en\")").unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config.staff_language.as_deref(), Some("en"));
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        std::fs::write(&path, "Config(staff_language: \"klingon\")").unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config.staff_language, None);
        assert!(
            loaded
                .warnings
                .iter()
                .any(|w| w.contains("staff_language \"klingon\"")),
            "{:?}",
            loaded.warnings
        );
    }

    #[test]
    fn a_pin_hash_that_cannot_be_read_locks_staff_mode_and_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(
            &path,
            "Config(\n  staff_pin_hash: Some(42),\n  data_dir: \"/srv/plaza\",\n)",
        )
        .unwrap();
        let loaded = load(Some(&path));
        let why = loaded.pin_unreadable.expect("locked");
        assert!(why.starts_with(&format!("{}:2:", path.display())), "{why}");
        assert!(loaded.config.staff_pin_hash.is_none());
        assert_eq!(loaded.config.data_dir, Path::new("/srv/plaza"));
        assert!(
            loaded
                .warnings
                .iter()
                .any(|w| w.contains("staff mode stays locked"))
        );
    }

    #[test]
    fn past_a_syntax_error_the_fields_that_must_not_change_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(
            &path,
            "Config(\n  kiosk_id: \"ichigaya-2\",\n  idle_timeout_secs: 60 }}\n  \
             data_dir: \"/srv/plaza\",\n  staff_pin_hash: Some(\"$argon2id$v=19$x\"),\n)",
        )
        .unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config.kiosk_id, "ichigaya-2");
        let shown = loaded.warnings.join("\n");
        assert!(shown.contains("config.ron:3:"), "the syntax error: {shown}");
        assert!(
            shown.contains(
                "data_dir is in the file but cannot be read; visits are being recorded in"
            ),
            "{shown}"
        );
        assert!(
            loaded
                .pin_unreadable
                .is_some_and(|why| why.contains("staff_pin_hash is in the file")),
            "{shown}"
        );
    }

    #[test]
    fn a_settings_file_that_is_a_fifo_is_refused_at_once_and_locks_staff_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &path,
            rustix::fs::Mode::from_raw_mode(0o600),
        )
        .unwrap();
        let loaded = load(Some(&path));
        assert!(loaded.pin_unreadable.is_some());
        assert!(
            loaded.warnings[0].contains("not a regular file but a FIFO"),
            "{:?}",
            loaded.warnings
        );
    }

    #[test]
    fn partial_files_keep_defaults_for_the_rest_and_clamp_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(
            &path,
            "(kiosk_id: \"ichigaya-1\", idle_timeout_secs: 3, max_volume_percent: 80)",
        )
        .unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config.kiosk_id, "ichigaya-1");
        assert_eq!(loaded.config.idle_timeout_secs, 10);
        assert_eq!(loaded.config.default_volume_percent, 70);
        assert_eq!(loaded.config.max_volume_percent, 80);
        assert_eq!(loaded.config.idle_countdown_secs, 15);
        assert_eq!(loaded.warnings.len(), 1);
    }

    #[test]
    fn quiet_hours_are_read_once_and_a_time_that_is_not_hh_mm_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(
            &path,
            "(quiet_hours: [QuietHours(from: \"10:5\", until: \"12:00\", max_volume_percent: 30), \
             QuietHours(from: \"13:00\", until: \"14:30\", max_volume_percent: 20)])",
        )
        .unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config.quiet_hours.len(), 1, "{:?}", loaded.warnings);
        assert_eq!(loaded.config.quiet_hours[0].minutes(), Some((780, 870)));
        assert_eq!(loaded.warnings.len(), 1);
        assert!(
            loaded.warnings[0].contains("\"10:5\" to \"12:00\" are not HH:MM times"),
            "{}",
            loaded.warnings[0]
        );
    }
}

//! The kiosk's settings file (RON): which kiosk this is, where packs and data live, timeouts.
//!
//! Every field has a sensible default and the file itself is optional, so a kiosk runs with no
//! configuration at all. A file that cannot be read or parsed never stops the kiosk: the
//! defaults are used and the problem is returned as a warning for the log and staff screen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The settings as written in the file; missing fields take their defaults.
#[derive(Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default, rename = "Config")]
pub struct KioskConfig {
    /// This kiosk's name in visitor data; default: the host name.
    pub kiosk_id: String,
    /// The folder holding the packs.
    pub content_dir: PathBuf,
    /// Where visitor data and the kiosk's log are written.
    pub data_dir: PathBuf,
    /// The pack shown at start (a folder name under `content_dir`).
    pub default_pack: String,
    /// Seconds without a touch before "Are you still there?".
    pub idle_timeout_secs: u32,
    /// Seconds of countdown on that prompt before the visit ends.
    pub idle_countdown_secs: u32,
    /// Narration volume the kiosk starts at, in percent.
    pub default_volume_percent: u8,
    /// The most a visitor can turn the narration up to, in percent.
    pub max_volume_percent: u8,
    /// Times of day with a lower maximum volume.
    pub quiet_hours: Vec<crate::audio::QuietHours>,
    /// The month fiscal years start in (4 = April, as in Japan).
    pub fiscal_year_start_month: u8,
    /// The staff PIN's salted Argon2id hash (set with `plaza-kiosk set-pin`); never the PIN.
    pub staff_pin_hash: Option<String>,
    /// Where removable drives are mounted (offered first for exports).
    pub removable_media_roots: Vec<PathBuf>,
    /// The language a visit starts in (a language code); none: the pack's own default.
    pub default_language: Option<String>,
    /// Whether visits start with large text.
    pub large_text_default: bool,
    /// The day staff last chose a pack (`YYYY-MM-DD`): a pack with an active date range takes
    /// over only when its range starts after that day.
    pub pack_chosen_on: Option<String>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            kiosk_id: default_kiosk_id(),
            content_dir: PathBuf::from("content"),
            data_dir: default_data_dir(),
            default_pack: "civil-society".to_owned(),
            idle_timeout_secs: 60,
            idle_countdown_secs: 15,
            default_volume_percent: 70,
            max_volume_percent: 100,
            quiet_hours: Vec::new(),
            fiscal_year_start_month: 4,
            staff_pin_hash: None,
            removable_media_roots: vec![PathBuf::from("/media"), PathBuf::from("/run/media")],
            default_language: None,
            large_text_default: false,
            pack_chosen_on: None,
        }
    }
}

/// Written out in full except the PIN's hash: settings end up in logs, and the hash must not.
impl std::fmt::Debug for KioskConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KioskConfig")
            .field("kiosk_id", &self.kiosk_id)
            .field("content_dir", &self.content_dir)
            .field("data_dir", &self.data_dir)
            .field("default_pack", &self.default_pack)
            .field("idle_timeout_secs", &self.idle_timeout_secs)
            .field("idle_countdown_secs", &self.idle_countdown_secs)
            .field("default_volume_percent", &self.default_volume_percent)
            .field("max_volume_percent", &self.max_volume_percent)
            .field("quiet_hours", &self.quiet_hours)
            .field("fiscal_year_start_month", &self.fiscal_year_start_month)
            .field(
                "staff_pin_hash",
                &self.staff_pin_hash.as_ref().map(|_| "(set, not shown)"),
            )
            .field("removable_media_roots", &self.removable_media_roots)
            .field("default_language", &self.default_language)
            .field("large_text_default", &self.large_text_default)
            .field("pack_chosen_on", &self.pack_chosen_on)
            .finish()
    }
}

impl KioskConfig {
    /// The idle timeout as a duration.
    #[must_use]
    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(u64::from(self.idle_timeout_secs))
    }

    /// The countdown as a duration.
    #[must_use]
    pub fn idle_countdown(&self) -> Duration {
        Duration::from_secs(u64::from(self.idle_countdown_secs))
    }

    /// The fiscal calendar the settings describe.
    #[must_use]
    pub fn fiscal_calendar(&self) -> crate::visits::FiscalCalendar {
        i8::try_from(self.fiscal_year_start_month)
            .ok()
            .and_then(crate::visits::FiscalCalendar::starting_in)
            .unwrap_or_default()
    }

    /// The default pack's folder.
    #[must_use]
    pub fn default_pack_dir(&self) -> PathBuf {
        self.content_dir.join(&self.default_pack)
    }
}

/// The settings in effect and what was wrong with the file, if anything.
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    /// The settings to use.
    pub config: KioskConfig,
    /// Problems with the file, as `path:line:column: message` (defaults used instead).
    pub warnings: Vec<String>,
    /// The file is there but could not be read or parsed: all of it was replaced by defaults,
    /// so it must not be overwritten (that would lose what staff wrote).
    pub damage: Option<SettingsDamage>,
}

/// Why a settings file that is there could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsDamage {
    /// It could not be read.
    #[error("{}: cannot read the settings ({reason}){USING_DEFAULTS}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// It is not settings in RON.
    #[error("{}:{line}:{column}: {message}{USING_DEFAULTS}", path.display())]
    Unparsable {
        /// The file.
        path: PathBuf,
        /// Where the problem is.
        line: usize,
        /// Its column.
        column: usize,
        /// What RON said.
        message: String,
    },
}

/// Why the settings file was not rewritten.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file there is damaged; it is left as it is.
    #[error(transparent)]
    Damaged(SettingsDamage),
    /// Writing the new file failed; the old one is as it was.
    #[error("{}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Reads the settings at `path`; with no path, or a missing file, the defaults.
#[must_use]
pub fn load(path: Option<&Path>) -> LoadedConfig {
    let mut warnings = Vec::new();
    let Some(path) = path else {
        return LoadedConfig {
            config: KioskConfig::default(),
            warnings,
            damage: None,
        };
    };
    let mut damage = None;
    let config = match std::fs::read_to_string(path) {
        Ok(text) => match ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str::<KioskConfig>(&text)
        {
            Ok(config) => sanitised(config, path, &mut warnings),
            Err(e) => {
                damage = Some(SettingsDamage::Unparsable {
                    path: path.to_path_buf(),
                    line: e.span.start.line,
                    column: e.span.start.col,
                    message: e.code.to_string(),
                });
                KioskConfig::default()
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => KioskConfig::default(),
        Err(e) => {
            damage = Some(SettingsDamage::Unreadable {
                path: path.to_path_buf(),
                reason: e.to_string(),
            });
            KioskConfig::default()
        }
    };
    if let Some(damage) = &damage {
        warnings.push(damage.to_string());
    }
    LoadedConfig {
        config,
        warnings,
        damage,
    }
}

/// How a warning about an unusable file ends.
const USING_DEFAULTS: &str = "; using the default settings";

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

/// Where the settings live when `--config` is not given:
/// `$XDG_CONFIG_HOME/plaza-kiosk/config.ron`, else `~/.config/plaza-kiosk/config.ron`.
#[must_use]
pub fn default_path() -> Option<PathBuf> {
    if let Some(xdg) = std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(xdg).join("plaza-kiosk/config.ron"));
    }
    std::env::var_os("HOME")
        .filter(|v| !v.is_empty())
        .map(|home| PathBuf::from(home).join(".config/plaza-kiosk/config.ron"))
}

/// Writes `config` to `path` so that a power cut or a kill at any moment leaves either the old
/// file or the new one, never half of one: a temporary file beside it (mode 0600: the file
/// holds the PIN's hash), written and synced, then renamed over the old one, then the folder
/// synced. The RON is written afresh (comments in the old file are not kept).
pub fn save(path: &Path, config: &KioskConfig) -> std::io::Result<()> {
    let mut text =
        ron::ser::to_string_pretty(config, ron::ser::PrettyConfig::default().struct_names(true))
            .map_err(std::io::Error::other)?;
    text.push('\n');
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    crate::atomic_file::write(path, text.as_bytes(), 0o600)
}

/// Rewrites the settings file `path` with `change` made to what it holds (`fallback` when
/// there is no file yet), atomically ([`save`]); returns the settings written. A file that
/// cannot be read or parsed as settings is left as it is: rewriting it from defaults would
/// lose what was written there (the PIN's hash among it). Values the kiosk corrected when
/// reading are written corrected.
pub fn update(
    path: &Path,
    fallback: KioskConfig,
    change: impl FnOnce(&mut KioskConfig),
) -> Result<KioskConfig, SettingsError> {
    let mut settings = if path.exists() {
        let loaded = load(Some(path));
        if let Some(damage) = loaded.damage {
            return Err(SettingsError::Damaged(damage));
        }
        loaded.config
    } else {
        fallback
    };
    change(&mut settings);
    save(path, &settings).map_err(|source| SettingsError::Write {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(settings)
}

fn default_kiosk_id() -> String {
    let host = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_owned();
    if host.is_empty() {
        "kiosk".to_owned()
    } else {
        host
    }
}

/// `$XDG_DATA_HOME/plaza-kiosk`, else `~/.local/share/plaza-kiosk`, else `./data`.
fn default_data_dir() -> PathBuf {
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(xdg).join("plaza-kiosk");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(home).join(".local/share/plaza-kiosk");
    }
    PathBuf::from("data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_and_no_file_give_defaults_silently() {
        let loaded = load(Some(Path::new("/nonexistent/plaza-kiosk.ron")));
        assert!(loaded.warnings.is_empty());
        assert_eq!(loaded.config.idle_timeout_secs, 60);
        assert_eq!(load(None).config.idle_countdown_secs, 15);
    }

    #[test]
    fn a_broken_file_falls_back_to_defaults_with_a_located_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "Config(\n  idle_timeout_secs: \"soon\",\n)").unwrap();
        let loaded = load(Some(&path));
        assert_eq!(loaded.config, KioskConfig::default());
        assert_eq!(loaded.warnings.len(), 1);
        assert!(
            loaded.warnings[0].contains("config.ron:2:"),
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

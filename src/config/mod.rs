//! The kiosk's settings file (RON): which kiosk this is, where packs and data live, timeouts.
//!
//! Every field has a sensible default and the file itself is optional, so a kiosk runs with no
//! configuration at all. A file that cannot be read or parsed never stops the kiosk: the
//! defaults are used and the problem is returned as a warning for the log and staff screen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

mod read;

pub use read::load;

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
    /// The language of the staff screens (`ja`, `en` or any language the kiosk has words
    /// in); none: the pack's first language. The menu switches between 日本語 and English.
    pub staff_language: Option<String>,
    /// The day staff last chose a pack (`YYYY-MM-DD`): a pack with an active date range takes
    /// over only when its range starts after that day.
    pub pack_chosen_on: Option<String>,
    /// The plaza's offset from UTC (`+09:00` in Japan): visits are dated by the system's time
    /// zone, and the kiosk warns when that has a different offset.
    pub plaza_utc_offset: String,
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
            staff_language: None,
            pack_chosen_on: None,
            plaza_utc_offset: "+09:00".to_owned(),
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
            .field("staff_language", &self.staff_language)
            .field("pack_chosen_on", &self.pack_chosen_on)
            .field("plaza_utc_offset", &self.plaza_utc_offset)
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

    /// The plaza's offset from UTC in seconds (`plaza_utc_offset`), if it is `±HH:MM`.
    #[must_use]
    pub fn plaza_offset(&self) -> Option<i32> {
        let text = self.plaza_utc_offset.trim();
        let sign = match text.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let (hours, minutes) = text.get(1..)?.split_once(':')?;
        let all_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(hours) || !all_digits(minutes) {
            return None;
        }
        let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
        (hours <= 14 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
    }

    /// `(system, plaza)` offsets written as `+09:00` when the system's offset from UTC
    /// (`system_seconds`) is not the plaza's: visits would be dated on the wrong day.
    #[must_use]
    pub fn offset_mismatch(&self, system_seconds: i32) -> Option<(String, String)> {
        let plaza = self.plaza_offset()?;
        (plaza != system_seconds).then(|| (written_offset(system_seconds), written_offset(plaza)))
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
    /// The file is there but could not be read or parsed whole: what could be read is used,
    /// field by field, but it must not be overwritten (that would lose what staff wrote).
    pub damage: Option<SettingsDamage>,
    /// A PIN hash that is in the file but cannot be read, and where: staff mode stays locked.
    pub pin_unreadable: Option<String>,
}

/// Why a settings file that is there could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsDamage {
    /// It could not be read.
    #[error("{}: cannot read the settings ({reason}); using the default settings", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// It is not settings in RON as a whole (each setting that can be read is used).
    #[error("{}:{line}:{column}: {message}; the settings that can be read are used", path.display())]
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

/// An offset in seconds written as `+09:00`.
fn written_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
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

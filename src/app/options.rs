//! How the kiosk is started: the pack, the settings, the clock, and the development switches.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{KioskConfig, LoadedConfig};
use crate::kiosk::{Clock, IdleTimes, SystemClock};

/// How the kiosk is started.
#[derive(Clone)]
pub struct AppOptions {
    /// The pack folder to show.
    pub pack_dir: PathBuf,
    /// Settings.
    pub config: KioskConfig,
    /// A normal window with a pointer, closable with Ctrl+Shift+Q (development).
    pub windowed: bool,
    /// Exit after rendering this many frames once the pack has loaded (or failed to).
    pub exit_after_frames: Option<u64>,
    /// The clock; tests pass a [`crate::kiosk::ManualClock`].
    pub clock: Arc<dyn Clock>,
    /// The settings file, where a pack chosen by staff is remembered (none: not remembered).
    pub settings_path: Option<PathBuf>,
    /// Problems found in the settings file at start (shown in staff mode).
    pub settings_warnings: Vec<String>,
    /// The settings hold a PIN hash that cannot be read, and where: staff mode stays locked.
    pub pin_unreadable: Option<String>,
    /// `(system, plaza)` UTC offsets when they differ (said in the log and staff mode).
    pub utc_offset_mismatch: Option<(String, String)>,
    /// Follow packs' active dates (off when a pack was named on the command line).
    pub follow_pack_dates: bool,
}

/// Default options for `pack_dir` with the real clock (used by the CLI).
#[must_use]
pub fn options_for(
    pack_dir: PathBuf,
    config: KioskConfig,
    windowed: bool,
    exit_after_frames: Option<u64>,
) -> AppOptions {
    AppOptions {
        pack_dir,
        config,
        windowed,
        exit_after_frames,
        clock: Arc::new(SystemClock::new()),
        settings_path: None,
        settings_warnings: Vec::new(),
        pin_unreadable: None,
        utc_offset_mismatch: None,
        follow_pack_dates: false,
    }
}

impl AppOptions {
    /// Takes in what reading the settings found, as the command line does: the warnings, a
    /// PIN hash that cannot be read (or does not parse as one: staff mode then stays locked),
    /// and whether the system's time zone is the plaza's (`system_offset_seconds`). What it
    /// finds is logged too.
    pub fn heed_settings(&mut self, loaded: &LoadedConfig, system_offset_seconds: i32) {
        self.settings_warnings.clone_from(&loaded.warnings);
        self.pin_unreadable = loaded.pin_unreadable.clone().or_else(|| {
            let hash = self.config.staff_pin_hash.as_deref()?;
            (!crate::staff::pin::is_hash(hash)).then(|| {
                let file = self
                    .settings_path
                    .as_deref()
                    .unwrap_or(Path::new("settings"));
                format!("{}: staff_pin_hash is not a PIN hash", file.display())
            })
        });
        if let Some(why) = &self.pin_unreadable {
            tracing::warn!("{why}: staff mode stays locked until it is mended");
        }
        self.utc_offset_mismatch = self.config.offset_mismatch(system_offset_seconds);
        if let Some((system, plaza)) = &self.utc_offset_mismatch {
            tracing::warn!(
                "the system's time zone is at UTC{system}, the plaza's at UTC{plaza}: visits \
                 are dated by the system's, so set its time zone"
            );
        }
    }
}

/// The idle prompt's timing from the settings.
pub(super) fn idle_times(config: &KioskConfig) -> IdleTimes {
    IdleTimes {
        timeout: config.idle_timeout(),
        countdown: config.idle_countdown(),
    }
}

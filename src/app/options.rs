//! How the kiosk is started: the pack, the settings, the clock, and the development switches.

use std::path::PathBuf;
use std::sync::Arc;

use crate::config::KioskConfig;
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
        follow_pack_dates: false,
    }
}

/// The idle prompt's timing from the settings.
pub(super) fn idle_times(config: &KioskConfig) -> IdleTimes {
    IdleTimes {
        timeout: config.idle_timeout(),
        countdown: config.idle_countdown(),
    }
}

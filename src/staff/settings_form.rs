//! The settings staff change on the touchscreen: how long the kiosk waits before asking
//! "are you still there?", the countdown, how loud narration may go and when it must be
//! quieter, the language and text size a visit starts with. Values move in steps a finger can
//! hit (no keyboard), within limits visitors can live with. No egui and no disk here: the
//! app saves the result through `config::update` on its `settings-save` thread.

use crate::audio::{QuietHours, TimeOfDay};
use crate::config::KioskConfig;

/// Seconds without a touch before the prompt, as staff can choose them.
pub const IDLE_TIMEOUT_STEPS_SECS: [u32; 9] = [20, 30, 45, 60, 90, 120, 180, 300, 600];
/// Seconds of countdown on the prompt, as staff can choose them.
pub const COUNTDOWN_STEPS_SECS: [u32; 7] = [5, 10, 15, 20, 30, 45, 60];
/// Volume steps, in percent.
pub const VOLUME_STEP_PERCENT: u8 = 10;
/// Quiet-hours times move by this many minutes.
pub const QUIET_STEP_MINUTES: u16 = 30;
/// At most this many quiet periods can be set on the touchscreen.
pub const MAX_QUIET_PERIODS: usize = 3;

/// Down or up a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Shorter, quieter, earlier.
    Down,
    /// Longer, louder, later.
    Up,
}

/// One change on the settings screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsEdit {
    /// The idle timeout.
    IdleTimeout(Step),
    /// The countdown.
    Countdown(Step),
    /// The maximum volume.
    MaxVolume(Step),
    /// The start of quiet period `n`.
    QuietFrom(usize, Step),
    /// The end of quiet period `n`.
    QuietUntil(usize, Step),
    /// The maximum volume during quiet period `n`.
    QuietVolume(usize, Step),
    /// A new quiet period.
    AddQuiet,
    /// Quiet period `n` removed.
    RemoveQuiet(usize),
    /// The language visits start in (none: the pack's default).
    Language(Option<String>),
    /// Whether visits start with large text.
    LargeText(bool),
}

/// The settings on the staff screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitorSettings {
    /// Seconds without a touch before the prompt.
    pub idle_timeout_secs: u32,
    /// Seconds of countdown.
    pub idle_countdown_secs: u32,
    /// The most visitors may turn narration up to, in percent.
    pub max_volume_percent: u8,
    /// Times of day with a lower maximum.
    pub quiet_hours: Vec<QuietHours>,
    /// The language visits start in; none: the pack's default.
    pub default_language: Option<String>,
    /// Whether visits start with large text.
    pub large_text_default: bool,
}

impl VisitorSettings {
    /// The settings now in effect.
    #[must_use]
    pub fn of(config: &KioskConfig) -> Self {
        Self {
            idle_timeout_secs: config.idle_timeout_secs,
            idle_countdown_secs: config.idle_countdown_secs,
            max_volume_percent: config.max_volume_percent,
            quiet_hours: config.quiet_hours.clone(),
            default_language: config.default_language.clone(),
            large_text_default: config.large_text_default,
        }
    }

    /// Writes these into `config`; the starting volume never exceeds the new maximum.
    pub fn apply_to(&self, config: &mut KioskConfig) {
        config.idle_timeout_secs = self.idle_timeout_secs;
        config.idle_countdown_secs = self.idle_countdown_secs;
        config.max_volume_percent = self.max_volume_percent;
        config.default_volume_percent = config.default_volume_percent.min(self.max_volume_percent);
        config.quiet_hours.clone_from(&self.quiet_hours);
        config.default_language.clone_from(&self.default_language);
        config.large_text_default = self.large_text_default;
    }

    /// Applies one change.
    pub fn edit(&mut self, edit: SettingsEdit) {
        match edit {
            SettingsEdit::IdleTimeout(step) => {
                self.idle_timeout_secs =
                    along_ladder(&IDLE_TIMEOUT_STEPS_SECS, self.idle_timeout_secs, step);
            }
            SettingsEdit::Countdown(step) => {
                self.idle_countdown_secs =
                    along_ladder(&COUNTDOWN_STEPS_SECS, self.idle_countdown_secs, step);
            }
            SettingsEdit::MaxVolume(step) => {
                self.max_volume_percent = volume_step(self.max_volume_percent, step);
            }
            SettingsEdit::QuietFrom(n, step) => {
                if let Some(quiet) = self.quiet_hours.get_mut(n) {
                    quiet.from = time_step(&quiet.from, step);
                }
            }
            SettingsEdit::QuietUntil(n, step) => {
                if let Some(quiet) = self.quiet_hours.get_mut(n) {
                    quiet.until = time_step(&quiet.until, step);
                }
            }
            SettingsEdit::QuietVolume(n, step) => {
                if let Some(quiet) = self.quiet_hours.get_mut(n) {
                    quiet.max_volume_percent = volume_step(quiet.max_volume_percent, step);
                }
            }
            SettingsEdit::AddQuiet if self.quiet_hours.len() < MAX_QUIET_PERIODS => {
                self.quiet_hours.push(QuietHours {
                    from: TimeOfDay::at(12, 0),
                    until: TimeOfDay::at(13, 0),
                    max_volume_percent: 30,
                });
            }
            SettingsEdit::AddQuiet => {}
            SettingsEdit::RemoveQuiet(n) => {
                if n < self.quiet_hours.len() {
                    self.quiet_hours.remove(n);
                }
            }
            SettingsEdit::Language(language) => self.default_language = language,
            SettingsEdit::LargeText(large) => self.large_text_default = large,
        }
    }
}

/// The next value on `ladder` below or above `current` (which need not be on it), staying
/// at the ends.
fn along_ladder(ladder: &[u32], current: u32, step: Step) -> u32 {
    let found = match step {
        Step::Down => ladder.iter().rev().find(|&&v| v < current),
        Step::Up => ladder.iter().find(|&&v| v > current),
    };
    found.copied().unwrap_or(current)
}

/// A volume a step down or up, between one step and 100 %.
fn volume_step(percent: u8, step: Step) -> u8 {
    let rounded = percent / VOLUME_STEP_PERCENT * VOLUME_STEP_PERCENT;
    match step {
        Step::Down if rounded < percent => rounded.max(VOLUME_STEP_PERCENT),
        Step::Down => percent
            .saturating_sub(VOLUME_STEP_PERCENT)
            .max(VOLUME_STEP_PERCENT),
        Step::Up => rounded.saturating_add(VOLUME_STEP_PERCENT).min(100),
    }
}

/// A time of day moved to the previous or next half hour, round the clock.
fn time_step(time: &TimeOfDay, step: Step) -> TimeOfDay {
    const DAY: u16 = 24 * 60;
    let minutes = time.minutes().unwrap_or(12 * 60);
    let moved = match step {
        Step::Down => {
            let below = minutes / QUIET_STEP_MINUTES * QUIET_STEP_MINUTES;
            if below < minutes {
                below
            } else {
                (minutes + DAY - QUIET_STEP_MINUTES) % DAY
            }
        }
        Step::Up => (minutes / QUIET_STEP_MINUTES * QUIET_STEP_MINUTES + QUIET_STEP_MINUTES) % DAY,
    };
    TimeOfDay::at(
        i8::try_from(moved / 60).unwrap_or(0),
        i8::try_from(moved % 60).unwrap_or(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_move_along_their_ladders_and_stop_at_the_ends() {
        let mut settings = VisitorSettings::of(&KioskConfig::default());
        settings.edit(SettingsEdit::IdleTimeout(Step::Up));
        assert_eq!(settings.idle_timeout_secs, 90);
        settings.idle_timeout_secs = 75; // from a hand-written file: off the ladder
        settings.edit(SettingsEdit::IdleTimeout(Step::Down));
        assert_eq!(settings.idle_timeout_secs, 60);
        for _ in 0..20 {
            settings.edit(SettingsEdit::IdleTimeout(Step::Down));
        }
        assert_eq!(settings.idle_timeout_secs, 20);
        for _ in 0..20 {
            settings.edit(SettingsEdit::Countdown(Step::Up));
        }
        assert_eq!(settings.idle_countdown_secs, 60);
    }

    #[test]
    fn volumes_stay_between_a_step_and_a_hundred() {
        assert_eq!(volume_step(100, Step::Up), 100);
        assert_eq!(volume_step(100, Step::Down), 90);
        assert_eq!(volume_step(10, Step::Down), 10);
        assert_eq!(volume_step(45, Step::Down), 40);
        assert_eq!(volume_step(45, Step::Up), 50);
    }

    #[test]
    fn quiet_times_move_by_half_hours_round_the_clock() {
        let time_step = |time: &str, step| time_step(&TimeOfDay::parse(time), step).to_string();
        assert_eq!(time_step("10:00", Step::Up), "10:30");
        assert_eq!(time_step("10:00", Step::Down), "09:30");
        assert_eq!(time_step("10:10", Step::Down), "10:00");
        assert_eq!(time_step("10:10", Step::Up), "10:30");
        assert_eq!(time_step("23:30", Step::Up), "00:00");
        assert_eq!(time_step("00:00", Step::Down), "23:30");
    }

    #[test]
    fn quiet_periods_are_added_up_to_three_and_removed() {
        let mut settings = VisitorSettings::of(&KioskConfig::default());
        for _ in 0..5 {
            settings.edit(SettingsEdit::AddQuiet);
        }
        assert_eq!(settings.quiet_hours.len(), MAX_QUIET_PERIODS);
        settings.edit(SettingsEdit::QuietFrom(1, Step::Down));
        settings.edit(SettingsEdit::QuietVolume(1, Step::Up));
        settings.edit(SettingsEdit::RemoveQuiet(0));
        assert_eq!(settings.quiet_hours.len(), 2);
        assert_eq!(settings.quiet_hours[0].from.as_str(), "11:30");
        assert_eq!(settings.quiet_hours[0].max_volume_percent, 40);
    }

    #[test]
    fn applying_keeps_the_starting_volume_under_the_new_maximum() {
        let mut config = KioskConfig::default();
        let mut settings = VisitorSettings::of(&config);
        for _ in 0..5 {
            settings.edit(SettingsEdit::MaxVolume(Step::Down));
        }
        settings.edit(SettingsEdit::Language(Some("en".to_owned())));
        settings.edit(SettingsEdit::LargeText(true));
        settings.apply_to(&mut config);
        assert_eq!(config.max_volume_percent, 50);
        assert_eq!(config.default_volume_percent, 50);
        assert_eq!(config.default_language.as_deref(), Some("en"));
        assert!(config.large_text_default);
    }
}

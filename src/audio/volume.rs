//! How loud narration may be: the visitor's volume in steps, within the staff's maximum, and
//! a lower maximum during quiet hours (a school lecture next door, a quiet gallery morning).

use serde::{Deserialize, Serialize};

/// A time of day with its own lower maximum volume, e.g. `QuietHours(from: "10:00",
/// until: "12:00", max_volume_percent: 30)`. `until` before `from` runs past midnight.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    /// Start, `HH:MM`, local time.
    pub from: String,
    /// End, `HH:MM` (not included).
    pub until: String,
    /// The most narration may be turned up to meanwhile, in percent.
    pub max_volume_percent: u8,
}

impl QuietHours {
    /// `from` and `until` as minutes after midnight, when both are `HH:MM`.
    #[must_use]
    pub fn minutes(&self) -> Option<(u16, u16)> {
        Some((minutes(&self.from)?, minutes(&self.until)?))
    }

    fn covers(&self, minute: u16) -> bool {
        match self.minutes() {
            Some((from, until)) if from <= until => (from..until).contains(&minute),
            Some((from, until)) => minute >= from || minute < until,
            None => false,
        }
    }
}

/// `HH:MM` as minutes after midnight.
fn minutes(text: &str) -> Option<u16> {
    let (hours, mins) = text.split_once(':')?;
    let (hours, mins): (u16, u16) = (hours.parse().ok()?, mins.parse().ok()?);
    (hours < 24 && mins < 60 && mins.to_string().len() <= 2).then_some(hours * 60 + mins)
}

/// Steps a visitor's + and − buttons move by, in percent.
pub const VOLUME_STEP: u8 = 10;

/// The highest volume allowed at `minute` (minutes after local midnight).
#[must_use]
pub fn allowed_max(max_volume_percent: u8, quiet: &[QuietHours], minute: u16) -> u8 {
    quiet
        .iter()
        .filter(|q| q.covers(minute))
        .map(|q| q.max_volume_percent)
        .fold(max_volume_percent.min(100), u8::min)
}

/// The amplitude for a volume in percent: squared, so equal steps sound like equal steps.
#[must_use]
pub fn amplitude(percent: u8) -> f32 {
    let fraction = f32::from(percent.min(100)) / 100.0;
    fraction * fraction
}

/// Minutes after midnight of a time of day.
#[must_use]
pub fn minute_of_day(time: jiff::civil::Time) -> u16 {
    u16::try_from(time.hour()).unwrap_or(0) * 60 + u16::try_from(time.minute()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet(from: &str, until: &str, max: u8) -> QuietHours {
        QuietHours {
            from: from.to_owned(),
            until: until.to_owned(),
            max_volume_percent: max,
        }
    }

    #[test]
    fn quiet_hours_lower_the_maximum_only_while_they_last() {
        let hours = [quiet("10:00", "12:00", 30), quiet("22:00", "06:30", 10)];
        assert_eq!(allowed_max(80, &hours, 9 * 60 + 59), 80);
        assert_eq!(allowed_max(80, &hours, 10 * 60), 30);
        assert_eq!(
            allowed_max(80, &hours, 12 * 60),
            80,
            "until is not included"
        );
        assert_eq!(allowed_max(80, &hours, 23 * 60), 10, "past midnight");
        assert_eq!(allowed_max(80, &hours, 6 * 60), 10);
        assert_eq!(
            allowed_max(20, &hours, 10 * 60 + 30),
            20,
            "never above the maximum"
        );
        assert_eq!(
            allowed_max(80, &[quiet("25:00", "26:00", 5)], 0),
            80,
            "nonsense is ignored"
        );
    }

    #[test]
    fn loudness_grows_with_the_square() {
        assert!((amplitude(50) - 0.25).abs() < 1e-6);
        assert!((amplitude(100) - 1.0).abs() < 1e-6);
        assert!(amplitude(0).abs() < f32::EPSILON);
    }
}

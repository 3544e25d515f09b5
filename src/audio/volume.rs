//! How loud narration may be: the visitor's volume in steps, within the staff's maximum, and
//! a lower maximum during quiet hours (a school lecture next door, a quiet gallery morning).

use serde::{Deserialize, Serialize};

/// A time of day as the settings file writes it, `HH:MM` (or `H:MM`), read once where the file
/// is read. Text that is no such time (`"10:5"`, `"25:00"`) is kept as written, so the file
/// can say where it is wrong, and has no [`TimeOfDay::time`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeOfDay {
    time: Option<jiff::civil::Time>,
    text: String,
}

impl TimeOfDay {
    /// `hours:minutes`, which must be a time of day (else midnight).
    #[must_use]
    pub fn at(hours: i8, minutes: i8) -> Self {
        let time = jiff::civil::Time::new(hours, minutes, 0, 0).unwrap_or_default();
        Self {
            time: Some(time),
            text: time.strftime("%H:%M").to_string(),
        }
    }

    /// Reads `text`: one or two digits of hours below 24, a colon, two digits of minutes.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let time = text.split_once(':').and_then(|(hours, minutes)| {
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if !(digits(hours) && hours.len() <= 2 && digits(minutes) && minutes.len() == 2) {
                return None;
            }
            jiff::civil::Time::new(hours.parse().ok()?, minutes.parse().ok()?, 0, 0).ok()
        });
        Self {
            time,
            text: text.to_owned(),
        }
    }

    /// The time, when the text is one.
    #[must_use]
    pub fn time(&self) -> Option<jiff::civil::Time> {
        self.time
    }

    /// Minutes after midnight, when the text is a time.
    #[must_use]
    pub fn minutes(&self) -> Option<u16> {
        self.time.map(minute_of_day)
    }

    /// As written in the file (`HH:MM` once changed on the touchscreen).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self::parse(&String::deserialize(deserializer)?))
    }
}

/// A time of day with its own lower maximum volume, e.g. `QuietHours(from: "10:00",
/// until: "12:00", max_volume_percent: 30)`. `until` before `from` runs past midnight.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    /// Start, local time.
    pub from: TimeOfDay,
    /// End (not included).
    pub until: TimeOfDay,
    /// The most narration may be turned up to meanwhile, in percent.
    pub max_volume_percent: u8,
}

impl QuietHours {
    /// `from` and `until` as minutes after midnight, when both are times.
    #[must_use]
    pub fn minutes(&self) -> Option<(u16, u16)> {
        Some((self.from.minutes()?, self.until.minutes()?))
    }

    fn covers(&self, minute: u16) -> bool {
        match self.minutes() {
            Some((from, until)) if from <= until => (from..until).contains(&minute),
            Some((from, until)) => minute >= from || minute < until,
            None => false,
        }
    }
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
            from: TimeOfDay::parse(from),
            until: TimeOfDay::parse(until),
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
    fn times_of_day_are_read_once_and_only_as_hours_and_two_digit_minutes() {
        assert_eq!(TimeOfDay::parse("10:30").minutes(), Some(630));
        assert_eq!(TimeOfDay::parse("9:05").minutes(), Some(545));
        assert_eq!(TimeOfDay::parse("00:00").minutes(), Some(0));
        for wrong in [
            "10:5", "24:00", "12:60", "1030", "10:30:00", "-1:00", " 9:00", "",
        ] {
            assert_eq!(TimeOfDay::parse(wrong).time(), None, "{wrong:?}");
            assert_eq!(TimeOfDay::parse(wrong).as_str(), wrong, "kept as written");
        }
        assert_eq!(TimeOfDay::at(7, 30).to_string(), "07:30");
        let written: QuietHours =
            ron::from_str("(from: \"22:00\", until: \"6:30\", max_volume_percent: 10)").unwrap();
        assert_eq!(written.minutes(), Some((22 * 60, 6 * 60 + 30)));
        assert_eq!(
            ron::to_string(&written).unwrap(),
            "(from:\"22:00\",until:\"6:30\",max_volume_percent:10)"
        );
    }

    #[test]
    fn loudness_grows_with_the_square() {
        assert!((amplitude(50) - 0.25).abs() < 1e-6);
        assert!((amplitude(100) - 1.0).abs() < 1e-6);
        assert!(amplitude(0).abs() < f32::EPSILON);
    }
}

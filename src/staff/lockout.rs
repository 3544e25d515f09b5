//! Five wrong PINs lock the PIN pad: for five minutes the first time, then twice as long at
//! each further lock until the right PIN is entered, at most a day (a 4-digit PIN would
//! otherwise fall to 1,440 guesses a day). Time comes from the kiosk clock, so tests run it
//! without waiting; [`PinGate::record`] and [`PinGate::from_record`] carry the gate across a
//! restart in wall-clock time ([`super::lockout_file`] keeps it in the data folder).

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Wrong PINs in a row that lock the pad.
pub const MAX_FAILURES: u32 = 5;
/// How long the pad stays locked the first time.
pub const LOCKOUT: Duration = Duration::from_mins(5);
/// The longest lock, however many came before.
pub const LONGEST_LOCKOUT: Duration = Duration::from_hours(24);

/// The pad's memory of wrong PINs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PinGate {
    failures: u32,
    lockouts: u32,
    locked_until: Option<Duration>,
}

/// What a wrong PIN led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Try again; this many tries are left before the lock.
    TriesLeft(u32),
    /// Locked until the given kiosk time.
    Locked(Duration),
}

/// The gate as kept on disk: wrong PINs so far, locks so far, and until when (local time).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename = "PinLockout")]
pub struct LockoutRecord {
    /// Wrong PINs since the last lock or right PIN.
    pub failures: u32,
    /// Locks since the last right PIN.
    pub lockouts: u32,
    /// The end of the lock, as local `YYYY-MM-DDTHH:MM:SS`, if locked.
    pub locked_until: Option<String>,
}

/// How long the `lockouts`-th lock lasts: 5 min, 10, 20, … at most a day.
#[must_use]
pub fn lock_length(lockouts: u32) -> Duration {
    let doublings = lockouts.saturating_sub(1).min(16);
    LOCKOUT.saturating_mul(1 << doublings).min(LONGEST_LOCKOUT)
}

impl PinGate {
    /// `Some(remaining)` while the pad is locked at `now`.
    #[must_use]
    pub fn locked(&self, now: Duration) -> Option<Duration> {
        self.locked_until
            .filter(|until| now < *until)
            .map(|until| until.saturating_sub(now))
    }

    /// A wrong PIN at `now`.
    pub fn failed(&mut self, now: Duration) -> Failure {
        if let Some(until) = self.locked_until.filter(|until| now < *until) {
            return Failure::Locked(until);
        }
        self.failures += 1;
        if self.failures >= MAX_FAILURES {
            self.failures = 0;
            self.lockouts = self.lockouts.saturating_add(1);
            let until = now + lock_length(self.lockouts);
            self.locked_until = Some(until);
            Failure::Locked(until)
        } else {
            Failure::TriesLeft(MAX_FAILURES - self.failures)
        }
    }

    /// The right PIN: the count and the back-off start again.
    pub fn succeeded(&mut self) {
        *self = Self::default();
    }

    /// The gate as kept on disk, the kiosk's `now` being the local time `wall_now`.
    #[must_use]
    pub fn record(&self, now: Duration, wall_now: jiff::civil::DateTime) -> LockoutRecord {
        let locked_until = self.locked(now).and_then(|left| {
            let left = jiff::SignedDuration::try_from(left).ok()?;
            Some(
                wall_now
                    .checked_add(left)
                    .ok()?
                    .strftime("%Y-%m-%dT%H:%M:%S")
                    .to_string(),
            )
        });
        LockoutRecord {
            failures: self.failures,
            lockouts: self.lockouts,
            locked_until,
        }
    }

    /// The gate a record describes, the kiosk's `now` being the local time `wall_now`. A lock
    /// is never longer than its own length from now (a clock set back cannot lock for ever).
    #[must_use]
    pub fn from_record(
        record: &LockoutRecord,
        now: Duration,
        wall_now: jiff::civil::DateTime,
    ) -> Self {
        let longest = lock_length(record.lockouts.max(1));
        let left = record
            .locked_until
            .as_deref()
            .and_then(|until| until.parse::<jiff::civil::DateTime>().ok())
            .and_then(|until| wall_now.duration_until(until).try_into().ok())
            .map(|left: Duration| left.min(longest))
            .filter(|left| !left.is_zero());
        Self {
            failures: record.failures.min(MAX_FAILURES - 1),
            lockouts: record.lockouts,
            locked_until: left.map(|left| now + left),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn five_wrong(gate: &mut PinGate, at: Duration) -> Failure {
        for left in (1..MAX_FAILURES).rev() {
            assert_eq!(gate.failed(at), Failure::TriesLeft(left));
        }
        gate.failed(at)
    }

    #[test]
    fn five_wrong_pins_lock_for_five_minutes() {
        let mut gate = PinGate::default();
        let at = Duration::from_secs(100);
        assert_eq!(five_wrong(&mut gate, at), Failure::Locked(at + LOCKOUT));
        assert_eq!(
            gate.locked(at + Duration::from_mins(4)),
            Some(Duration::from_mins(1))
        );
        assert_eq!(gate.locked(at + LOCKOUT), None);
        assert_eq!(
            gate.failed(at + LOCKOUT),
            Failure::TriesLeft(4),
            "a fresh count after"
        );
        gate.succeeded();
        assert_eq!(gate.failed(at + LOCKOUT), Failure::TriesLeft(4));
    }

    #[test]
    fn each_further_lock_lasts_twice_as_long_up_to_a_day_until_the_right_pin() {
        let mut gate = PinGate::default();
        let mut at = Duration::ZERO;
        let mut lengths = Vec::new();
        for _ in 0..12 {
            let Failure::Locked(until) = five_wrong(&mut gate, at) else {
                panic!("locked");
            };
            lengths.push(until.saturating_sub(at).as_secs() / 60);
            at = until;
        }
        assert_eq!(
            lengths,
            [5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440, 1440]
        );
        gate.succeeded();
        assert_eq!(five_wrong(&mut gate, at), Failure::Locked(at + LOCKOUT));
    }

    #[test]
    fn a_lock_outlasts_a_restart_in_wall_clock_time_and_never_grows_past_its_length() {
        let wall: jiff::civil::DateTime = "2026-12-01T10:00:00".parse().unwrap();
        let mut gate = PinGate::default();
        five_wrong(&mut gate, Duration::from_secs(30));
        gate.failed(Duration::from_secs(31));
        let record = gate.record(Duration::from_mins(1), wall);
        assert_eq!(record.locked_until.as_deref(), Some("2026-12-01T10:04:30"));
        // Started again one minute later, at kiosk time zero.
        let later = "2026-12-01T10:01:00".parse().unwrap();
        let again = PinGate::from_record(&record, Duration::ZERO, later);
        assert_eq!(again.locked(Duration::ZERO), Some(Duration::from_secs(210)));
        // A clock set back a year does not lock the pad for a year.
        let back = "2025-12-01T10:00:00".parse().unwrap();
        let capped = PinGate::from_record(&record, Duration::ZERO, back);
        assert_eq!(capped.locked(Duration::ZERO), Some(LOCKOUT));
        // Wrong PINs short of a lock are kept too.
        let mut counted = PinGate::default();
        counted.failed(Duration::ZERO);
        counted.failed(Duration::ZERO);
        let record = counted.record(Duration::ZERO, wall);
        let mut restarted = PinGate::from_record(&record, Duration::ZERO, wall);
        assert_eq!(restarted.failed(Duration::ZERO), Failure::TriesLeft(2));
    }
}

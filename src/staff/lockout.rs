//! Five wrong PINs lock the PIN pad for five minutes. Time comes from the kiosk clock, so
//! tests run it without waiting.

use std::time::Duration;

/// Wrong PINs in a row that lock the pad.
pub const MAX_FAILURES: u32 = 5;
/// How long the pad stays locked.
pub const LOCKOUT: Duration = Duration::from_mins(5);

/// The pad's memory of wrong PINs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PinGate {
    failures: u32,
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
            let until = now + LOCKOUT;
            self.locked_until = Some(until);
            Failure::Locked(until)
        } else {
            Failure::TriesLeft(MAX_FAILURES - self.failures)
        }
    }

    /// The right PIN: the count starts again.
    pub fn succeeded(&mut self) {
        self.failures = 0;
        self.locked_until = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_pins_lock_for_five_minutes() {
        let mut gate = PinGate::default();
        let at = Duration::from_secs(100);
        for left in (1..=4).rev() {
            assert_eq!(gate.failed(at), Failure::TriesLeft(left));
        }
        assert_eq!(gate.failed(at), Failure::Locked(at + LOCKOUT));
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
}

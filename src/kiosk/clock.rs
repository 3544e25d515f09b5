//! Time for the kiosk, injectable so tests advance it instead of sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A monotonic clock: time since the kiosk started.
pub trait Clock: Send + Sync {
    /// Time elapsed since the clock's start.
    fn now(&self) -> Duration;

    /// The local date and time of day (dated packs, today's counts).
    #[allow(
        clippy::disallowed_methods,
        reason = "the kiosk's clock is where the wall clock is read"
    )]
    fn local_now(&self) -> jiff::civil::DateTime {
        jiff::Zoned::now().datetime()
    }
}

/// The system time zone's offset from UTC now, in seconds (visits are dated by it).
#[allow(
    clippy::disallowed_methods,
    reason = "the kiosk's clock is where the wall clock is read"
)]
#[must_use]
pub fn system_utc_offset_seconds() -> i32 {
    jiff::Zoned::now().offset().seconds()
}

/// The real clock.
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    started: Instant,
}

impl SystemClock {
    /// A clock starting now.
    #[must_use]
    pub fn new() -> Self {
        Self {
            started: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.started.elapsed()
    }
}

/// A clock that moves only when told to; clones share the same time.
#[derive(Debug, Clone, Default)]
pub struct ManualClock {
    now_ms: Arc<AtomicU64>,
    wall_start: Option<jiff::civil::DateTime>,
}

impl ManualClock {
    /// A clock at zero.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A clock at zero whose local time starts at `wall_start` and moves with it.
    #[must_use]
    pub fn starting_at(wall_start: jiff::civil::DateTime) -> Self {
        Self {
            now_ms: Arc::default(),
            wall_start: Some(wall_start),
        }
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        let by_ms = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        self.now_ms.fetch_add(by_ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_millis(self.now_ms.load(Ordering::SeqCst))
    }

    #[allow(
        clippy::disallowed_methods,
        reason = "a manual clock without a start follows the real date"
    )]
    fn local_now(&self) -> jiff::civil::DateTime {
        let Some(start) = self.wall_start else {
            return jiff::Zoned::now().datetime();
        };
        jiff::SignedDuration::try_from(self.now())
            .ok()
            .and_then(|elapsed| start.checked_add(elapsed).ok())
            .unwrap_or(start)
    }
}

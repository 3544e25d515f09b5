//! The hidden way into staff mode: hold the top-left corner for 3 s, let go, then tap the
//! bottom-right corner within 2 s. A visitor does not do this by chance: a press on the
//! attract loop or a page is short, nothing sits in the corners, and any other touch on the
//! way cancels it. Plain state machine over the kiosk clock; no egui.

use std::time::Duration;

/// How long the first corner is held.
pub const HOLD: Duration = Duration::from_secs(3);
/// How soon after letting go the second corner must be tapped.
pub const WINDOW: Duration = Duration::from_secs(2);
/// The corners' size as a share of the screen's short side (about 100 px at 1080p).
pub const CORNER_SHARE: f32 = 0.09;

/// One frame of touch, in screen points.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TouchFrame {
    /// Where the (single) finger is while it is down.
    pub down: Option<(f32, f32)>,
    /// Where a finger was lifted this frame.
    pub released: Option<(f32, f32)>,
    /// Fingers on the screen.
    pub fingers: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    /// The top-left corner pressed since.
    Holding(Duration),
    /// Held long enough; the bottom-right corner must be tapped before the deadline (measured
    /// from letting go; `None` while still held).
    Armed(Option<Duration>),
    /// The bottom-right corner pressed while armed.
    Tapping,
}

/// The gesture's progress.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StaffGesture {
    phase: Phase,
}

impl Default for StaffGesture {
    fn default() -> Self {
        Self { phase: Phase::Idle }
    }
}

impl StaffGesture {
    /// Whether the gesture has begun: frames must keep coming (every ~100 ms) so that a hold
    /// is timed even when nothing else moves on screen.
    #[must_use]
    pub fn wants_frames(&self) -> bool {
        !matches!(self.phase, Phase::Idle)
    }

    /// Whether a touch sequence is under way (its presses are not the visitor's).
    #[must_use]
    pub fn in_progress(&self) -> bool {
        matches!(self.phase, Phase::Armed(_) | Phase::Tapping)
    }

    /// Feeds one frame at `now` on a screen of `size`; true when the gesture completes.
    pub fn update(&mut self, now: Duration, size: (f32, f32), touch: TouchFrame) -> bool {
        let corner = size.0.min(size.1) * CORNER_SHARE;
        let top_left = |(x, y): (f32, f32)| x <= corner && y <= corner;
        let bottom_right = |(x, y): (f32, f32)| x >= size.0 - corner && y >= size.1 - corner;
        if touch.fingers > 1 {
            self.phase = Phase::Idle;
            return false;
        }
        self.phase = match self.phase {
            Phase::Idle => match touch.down {
                Some(at) if top_left(at) && touch.released.is_none() => Phase::Holding(now),
                _ => Phase::Idle,
            },
            Phase::Holding(since) => match (touch.down, touch.released) {
                (Some(at), None) if top_left(at) => {
                    if now.saturating_sub(since) >= HOLD {
                        Phase::Armed(None)
                    } else {
                        Phase::Holding(since)
                    }
                }
                _ => Phase::Idle,
            },
            Phase::Armed(None) => match (touch.down, touch.released) {
                (Some(at), None) if top_left(at) => Phase::Armed(None),
                (None, _) => Phase::Armed(Some(now + WINDOW)),
                _ => Phase::Idle,
            },
            Phase::Armed(Some(deadline)) => {
                if now > deadline {
                    Phase::Idle
                } else {
                    match (touch.down, touch.released) {
                        (Some(at), None) if bottom_right(at) => Phase::Tapping,
                        (Some(_), _) => Phase::Idle,
                        (None, Some(at)) if bottom_right(at) => {
                            self.phase = Phase::Idle;
                            return true;
                        }
                        (None, _) => Phase::Armed(Some(deadline)),
                    }
                }
            }
            Phase::Tapping => match (touch.down, touch.released) {
                (None, Some(at)) if bottom_right(at) => {
                    self.phase = Phase::Idle;
                    return true;
                }
                (Some(at), None) if bottom_right(at) => Phase::Tapping,
                _ => Phase::Idle,
            },
        };
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: (f32, f32) = (1920.0, 1080.0);

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn down(x: f32, y: f32) -> TouchFrame {
        TouchFrame {
            down: Some((x, y)),
            released: None,
            fingers: 1,
        }
    }

    fn up(x: f32, y: f32) -> TouchFrame {
        TouchFrame {
            down: None,
            released: Some((x, y)),
            fingers: 0,
        }
    }

    /// Holds the top-left corner from `start` for `hold`, one frame every 100 ms, and lets go.
    fn hold_corner(g: &mut StaffGesture, start: u64, hold: u64) -> u64 {
        let mut t = start;
        while t <= start + hold {
            assert!(!g.update(ms(t), SIZE, down(20.0, 30.0)));
            t += 100;
        }
        assert!(!g.update(ms(t), SIZE, up(20.0, 30.0)));
        t
    }

    #[test]
    fn hold_then_tap_the_other_corner_opens() {
        let mut g = StaffGesture::default();
        let t = hold_corner(&mut g, 0, 3000);
        assert!(g.in_progress());
        assert!(!g.update(ms(t + 900), SIZE, down(1900.0, 1060.0)));
        assert!(g.update(ms(t + 1000), SIZE, up(1900.0, 1060.0)));
        assert!(!g.in_progress());
    }

    #[test]
    fn too_short_too_late_elsewhere_or_two_fingers_do_not() {
        let mut g = StaffGesture::default();
        let t = hold_corner(&mut g, 0, 2800);
        g.update(ms(t + 500), SIZE, down(1900.0, 1060.0));
        assert!(
            !g.update(ms(t + 600), SIZE, up(1900.0, 1060.0)),
            "held 2.8 s only"
        );

        let t = hold_corner(&mut g, 10_000, 3000);
        g.update(ms(t + 2100), SIZE, down(1900.0, 1060.0));
        assert!(
            !g.update(ms(t + 2200), SIZE, up(1900.0, 1060.0)),
            "2.1 s after"
        );

        let t = hold_corner(&mut g, 20_000, 3000);
        g.update(ms(t + 300), SIZE, down(960.0, 540.0));
        g.update(ms(t + 400), SIZE, up(960.0, 540.0));
        g.update(ms(t + 500), SIZE, down(1900.0, 1060.0));
        assert!(
            !g.update(ms(t + 600), SIZE, up(1900.0, 1060.0)),
            "a touch in between"
        );

        let mut t = 30_000;
        g.update(ms(t), SIZE, down(20.0, 30.0));
        t += 1500;
        g.update(
            ms(t),
            SIZE,
            TouchFrame {
                down: Some((20.0, 30.0)),
                released: None,
                fingers: 2,
            },
        );
        for step in 0..20 {
            g.update(ms(t + step * 100), SIZE, down(20.0, 30.0));
        }
        assert!(!g.in_progress(), "a second finger starts it over");
    }
}

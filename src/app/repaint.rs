//! When the kiosk next needs a frame with nobody touching it: the idle prompt and its
//! countdown, the staff gesture and staff mode's timers, the next look at packs' dates and the
//! attract loop's next fade. Background jobs wake the UI themselves; nothing here polls.

use std::time::Duration;

use super::pack_loading::PackState;
use super::{KioskApp, pack_dates};
use crate::kiosk::{IdlePhase, Screen};
use crate::ui::attract;

impl KioskApp {
    pub(super) fn schedule_repaint(&self, ctx: &egui::Context, now: Duration) {
        if self.options.exit_after_frames.is_some() {
            ctx.request_repaint();
            return;
        }
        let mut next: Option<Duration> = None;
        let mut sooner = |after: Duration| next = Some(next.map_or(after, |n| n.min(after)));
        match self.state.idle_phase(now) {
            IdlePhase::Active { until_prompt } => sooner(until_prompt),
            IdlePhase::Prompt { remaining } => {
                sooner(
                    Duration::from_nanos(u64::from(remaining.subsec_nanos()))
                        .max(Duration::from_millis(20)),
                );
            }
            IdlePhase::NoVisit => {}
        }
        if self.gesture.wants_frames() {
            sooner(Duration::from_millis(100));
        }
        // Background jobs wake the UI themselves; these are the staff screens' real timers.
        if let Some(after) = self.staff.next_timer(now) {
            sooner(after);
        }
        if self.options.follow_pack_dates {
            sooner(pack_dates::CHECK_EVERY);
        }
        if let Some(left) = self.state.farewell_left(now) {
            sooner(left);
        }
        if let (Screen::Attract, PackState::Ready(pack)) = (self.state.screen(), &self.pack) {
            sooner(attract::next_frame_after(pack, now));
        }
        if let Some(after) = next {
            ctx.request_repaint_after(after);
        }
    }
}

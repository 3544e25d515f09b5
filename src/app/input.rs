//! The app's reading of touches each frame: every touch is presence for the idle clock, a
//! press that dismisses the idle prompt presses nothing beneath it, and the hidden staff
//! gesture is followed here (multi-finger gestures never click).

use std::time::Duration;

use egui::{Event, TouchPhase};

use super::KioskApp;
use crate::staff::TouchFrame;

impl KioskApp {
    /// Reads touches and presses: every touch is presence; multi-finger gestures never click.
    pub(super) fn read_touches(&mut self, ctx: &egui::Context, prompt_showing: bool) {
        let now = self.options.clock.now();
        let (events, pressed, anything_down) = ctx.input(|i| {
            (
                i.events.clone(),
                i.pointer.any_pressed(),
                i.pointer.any_down() || i.any_touches(),
            )
        });
        self.touch.update(&events);
        let touch_started = events.iter().any(|e| {
            matches!(
                e,
                Event::Touch {
                    phase: TouchPhase::Start,
                    ..
                }
            )
        });
        if pressed || touch_started {
            if prompt_showing {
                self.swallow_gesture = true;
            }
            self.state.touched(now);
        } else if !anything_down && self.touch.fingers_down() == 0 && !pressed {
            // Keep swallowing through the release frame, then stop.
            let released = ctx.input(|i| i.pointer.any_released());
            if !released {
                self.swallow_gesture = false;
            }
        }
    }

    /// Feeds the hidden staff gesture; true when it completed this frame.
    pub(super) fn follow_staff_gesture(
        &mut self,
        ctx: &egui::Context,
        now: Duration,
        size: egui::Vec2,
    ) -> bool {
        if self.staff.is_open() {
            if ctx.input(|i| i.pointer.any_pressed()) {
                self.staff.touched(now);
            }
            return false;
        }
        let frame = ctx.input(|i| TouchFrame {
            down: i
                .pointer
                .primary_down()
                .then(|| i.pointer.latest_pos())
                .flatten()
                .map(|p| (p.x, p.y)),
            released: i
                .pointer
                .primary_released()
                .then(|| i.pointer.interact_pos())
                .flatten()
                .map(|p| (p.x, p.y)),
            fingers: self.touch.fingers_down(),
        });
        if !self.gesture.update(now, (size.x, size.y), frame) {
            return false;
        }
        let pin = crate::staff::menu::PinState::of(
            &self.options.config,
            self.options.pin_unreadable.is_some(),
        );
        self.staff
            .open(now, pin, &self.options.config, self.options.clock.as_ref());
        self.narration.stop();
        true
    }
}

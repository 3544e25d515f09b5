//! Telling fingers apart: taps from swipes, one finger from two, a tap from a resting palm.
//!
//! The windowing layer turns the first finger into a mouse pointer, so a pinch or a palm would
//! otherwise "click" whatever the first finger lifts from. [`TouchGuard`] watches the raw touch
//! events and withholds clicks from any gesture that ever had more than one finger down.
//! [`SwipeDetector`] reads a horizontal swipe from the pointer's press and release.

use std::collections::HashSet;

use egui::{Event, Pos2, Rect, TouchPhase, Vec2};

/// Tracks the fingers of the current gesture.
#[derive(Debug, Default, Clone)]
pub struct TouchGuard {
    down: HashSet<u64>,
    most_in_gesture: usize,
}

impl TouchGuard {
    /// Reads this frame's touch events. Call before drawing.
    pub fn update(&mut self, events: &[Event]) {
        if self.down.is_empty() {
            self.most_in_gesture = 0;
        }
        for event in events {
            if let Event::Touch { id, phase, .. } = event {
                match phase {
                    TouchPhase::Start => {
                        self.down.insert(id.0);
                    }
                    TouchPhase::End | TouchPhase::Cancel => {
                        self.down.remove(&id.0);
                    }
                    TouchPhase::Move => {}
                }
                self.most_in_gesture = self.most_in_gesture.max(self.down.len());
            }
        }
    }

    /// Whether a click this frame is a real one-finger tap.
    #[must_use]
    pub fn clicks_allowed(&self) -> bool {
        self.most_in_gesture <= 1
    }

    /// Fingers on the screen now.
    #[must_use]
    pub fn fingers_down(&self) -> usize {
        self.down.len()
    }
}

/// Which way a swipe went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swipe {
    /// Finger moved right to left: the next page.
    Left,
    /// Finger moved left to right: the previous page.
    Right,
}

/// Reads horizontal swipes inside an area.
#[derive(Debug, Default, Clone, Copy)]
pub struct SwipeDetector {
    origin: Option<Pos2>,
    latest: Option<Pos2>,
}

impl SwipeDetector {
    /// The swipe that ended this frame inside `area`, if any. `min_distance` is how far a
    /// finger must travel (taps wobble a few pixels; a swipe goes well past that), and the
    /// movement must be mostly sideways so scrolling text never turns a page.
    pub fn update(
        &mut self,
        input: &egui::InputState,
        area: Rect,
        min_distance: f32,
        one_finger: bool,
    ) -> Option<Swipe> {
        let pointer = &input.pointer;
        if pointer.primary_pressed() {
            self.origin = pointer.interact_pos().filter(|p| area.contains(*p));
            self.latest = self.origin;
        }
        if self.origin.is_some()
            && let Some(position) = pointer.interact_pos()
        {
            self.latest = Some(position);
        }
        if !pointer.primary_released() {
            return None;
        }
        let (origin, latest) = (self.origin.take()?, self.latest.take()?);
        classify(latest - origin, min_distance).filter(|_| one_finger)
    }
}

/// A movement of `delta` is a swipe when long enough and at least twice as wide as tall.
#[must_use]
pub fn classify(delta: Vec2, min_distance: f32) -> Option<Swipe> {
    if delta.x.abs() < min_distance || delta.x.abs() < 2.0 * delta.y.abs() {
        return None;
    }
    Some(if delta.x < 0.0 {
        Swipe::Left
    } else {
        Swipe::Right
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(id: u64, phase: TouchPhase) -> Event {
        Event::Touch {
            device_id: egui::TouchDeviceId(0),
            id: egui::TouchId(id),
            phase,
            pos: Pos2::new(10.0, 10.0),
            force: None,
        }
    }

    #[test]
    fn a_second_finger_withholds_clicks_until_all_fingers_lift() {
        let mut guard = TouchGuard::default();
        guard.update(&[touch(1, TouchPhase::Start)]);
        assert!(guard.clicks_allowed());
        guard.update(&[touch(2, TouchPhase::Start)]);
        guard.update(&[touch(1, TouchPhase::End)]);
        assert!(
            !guard.clicks_allowed(),
            "the first finger lifting is no tap"
        );
        guard.update(&[touch(2, TouchPhase::End)]);
        guard.update(&[touch(3, TouchPhase::Start)]);
        guard.update(&[touch(3, TouchPhase::End)]);
        assert!(
            guard.clicks_allowed(),
            "a fresh one-finger tap counts again"
        );
    }

    #[test]
    fn swipes_need_distance_and_direction() {
        assert_eq!(classify(Vec2::new(-200.0, 10.0), 120.0), Some(Swipe::Left));
        assert_eq!(classify(Vec2::new(200.0, -30.0), 120.0), Some(Swipe::Right));
        assert_eq!(classify(Vec2::new(8.0, 3.0), 120.0), None, "a wobbly tap");
        assert_eq!(
            classify(Vec2::new(150.0, 120.0), 120.0),
            None,
            "a diagonal scroll"
        );
    }
}

//! After a screen has drawn: applying the transition it asked for, letting narration follow
//! the screen, collecting what the settings writer and packs' dates have done, and handing
//! the flow's signals to the visitor log.

use std::time::Duration;

use super::KioskApp;
use super::pack_loading::PackState;
use crate::kiosk::{IdlePhase, Nav, Screen};
use crate::staff::settings_writer::SettingsWriter;

impl KioskApp {
    /// Settings written and packs' dates followed.
    pub(super) fn background_work(&mut self, now: Duration) {
        while let Some(saved) = self.settings.as_ref().and_then(SettingsWriter::finished) {
            self.settings_saved(saved);
        }
        self.follow_pack_dates(now);
        self.staff.background(now, self.options.clock.as_ref());
    }

    /// Applies a transition a screen asked for; narration controls reach the controller.
    pub(super) fn apply(&mut self, nav: Nav, now: Duration) {
        if let (Nav::Narration(control), PackState::Ready(pack)) = (&nav, &self.pack) {
            let signals = self
                .narration
                .control(*control, pack, &self.state, &self.options.config);
            self.record(&signals);
        }
        let farewell = self.state.screen() == &Screen::Farewell;
        let signals = self.state.apply(nav, now);
        self.record(&signals);
        self.after_farewell(farewell);
    }

    /// Once the thank-you screen has given way to the attract loop, the visit's glyphs go.
    pub(super) fn after_farewell(&mut self, was_farewell: bool) {
        if was_farewell && self.state.screen() == &Screen::Attract {
            self.fonts.start_over = true;
        }
    }

    /// Lets narration follow what is on screen (stopping, swapping, auto-play).
    pub(super) fn follow_narration(&mut self, now: Duration) {
        if let PackState::Ready(pack) = &self.pack {
            let prompt = matches!(self.state.idle_phase(now), IdlePhase::Prompt { .. });
            let signals = self
                .narration
                .follow(pack, &self.state, &self.options.config, prompt);
            self.record(&signals);
        }
    }

    /// Hands the flow's signals to the visitor log.
    pub(super) fn record(&mut self, signals: &[crate::kiosk::VisitSignal]) {
        // The glyphs of the visit's languages go once the attract loop is back (after the
        // thank-you screen, which still speaks the visitor's language).
        if self.state.screen() == &Screen::Attract
            && signals
                .iter()
                .any(|signal| matches!(signal, crate::kiosk::VisitSignal::VisitEnded { .. }))
        {
            self.fonts.start_over = true;
        }
        if let (Some(recorder), PackState::Ready(pack)) = (&mut self.recorder, &self.pack)
            && !signals.is_empty()
        {
            recorder.record(signals, pack, self.state.language());
        }
    }
}

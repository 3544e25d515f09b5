//! The app's side of narration: which track belongs to what is on screen, and the rules that
//! start and stop it (leaving the page, the end of a visit and the idle prompt stop it; a
//! language switch swaps the track; a pack may ask for auto-play).

use std::time::Duration;

use crate::audio::{
    NarrationPlayer, Playback, Track, TrackKey, VOLUME_STEP, allowed_max, amplitude, minute_of_day,
};
use crate::config::KioskConfig;
use crate::content::Pack;
use crate::content::model::Narration;
use crate::kiosk::{Clock, KioskState, NarrationControl, QuizPhase, Screen, VisitSignal};
use crate::ui::narration_bar::NarrationView;

/// The narration on screen: its key and the pack's description of it.
#[must_use]
pub fn on_screen<'p>(pack: &'p Pack, state: &KioskState) -> Option<(TrackKey, &'p Narration)> {
    let language = state.language().to_owned();
    match state.screen() {
        Screen::Exhibit { exhibit, page } => {
            let narration = pack
                .exhibits
                .get(*exhibit)?
                .pages
                .get(*page)?
                .narration
                .get(&language)?;
            Some((
                TrackKey {
                    exhibit: *exhibit,
                    item: *page,
                    question: false,
                    language,
                },
                narration,
            ))
        }
        Screen::Quiz { exhibit } => {
            let run = state.quiz().filter(|q| q.phase() == QuizPhase::Question)?;
            let narration = pack
                .exhibits
                .get(*exhibit)?
                .quiz
                .as_ref()?
                .questions
                .get(run.current())?
                .narration
                .get(&language)?;
            Some((
                TrackKey {
                    exhibit: *exhibit,
                    item: run.current(),
                    question: true,
                    language,
                },
                narration,
            ))
        }
        _ => None,
    }
}

/// The narration controller: the player, the visitor's volume and the transcript toggle.
pub struct NarrationController {
    player: Option<NarrationPlayer>,
    volume_percent: u8,
    transcript_open: bool,
    /// The item (page or question, any language) on screen last frame.
    shown: Option<(usize, usize, bool)>,
    /// A play was asked for and has neither started nor failed yet: if it fails, the
    /// transcript opens by itself.
    awaiting_start: bool,
    /// The local time of day (minutes after midnight) for quiet hours, and when on the kiosk
    /// clock it was read: the time zone is looked up every [`READ_TIME_EVERY`], not every frame.
    minute_of_day: u16,
    minute_read_at: Option<Duration>,
}

/// How often the local time of day is read for quiet hours.
const READ_TIME_EVERY: Duration = Duration::from_secs(20);

impl NarrationController {
    /// A controller around `player` (none when the audio thread could not start).
    #[must_use]
    pub fn new(player: Option<NarrationPlayer>, config: &KioskConfig) -> Self {
        Self {
            player,
            volume_percent: config.default_volume_percent,
            transcript_open: false,
            shown: None,
            awaiting_start: false,
            minute_of_day: 0,
            minute_read_at: None,
        }
    }

    /// Once a frame: reads the local time of day for quiet hours when it is due.
    pub fn read_time(&mut self, now: Duration, clock: &dyn Clock) {
        if self
            .minute_read_at
            .is_none_or(|at| now.saturating_sub(at) >= READ_TIME_EVERY)
        {
            self.minute_of_day = minute_of_day(clock.local_now().time());
            self.minute_read_at = Some(now);
        }
    }

    /// The most the volume may be now.
    fn max_volume(&self, config: &KioskConfig) -> u8 {
        allowed_max(
            config.max_volume_percent,
            &config.quiet_hours,
            self.minute_of_day,
        )
    }

    /// What the screens draw this frame.
    #[must_use]
    pub fn view(&self, config: &KioskConfig) -> NarrationView {
        let max = self.max_volume(config);
        NarrationView {
            status: self
                .player
                .as_ref()
                .map(NarrationPlayer::status)
                .unwrap_or_default(),
            available: self.player.is_some(),
            volume_percent: self.volume_percent.min(max),
            max_volume_percent: max,
            transcript_open: self.transcript_open,
        }
    }

    fn track(pack: &Pack, key: TrackKey, narration: &Narration) -> Track {
        Track {
            path: pack.dir.join(&narration.audio),
            duration: pack.audio_durations.get(&narration.audio).copied(),
            key,
        }
    }

    fn start(
        &mut self,
        pack: &Pack,
        key: TrackKey,
        narration: &Narration,
        config: &KioskConfig,
    ) -> Vec<VisitSignal> {
        let Some(player) = &self.player else {
            return Vec::new();
        };
        let volume = amplitude(self.volume_percent.min(self.max_volume(config)));
        let signal = VisitSignal::NarrationPlayed {
            exhibit: key.exhibit,
            page: key.item,
            question: key.question,
            lang: key.language.clone(),
        };
        player.play(Self::track(pack, key, narration), volume);
        self.awaiting_start = true;
        vec![signal]
    }

    /// A control pressed on screen; returns what the visitor log should record.
    pub fn control(
        &mut self,
        control: NarrationControl,
        pack: &Pack,
        state: &KioskState,
        config: &KioskConfig,
    ) -> Vec<VisitSignal> {
        let Some((key, narration)) = on_screen(pack, state) else {
            return Vec::new();
        };
        let status = self.view(config).status;
        let ours = status.track.as_ref() == Some(&key);
        match control {
            NarrationControl::Play if ours && status.playback == Playback::Paused => {
                if let Some(player) = &self.player {
                    player.resume();
                }
                Vec::new()
            }
            NarrationControl::Play => self.start(pack, key, narration, config),
            NarrationControl::Pause => {
                if let Some(player) = self.player.as_ref().filter(|_| ours) {
                    player.pause();
                }
                Vec::new()
            }
            NarrationControl::Restart => {
                if ours {
                    self.start(pack, key, narration, config);
                }
                Vec::new()
            }
            NarrationControl::VolumeUp | NarrationControl::VolumeDown => {
                let max = self.max_volume(config);
                let current = self.volume_percent.min(max);
                self.volume_percent = if control == NarrationControl::VolumeUp {
                    current.saturating_add(VOLUME_STEP).min(max)
                } else {
                    current.saturating_sub(VOLUME_STEP).max(VOLUME_STEP)
                };
                if let Some(player) = &self.player {
                    player.set_volume(amplitude(self.volume_percent));
                }
                Vec::new()
            }
            NarrationControl::ToggleTranscript => {
                self.transcript_open = !self.transcript_open;
                Vec::new()
            }
        }
    }

    /// Once a frame, after the flow moved: stops what no longer belongs on screen, swaps the
    /// language, auto-plays a newly shown page if the pack asks for it, and keeps the volume
    /// within quiet hours. `prompt` is whether the idle prompt shows.
    pub fn follow(
        &mut self,
        pack: &Pack,
        state: &KioskState,
        config: &KioskConfig,
        prompt: bool,
    ) -> Vec<VisitSignal> {
        let mut signals = Vec::new();
        if !state.in_visit() {
            self.volume_percent = config.default_volume_percent;
            self.transcript_open = false;
        }
        let here = on_screen(pack, state);
        let item = here.as_ref().map(|(k, _)| (k.exhibit, k.item, k.question));
        let changed_item = item != self.shown;
        self.shown = item;
        if changed_item {
            self.transcript_open = false;
        }
        let Some(status) = self.player.as_ref().map(NarrationPlayer::status) else {
            return signals;
        };
        if self.awaiting_start {
            if status.problem.is_some() {
                // Sound failed: the words are there to read instead.
                self.transcript_open = true;
                self.awaiting_start = false;
            } else if status.playback == Playback::Playing {
                self.awaiting_start = false;
            }
        }
        let busy = matches!(
            status.playback,
            Playback::Playing | Playback::Starting | Playback::Paused
        );
        if let Some(playing) = status.track.as_ref().filter(|_| busy) {
            match &here {
                Some((key, narration)) if !prompt && same_item(key, playing) => {
                    if key.language != playing.language && status.playback != Playback::Paused {
                        signals.extend(self.start(pack, key.clone(), narration, config));
                    } else if key.language != playing.language {
                        self.stop();
                    }
                }
                _ => self.stop(),
            }
        }
        if changed_item
            && !prompt
            && pack.manifest.narration_autoplay
            && let Some((key, narration)) = here
        {
            signals.extend(self.start(pack, key, narration, config));
        }
        let max = self.max_volume(config);
        if self.volume_percent > max {
            self.volume_percent = max;
            if let Some(player) = &self.player {
                player.set_volume(amplitude(max));
            }
        }
        signals
    }

    /// Stops whatever plays (leaving its page, staff mode opening, a pack switch).
    pub fn stop(&self) {
        if let Some(player) = &self.player {
            player.stop();
        }
    }
}

fn same_item(a: &TrackKey, b: &TrackKey) -> bool {
    (a.exhibit, a.item, a.question) == (b.exhibit, b.item, b.question)
}

//! The narration player: a handle for the UI and the `audio` thread that owns the sound device.
//!
//! The UI only sends commands and reads a status snapshot; opening the device, opening and
//! decoding files (streamed: the decoder reads as the output asks, nothing is decoded ahead)
//! and talking to ALSA all happen on the `audio` thread. The device is opened at the first
//! play and kept; when it cannot be opened, disappears mid-play or a file does not decode, the
//! status says so and the next play tries again (opening at most once every few seconds, so
//! ALSA's own messages cannot flood the log). Files are opened and decoded through the
//! decoding edge ([`crate::decoding::sound`]): a file that panics its decoder, at the start or
//! in the middle, is "sound unavailable" for that page and the thread plays on.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rodio::{DeviceSinkBuilder, MixerDeviceSink, Player};

use super::watched::{FirstSample, Watched};
use crate::decoding::sound::{Contained, Stopped};

/// How often the thread refreshes the position while playing.
const TICK: Duration = Duration::from_millis(40);
/// Least time between two attempts to open a device that failed.
const REOPEN_AFTER: Duration = Duration::from_secs(3);

/// Which narration a track is: shown by the UI to know whether the status is about its page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrackKey {
    /// Exhibit index.
    pub exhibit: usize,
    /// Page index, or question index for a quiz question.
    pub item: usize,
    /// Whether `item` is a quiz question.
    pub question: bool,
    /// Language of the track.
    pub language: String,
}

/// A track to play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    /// What it is.
    pub key: TrackKey,
    /// The audio file.
    pub path: PathBuf,
    /// Its length, when validation measured it.
    pub duration: Option<Duration>,
}

/// Where playback stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Playback {
    /// Nothing loaded.
    Stopped,
    /// Asked to play; the device or the file is being opened.
    Starting,
    /// Sounding.
    Playing,
    /// Paused at `position`.
    Paused,
    /// Played to the end.
    Finished,
}

/// What the UI shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayerStatus {
    /// The track loaded, if any.
    pub track: Option<TrackKey>,
    /// Where it stands.
    pub playback: Playback,
    /// How far it has played.
    pub position: Duration,
    /// Its length, if known.
    pub duration: Option<Duration>,
    /// Why sound is not available, while it is not (no device, a lost device, a bad file).
    pub problem: Option<String>,
    /// From the play request to the first sample pulled by the output, for the last track.
    pub start_latency: Option<Duration>,
    /// The open device's format, e.g. `44100 Hz, 2 channels, f32`.
    pub output: Option<String>,
}

impl Default for PlayerStatus {
    fn default() -> Self {
        Self {
            track: None,
            playback: Playback::Stopped,
            position: Duration::ZERO,
            duration: None,
            problem: None,
            start_latency: None,
            output: None,
        }
    }
}

impl PlayerStatus {
    /// Whether `key` is loaded and playing or about to.
    #[must_use]
    pub fn is_playing(&self, key: &TrackKey) -> bool {
        self.track.as_ref() == Some(key)
            && matches!(self.playback, Playback::Playing | Playback::Starting)
    }
}

enum Command {
    Play(Track, f32, Instant),
    Pause,
    Resume,
    Restart,
    Stop,
    Volume(f32),
    Sync(Sender<()>),
}

/// The UI's handle on the `audio` thread. Dropping it stops playback and the thread.
pub struct NarrationPlayer {
    commands: Option<Sender<Command>>,
    status: Arc<Mutex<PlayerStatus>>,
    thread: Option<JoinHandle<()>>,
}

impl NarrationPlayer {
    /// Starts the `audio` thread; `wake` is called whenever the status changes.
    pub fn start(wake: crate::worker::Wake) -> std::io::Result<Self> {
        let (commands, receiver) = mpsc::channel();
        let status = Arc::new(Mutex::new(PlayerStatus::default()));
        let shared = Arc::clone(&status);
        let thread = std::thread::Builder::new()
            .name("audio".to_owned())
            .spawn(move || AudioThread::new(shared, Box::new(move || wake())).run(&receiver))?;
        Ok(Self {
            commands: Some(commands),
            status,
            thread: Some(thread),
        })
    }

    fn send(&self, command: Command) {
        if let Some(commands) = &self.commands {
            let _ = commands.send(command);
        }
    }

    /// Plays `track` from its start at `volume` (0.0 to 1.0), replacing what was playing.
    pub fn play(&self, track: Track, volume: f32) {
        {
            // The UI sees "starting" at once, before the thread gets to it.
            let mut status = self.status.lock().unwrap_or_else(PoisonError::into_inner);
            status.track = Some(track.key.clone());
            status.playback = Playback::Starting;
            status.position = Duration::ZERO;
            status.duration = track.duration;
        }
        self.send(Command::Play(track, volume, Instant::now()));
    }

    /// Pauses.
    pub fn pause(&self) {
        self.send(Command::Pause);
    }

    /// Goes on after a pause.
    pub fn resume(&self) {
        self.send(Command::Resume);
    }

    /// Back to the start of the track, playing.
    pub fn restart(&self) {
        self.send(Command::Restart);
    }

    /// Stops and forgets the track.
    pub fn stop(&self) {
        {
            let mut status = self.status.lock().unwrap_or_else(PoisonError::into_inner);
            status.track = None;
            status.playback = Playback::Stopped;
            status.position = Duration::ZERO;
        }
        self.send(Command::Stop);
    }

    /// Sets the volume, 0.0 to 1.0 (amplitude).
    pub fn set_volume(&self, volume: f32) {
        self.send(Command::Volume(volume));
    }

    /// Waits until the thread has handled every command sent so far (tests, benchmarks).
    pub fn sync(&self) {
        let (done, wait) = mpsc::channel();
        self.send(Command::Sync(done));
        let _ = wait.recv_timeout(Duration::from_secs(5));
    }

    /// The current status.
    #[must_use]
    pub fn status(&self) -> PlayerStatus {
        self.status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Drop for NarrationPlayer {
    fn drop(&mut self) {
        self.commands = None;
        crate::worker::join_service("audio", self.thread.take());
    }
}

/// The open device: the sink, and a flag its error callback raises when it fails.
struct Device {
    sink: MixerDeviceSink,
    lost: Arc<AtomicBool>,
}

/// What is loaded on the device.
struct Loaded {
    track: Track,
    player: Player,
    requested: Instant,
    first: FirstSample,
    /// Why the decoder failed in the middle of the file, once it has.
    stopped: Stopped,
}

struct AudioThread {
    status: Arc<Mutex<PlayerStatus>>,
    repaint: Box<dyn Fn() + Send>,
    device: Option<Device>,
    last_open_failure: Option<Instant>,
    loaded: Option<Loaded>,
    volume: f32,
}

impl AudioThread {
    fn new(status: Arc<Mutex<PlayerStatus>>, repaint: Box<dyn Fn() + Send>) -> Self {
        Self {
            status,
            repaint,
            device: None,
            last_open_failure: None,
            loaded: None,
            volume: 1.0,
        }
    }

    fn run(mut self, commands: &Receiver<Command>) {
        loop {
            let timeout = if self.loaded.is_some() {
                TICK
            } else {
                Duration::from_hours(1)
            };
            match commands.recv_timeout(timeout) {
                Ok(command) => self.handle(command),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            self.refresh();
        }
    }

    fn update(&self, change: impl FnOnce(&mut PlayerStatus)) {
        change(&mut self.status.lock().unwrap_or_else(PoisonError::into_inner));
        (self.repaint)();
    }

    fn handle(&mut self, command: Command) {
        match command {
            Command::Play(track, volume, requested) => {
                self.volume = volume;
                self.play(&track, requested);
            }
            Command::Pause => {
                if let Some(loaded) = &self.loaded {
                    loaded.player.pause();
                    self.update(|s| s.playback = Playback::Paused);
                }
            }
            Command::Resume => {
                if let Some(loaded) = &self.loaded {
                    if loaded.player.empty() {
                        let track = loaded.track.clone();
                        self.play(&track, Instant::now());
                    } else {
                        loaded.player.play();
                        self.update(|s| s.playback = Playback::Playing);
                    }
                }
            }
            Command::Restart => {
                if let Some(track) = self.loaded.as_ref().map(|l| l.track.clone()) {
                    self.play(&track, Instant::now());
                }
            }
            Command::Stop => {
                self.loaded = None;
                self.update(|s| {
                    s.track = None;
                    s.playback = Playback::Stopped;
                    s.position = Duration::ZERO;
                });
            }
            Command::Volume(volume) => {
                self.volume = volume;
                if let Some(loaded) = &self.loaded {
                    loaded.player.set_volume(volume);
                }
            }
            Command::Sync(done) => {
                let _ = done.send(());
            }
        }
    }

    fn play(&mut self, track: &Track, requested: Instant) {
        self.loaded = None;
        match self.start(track, requested) {
            Ok(loaded) => {
                self.loaded = Some(loaded);
                self.update(|s| {
                    s.track = Some(track.key.clone());
                    s.playback = Playback::Playing;
                    s.position = Duration::ZERO;
                    s.duration = track.duration;
                    s.problem = None;
                    s.start_latency = None;
                });
            }
            Err(problem) => {
                tracing::warn!("narration {} cannot play: {problem}", track.path.display());
                self.update(|s| {
                    s.track = Some(track.key.clone());
                    s.playback = Playback::Stopped;
                    s.problem = Some(problem);
                });
            }
        }
    }

    fn start(&mut self, track: &Track, requested: Instant) -> Result<Loaded, String> {
        let (decoder, _declared) =
            crate::decoding::sound::open(&track.path, true).map_err(|e| e.to_string())?;
        let mixer = self.device()?.sink.mixer().clone();
        let player = Player::connect_new(&mixer);
        player.set_volume(self.volume);
        let first = FirstSample::default();
        let stopped = Stopped::default();
        player.append(Watched::new(
            Contained::new(decoder, stopped.clone()),
            first.clone(),
        ));
        Ok(Loaded {
            track: track.clone(),
            player,
            requested,
            first,
            stopped,
        })
    }

    /// The open device, opening it if need be (not more often than every few seconds).
    fn device(&mut self) -> Result<&Device, String> {
        if self.device.is_none() {
            if let Some(failed) = self.last_open_failure
                && failed.elapsed() < REOPEN_AFTER
            {
                return Err("no sound device (tried a moment ago)".to_owned());
            }
            let lost = Arc::new(AtomicBool::new(false));
            let flag = Arc::clone(&lost);
            let opened = DeviceSinkBuilder::from_default_device()
                .map(|builder| {
                    builder.with_error_callback(move |e| {
                        tracing::warn!("the sound device failed: {e}");
                        flag.store(true, Ordering::SeqCst);
                    })
                })
                .and_then(DeviceSinkBuilder::open_stream);
            match opened {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    let config = sink.config();
                    let output = format!(
                        "{} Hz, {} channels, {}",
                        config.sample_rate(),
                        config.channel_count(),
                        config.sample_format()
                    );
                    self.update(|s| s.output = Some(output));
                    self.last_open_failure = None;
                    self.device = Some(Device { sink, lost });
                }
                Err(e) => {
                    self.last_open_failure = Some(Instant::now());
                    return Err(format!("no sound device: {e}"));
                }
            }
        }
        self.device
            .as_ref()
            .ok_or_else(|| "no sound device".to_owned())
    }

    /// Position, the end of a track, the first sample, a lost device.
    fn refresh(&mut self) {
        if self
            .device
            .as_ref()
            .is_some_and(|d| d.lost.load(Ordering::SeqCst))
        {
            self.device = None;
            self.loaded = None;
            self.last_open_failure = Some(Instant::now());
            self.update(|s| {
                s.playback = Playback::Stopped;
                s.problem = Some("the sound device stopped working".to_owned());
            });
            return;
        }
        let Some(loaded) = &self.loaded else { return };
        if let Some(why) = loaded.stopped.why() {
            tracing::warn!("narration {} stopped: {why}", loaded.track.path.display());
            self.loaded = None;
            self.update(|s| {
                s.playback = Playback::Stopped;
                s.problem = Some(why);
            });
            return;
        }
        let position = loaded.player.get_pos();
        let latency = loaded
            .first
            .at()
            .map(|first| first.saturating_duration_since(loaded.requested));
        let finished = loaded.player.empty();
        let paused = loaded.player.is_paused();
        self.update(|s| {
            s.position = position;
            if s.start_latency.is_none() {
                s.start_latency = latency;
            }
            if finished {
                s.playback = Playback::Finished;
                s.position = s.duration.unwrap_or(position);
            } else if !paused {
                s.playback = Playback::Playing;
            }
        });
        if finished {
            self.loaded = None;
        }
    }
}

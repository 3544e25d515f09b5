//! Builds the real kiosk app in an egui_kittest harness at kiosk resolution, with a manual
//! clock, and touches it the way the windowing layer does (a touch event plus the pointer
//! events that egui-winit derives from the first finger).

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Event, Modifiers, PointerButton, Pos2, TouchDeviceId, TouchId, TouchPhase, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plaza_kiosk::app::{AppOptions, KioskApp};
use plaza_kiosk::config::KioskConfig;
use plaza_kiosk::kiosk::ManualClock;

pub mod staff;

/// The kiosk in a harness, with its clock.
pub struct Kiosk {
    pub harness: Harness<'static, KioskApp>,
    /// Where this kiosk writes its visitor log (removed with the kiosk).
    pub data_dir: tempfile::TempDir,
    pub clock: ManualClock,
    /// Input events sent so far (touches and the pointer events egui-winit derives from them).
    pub events_sent: u64,
    next_touch_id: u64,
}

/// The kiosk showing `pack` (relative to the crate root) at `width`×`height`.
pub fn kiosk_at(pack: &str, width: f32, height: f32) -> Kiosk {
    kiosk_with(pack, (width, height), None, |_| {})
}

/// The kiosk showing `pack` at `size`, its settings adjusted by `adjust`, remembering a pack
/// chosen by staff in `settings_path`.
pub fn kiosk_with(
    pack: &str,
    (width, height): (f32, f32),
    settings_path: Option<std::path::PathBuf>,
    adjust: impl FnOnce(&mut KioskConfig),
) -> Kiosk {
    kiosk_with_clock(
        pack,
        (width, height),
        settings_path,
        ManualClock::new(),
        adjust,
    )
}

/// [`kiosk_with`] on `clock`, for a test whose outcome depends on the local time of day (quiet
/// hours): the clock's wall time, not the machine's, decides.
pub fn kiosk_with_clock(
    pack: &str,
    size: (f32, f32),
    settings_path: Option<std::path::PathBuf>,
    clock: ManualClock,
    adjust: impl FnOnce(&mut KioskConfig),
) -> Kiosk {
    build(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(pack),
        size,
        settings_path,
        (clock, false),
        adjust,
    )
}

/// The kiosk started as from the command line without `--pack`: on the pack its settings and
/// today's date (from `clock`) choose, following packs' active dates.
pub fn kiosk_following_dates(
    clock: ManualClock,
    settings_path: Option<std::path::PathBuf>,
    adjust: impl FnOnce(&mut KioskConfig),
) -> Kiosk {
    build(
        std::path::PathBuf::new(),
        (1920.0, 1080.0),
        settings_path,
        (clock, true),
        adjust,
    )
}

fn build(
    pack_dir: std::path::PathBuf,
    (width, height): (f32, f32),
    settings_path: Option<std::path::PathBuf>,
    (clock, follow_pack_dates): (ManualClock, bool),
    adjust: impl FnOnce(&mut KioskConfig),
) -> Kiosk {
    let data_dir = tempfile::tempdir().expect("a temporary data folder");
    let mut config = KioskConfig {
        kiosk_id: "test-kiosk".to_owned(),
        data_dir: data_dir.path().to_path_buf(),
        ..KioskConfig::default()
    };
    adjust(&mut config);
    let pack_dir = if follow_pack_dates {
        config.default_pack_dir()
    } else {
        pack_dir
    };
    let mut options = AppOptions {
        pack_dir,
        config,
        windowed: true,
        exit_after_frames: None,
        clock: std::sync::Arc::new(clock.clone()),
        settings_path,
        settings_warnings: Vec::new(),
        pin_unreadable: None,
        utc_offset_mismatch: None,
        follow_pack_dates,
    };
    // As the command line does: problems in an existing settings file are shown to staff.
    // The system's time zone is taken to be the plaza's (this machine runs on UTC).
    if let Some(path) = options
        .settings_path
        .as_deref()
        .filter(|path| path.exists())
    {
        let loaded = plaza_kiosk::config::load(Some(path));
        let offset = options.config.plaza_offset().unwrap_or_default();
        options.heed_settings(&loaded, offset);
    }
    start(options, (width, height), data_dir, clock)
}

/// The kiosk as the command line starts it on `pack` with the settings file at `settings`:
/// every setting, the data folder and the PIN among them, read from the file, and the
/// system's UTC offset taken to be `system_offset_seconds`.
pub fn kiosk_reading_settings(pack: &str, settings: &Path, system_offset_seconds: i32) -> Kiosk {
    let loaded = plaza_kiosk::config::load(Some(settings));
    let clock = ManualClock::new();
    let mut options = plaza_kiosk::app::options_for(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(pack),
        loaded.config.clone(),
        true,
        None,
    );
    options.clock = std::sync::Arc::new(clock.clone());
    options.settings_path = Some(settings.to_path_buf());
    options.heed_settings(&loaded, system_offset_seconds);
    let unused = tempfile::tempdir().expect("a temporary folder");
    start(options, (1920.0, 1080.0), unused, clock)
}

fn start(
    options: AppOptions,
    (width, height): (f32, f32),
    data_dir: tempfile::TempDir,
    clock: ManualClock,
) -> Kiosk {
    let harness = Harness::builder()
        .with_size(vec2(width, height))
        // Real frame pacing, so egui's double-tap and click timing behave as on the kiosk.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| KioskApp::new(&cc.egui_ctx, options.clone()));
    let mut kiosk = Kiosk {
        harness,
        data_dir,
        clock,
        events_sent: 0,
        next_touch_id: 1,
    };
    kiosk.wait_until(|app| !app.is_loading());
    kiosk
}

/// The kiosk on the default pack at 1920×1080.
pub fn kiosk() -> Kiosk {
    kiosk_at("content/civil-society", 1920.0, 1080.0)
}

impl Kiosk {
    /// Runs frames (in real time: background threads are real) until `done` holds. The
    /// deadline only catches a kiosk that never gets there: loading a pack decodes every
    /// narration (104 tracks in nine languages), which a debug build on a busy two-core
    /// machine may take half a minute to do.
    pub fn wait_until(&mut self, done: impl Fn(&KioskApp) -> bool) {
        let deadline = Instant::now() + Duration::from_mins(2);
        while !done(self.harness.state()) {
            assert!(Instant::now() < deadline, "timed out waiting for the kiosk");
            self.harness.step();
            std::thread::sleep(Duration::from_millis(5));
        }
        self.harness.step();
    }

    /// Renders frames (in real time, the kiosk clock standing still) until `shown` holds of
    /// what is on screen; fails naming `what` after ten seconds.
    pub fn step_until(&mut self, what: &str, shown: impl Fn(&Kiosk) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !shown(self) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(10));
            self.harness.step();
        }
    }

    /// Lets time pass on the kiosk clock and renders.
    pub fn advance(&mut self, by: Duration) {
        self.clock.advance(by);
        self.harness.step();
        self.harness.step();
    }

    /// Adds `event` to the next frame's input. (`Harness::event` would give every event a
    /// frame of its own; egui-winit delivers a finger's touch and pointer events together.)
    pub fn send(&mut self, event: Event) {
        self.harness.input_mut().events.push(event);
        self.events_sent += 1;
    }

    /// A touch event alone (a second finger: egui-winit makes pointer events of the first only).
    pub fn touch(&mut self, id: u64, phase: TouchPhase, pos: Pos2) {
        self.send(Event::Touch {
            device_id: TouchDeviceId(1),
            id: TouchId(id),
            phase,
            pos,
            force: None,
        });
    }

    /// The first finger lands: the touch, and the pointer press egui-winit derives from it.
    pub fn finger_down(&mut self, id: u64, pos: Pos2) {
        self.touch(id, TouchPhase::Start, pos);
        self.send(Event::PointerMoved(pos));
        self.send(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::default(),
        });
    }

    /// The first finger moves: the touch, and the pointer move egui-winit derives from it.
    pub fn finger_moves(&mut self, id: u64, pos: Pos2) {
        self.touch(id, TouchPhase::Move, pos);
        self.send(Event::PointerMoved(pos));
    }

    /// The first finger lifts: the touch end, the pointer release, and the pointer gone.
    pub fn finger_up(&mut self, id: u64, pos: Pos2) {
        self.touch(id, TouchPhase::End, pos);
        self.send(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::default(),
        });
        self.send(Event::PointerGone);
    }

    /// A touch id not used before.
    pub fn new_id(&mut self) -> u64 {
        self.next_touch_id += 1;
        self.next_touch_id
    }

    /// One finger taps `pos`.
    pub fn tap_at(&mut self, pos: Pos2) {
        let id = self.new_id();
        self.finger_down(id, pos);
        self.harness.step();
        self.finger_up(id, pos);
        self.harness.step();
        self.harness.step();
    }

    /// One finger holds `pos` for `duration` of kiosk time (a frame every 100 ms), then lifts.
    pub fn hold_at(&mut self, pos: Pos2, duration: Duration) {
        let id = self.new_id();
        self.finger_down(id, pos);
        self.harness.step();
        let mut held = Duration::ZERO;
        while held < duration {
            self.clock.advance(Duration::from_millis(100));
            held += Duration::from_millis(100);
            self.send(Event::PointerMoved(pos));
            self.harness.step();
        }
        self.finger_up(id, pos);
        self.harness.step();
        self.harness.step();
    }

    /// Chooses the language named `name` in itself: its button on the language screen, or in
    /// the top bar, opening the bar's language list first when the pack has more than two.
    pub fn tap_language(&mut self, name: &str) {
        if self.harness.query_by_label(name).is_none() {
            // The list's button is named "<choose the language> <current language>", in the
            // visitor's language.
            let language = self.harness.state().state().language().to_owned();
            let picker =
                plaza_kiosk::ui::texts::UiTexts::shipped().get(&language, "language-picker");
            let picker = plaza_kiosk::content::ruby::plain(&picker).into_owned();
            self.tap_containing(&picker);
        }
        self.tap(name);
    }

    /// One finger taps the control labelled `label`.
    pub fn tap(&mut self, label: &str) {
        let center = self.harness.get_by_label(label).rect().center();
        self.tap_at(center);
    }

    /// One finger swipes from `from` to `to` in `steps` moves.
    pub fn swipe(&mut self, from: Pos2, to: Pos2, steps: usize) {
        let id = self.new_id();
        self.finger_down(id, from);
        self.harness.step();
        for step in 1..=steps {
            let pos = from + (to - from) * (step as f32 / steps as f32);
            self.touch(id, TouchPhase::Move, pos);
            self.send(Event::PointerMoved(pos));
            self.harness.step();
        }
        self.finger_up(id, to);
        self.harness.step();
        self.harness.step();
    }

    /// Two fingers land, the first on `first`, and lift: what a pinch or a palm does.
    pub fn two_finger_touch(&mut self, first: Pos2, second: Pos2) {
        let (a, b) = (self.new_id(), self.new_id());
        self.finger_down(a, first);
        self.harness.step();
        self.touch(b, TouchPhase::Start, second);
        self.harness.step();
        self.finger_up(a, first);
        self.harness.step();
        self.touch(b, TouchPhase::End, second);
        self.harness.step();
        self.harness.step();
    }

    /// Whether some control or text has exactly `label`.
    pub fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    /// Whether some control's label contains `part`.
    pub fn shows_containing(&self, part: &str) -> bool {
        self.harness.query_by_label_contains(part).is_some()
    }
}

impl Kiosk {
    /// Two fingers start at `a` and `b` and move to `a_to` and `b_to` in `steps` moves.
    pub fn two_finger_move(
        &mut self,
        (a, b): (Pos2, Pos2),
        (a_to, b_to): (Pos2, Pos2),
        steps: usize,
    ) {
        let (first, second) = (self.new_id(), self.new_id());
        self.finger_down(first, a);
        self.touch(second, TouchPhase::Start, b);
        self.harness.step();
        for step in 1..=steps {
            let t = step as f32 / steps as f32;
            let (pa, pb) = (a + (a_to - a) * t, b + (b_to - b) * t);
            self.touch(first, TouchPhase::Move, pa);
            self.send(Event::PointerMoved(pa));
            self.touch(second, TouchPhase::Move, pb);
            self.harness.step();
        }
        self.finger_up(first, a_to);
        self.touch(second, TouchPhase::End, b_to);
        self.harness.step();
        self.harness.step();
    }
}

impl Kiosk {
    /// The page a visitor sees they are on: the label of the page dot marked as the current
    /// one ("2ページ目へ", "Go to page 2"), if the screen has page dots.
    pub fn current_page(&self) -> Option<String> {
        self.harness
            .query_all_by_role(egui::accesskit::Role::Button)
            .filter(|node| node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
            .filter_map(|node| node.accesskit_node().label())
            // The language buttons mark the visitor's language the same way.
            .find(|label| label.starts_with("Go to page") || label.ends_with("ページ目へ"))
    }

    /// Every label on screen (a label widget keeps its words in its value, AccessKit-style).
    pub fn labels(&self) -> Vec<String> {
        self.harness
            .query_all_by_label_contains("")
            .filter_map(|node| {
                let node = node.accesskit_node();
                if node.role() == egui::accesskit::Role::Label {
                    node.value()
                } else {
                    node.label()
                }
            })
            .collect()
    }

    /// One finger taps the control whose label contains `part`.
    pub fn tap_containing(&mut self, part: &str) {
        let center = self.harness.get_by_label_contains(part).rect().center();
        self.tap_at(center);
    }
}

//! The kiosk app: ties the visitor flow ([`KioskState`]) to the screens and to eframe.
//!
//! Each frame it reads touches, advances the idle clock, lets the current screen draw and
//! applies the transition the screen asked for. The UI thread only draws: the pack is loaded
//! and validated on the `pack-loader` thread, pictures are decoded on `image-decoder`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use egui::{
    Event, FontData, FontDefinitions, FontFamily, Key, Rect, TouchPhase, ViewportCommand, pos2,
};

use crate::audio::NarrationPlayer;
use crate::config::KioskConfig;
use crate::content::{self, Pack};
use crate::fonts;
use crate::kiosk::{Clock, IdlePhase, IdleTimes, KioskState, Nav, Screen, SystemClock};
use crate::narration::NarrationController;
use crate::staff::{StaffGesture, TouchFrame};
use crate::staff_mode::StaffMode;
use crate::theme::{BOLD_FAMILY, Theme};
use crate::ui::image_cache::ImageCache;
use crate::ui::texts::UiTexts;
use crate::ui::touch::{SwipeDetector, TouchGuard};
use crate::ui::{self, ScreenContext, attract};
use crate::visit_recorder::VisitRecorder;
use crate::visits::VisitLog;

mod pack_dates;
mod staff_frame;

/// How the kiosk is started.
#[derive(Clone)]
pub struct AppOptions {
    /// The pack folder to show.
    pub pack_dir: PathBuf,
    /// Settings.
    pub config: KioskConfig,
    /// A normal window with a pointer, closable with Ctrl+Shift+Q (development).
    pub windowed: bool,
    /// Exit after rendering this many frames once the pack has loaded (or failed to).
    pub exit_after_frames: Option<u64>,
    /// The clock; tests pass a [`crate::kiosk::ManualClock`].
    pub clock: Arc<dyn Clock>,
    /// The settings file, where a pack chosen by staff is remembered (none: not remembered).
    pub settings_path: Option<PathBuf>,
    /// Problems found in the settings file at start (shown in staff mode).
    pub settings_warnings: Vec<String>,
    /// Follow packs' active dates (off when a pack was named on the command line).
    pub follow_pack_dates: bool,
}

/// The exit status when staff choose "exit the kiosk": a service manager leaves the desktop to
/// them (the systemd unit's `RestartPreventExitStatus=3`; the xinit and cage loops stop).
pub const EXIT_TO_DESKTOP: u8 = 3;

/// The status the kiosk exits with once its window has closed.
static EXIT_STATUS: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// The status the kiosk will exit with (for tests): 0, or [`EXIT_TO_DESKTOP`].
#[must_use]
pub fn exit_status() -> u8 {
    EXIT_STATUS.load(Ordering::SeqCst)
}

/// Opens the window and runs until it closes.
#[must_use]
pub fn run(options: AppOptions) -> ExitCode {
    let viewport = if options.windowed {
        egui::ViewportBuilder::default().with_inner_size([1280.0, 720.0])
    } else {
        egui::ViewportBuilder::default()
            .with_fullscreen(true)
            .with_decorations(false)
            .with_position([0.0, 0.0])
    };
    let native = eframe::NativeOptions {
        viewport: viewport.with_title("plaza-kiosk"),
        ..eframe::NativeOptions::default()
    };
    let result = eframe::run_native(
        "plaza-kiosk",
        native,
        Box::new(move |cc| {
            let app = KioskApp::new(&cc.egui_ctx, options);
            // Only the real kiosk listens for SIGTERM; tests build the app without it.
            watch_termination_signals(&cc.egui_ctx, &app.terminate);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::from(EXIT_STATUS.load(Ordering::SeqCst)),
        Err(e) => {
            tracing::warn!("cannot open the kiosk window: {e}");
            ExitCode::from(1)
        }
    }
}

/// Adds the shipped Noto Sans CJK JP faces in front of egui's defaults.
pub fn install_fonts(ctx: &egui::Context) {
    let mut definitions = FontDefinitions::default();
    definitions.font_data.insert(
        "noto-sans-jp".to_owned(),
        Arc::new(FontData::from_static(fonts::REGULAR)),
    );
    definitions.font_data.insert(
        "noto-sans-jp-bold".to_owned(),
        Arc::new(FontData::from_static(fonts::BOLD)),
    );
    if let Some(family) = definitions.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "noto-sans-jp".to_owned());
    }
    definitions.families.insert(
        FontFamily::Name(BOLD_FAMILY.into()),
        vec!["noto-sans-jp-bold".to_owned(), "noto-sans-jp".to_owned()],
    );
    ctx.set_fonts(definitions);
}

enum PackState {
    Loading(Receiver<Result<Pack, String>>),
    Ready(Box<Pack>),
    Unavailable,
}

/// The running kiosk.
pub struct KioskApp {
    options: AppOptions,
    pack: PackState,
    state: KioskState,
    texts: UiTexts,
    images: ImageCache,
    touch: TouchGuard,
    swipe: SwipeDetector,
    recorder: Option<VisitRecorder>,
    narration: NarrationController,
    staff: StaffMode,
    gesture: StaffGesture,
    /// Rewrites the settings file (a pack chosen, settings changed); none without a file.
    settings: Option<crate::settings_writer::SettingsWriter>,
    /// Following packs' active dates.
    dates: pack_dates::PackDates,
    /// A press that dismissed the idle prompt must not also press what lies under it.
    swallow_gesture: bool,
    exit_allowed: bool,
    /// Set by SIGTERM or SIGINT: an orderly shutdown was asked for.
    terminate: Arc<AtomicBool>,
    frames_rendered: u64,
}

impl KioskApp {
    /// Sets up fonts and style on `ctx` and starts loading the pack in the background.
    #[must_use]
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        install_fonts(ctx);
        ctx.all_styles_mut(|style| {
            style.interaction.selectable_labels = false;
            style.visuals = egui::Visuals::light();
        });
        let pack = if options.follow_pack_dates {
            // The pack today's date wants, worked out before anything is shown.
            let config = options.config.clone();
            let today = options.clock.local_now().date();
            spawn_pack_loader(ctx, move || {
                let dated = crate::content::pack_dates::dated_packs(&config.content_dir);
                let chosen = config.default_pack_dir();
                let chosen = chosen.canonicalize().unwrap_or(chosen);
                let chosen_on = config
                    .pack_chosen_on
                    .as_deref()
                    .and_then(|d| d.parse().ok());
                let wanted =
                    crate::content::pack_dates::wanted_pack(&chosen, chosen_on, &dated, today);
                // A dated pack that does not load leaves the kiosk on the chosen one.
                if wanted == chosen {
                    vec![chosen]
                } else {
                    vec![wanted, chosen]
                }
            })
        } else {
            let dir = options.pack_dir.clone();
            spawn_pack_loader(ctx, move || vec![dir])
        };
        let settings = options.settings_path.clone().and_then(|path| {
            let wake = ctx.clone();
            crate::settings_writer::SettingsWriter::start(path, options.config.clone(), move || {
                wake.request_repaint();
            })
            .map_err(|e| {
                tracing::warn!("cannot start the settings writer: {e}; changes are not saved");
            })
            .ok()
        });
        let idle = idle_times(&options.config);
        let recorder = match VisitLog::start(&options.config.data_dir, &options.config.kiosk_id) {
            Ok(log) => Some(VisitRecorder::new(log, options.config.kiosk_id.clone())),
            Err(e) => {
                tracing::warn!("cannot start the visitor log: {e}; visits are not counted");
                None
            }
        };
        let terminate = Arc::new(AtomicBool::new(false));
        let repaint = ctx.clone();
        let player = match NarrationPlayer::start(move || repaint.request_repaint()) {
            Ok(player) => Some(player),
            Err(e) => {
                tracing::warn!("cannot start the audio thread: {e}; narration is off");
                None
            }
        };
        let narration = NarrationController::new(player, &options.config);
        Self {
            narration,
            staff: StaffMode::default(),
            gesture: StaffGesture::default(),
            settings,
            dates: pack_dates::PackDates::default(),
            pack,
            state: KioskState::unavailable(idle),
            texts: UiTexts::shipped(),
            images: ImageCache::new(ctx),
            touch: TouchGuard::default(),
            swipe: SwipeDetector::default(),
            recorder,
            swallow_gesture: false,
            exit_allowed: false,
            terminate,
            frames_rendered: 0,
            options,
        }
    }

    /// The visitor flow (for tests).
    #[must_use]
    pub fn state(&self) -> &KioskState {
        &self.state
    }

    /// Narration as the screens see it (for tests).
    #[must_use]
    pub fn narration(&self) -> crate::ui::narration_bar::NarrationView {
        self.narration.view(&self.options.config)
    }

    /// Whether staff screens are showing (for tests).
    #[must_use]
    pub fn staff_open(&self) -> bool {
        self.staff.is_open()
    }

    /// Whether the staff PIN pad is showing (for tests).
    #[must_use]
    pub fn staff_pin_pad(&self) -> bool {
        matches!(self.staff.phase, crate::staff_mode::StaffPhase::Pin { .. })
    }

    /// Whether the staff menu shows what became of a settings save (for tests).
    #[must_use]
    pub fn settings_saved_shown(&self) -> bool {
        matches!(&self.staff.phase, crate::staff_mode::StaffPhase::Open(menu) if menu.settings_saved.is_some())
    }

    /// Whether a pack chosen by its active dates is loaded and waits for the visit to end
    /// (for tests).
    #[must_use]
    pub fn dated_pack_waiting(&self) -> bool {
        self.dates.waiting()
    }

    /// The folder of the pack on show (for tests).
    #[must_use]
    pub fn pack_dir(&self) -> &std::path::Path {
        &self.options.pack_dir
    }

    /// Whether the pack is still loading.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        matches!(self.pack, PackState::Loading(_))
    }

    /// Textures held by the picture cache.
    #[must_use]
    pub fn texture_count(&self) -> usize {
        self.images.texture_count()
    }

    /// Whether any picture is still being decoded.
    #[must_use]
    pub fn images_loading(&self) -> bool {
        self.images.is_loading()
    }

    fn poll_pack(&mut self) {
        let PackState::Loading(receiver) = &self.pack else {
            return;
        };
        self.pack = match receiver.try_recv() {
            Ok(Ok(pack)) => {
                tracing::info!("showing pack {} ({})", pack.manifest.id, pack.dir.display());
                self.state = staff_frame::visitor_state(&pack, &self.options.config);
                self.options.pack_dir.clone_from(&pack.dir);
                PackState::Ready(Box::new(pack))
            }
            Ok(Err(summary)) => {
                tracing::warn!("the pack cannot be shown: {summary}");
                PackState::Unavailable
            }
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                tracing::warn!("the pack loader stopped");
                PackState::Unavailable
            }
        };
    }

    /// Without a window manager a fullscreen request does nothing, so the window is also
    /// sized and placed to cover the monitor once egui knows the monitor's size.
    fn cover_monitor(&self, ctx: &egui::Context) {
        if self.options.windowed {
            return;
        }
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        if let (Some(monitor), Some(inner)) = (monitor, inner)
            && (inner.size() != monitor || inner.min != egui::Pos2::ZERO)
        {
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(monitor));
        }
    }

    /// Visitors cannot leave: close requests are refused. In `--windowed` development runs,
    /// Ctrl+Shift+Q closes the window.
    fn guard_exit(&mut self, ctx: &egui::Context) {
        if self.terminate.load(Ordering::SeqCst) && !self.exit_allowed {
            self.exit_allowed = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        if self.options.windowed
            && ctx.input(|i| i.modifiers.ctrl && i.modifiers.shift && i.key_pressed(Key::Q))
        {
            self.exit_allowed = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.exit_allowed {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
    }

    /// Reads touches and presses: every touch is presence; multi-finger gestures never click.
    fn read_touches(&mut self, ctx: &egui::Context, prompt_showing: bool) {
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

    fn schedule_repaint(&self, ctx: &egui::Context, now: Duration) {
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
        if self.staff.is_open() || self.dates.busy() {
            // The lockout countdown, a PIN check or a pack scan finishing, the auto-close; a
            // pack for today's date being worked out or loaded.
            sooner(Duration::from_millis(250));
        }
        if self.options.follow_pack_dates {
            sooner(pack_dates::CHECK_EVERY);
        }
        if let (Screen::Attract, PackState::Ready(pack)) = (self.state.screen(), &self.pack) {
            sooner(attract::next_frame_after(pack, now));
        }
        if let Some(after) = next {
            ctx.request_repaint_after(after);
        }
    }
}

/// SIGTERM (systemd, a shutdown) and SIGINT end the kiosk in order: the app closes its window
/// and, on the way out, ends the open visit and writes the visitor log to disk.
fn watch_termination_signals(ctx: &egui::Context, terminate: &Arc<AtomicBool>) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGINT]) {
        Ok(signals) => signals,
        Err(e) => {
            tracing::warn!("cannot watch for SIGTERM: {e}");
            return;
        }
    };
    let (ctx, terminate) = (ctx.clone(), Arc::clone(terminate));
    let spawned = std::thread::Builder::new()
        .name("signals".to_owned())
        .spawn(move || {
            if signals.forever().next().is_some() {
                terminate.store(true, Ordering::SeqCst);
                ctx.request_repaint();
            }
        });
    if let Err(e) = spawned {
        tracing::warn!("cannot watch for SIGTERM: {e}");
    }
}

fn idle_times(config: &KioskConfig) -> IdleTimes {
    IdleTimes {
        timeout: config.idle_timeout(),
        countdown: config.idle_countdown(),
    }
}

/// Loads and validates a pack on the `pack-loader` thread: the first of the folders `choose`
/// names that loads (the others are fallbacks), or the first one's problems when none does.
fn spawn_pack_loader(
    ctx: &egui::Context,
    choose: impl FnOnce() -> Vec<PathBuf> + Send + 'static,
) -> PackState {
    let (sender, receiver) = mpsc::channel();
    let repaint = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("pack-loader".to_owned())
        .spawn(move || {
            let mut problem = None;
            let mut result = None;
            for pack_dir in choose() {
                // The pack's folder as the system names it, so staff mode can tell it among
                // the packs it scans by a plain comparison.
                let pack_dir = pack_dir.canonicalize().unwrap_or(pack_dir);
                let report = content::load_pack(&pack_dir);
                if let Some(pack) = report.pack {
                    result = Some(pack);
                    break;
                }
                for diagnostic in &report.diagnostics {
                    tracing::warn!("{diagnostic}");
                }
                problem.get_or_insert_with(|| report.summary_line());
            }
            let _ = sender.send(result.ok_or_else(|| problem.unwrap_or_default()));
            repaint.request_repaint();
        });
    match spawned {
        Ok(_) => PackState::Loading(receiver),
        Err(e) => {
            tracing::warn!("cannot start the pack loader: {e}");
            PackState::Unavailable
        }
    }
}

impl Drop for KioskApp {
    /// An orderly exit ends the open visit (reason `shutdown`) and writes the log to disk.
    fn drop(&mut self) {
        if let Some(recorder) = self.recorder.take() {
            let now = self.options.clock.now();
            let (duration, active) = self.state.open_visit(now).unwrap_or_default();
            let pack = match &self.pack {
                PackState::Ready(pack) => Some(pack.as_ref()),
                _ => None,
            };
            recorder.shut_down(
                pack,
                u64::try_from(duration.as_millis()).unwrap_or(u64::MAX),
                u64::try_from(active.as_millis()).unwrap_or(u64::MAX),
            );
        }
    }
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.cover_monitor(&ctx);
        self.guard_exit(&ctx);
        self.poll_pack();
        if !self.options.windowed {
            ctx.set_cursor_icon(egui::CursorIcon::None);
        }
        let now = self.options.clock.now();
        let prompt_showing = matches!(self.state.idle_phase(now), IdlePhase::Prompt { .. });
        self.read_touches(&ctx, prompt_showing);
        let ended = self.state.tick(now);
        self.record(&ended);
        self.background_work(&ctx, now);
        self.images.update(&ctx);

        let screen = ctx.content_rect();
        let pack_theme = match &self.pack {
            PackState::Ready(pack) => pack.manifest.theme.as_ref(),
            _ => None,
        };
        let theme = Theme::new(screen.size(), pack_theme, self.state.large_text());
        // Staff screens keep their size whatever text size visitors start with.
        let staff_theme = Theme::new(screen.size(), pack_theme, false);
        if self.follow_staff_gesture(&ctx, now, screen.size()) {
            // The tap that completed the gesture presses nothing beneath.
            self.swallow_gesture = true;
        }
        let clicks_allowed =
            self.touch.clicks_allowed() && !self.swallow_gesture && !self.gesture.in_progress();
        if self.staff.is_open() {
            self.staff_frame(ui, &staff_theme, now, clicks_allowed);
            self.schedule_repaint(&ctx, now);
            return;
        }
        let swipe_area = Rect::from_min_max(
            pos2(screen.left(), screen.top() + theme.bar_height()),
            pos2(screen.right(), screen.bottom() - theme.px(140.0)),
        );
        let swipe = ctx.input(|i| {
            self.swipe
                .update(i, swipe_area, theme.px(120.0), self.touch.clicks_allowed())
        });

        let nav = match &self.pack {
            PackState::Loading(_) => {
                ui.painter().rect_filled(screen, 0.0, theme.background);
                None
            }
            PackState::Unavailable => {
                ui::unavailable::show(ui, &theme, &self.texts);
                None
            }
            PackState::Ready(pack) => {
                let narration_view = self.narration.view(&self.options.config);
                let mut screen_ctx = ScreenContext {
                    theme: &theme,
                    texts: &self.texts,
                    pack,
                    state: &self.state,
                    images: &mut self.images,
                    clicks_allowed,
                    now,
                    narration: &narration_view,
                };
                let screen_nav = match self.state.screen().clone() {
                    Screen::Attract => ui::attract::show(ui, &mut screen_ctx),
                    Screen::Language => ui::language::show(ui, &mut screen_ctx),
                    Screen::Home => ui::home::show(ui, &mut screen_ctx),
                    Screen::Exhibit { exhibit, page } => {
                        ui::exhibit_page::show(ui, &mut screen_ctx, exhibit, page, swipe)
                    }
                    Screen::ImageViewer { exhibit, page } => {
                        ui::image_viewer::show(ui, &mut screen_ctx, exhibit, page)
                    }
                    Screen::Quiz { exhibit } => ui::quiz::show(ui, &mut screen_ctx, exhibit),
                    Screen::Unavailable => None,
                };
                match self.state.idle_phase(now) {
                    IdlePhase::Prompt { remaining } => {
                        let prompt_nav = ui::idle_prompt::show(ui, &screen_ctx, remaining);
                        // Behind the prompt nothing reacts.
                        prompt_nav
                    }
                    _ => screen_nav,
                }
            }
        };
        if let Some(nav) = nav {
            self.apply(nav, now);
        }
        self.follow_narration(now);

        // Frames count once the pack is settled, so `--exit-after-frames` measures real content.
        if !self.is_loading() {
            self.frames_rendered += 1;
        }
        if self
            .options
            .exit_after_frames
            .is_some_and(|limit| self.frames_rendered >= limit)
        {
            self.exit_allowed = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.schedule_repaint(&ctx, now);
    }
}

impl KioskApp {
    /// Settings written and packs' dates followed.
    fn background_work(&mut self, ctx: &egui::Context, now: Duration) {
        while let Some(saved) = self
            .settings
            .as_ref()
            .and_then(crate::settings_writer::SettingsWriter::finished)
        {
            self.settings_saved(saved);
        }
        self.follow_pack_dates(ctx, now);
    }

    fn apply(&mut self, nav: Nav, now: Duration) {
        if let (Nav::Narration(control), PackState::Ready(pack)) = (&nav, &self.pack) {
            let signals = self
                .narration
                .control(*control, pack, &self.state, &self.options.config);
            self.record(&signals);
        }
        let signals = self.state.apply(nav, now);
        self.record(&signals);
    }

    /// Feeds the hidden staff gesture; true when it completed this frame.
    fn follow_staff_gesture(
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
        let pin_set = self.options.config.staff_pin_hash.is_some();
        self.staff.open(now, pin_set, &self.options.config);
        self.narration.stop();
        true
    }

    fn follow_narration(&mut self, now: Duration) {
        if let PackState::Ready(pack) = &self.pack {
            let prompt = matches!(self.state.idle_phase(now), IdlePhase::Prompt { .. });
            let signals = self
                .narration
                .follow(pack, &self.state, &self.options.config, prompt);
            self.record(&signals);
        }
    }

    fn record(&mut self, signals: &[crate::kiosk::VisitSignal]) {
        if let (Some(recorder), PackState::Ready(pack)) = (&mut self.recorder, &self.pack)
            && !signals.is_empty()
        {
            recorder.record(signals, pack, self.state.language());
        }
    }
}

/// Default options for `pack_dir` with the real clock (used by the CLI).
#[must_use]
pub fn options_for(
    pack_dir: PathBuf,
    config: KioskConfig,
    windowed: bool,
    exit_after_frames: Option<u64>,
) -> AppOptions {
    AppOptions {
        pack_dir,
        config,
        windowed,
        exit_after_frames,
        clock: Arc::new(SystemClock::new()),
        settings_path: None,
        settings_warnings: Vec::new(),
        follow_pack_dates: false,
    }
}

//! The kiosk app: ties the visitor flow ([`KioskState`]) to the screens and to eframe.
//!
//! Each frame it reads touches ([`input`]), advances the idle clock, lets the screen the flow is
//! on draw ([`crate::ui::screens`]) and applies the transition it asked for, then hands the
//! flow's signals to the visitor log ([`visit_recorder`]) and narration ([`narration`]). The UI
//! thread only draws: the pack is loaded on a `pack-loader` job ([`pack_loading`]), pictures
//! are decoded on `image-decoder`, sound on `audio`, visits written on `visit-log`. Staff mode
//! takes over the screen in [`staff_frame`]; packs' active dates are followed in [`pack_dates`].

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8};

use egui::{Rect, pos2};

use crate::audio::NarrationPlayer;
use crate::kiosk::{IdlePhase, KioskState};
use crate::staff::StaffGesture;
use crate::staff::menu::StaffMode;
use crate::staff::settings_writer::SettingsWriter;
use crate::ui::images::cache::ImageCache;
use crate::ui::texts::UiTexts;
use crate::ui::theme::Theme;
use crate::ui::touch::{SwipeDetector, TouchGuard};
use crate::ui::{self, ScreenContext};
use crate::visits::VisitLog;
use crate::worker::Wake;
use narration::NarrationController;
use pack_loading::PackState;
use visit_recorder::VisitRecorder;

mod flow;
mod font_setup;
mod font_state;
mod input;
pub mod narration;
mod options;
mod pack_dates;
mod pack_fonts;
mod pack_loading;
mod probes;
pub mod quiz_specs;
mod repaint;
mod staff_frame;
pub mod visit_recorder;
mod window;

pub use font_setup::{faces_of_family, install_fonts, start_glyphs_over};
pub use options::{AppOptions, options_for};
pub use window::{EXIT_TO_DESKTOP, run};

use options::idle_times;

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
    settings: Option<crate::staff::settings_writer::SettingsWriter>,
    /// Following packs' active dates.
    dates: pack_dates::PackDates,
    /// A press that dismissed the idle prompt must not also press what lies under it.
    swallow_gesture: bool,
    exit_allowed: bool,
    /// Set by SIGTERM or SIGINT: an orderly shutdown was asked for.
    terminate: Arc<AtomicBool>,
    /// The status the process exits with once the window has closed.
    exit_status: Arc<AtomicU8>,
    /// Asks for a repaint: background jobs and services call it when they have something.
    wake: Wake,
    frames_rendered: u64,
    /// The glyph atlas and the pack's fonts.
    fonts: font_state::FontState,
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
        // A USB keyboard must not rescale the screens (Ctrl+− would shrink touch targets below
        // their minimum for every later visitor).
        ctx.options_mut(|options| options.zoom_with_keyboard = false);
        let wake: Wake = {
            let ctx = ctx.clone();
            Arc::new(move || ctx.request_repaint())
        };
        let pack = PackState::Loading(pack_loading::first_pack(&wake, &options));
        let settings = options.settings_path.clone().and_then(|path| {
            SettingsWriter::start(path, options.config.clone(), Arc::clone(&wake))
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
        let player = match NarrationPlayer::start(Arc::clone(&wake)) {
            Ok(player) => Some(player),
            Err(e) => {
                tracing::warn!("cannot start the audio thread: {e}; narration is off");
                None
            }
        };
        let narration = NarrationController::new(player, &options.config);
        Self {
            narration,
            staff: StaffMode::new(Arc::clone(&wake), Some(&options.config.data_dir)),
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
            exit_status: Arc::new(AtomicU8::new(0)),
            wake,
            frames_rendered: 0,
            fonts: font_state::FontState::default(),
            options,
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
        if (ctx.zoom_factor() - 1.0).abs() > f32::EPSILON {
            ctx.set_zoom_factor(1.0);
        }
        self.cover_monitor(&ctx);
        self.guard_exit(&ctx);
        self.poll_pack();
        let shown = match &self.pack {
            PackState::Ready(pack) => Some(pack.as_ref()),
            _ => None,
        };
        self.fonts.before_frame(&ctx, shown);
        if !self.options.windowed {
            ctx.set_cursor_icon(egui::CursorIcon::None);
        }
        let now = self.options.clock.now();
        let prompt_showing = matches!(self.state.idle_phase(now), IdlePhase::Prompt { .. });
        self.read_touches(&ctx, prompt_showing);
        self.narration.read_time(now, self.options.clock.as_ref());
        let farewell = self.state.screen() == &crate::kiosk::Screen::Farewell;
        let ended = self.state.tick(now);
        self.record(&ended);
        self.after_farewell(farewell);
        self.background_work(now);
        self.images.update(&ctx);

        let screen = ctx.content_rect();
        let (theme, staff_theme) = self.themes(screen.size());
        crate::ui::ruby_text::set_frame_style(
            ui.ctx(),
            crate::ui::ruby_text::FrameStyle {
                furigana: theme.furigana,
                scale: theme.scale,
            },
        );
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
                    narrated: narration::on_screen(pack, &self.state),
                };
                ui::screens::show(ui, &mut screen_ctx, swipe)
            }
        };
        if let Some(nav) = nav {
            self.apply(nav, now);
        }
        self.follow_narration(now);
        self.fonts.after_frame(&ctx);

        // Frames count once the pack is settled, so `--exit-after-frames` measures real content.
        if !self.is_loading() {
            self.frames_rendered += 1;
        }
        if self
            .options
            .exit_after_frames
            .is_some_and(|limit| self.frames_rendered >= limit)
        {
            let status = self.exit_status();
            self.close_with(&ctx, status);
        }
        self.schedule_repaint(&ctx, now);
    }
}

impl KioskApp {
    /// This frame's look for visitors (their language, its face or the pack's font, their text
    /// size and furigana) and for staff (who keep the normal size whatever visitors chose).
    fn themes(&self, screen: egui::Vec2) -> (Theme, Theme) {
        let pack_theme = match &self.pack {
            PackState::Ready(pack) => pack.manifest.theme.as_ref(),
            _ => None,
        };
        let language = self.state.language();
        let mut theme = Theme::new(screen, pack_theme, self.state.large_text())
            .with_pack_fonts(self.fonts.pack_fonts)
            .for_language(language);
        theme.furigana = self.state.furigana() && crate::content::ruby::is_japanese(language);
        let staff = Theme::new(screen, pack_theme, false).with_pack_fonts(self.fonts.pack_fonts);
        (theme, staff)
    }
}

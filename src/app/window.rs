//! The kiosk's window: opening it full-screen (and covering the monitor where no window
//! manager honours a full-screen request), refusing close requests from
//! visitors, SIGTERM and SIGINT as an orderly exit, and the status the process exits with.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use egui::{Key, ViewportCommand};

use super::{AppOptions, KioskApp};

/// The exit status when staff choose "exit the kiosk": a service manager leaves the desktop to
/// them (the systemd unit's `RestartPreventExitStatus=3`; the xinit and cage loops stop).
pub const EXIT_TO_DESKTOP: u8 = 3;

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
        // No icon: the window is full-screen with no task bar to show one in, and eframe's
        // default (egui's logo) is 1 MB of pixels held for the process's life.
        viewport: viewport
            .with_title("plaza-kiosk")
            .with_icon(Arc::new(egui::IconData::default())),
        // The kiosk draws only with the faces it ships (and `validate` checks packs against
        // them): no system font is looked for.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    let status = Arc::new(AtomicU8::new(0));
    let app_status = Arc::clone(&status);
    let result = eframe::run_native(
        "plaza-kiosk",
        native,
        Box::new(move |cc| {
            let mut app = KioskApp::new(&cc.egui_ctx, options);
            app.exit_status = app_status;
            // Only the real kiosk listens for SIGTERM; tests build the app without it.
            watch_termination_signals(&cc.egui_ctx, &app.terminate);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::from(status.load(Ordering::SeqCst)),
        Err(e) => {
            tracing::warn!("cannot open the kiosk window: {e}");
            ExitCode::from(1)
        }
    }
}

impl KioskApp {
    /// The status the kiosk will exit with once its window has closed: 0, or
    /// [`EXIT_TO_DESKTOP`].
    #[must_use]
    pub fn exit_status(&self) -> u8 {
        self.exit_status.load(Ordering::SeqCst)
    }

    /// Whether the kiosk has asked its window to close (staff exit or restart, a signal).
    #[must_use]
    pub fn closing(&self) -> bool {
        self.exit_allowed
    }

    /// Closes the window in order, the process to exit with `status`.
    pub(super) fn close_with(&mut self, ctx: &egui::Context, status: u8) {
        self.exit_status.store(status, Ordering::SeqCst);
        self.exit_allowed = true;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }

    /// Without a window manager a fullscreen request does nothing, so the window is also
    /// sized and placed to cover the monitor once egui knows the monitor's size.
    pub(super) fn cover_monitor(&self, ctx: &egui::Context) {
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
    pub(super) fn guard_exit(&mut self, ctx: &egui::Context) {
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

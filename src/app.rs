//! The kiosk window. For now a title screen for the chosen pack: it proves the window, the
//! shipped Japanese fonts and background pack loading; the full visitor flow replaces it.
//!
//! The UI thread only draws: the pack is loaded and validated on the `pack-loader` thread and
//! handed over through a channel.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use egui::{Color32, FontData, FontDefinitions, FontFamily, RichText};

use crate::content::{self, Pack};
use crate::fonts;

/// How the kiosk window is started.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// The pack folder to show.
    pub pack: PathBuf,
    /// A normal window instead of full screen.
    pub windowed: bool,
    /// Exit after rendering this many frames once the pack has loaded (or failed to).
    pub exit_after_frames: Option<u64>,
}

/// Opens the window and runs until it closes.
#[must_use]
pub fn run(options: &RunOptions) -> ExitCode {
    let viewport = if options.windowed {
        egui::ViewportBuilder::default().with_inner_size([1280.0, 720.0])
    } else {
        egui::ViewportBuilder::default()
            .with_fullscreen(true)
            .with_decorations(false)
    };
    let native = eframe::NativeOptions {
        viewport: viewport.with_title("plaza-kiosk"),
        ..eframe::NativeOptions::default()
    };
    let pack_dir = options.pack.clone();
    let exit_after_frames = options.exit_after_frames;
    let windowed = options.windowed;
    let result = eframe::run_native(
        "plaza-kiosk",
        native,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            Ok(Box::new(KioskApp::new(
                &cc.egui_ctx,
                pack_dir,
                windowed,
                exit_after_frames,
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("plaza-kiosk: cannot open the kiosk window: {e}");
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
        FontFamily::Name("bold".into()),
        vec!["noto-sans-jp-bold".to_owned(), "noto-sans-jp".to_owned()],
    );
    ctx.set_fonts(definitions);
}

enum PackState {
    Loading(Receiver<Result<Pack, String>>),
    Ready(Box<Pack>),
    Unavailable,
}

struct KioskApp {
    pack: PackState,
    windowed: bool,
    frames_rendered: u64,
    exit_after_frames: Option<u64>,
}

impl KioskApp {
    fn new(
        ctx: &egui::Context,
        pack_dir: PathBuf,
        windowed: bool,
        exit_after_frames: Option<u64>,
    ) -> Self {
        let (sender, receiver) = mpsc::channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("pack-loader".to_owned())
            .spawn(move || {
                let report = content::load_pack(&pack_dir);
                let summary = report.summary_line();
                let result = if let Some(pack) = report.pack {
                    Ok(pack)
                } else {
                    for diagnostic in &report.diagnostics {
                        eprintln!("{diagnostic}");
                    }
                    Err(summary)
                };
                let _ = sender.send(result);
                repaint.request_repaint();
            });
        let pack = match spawned {
            Ok(_) => PackState::Loading(receiver),
            Err(e) => {
                eprintln!("plaza-kiosk: cannot start the pack loader: {e}");
                PackState::Unavailable
            }
        };
        Self {
            pack,
            windowed,
            frames_rendered: 0,
            exit_after_frames,
        }
    }

    /// Without a window manager a fullscreen request does nothing, so the window is also
    /// sized and placed to cover the monitor once egui knows the monitor's size.
    fn cover_monitor(&self, ctx: &egui::Context) {
        if self.windowed {
            return;
        }
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        if let (Some(monitor), Some(inner)) = (monitor, inner)
            && (inner.size() != monitor || inner.min != egui::Pos2::ZERO)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
        }
    }

    fn poll_pack(&mut self) {
        if let PackState::Loading(receiver) = &self.pack {
            self.pack = match receiver.try_recv() {
                Ok(Ok(pack)) => PackState::Ready(Box::new(pack)),
                Ok(Err(summary)) => {
                    eprintln!("plaza-kiosk: the pack cannot be shown: {summary}");
                    PackState::Unavailable
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    eprintln!("plaza-kiosk: the pack loader stopped");
                    PackState::Unavailable
                }
            };
        }
    }
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.cover_monitor(ui.ctx());
        self.poll_pack();
        let background = Color32::from_rgb(0xF7, 0xF3, 0xEA);
        let ink = Color32::from_rgb(0x22, 0x30, 0x3C);
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(background).inner_margin(64.0))
            .show(ui, |ui| {
                ui.vertical_centered(|ui| match &self.pack {
                    PackState::Loading(_) => {
                        ui.add_space(200.0);
                        ui.spinner();
                    }
                    PackState::Ready(pack) => {
                        ui.add_space(120.0);
                        for language in &pack.manifest.languages {
                            if let Some(title) = pack.manifest.title.get(language) {
                                ui.label(RichText::new(title).size(64.0).color(ink));
                            }
                            if let Some(description) = pack.manifest.description.get(language) {
                                ui.label(RichText::new(description).size(28.0).color(ink));
                            }
                            ui.add_space(48.0);
                        }
                    }
                    PackState::Unavailable => {
                        ui.add_space(200.0);
                        ui.label(RichText::new("ただいま準備中です").size(56.0).color(ink));
                        ui.label(
                            RichText::new("This exhibit is temporarily unavailable")
                                .size(40.0)
                                .color(ink),
                        );
                    }
                });
            });
        // Frames count once the pack is settled, so `--exit-after-frames` measures real content.
        if !matches!(self.pack, PackState::Loading(_)) {
            self.frames_rendered += 1;
        }
        if self
            .exit_after_frames
            .is_some_and(|limit| self.frames_rendered >= limit)
        {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.exit_after_frames.is_some() {
            ui.ctx().request_repaint();
        }
    }
}

//! plaza-kiosk: a fullscreen touchscreen kiosk for the JICA Global Plazas.
//!
//! The library holds all the logic; `main.rs` only hands the command line to [`cli`].
//! Layers: [`content`] (packs: format, loading, validation) knows nothing of egui;
//! [`app`] draws; [`cli`] ties the command line to both.

pub mod app;
pub mod audio;
pub mod cli;
pub mod config;
pub mod content;
pub mod digits;
pub mod export_command;
pub mod fonts;
pub mod image_loader;
pub mod kiosk;
pub mod kiosk_log;
pub mod narration;
pub mod play_command;
pub mod quiz_specs;
pub mod set_pin_command;
pub mod settings_writer;
pub mod simulate_command;
pub mod staff;
pub mod staff_counts;
pub mod staff_mode;
pub mod tally_command;
pub mod tally_report;
pub mod theme;
pub mod ui;
pub mod visit_recorder;
pub mod visits;

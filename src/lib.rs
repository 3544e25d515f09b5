//! plaza-kiosk: a fullscreen touchscreen kiosk for the JICA Global Plazas.
//!
//! The library holds all the logic; `main.rs` only hands the command line to [`cli`].
//! Layers: [`content`] (packs: format, loading, validation) knows nothing of egui;
//! [`app`] draws; [`cli`] ties the command line to both.

pub mod app;
pub mod atomic_file;
pub mod audio;
pub mod cli;
pub mod config;
pub mod content;
pub mod digits;
pub mod fonts;
pub mod kiosk;
pub mod staff;
pub mod ui;
pub mod visits;
pub mod worker;

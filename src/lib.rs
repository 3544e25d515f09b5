//! plaza-kiosk: a fullscreen touchscreen kiosk for the JICA Global Plazas.
//!
//! The library holds all the logic; `main.rs` only hands the command line to [`cli`]. Each
//! folder is a layer that imports only the ones before it here: [`decoding`] (the one place
//! third-party decoders run on files, panics contained), [`content`] (packs),
//! [`kiosk`] (the visitor flow as a state machine), [`audio`] (narration), [`visits`] (the
//! visitor log and its tallies), [`config`] (the settings file), [`staff`] (staff mode below
//! its screens) — none of these knows egui — then [`ui`] (the screens), [`app`] (ties them
//! to eframe) and [`cli`]. [`worker`], [`atomic_file`], [`fonts`] and [`digits`] are small
//! pieces any layer may use. `tests/architecture.rs` holds the code to this.

pub mod app;
pub mod atomic_file;
pub mod audio;
pub mod cli;
pub mod config;
pub mod content;
pub mod decoding;
pub mod digits;
pub mod fonts;
pub mod kiosk;
pub mod phrase_breaks;
pub mod regular_file;
pub mod staff;
#[cfg(test)]
mod test_child;
pub mod ui;
pub mod visits;
pub mod worker;

//! Everything staff mode is, below its screens: the hidden gesture, the PIN (stored as an
//! Argon2 hash) and the lockout after wrong PINs (kept in the data folder), the menu's state ([`menu`]), the pack scan,
//! the counts and the export, the settings form and the `settings-save` thread that writes it.
//! No egui here: `ui::staff` draws it.

pub mod counts;
pub mod export_targets;
pub mod gesture;
pub mod lockout;
pub mod lockout_file;
pub mod menu;
pub mod pack_scan;
pub mod pin;
pub mod settings_form;
pub mod settings_writer;

pub use gesture::{StaffGesture, TouchFrame};
pub use lockout::{Failure, PinGate};

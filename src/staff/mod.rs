//! Staff mode's foundations: the hidden gesture, the PIN (stored as an Argon2 hash) and the
//! lockout after wrong PINs. No egui here.

pub mod gesture;
pub mod lockout;
pub mod pin;
pub mod settings_form;

pub use gesture::{StaffGesture, TouchFrame};
pub use lockout::{Failure, PinGate};

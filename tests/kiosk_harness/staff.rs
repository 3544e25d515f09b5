//! Opening staff mode the way staff do: the hidden gesture, then the PIN.

use std::time::Duration;

use egui::pos2;

use super::Kiosk;

/// The PIN the tests set.
pub const PIN: &str = "2468";

/// Settings with the test PIN's hash.
pub fn with_pin(config: &mut plaza_kiosk::config::KioskConfig) {
    config.staff_pin_hash = Some(plaza_kiosk::staff::pin::hash(PIN).expect("a hash"));
}

/// Hold the top-left corner 3 s, let go, tap the bottom-right corner.
pub fn gesture(k: &mut Kiosk) {
    k.hold_at(pos2(30.0, 30.0), Duration::from_millis(3200));
    k.clock.advance(Duration::from_millis(500));
    k.tap_at(pos2(1890.0, 1050.0));
}

/// Types `digits` on the pad and presses OK.
pub fn enter(k: &mut Kiosk, digits: &str) {
    for digit in digits.chars() {
        k.tap(&digit.to_string());
    }
    k.tap("確定");
    k.wait_until(|app| !app.staff_pin_pad() || app.staff_open());
}

/// Runs frames until the PIN check on its thread has answered.
pub fn checked(k: &mut Kiosk) {
    k.wait_until(|app| !app.staff_pin_pad());
}

//! A USB keyboard plugged into the kiosk changes nothing a visitor sees beyond what touch can:
//! egui's Ctrl+−/Ctrl++/Ctrl+0 zoom is off (it would shrink every touch target for every later
//! visitor), and the keys a curious visitor tries leave the screen as it was.

use crate::kiosk_harness;

use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use plaza_kiosk::kiosk::Screen;

/// Ctrl as egui-winit reports it on Linux: both `ctrl` and `command`.
const CTRL: Modifiers = Modifiers {
    ctrl: true,
    command: true,
    ..Modifiers::NONE
};

fn press(k: &mut kiosk_harness::Kiosk, key: Key, modifiers: Modifiers) {
    for pressed in [true, false] {
        k.send(Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        });
    }
    k.harness.step();
}

#[test]
fn ctrl_minus_and_ctrl_plus_do_not_rescale_the_screens() {
    let mut k = kiosk_harness::kiosk();
    k.tap_containing("Touch the screen to begin");
    let english = |k: &kiosk_harness::Kiosk| {
        k.harness
            .get_by_label("English")
            .accesskit_node()
            .bounding_box()
            .expect("the button's place")
    };
    let before = english(&k);
    for key in [Key::Minus, Key::Minus, Key::Minus, Key::Plus, Key::Minus] {
        press(&mut k, key, CTRL);
    }
    k.harness.run_steps(3);
    let zoom = k.harness.ctx.zoom_factor();
    assert!((zoom - 1.0).abs() < f32::EPSILON, "zoom {zoom}");
    assert_eq!(
        english(&k),
        before,
        "the English button has not moved or shrunk"
    );
    for (key, modifiers) in [
        (Key::Escape, Modifiers::NONE),
        (Key::F11, Modifiers::NONE),
        (Key::F4, Modifiers::ALT),
        (Key::Q, CTRL),
        (Key::W, CTRL),
    ] {
        press(&mut k, key, modifiers);
    }
    assert_eq!(k.harness.state().state().screen(), &Screen::Language);
    assert_eq!(english(&k), before);
}

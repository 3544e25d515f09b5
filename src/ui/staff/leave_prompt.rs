//! "Exit the kiosk?" / "Restart the kiosk?": quitting takes the exhibition off the floor, so
//! the menu asks once, with "cancel" the stronger answer, over the dimmed menu.

use egui::Ui;

use super::StaffView;
use crate::staff::menu::{Leave, StaffNav};
use crate::ui::dialog::{self, Answer};
use crate::ui::paint::Icon;
use crate::ui::widgets::ButtonKind;

/// Draws the question for `leave`; returns the answer.
pub(super) fn show(ui: &mut Ui, view: &StaffView<'_>, leave: Leave) -> Option<StaffNav> {
    let (title, body, confirm, icon) = match leave {
        Leave::Exit => (
            "staff-exit-ask",
            "staff-exit-explain",
            "staff-exit-confirm",
            Icon::Finish,
        ),
        Leave::Restart => (
            "staff-restart-ask",
            "staff-restart-explain",
            "staff-restart-confirm",
            Icon::Retry,
        ),
    };
    let answers = [
        Answer {
            words: view.text("staff-pin-cancel"),
            kind: ButtonKind::Primary,
            icon: None,
            gives: StaffNav::CancelLeave,
        },
        Answer {
            words: view.text(confirm),
            kind: ButtonKind::Secondary,
            icon: Some(icon),
            gives: StaffNav::ConfirmLeave,
        },
    ];
    let (title, body) = (view.text(title), view.text(body));
    dialog::ask(
        ui,
        view.theme,
        view.clicks_allowed,
        (&title, &body),
        &answers,
    )
}

//! "Finish your visit?": the finish button asks once before the visit ends, over whatever is
//! on screen. "Keep exploring" is the first and stronger answer, so a tap by mistake costs
//! nothing; behind the card nothing reacts (see [`super::screens`]).

use egui::Ui;

use super::ScreenContext;
use super::dialog::{self, Answer};
use super::widgets::ButtonKind;
use crate::kiosk::Nav;
use crate::ui::paint::Icon;

/// Draws the question; returns the visitor's answer.
pub fn show(ui: &mut Ui, ctx: &ScreenContext<'_>) -> Option<Nav> {
    let answers = [
        Answer {
            words: ctx.ui_text("idle-continue"),
            kind: ButtonKind::Primary,
            icon: None,
            gives: Nav::KeepVisiting,
        },
        Answer {
            words: ctx.ui_text("finish-confirm"),
            kind: ButtonKind::Secondary,
            icon: Some(Icon::Finish),
            gives: Nav::Finish,
        },
    ];
    let question = (
        ctx.ui_text("finish-ask-title"),
        ctx.ui_text("finish-ask-body"),
    );
    dialog::ask(
        ui,
        ctx.theme,
        ctx.clicks_allowed,
        (&question.0, &question.1),
        &answers,
    )
}

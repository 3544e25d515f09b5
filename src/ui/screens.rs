//! Routing a frame to the screen the visitor flow is on, with the idle prompt or the finish
//! question drawn over it when one shows (behind either, nothing reacts).

use crate::kiosk::{IdlePhase, Nav, Screen};

use super::ScreenContext;
use super::touch::Swipe;

/// Draws the screen the flow is on and returns the transition asked for.
pub fn show(ui: &mut egui::Ui, ctx: &mut ScreenContext, swipe: Option<Swipe>) -> Option<Nav> {
    let screen_nav = match ctx.state.screen().clone() {
        Screen::Attract => super::attract::show(ui, ctx),
        Screen::Language => super::language::show(ui, ctx),
        Screen::Home => super::home::show(ui, ctx),
        Screen::Exhibit { exhibit, page } => {
            super::exhibit_page::show(ui, ctx, exhibit, page, swipe)
        }
        Screen::ImageViewer { exhibit, page } => super::image_viewer::show(ui, ctx, exhibit, page),
        Screen::Quiz { exhibit } => super::quiz::show(ui, ctx, exhibit),
        Screen::Farewell => super::farewell::show(ui, ctx),
        Screen::Unavailable => None,
    };
    match ctx.state.idle_phase(ctx.now) {
        IdlePhase::Prompt { remaining } => super::idle_prompt::show(ui, ctx, remaining),
        _ if ctx.state.finish_asked() => super::finish_prompt::show(ui, ctx),
        _ => screen_nav,
    }
}

//! The bar across the top of every visit screen: home and back always at the left, the title,
//! and at the right the text-size toggle, every pack language by its own name, and finish.

use egui::{Align, Layout, Rect, Ui, vec2};

use super::ScreenContext;
use super::paint::Icon;
use super::widgets::{self, Button};
use crate::content::language;
use crate::kiosk::Nav;
use crate::theme::TextStyle;

/// What the bar offers on a screen.
#[derive(Debug, Clone, Copy)]
pub struct TopBar<'a> {
    /// The title in the middle.
    pub title: &'a str,
    /// Show Home and Back (not on the home screen itself).
    pub navigation: bool,
}

impl TopBar<'_> {
    /// Draws the bar in `rect`; returns the transition asked for.
    pub fn show(self, ui: &mut Ui, ctx: &ScreenContext<'_>, rect: Rect) -> Option<Nav> {
        let theme = ctx.theme;
        ui.painter().rect_filled(rect, 0.0, theme.surface);
        ui.painter().hline(
            rect.x_range(),
            rect.bottom(),
            egui::Stroke::new(theme.px(2.0), theme.line),
        );
        let inner = rect.shrink2(vec2(theme.margin(), theme.px(16.0)));
        let mut nav = None;
        // Right group first (right to left), then home, back and the title in what is left.
        let mut bar = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(inner)
                .layout(Layout::right_to_left(Align::Center)),
        );
        bar.spacing_mut().item_spacing.x = theme.px(12.0);
        if ctx.state.in_visit() {
            if Button::new(&ctx.ui_text("finish")).icon(Icon::Finish).show(
                &mut bar,
                theme,
                ctx.clicks_allowed,
            ) {
                nav = Some(Nav::Finish);
            }
            bar.add_space(theme.px(12.0));
        }
        for code in ctx.state.languages().iter().rev() {
            let name = language::endonym(code).unwrap_or(code);
            let chosen = code == ctx.language();
            if Button::new(name)
                .selected(chosen)
                .show(&mut bar, theme, ctx.clicks_allowed)
                && !chosen
            {
                nav = Some(Nav::SwitchLanguage(code.clone()));
            }
        }
        bar.add_space(theme.px(12.0));
        let text_size_label = if ctx.state.large_text() {
            ctx.ui_text("normal-text")
        } else {
            ctx.ui_text("large-text")
        };
        if Button::new(&text_size_label)
            .icon(Icon::TextSize)
            .selected(ctx.state.large_text())
            .show(&mut bar, theme, ctx.clicks_allowed)
        {
            nav = Some(Nav::ToggleLargeText);
        }
        bar.add_space(theme.px(24.0));
        bar.with_layout(Layout::left_to_right(Align::Center), |left| {
            left.spacing_mut().item_spacing.x = theme.px(16.0);
            if self.navigation {
                if Button::new(&ctx.ui_text("home")).icon(Icon::Home).show(
                    left,
                    theme,
                    ctx.clicks_allowed,
                ) {
                    nav = Some(Nav::Home);
                }
                if Button::new(&ctx.ui_text("back"))
                    .icon(Icon::ChevronLeft)
                    .show(left, theme, ctx.clicks_allowed)
                {
                    nav = Some(Nav::Back);
                }
                left.add_space(theme.px(16.0));
            }
            let width = left.available_width().max(0.0);
            let galley = left.painter().layout(
                self.title.to_owned(),
                theme.font(TextStyle::Heading),
                theme.ink,
                width,
            );
            let (title_rect, _) =
                left.allocate_exact_size(vec2(width, inner.height()), egui::Sense::hover());
            let y = title_rect.center().y - galley.size().y / 2.0;
            widgets::text_at(left, egui::pos2(title_rect.left(), y), galley, theme.ink);
        });
        nav
    }
}

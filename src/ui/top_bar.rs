//! The bar across the top of every visit screen: home and back always at the left, the title,
//! and at the right the text-size toggle, every pack language by its own name, and finish.
//!
//! The bar keeps its size when visitors enlarge the text (it must stay one calm line), and on
//! narrow screens (portrait) its buttons show their icons only, still labelled for assistive
//! technology. The title is one line, shortened with "…" when it does not fit.

use egui::text::{LayoutJob, TextWrapping};
use egui::{Align, Layout, Rect, Ui, vec2};

use super::ScreenContext;
use super::paint::Icon;
use super::widgets::{self, Button};
use crate::content::language;
use crate::kiosk::Nav;
use crate::ui::theme::{TextStyle, Theme};

/// Below this width (at 1080p scale) the bar's buttons show icons only.
const COMPACT_BELOW: f32 = 1500.0;

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
        let theme = Theme {
            text_scale: 1.0,
            ..*ctx.theme
        };
        let compact = rect.width() < theme.px(COMPACT_BELOW);
        ui.painter().rect_filled(rect, 0.0, theme.surface);
        ui.painter().hline(
            rect.x_range(),
            rect.bottom(),
            egui::Stroke::new(theme.px(2.0), theme.line),
        );
        let inner = rect.shrink2(vec2(theme.margin(), theme.px(16.0)));
        let mut nav = None;
        let allowed = ctx.clicks_allowed;
        // Right group first (right to left), then home, back and the title in what is left.
        let mut bar = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(inner)
                .layout(Layout::right_to_left(Align::Center)),
        );
        bar.spacing_mut().item_spacing.x = theme.px(12.0);
        if ctx.state.in_visit() {
            let finish = ctx.ui_text("finish");
            if Button::new(&finish)
                .icon(Icon::Finish)
                .icon_only(compact)
                .show(&mut bar, &theme, allowed)
            {
                nav = Some(Nav::Finish);
            }
            bar.add_space(theme.px(12.0));
        }
        for code in ctx.state.languages().iter().rev() {
            let name = language::endonym(code).unwrap_or(code);
            let chosen = code == ctx.language();
            if Button::new(name)
                .selected(chosen)
                .show(&mut bar, &theme, allowed)
                && !chosen
            {
                nav = Some(Nav::SwitchLanguage(code.clone()));
            }
        }
        bar.add_space(theme.px(12.0));
        let large_text = ctx.ui_text("large-text");
        if Button::new(&large_text)
            .icon(Icon::TextSize)
            .icon_only(compact)
            .selected(ctx.state.large_text())
            .show(&mut bar, &theme, allowed)
        {
            nav = Some(Nav::ToggleLargeText);
        }
        bar.add_space(theme.px(24.0));
        bar.with_layout(Layout::left_to_right(Align::Center), |left| {
            left.spacing_mut().item_spacing.x = theme.px(12.0);
            if self.navigation {
                let home = ctx.ui_text("home");
                if Button::new(&home)
                    .icon(Icon::Home)
                    .icon_only(compact)
                    .show(left, &theme, allowed)
                {
                    nav = Some(Nav::Home);
                }
                let back = ctx.ui_text("back");
                if Button::new(&back)
                    .icon(Icon::ChevronLeft)
                    .icon_only(compact)
                    .show(left, &theme, allowed)
                {
                    nav = Some(Nav::Back);
                }
                left.add_space(theme.px(16.0));
            }
            let width = left.available_width();
            // On narrow screens a page's heading already names it; the home screen keeps its
            // title, on two lines if need be.
            if width < theme.px(80.0) || (compact && self.navigation) {
                return;
            }
            let rows = if compact { 2 } else { 1 };
            let galley = left
                .painter()
                .layout_job(one_line(self.title, &theme, width, rows));
            let (title_rect, _) =
                left.allocate_exact_size(vec2(width, inner.height()), egui::Sense::hover());
            let y = title_rect.center().y - galley.size().y / 2.0;
            widgets::text_at(left, egui::pos2(title_rect.left(), y), galley, theme.ink);
        });
        nav
    }
}

/// `title` in at most `rows` lines of at most `width`, ending in "…" when it is longer.
fn one_line(title: &str, theme: &Theme, width: f32, rows: usize) -> LayoutJob {
    let mut job = LayoutJob::simple_singleline(
        title.to_owned(),
        theme.font(TextStyle::CardTitle),
        theme.ink,
    );
    job.wrap = TextWrapping {
        max_width: width,
        max_rows: rows,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    job
}

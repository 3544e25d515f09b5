//! The bar across the top of every visit screen: home and back always at the left, the title,
//! and at the right the furigana switch (Japanese, in a pack with furigana), the text-size toggle, every pack language by its own name, and finish.
//!
//! The bar keeps its size when visitors enlarge the text (it must stay one calm line), and on
//! narrow screens (portrait) its buttons show their icons above a short word set small (an
//! icon alone is a riddle to many older visitors). The title is one line, shortened with "…" when it does not fit.

use egui::{Align, Layout, Rect, Ui, vec2};

use super::ScreenContext;
use super::paint::Icon;
use super::ruby_text;
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

/// Whether the bar across a screen `width` wide is the narrow one: icons only, no title.
#[must_use]
pub fn is_compact(theme: &Theme, width: f32) -> bool {
    width < theme.px(COMPACT_BELOW)
}

impl TopBar<'_> {
    /// Draws the bar in `rect`; returns the transition asked for.
    pub fn show(self, ui: &mut Ui, ctx: &ScreenContext<'_>, rect: Rect) -> Option<Nav> {
        let theme = Theme {
            text_scale: 1.0,
            ..*ctx.theme
        };
        let compact = is_compact(&theme, rect.width());
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
        // A narrow bar packs its buttons closer, so a long language name leaves Home and Back
        // their room.
        let spacing = theme.px(if compact { 8.0 } else { 12.0 });
        let group_gap = if compact { 0.0 } else { theme.px(12.0) };
        bar.spacing_mut().item_spacing.x = spacing;
        if ctx.state.in_visit() {
            let finish = ctx.ui_text("finish");
            if Button::new(&finish)
                .icon(Icon::Finish)
                .word_below(compact)
                .show(&mut bar, &theme, allowed)
            {
                nav = Some(Nav::AskFinish);
            }
            bar.add_space(group_gap);
        }
        if let Some(chosen) = language_buttons(&mut bar, ctx, &theme, rect) {
            nav = Some(chosen);
        }
        bar.add_space(group_gap);
        if furigana_switch(&mut bar, ctx, &theme) {
            nav = Some(Nav::ToggleFurigana);
        }
        // The toggle says its state in words ("Text: standard" / "Text: large"), filled when
        // large, as any toggle should.
        let large_text = ctx.ui_text(if ctx.state.large_text() {
            "text-size-large"
        } else {
            "text-size-standard"
        });
        if Button::new(&large_text)
            .icon(Icon::TextSize)
            .word_below(compact)
            .selected(ctx.state.large_text())
            .show(&mut bar, &theme, allowed)
        {
            nav = Some(Nav::ToggleLargeText);
        }
        bar.add_space(2.0 * group_gap.max(spacing));
        bar.with_layout(Layout::left_to_right(Align::Center), |left| {
            left.spacing_mut().item_spacing.x = spacing;
            if self.navigation {
                let home = ctx.ui_text("home");
                if Button::new(&home)
                    .icon(Icon::Home)
                    .word_below(compact)
                    .show(left, &theme, allowed)
                {
                    nav = Some(Nav::Home);
                }
                let back = ctx.ui_text("back");
                if Button::new(&back)
                    .icon(Icon::ChevronLeft)
                    .word_below(compact)
                    .show(left, &theme, allowed)
                {
                    nav = Some(Nav::Back);
                }
                left.add_space(theme.px(16.0));
            }
            let width = left.available_width();
            // On narrow screens the screen's own heading names it (home sets the pack's title
            // as one, see [`is_compact`]).
            if width < theme.px(80.0) || compact {
                return;
            }
            let block = ruby_text::layout(
                left.painter(),
                &ruby_text::Spec::new(
                    self.title,
                    ruby_text::Look::new(theme.font(TextStyle::CardTitle), theme.ink)
                        .scale(theme.scale),
                    width,
                )
                .ruby(theme.furigana)
                .max_rows(1),
            );
            let (title_rect, _) =
                left.allocate_exact_size(vec2(width, inner.height()), egui::Sense::hover());
            let y = block.top_centring(title_rect.center().y);
            widgets::text_at(left, egui::pos2(title_rect.left(), y), &block, theme.ink);
        });
        nav
    }
}

/// Every language by its own name, or with more than two, the one button of the list.
fn language_buttons(
    bar: &mut Ui,
    ctx: &ScreenContext<'_>,
    theme: &Theme,
    rect: Rect,
) -> Option<Nav> {
    if ctx.state.languages().len() > 2 {
        return language_picker(bar, ctx, theme, rect);
    }
    let mut nav = None;
    for code in ctx.state.languages().iter().rev() {
        let name = language::endonym(code).unwrap_or(code);
        let chosen = code == ctx.language();
        if Button::new(name).selected(chosen).show(
            bar,
            &theme.for_language(code),
            ctx.clicks_allowed,
        ) && !chosen
        {
            nav = Some(Nav::SwitchLanguage(code.clone()));
        }
    }
    nav
}

/// The ふりがな switch, in Japanese languages of a pack with furigana; true when tapped.
fn furigana_switch(bar: &mut Ui, ctx: &ScreenContext<'_>, theme: &Theme) -> bool {
    if !ctx.pack_has_furigana() || !crate::content::ruby::is_japanese(ctx.language()) {
        return false;
    }
    Button::new(&ctx.ui_text("furigana"))
        .selected(ctx.state.furigana())
        .accessible_label(&ctx.ui_text("furigana-switch"))
        .show(bar, theme, ctx.clicks_allowed)
}

/// More than two languages: one button named in the visitor's language that opens a list of
/// every language, each in its own script, over the screen below the bar. The list closes on
/// a choice, on a second tap of the button, on a tap elsewhere and when the screen changes.
fn language_picker(
    bar: &mut Ui,
    ctx: &ScreenContext<'_>,
    theme: &Theme,
    bar_rect: Rect,
) -> Option<Nav> {
    let id = egui::Id::unique("language-picker");
    let screen = ctx.state.screen().clone();
    // Open while the screen it was opened on is showing; the panel's rect from last frame.
    let (open_on, panel_rect) = bar
        .ctx()
        .data(|d| d.get_temp::<(Option<crate::kiosk::Screen>, Rect)>(id))
        .unwrap_or((None, Rect::NOTHING));
    let mut open = open_on.as_ref() == Some(&screen);
    let current = language::endonym(ctx.language()).unwrap_or(ctx.language());
    let label = format!("{} {current}", ctx.ui_text("language-picker"));
    // On a narrow screen the name sits small under the ⌄, as the bar's other words do, so
    // that a long name (やさしい にほんご, Português) leaves Home and Back their room.
    let compact = is_compact(theme, bar_rect.width());
    let button = Button::new(current).icon(Icon::ChevronDown);
    let button = if compact {
        button.word_below(true)
    } else {
        button.icon_after()
    };
    let toggled =
        button
            .selected(open)
            .accessible_label(&label)
            .show(bar, theme, ctx.clicks_allowed);
    let toggle_rect = bar.min_rect();
    let mut nav = None;
    if toggled {
        open = !open;
    } else if open
        && bar.input(|i| {
            i.pointer.any_pressed()
                && i.pointer.interact_pos().is_some_and(|p| {
                    !(panel_rect.contains(p) || toggle_rect.contains(p) && p.y < bar_rect.bottom())
                })
        })
    {
        open = false;
    }
    let mut shown_rect = Rect::NOTHING;
    if open {
        let width = theme.px(420.0);
        let pos = egui::pos2(
            bar_rect.right() - theme.margin() - width,
            bar_rect.bottom() + theme.px(8.0),
        );
        let response = egui::Area::new(id.with("panel"))
            .order(egui::Order::Foreground)
            .fixed_pos(pos)
            .show(bar.ctx(), |ui| {
                let pad = theme.px(16.0);
                let count = ctx.state.languages().len() as f32;
                let height = count * theme.touch_target() + (count - 1.0) * theme.px(12.0);
                let panel = Rect::from_min_size(pos, vec2(width, height + 2.0 * pad));
                ui.painter().rect_filled(
                    panel.translate(vec2(0.0, theme.px(6.0))),
                    theme.radius(),
                    egui::Color32::from_black_alpha(40),
                );
                ui.painter()
                    .rect_filled(panel, theme.radius(), theme.surface);
                let mut list = ui.new_child(
                    egui::UiBuilder::new()
                        .max_rect(panel.shrink(pad))
                        .layout(Layout::top_down(Align::Min)),
                );
                list.spacing_mut().item_spacing.y = theme.px(12.0);
                for code in ctx.state.languages() {
                    let name = language::endonym(code).unwrap_or(code);
                    let chosen = code == ctx.language();
                    if Button::new(name)
                        .selected(chosen)
                        .min_width(width - 2.0 * pad)
                        .show(&mut list, &theme.for_language(code), ctx.clicks_allowed)
                    {
                        if !chosen {
                            nav = Some(Nav::SwitchLanguage(code.clone()));
                        }
                        open = false;
                    }
                }
                ui.allocate_rect(panel, egui::Sense::hover());
                panel
            });
        shown_rect = response.inner;
    }
    let open_on = open.then_some(screen);
    bar.ctx()
        .data_mut(|d| d.insert_temp(id, (open_on, shown_rect)));
    nav
}

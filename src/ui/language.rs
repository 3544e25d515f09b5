//! The first choice of a visit: the language, each named in itself (日本語 / English).

use egui::{Align, Color32, Layout, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::paint::{self, Fit};
use super::ruby_text;
use super::widgets::{self, Button, ButtonKind};
use crate::content::language;
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// Draws the choice; returns [`Nav::ChooseLanguage`] when one is tapped.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    painter.rect_filled(screen, 0.0, theme.background);
    // The pack's first picture across the top, fading into the page: the exhibition greets.
    let band = Rect::from_min_size(screen.min, vec2(screen.width(), screen.height() * 0.34));
    if let Some(first) = ctx.pack.manifest.attract.images.first() {
        let slot = ctx.images.get(
            ctx.pack.dir.join(first),
            screen.width().max(screen.height()),
        );
        paint::picture(
            &painter,
            &theme,
            &slot,
            band,
            Fit::Cover,
            0.0,
            Color32::WHITE,
        );
        let fade = Rect::from_min_max(pos2(band.left(), band.bottom() - theme.px(140.0)), band.max);
        paint::vertical_fade(&painter, fade, Color32::TRANSPARENT, theme.background);
    }

    let languages = ctx.state.languages().to_vec();
    let mut y = band.bottom() + theme.px(48.0);
    let mut shown_prompts: Vec<String> = Vec::new();
    for (index, code) in languages.iter().enumerate() {
        // The prompt once per wording: 日本語 and やさしい にほんご may share theirs.
        let prompt = ctx.texts.get(code, "language-prompt");
        let plain = crate::content::ruby::plain(&prompt).into_owned();
        if shown_prompts.contains(&plain) {
            continue;
        }
        shown_prompts.push(plain);
        let style = if index == 0 {
            TextStyle::Title
        } else {
            TextStyle::Heading
        };
        let color = if index == 0 {
            theme.ink
        } else {
            theme.muted_ink
        };
        // Easy Japanese is for readers who need the readings; 日本語 follows the pack.
        let ruby_shown = code == "ja-x-easy"
            || (ctx.state.furigana() && crate::content::ruby::is_japanese(code));
        let block = ruby_text::layout(
            &painter,
            &ruby_text::Spec::new(
                &prompt,
                ruby_text::Look::new(theme.font(style), color)
                    .centred()
                    .scale(theme.scale),
                screen.width() - 2.0 * theme.margin(),
            )
            .ruby(ruby_shown)
            .balanced(),
        );
        widgets::text_at(ui, pos2(screen.center().x, y), &block, color);
        y += block.size().y + theme.px(12.0);
    }

    buttons(ui, ctx, &languages, y + theme.px(56.0))
}

/// The language buttons, from `top` down; returns the one tapped.
fn buttons(ui: &mut Ui, ctx: &ScreenContext<'_>, languages: &[String], top: f32) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let button_width = theme.px(440.0);
    let button_height = theme.px(180.0);
    let gap = theme.px(48.0);
    // As many buttons to a row as fit, each row centred: a third name starts a second row
    // in the middle, not at the left.
    let room = screen.width() - 2.0 * theme.margin();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small positive count of buttons"
    )]
    let per_row = (((room + gap) / (button_width + gap)).floor().max(1.0) as usize)
        .min(languages.len().max(1));
    let mut nav = None;
    let mut top = top;
    for (row_index, row_languages) in languages.chunks(per_row).enumerate() {
        #[allow(clippy::cast_precision_loss, reason = "a small count of buttons")]
        let count = row_languages.len() as f32;
        let row_width = (count * button_width + (count - 1.0) * gap).min(room);
        let row = Rect::from_min_size(
            pos2(screen.center().x - row_width / 2.0, top),
            vec2(row_width, button_height),
        );
        let mut buttons = ui.new_child(
            egui::UiBuilder::new()
                .id_salt(("language-row", row_index))
                .max_rect(row)
                .layout(Layout::left_to_right(Align::Center)),
        );
        buttons.spacing_mut().item_spacing = vec2(gap, gap);
        for code in row_languages {
            let name = language::endonym(code).unwrap_or(code);
            let mut button = Button::new(name)
                .kind(ButtonKind::Primary)
                .min_width(button_width);
            // Three names or more take the heading size, so that they fit their buttons.
            button.text_style = if languages.len() > 2 {
                TextStyle::Heading
            } else {
                TextStyle::Title
            };
            button.min_height = button_height;
            if button.show(&mut buttons, &theme, ctx.clicks_allowed) {
                nav = Some(Nav::ChooseLanguage(code.clone()));
            }
        }
        top += button_height + gap;
    }
    nav
}

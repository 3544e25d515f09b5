//! The first choice of a visit: the language, each named in itself (日本語 / English).

use egui::{Align, Color32, Layout, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::paint::{self, Fit};
use super::ruby_text;
use super::widgets::{self, Button, ButtonKind};
use crate::content::language;
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// More languages than this: a smaller picture band and the other prompts in one flowing
/// row, so that a grid of nine fits every screen.
const FEW_LANGUAGES: usize = 3;

/// Draws the choice; returns [`Nav::ChooseLanguage`] when one is tapped.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    painter.rect_filled(screen, 0.0, theme.background);
    let languages = ctx.state.languages().to_vec();
    let many = languages.len() > FEW_LANGUAGES;
    // The pack's first picture across the top, fading into the page: the exhibition greets.
    let band_share = if many { 0.2 } else { 0.34 };
    let band = Rect::from_min_size(
        screen.min,
        vec2(screen.width(), screen.height() * band_share),
    );
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
    let top = prompts(ui, ctx, &languages, band.bottom() + theme.px(48.0));
    buttons(
        ui,
        ctx,
        &languages,
        top + theme.px(if many { 36.0 } else { 56.0 }),
    )
}

/// "Choose your language" once per wording (日本語 and やさしい にほんご may share theirs),
/// each in its own language's face: the first large, the others under it, one per line for a
/// few languages, flowing in centred rows for many. Returns the bottom.
fn prompts(ui: &Ui, ctx: &ScreenContext<'_>, languages: &[String], top: f32) -> f32 {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let width = screen.width() - 2.0 * theme.margin();
    let many = languages.len() > FEW_LANGUAGES;
    let mut shown: Vec<String> = Vec::new();
    let mut blocks = Vec::new();
    for code in languages {
        let prompt = ctx.texts.get(code, "language-prompt");
        let plain = crate::content::ruby::plain(&prompt).into_owned();
        if shown.contains(&plain) {
            continue;
        }
        shown.push(plain);
        let first = blocks.is_empty();
        let style = match (first, many) {
            (true, _) => TextStyle::Title,
            (false, false) => TextStyle::Heading,
            (false, true) => TextStyle::Body,
        };
        let color = if first { theme.ink } else { theme.muted_ink };
        // Easy Japanese is for readers who need the readings; 日本語 follows the pack.
        let ruby_shown = code == "ja-x-easy"
            || (ctx.state.furigana() && crate::content::ruby::is_japanese(code));
        let look = theme.for_language(code);
        let block = ruby_text::layout(
            ui.painter(),
            &ruby_text::Spec::new(
                &prompt,
                ruby_text::Look::new(look.font(style), color)
                    .centred()
                    .scale(theme.scale),
                width,
            )
            .ruby(ruby_shown)
            .balanced(),
        );
        blocks.push((block, color));
    }
    let mut y = top;
    let mut rest = blocks.into_iter();
    if let Some((block, color)) = rest.next() {
        widgets::text_at(ui, pos2(screen.center().x, y), &block, color);
        y += block.size().y + theme.px(12.0);
    }
    let rest: Vec<_> = rest.collect();
    if !many {
        for (block, color) in rest {
            widgets::text_at(ui, pos2(screen.center().x, y), &block, color);
            y += block.size().y + theme.px(12.0);
        }
        return y;
    }
    // Rows of prompts, as many to a row as fit, each row centred.
    let gap = theme.px(36.0);
    let mut row: Vec<(ruby_text::RubyText, Color32)> = Vec::new();
    let mut row_width = 0.0;
    let mut rows = Vec::new();
    for (block, color) in rest {
        let needed = block.width() + if row.is_empty() { 0.0 } else { gap };
        if !row.is_empty() && row_width + needed > width {
            rows.push((std::mem::take(&mut row), row_width));
            row_width = 0.0;
        }
        row_width += block.width() + if row.is_empty() { 0.0 } else { gap };
        row.push((block, color));
    }
    if !row.is_empty() {
        rows.push((row, row_width));
    }
    for (row, row_width) in rows {
        let mut x = screen.center().x - row_width / 2.0;
        let height = row.iter().map(|(b, _)| b.size().y).fold(0.0, f32::max);
        for (block, color) in row {
            // Centred blocks are painted at their top centre.
            widgets::text_at(ui, pos2(x + block.width() / 2.0, y), &block, color);
            x += block.width() + gap;
        }
        y += height + theme.px(8.0);
    }
    y
}

/// The language buttons, from `top` down; returns the one tapped.
fn buttons(ui: &mut Ui, ctx: &ScreenContext<'_>, languages: &[String], top: f32) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let button_width = theme.px(440.0);
    let gap = theme.px(if languages.len() > FEW_LANGUAGES {
        32.0
    } else {
        48.0
    });
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
    let rows = languages.len().div_ceil(per_row).max(1);
    // Buttons as tall as the room below allows, never taller than 180 px nor below a touch
    // target.
    #[allow(clippy::cast_precision_loss, reason = "a small count of rows")]
    let button_height = ((screen.bottom() - theme.margin() - top) / rows as f32 - gap)
        .clamp(theme.touch_target(), theme.px(180.0));
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
            if button.show(&mut buttons, &theme.for_language(code), ctx.clicks_allowed) {
                nav = Some(Nav::ChooseLanguage(code.clone()));
            }
        }
        top += button_height + gap;
    }
    nav
}

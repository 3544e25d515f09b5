//! "Thank you for visiting": after a visitor finishes, the pack's first attract picture with
//! the thanks over a band, in the visitor's language, and where to go on in the plaza (the
//! pack's `farewell`, else the kiosk's own words). The attract loop follows after
//! [`FAREWELL_SHOWN`], or at a touch once the screen has stood [`FAREWELL_STEADY`].
//!
//! [`FAREWELL_SHOWN`]: crate::kiosk::FAREWELL_SHOWN
//! [`FAREWELL_STEADY`]: crate::kiosk::FAREWELL_STEADY

use egui::{Color32, Rect, Ui, pos2};

use super::paint;
use super::theme::TextStyle;
use super::{ScreenContext, kinsoku, widgets};
use crate::kiosk::Nav;

/// Widest line of the farewell words: about 35 Japanese characters at body size.
const TEXT_WIDTH: f32 = 1100.0;

/// Draws the thank-you; a touch asks for the attract loop.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    painter.rect_filled(screen, 0.0, theme.background);
    // The loop's first picture: its first attract image, else the first cover.
    let picture = super::attract::slides(ctx).into_iter().next();

    let width = theme
        .px(TEXT_WIDTH)
        .min(screen.width() - 2.0 * theme.margin());
    let body = ctx.pack.manifest.farewell.as_ref().map_or_else(
        || ctx.ui_text("farewell-body"),
        |t| ctx.pack_text(t).to_owned(),
    );
    let blocks = [
        (ctx.ui_text("farewell-title"), TextStyle::Display, theme.ink),
        (body, TextStyle::Body, theme.ink),
        (
            ctx.ui_text("farewell-soon"),
            TextStyle::Caption,
            theme.muted_ink,
        ),
    ]
    .map(|(text, style, color)| {
        let block = kinsoku::layout_text(&painter, &text, &theme.font(style), color, width, true);
        (block, color)
    });
    let gaps = [theme.px(28.0), theme.px(36.0), 0.0];
    let (top_pad, bottom_pad) = (theme.px(96.0), theme.px(88.0));
    let text_height: f32 = blocks
        .iter()
        .zip(gaps)
        .map(|((block, _), gap)| block.size().y + gap)
        .sum();
    let band = Rect::from_min_max(
        pos2(
            screen.left(),
            screen.bottom() - text_height - top_pad - bottom_pad,
        ),
        screen.max,
    );
    // The picture above the words, whole people rather than ghosts behind the text; its
    // lower edge fades into the band.
    let fade_height = theme.px(96.0);
    if let Some(slide) = picture {
        let area = Rect::from_min_max(screen.min, pos2(screen.right(), band.top() + fade_height));
        let slot = ctx.images.get(slide.path, area.width().max(area.height()));
        paint::picture(
            &painter,
            &theme,
            &slot,
            area,
            slide.fit,
            0.0,
            Color32::WHITE,
        );
    }
    let fade = Rect::from_min_max(
        pos2(band.left(), band.top() - fade_height),
        pos2(band.right(), band.top() + fade_height),
    );
    paint::vertical_fade(&painter, fade, Color32::TRANSPARENT, theme.background);
    painter.rect_filled(
        Rect::from_min_max(pos2(band.left(), fade.bottom()), band.max),
        0.0,
        theme.background,
    );
    let mut y = band.top() + top_pad;
    for (index, ((block, color), gap)) in blocks.iter().zip(gaps).enumerate() {
        // Painted only: the whole screen is one touch area labelled with all of it.
        block.paint_with(&painter, pos2(band.center().x, y), *color);
        y += block.size().y;
        if index == 0 {
            // An accent rule between the thanks and the words that follow them.
            let rule = Rect::from_center_size(
                pos2(band.center().x, y + gap / 2.0),
                egui::vec2(theme.px(72.0), theme.px(6.0)),
            );
            painter.rect_filled(rule, theme.px(3.0), theme.accent);
        }
        y += gap;
    }
    let label = blocks
        .iter()
        .map(|(block, _)| block.plain().to_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let response = widgets::touch_area(ui, screen, "farewell", &label);
    (response.clicked() && ctx.clicks_allowed).then_some(Nav::LeaveFarewell)
}

//! An exhibit page on a portrait screen: one column that scrolls, the picture first across
//! the whole width of the screen, then within the margins the exhibit's title over the page's
//! (the narrow top bar has no room for it), the text and the key figures.

use egui::{Align, Color32, Layout, Rect, ScrollArea, Ui, pos2, vec2};

use super::ScreenContext;
use super::key_figures::key_figure;
use super::kinsoku;
use super::page_parts::{body_paragraphs, enlarge_control, page_title};
use super::paint::{self, Fit};
use super::ruby_text::Look;
use super::widgets;
use crate::content::model::{Image, Page};
use crate::ui::theme::TextStyle;

/// Which page a portrait column shows.
pub(super) struct Place<'a> {
    /// The exhibit's and the page's index.
    pub at: (usize, usize),
    pub exhibit_title: &'a str,
}

/// One column that scrolls in `column` (the screen's width under the bar): the picture edge
/// to edge, then within the margins the exhibit's title, the page's title, body and figures.
pub(super) fn portrait_page(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    (page, picture): (&Page, Option<&Image>),
    place: &Place<'_>,
    column: Rect,
) -> bool {
    let theme = *ctx.theme;
    let mut column_ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(column)
            .layout(Layout::top_down(Align::Min)),
    );
    let mut tapped = false;
    let margin = theme.margin();
    let scrolled = ScrollArea::vertical()
        .id_salt(("page-portrait", place.at))
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(&mut column_ui, |ui| {
            ui.spacing_mut().item_spacing.y = 0.0;
            if let Some(image) = picture {
                tapped = full_width_picture(ui, ctx, image, column.width());
            } else {
                ui.add_space(theme.px(36.0));
            }
            let left = ui.cursor().left() + margin;
            let width = column.width() - 2.0 * margin;
            let inner = Rect::from_min_size(
                pos2(left, ui.cursor().top() + theme.px(32.0)),
                vec2(width, f32::INFINITY),
            );
            ui.scope_builder(
                egui::UiBuilder::new()
                    .max_rect(inner)
                    .layout(Layout::top_down(Align::Min)),
                |ui| {
                    exhibit_kicker(ui, ctx, place.exhibit_title, width);
                    page_title(ui, ctx, page, width);
                    body_paragraphs(ui, ctx, page, width);
                    ui.add_space(theme.gap());
                    for figure in &page.figures {
                        let top = ui.cursor().min;
                        let height = key_figure(ui, ctx, figure, top, width);
                        ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
                        ui.add_space(theme.gap());
                    }
                },
            );
        });
    // The column fades out where more follows, so no line is cut off bare.
    paint::more_below_hint(column_ui.painter(), &theme, &scrolled);
    tapped
}

/// The exhibit's title, small in the accent colour, over the page's title.
fn exhibit_kicker(ui: &mut Ui, ctx: &ScreenContext<'_>, title: &str, width: f32) {
    let theme = ctx.theme;
    let block = kinsoku::layout_look(
        ui.painter(),
        title,
        Look::new(theme.font(TextStyle::Caption), theme.accent),
        width,
        true,
    );
    widgets::block(ui, &block);
    ui.add_space(theme.px(10.0));
}

/// The picture across the whole `width`, on white, whole (never cropped: a chart or a map
/// keeps its edges), its caption under it within the margins; true when tapped.
fn full_width_picture(ui: &mut Ui, ctx: &mut ScreenContext<'_>, image: &Image, width: f32) -> bool {
    let theme = *ctx.theme;
    let slot = ctx.images.get(ctx.pack.dir.join(&image.path), width);
    // As tall as the picture is at this width (3 : 2 until it is decoded), at most 4 : 5.
    let aspect = match &slot {
        super::images::cache::ImageSlot::Ready(texture) => {
            let size = texture.size_vec2();
            if size.x > 0.0 {
                size.y / size.x
            } else {
                2.0 / 3.0
            }
        }
        _ => 2.0 / 3.0,
    };
    let height = (width * aspect).min(width * 1.25).floor();
    let (band, _) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
    let painter = ui.painter().clone();
    painter.rect_filled(band, 0.0, theme.surface);
    paint::picture(
        &painter,
        &theme,
        &slot,
        band,
        Fit::Contain,
        0.0,
        Color32::WHITE,
    );
    let badge_size = theme.px(64.0);
    let badge = Rect::from_min_size(
        pos2(
            band.right() - theme.margin() - badge_size,
            band.bottom() - theme.px(20.0) - badge_size,
        ),
        vec2(badge_size, badge_size),
    );
    let tapped = enlarge_control(ui, ctx, band, badge);
    let caption = ctx.image_caption(image);
    if !caption.trim().is_empty() {
        let galley = kinsoku::layout_look(
            &painter,
            &caption,
            Look::new(theme.font(TextStyle::Caption), theme.muted_ink),
            width - 2.0 * theme.margin(),
            true,
        );
        let at = pos2(band.left() + theme.margin(), band.bottom() + theme.px(14.0));
        widgets::text_at(ui, at, &galley, theme.muted_ink);
        ui.add_space(galley.size().y + theme.px(14.0));
    }
    tapped
}

//! A page's picture full screen: pinch to zoom, drag to move, double-tap to reset, close.
//!
//! The picture fills the screen edge to edge (whole, never cropped); its caption and the
//! gesture hint sit on a dark band under it, or over its bottom edge when it fills the
//! screen's height, and the close button on a dark pill. A pinch zooms up to the picture's
//! own resolution (one pixel of the file to one of the screen), and at least twice.

use egui::{Color32, Id, Rect, Ui, Vec2, pos2, vec2};

use super::ScreenContext;
use super::images::cache::ImageSlot;
use super::paint::{self, Fit, Icon};
use super::widgets::{self, Button, ButtonKind};
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// Most zoom a pinch can reach on a picture no larger than the screen.
const MIN_MAX_ZOOM: f32 = 2.0;
/// The viewer's picture is decoded up to this many times the screen's longest side, so a
/// large photograph can be zoomed to its own pixels (4 bytes a pixel while the viewer is open)...
const DETAIL: f32 = 2.0;
/// ... and never beyond this longest side: a 4096×2731 texture is 43 MiB, where a 4K screen's
/// 2× (8192 px) would be 171 MiB for one photograph.
const MOST_DETAIL_SIDE: f32 = 4096.0;

/// Zoom and pan of the viewer, kept in egui's memory while the viewer is open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewerTransform {
    /// 1.0 shows the whole picture.
    pub zoom: f32,
    /// Offset of the picture's centre from the screen's, in points.
    pub pan: Vec2,
}

impl Default for ViewerTransform {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            pan: Vec2::ZERO,
        }
    }
}

fn transform_id(exhibit: usize, page: usize) -> Id {
    Id::unique(("image-viewer", exhibit, page))
}

/// The viewer's zoom and pan for a page's picture (identity when not zoomed).
#[must_use]
pub fn current_transform(ctx: &egui::Context, exhibit: usize, page: usize) -> ViewerTransform {
    ctx.data(|d| d.get_temp(transform_id(exhibit, page)))
        .unwrap_or_default()
}

/// Draws the viewer for the picture of page `page` of exhibit `exhibit`.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>, exhibit: usize, page: usize) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    painter.rect_filled(screen, 0.0, theme.backdrop);
    let Some(image) = ctx
        .pack
        .exhibits
        .get(exhibit)
        .and_then(|e| e.page_picture(page))
    else {
        return Some(Nav::CloseImage);
    };
    let id = transform_id(exhibit, page);
    let mut transform: ViewerTransform = ui.data(|d| d.get_temp(id)).unwrap_or_default();

    let band = caption_band(ui, ctx, image);
    // The picture fills the screen edge to edge above its caption band.
    let area = Rect::from_min_max(
        screen.min,
        pos2(
            screen.right(),
            (screen.bottom() - band.height).max(screen.top() + 1.0),
        ),
    );
    let response = widgets::touch_area(ui, area, "viewer-picture", ctx.pack_text(&image.alt));
    let slot = ctx.images.get(
        ctx.pack.dir.join(&image.path),
        (screen.width().max(screen.height()) * DETAIL).min(MOST_DETAIL_SIDE),
    );
    let most = max_zoom(&slot, area, ui.ctx().pixels_per_point());
    if let Some(touch) = ui.input(egui::InputState::multi_touch) {
        let old_zoom = transform.zoom;
        transform.zoom = (transform.zoom * touch.zoom_delta).clamp(1.0, most);
        // Zoom about the fingers' centre, then follow them.
        let focus = touch.center_pos - area.center() - transform.pan;
        transform.pan -= focus * (transform.zoom / old_zoom - 1.0);
        transform.pan += touch.translation_delta;
    } else if response.dragged() && transform.zoom > 1.0 {
        transform.pan += response.drag_delta();
    }
    if response.double_clicked() || response.triple_clicked() {
        transform = ViewerTransform::default();
    }
    transform.zoom = transform.zoom.clamp(1.0, most);
    let limit = area.size() * (transform.zoom - 1.0) / 2.0;
    transform.pan = transform.pan.clamp(-limit, limit);

    let zoomed =
        Rect::from_center_size(area.center() + transform.pan, area.size() * transform.zoom);
    let shown = paint::picture(
        &painter,
        &theme,
        &slot,
        zoomed,
        Fit::Contain,
        0.0,
        Color32::WHITE,
    );
    band.show(ui, shown);

    let close_rect = Rect::from_min_size(
        pos2(
            screen.right() - theme.margin() - theme.px(260.0),
            screen.top() + theme.px(28.0),
        ),
        vec2(theme.px(260.0), theme.touch_target()),
    );
    painter.rect_filled(
        close_rect.expand(theme.px(10.0)),
        theme.px(18.0),
        Color32::from_black_alpha(BAND_ALPHA),
    );
    let mut close_ui = ui.new_child(egui::UiBuilder::new().max_rect(close_rect));
    let closed = Button::new(&ctx.ui_text("close"))
        .icon(Icon::Close)
        .kind(ButtonKind::OnDark)
        .min_width(close_rect.width())
        .show(&mut close_ui, &theme, ctx.clicks_allowed);
    if closed {
        ui.data_mut(|d| d.remove::<ViewerTransform>(id));
        return Some(Nav::CloseImage);
    }
    ui.data_mut(|d| d.insert_temp(id, transform));
    None
}

/// How dark the bands under the caption and the close button are (over a bright picture,
/// white words stay readable: 0.67 black).
const BAND_ALPHA: u8 = 170;

/// The most a pinch may zoom on `slot` shown whole in `area`: see [`zoom_limit`].
fn max_zoom(slot: &ImageSlot, area: Rect, pixels_per_point: f32) -> f32 {
    match slot {
        ImageSlot::Ready(texture) => zoom_limit(texture.size_vec2(), area.size(), pixels_per_point),
        ImageSlot::Loading | ImageSlot::Failed => 1.0,
    }
}

/// The most a pinch may zoom a picture of `pixels` shown whole in `area` points: to the
/// picture's own pixels (it was decoded at up to [`DETAIL`] times the screen, at most
/// [`MOST_DETAIL_SIDE`]), and at least
/// [`MIN_MAX_ZOOM`].
#[must_use]
pub fn zoom_limit(pixels: Vec2, area: Vec2, pixels_per_point: f32) -> f32 {
    if pixels.x <= 0.0 || pixels.y <= 0.0 || area.x <= 0.0 || area.y <= 0.0 {
        return 1.0;
    }
    // Screen pixels per picture pixel when the whole picture is shown.
    let fitted = (area.x / pixels.x).min(area.y / pixels.y) * pixels_per_point;
    (1.0 / fitted).max(MIN_MAX_ZOOM)
}

/// The caption and the gesture hint, white on a dark band across the screen.
struct CaptionBand {
    lines: Vec<(super::ruby_text::RubyText, Color32)>,
    gap: f32,
    padding: f32,
    height: f32,
}

/// Lays out the caption band of `image`.
fn caption_band(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    image: &crate::content::model::Image,
) -> CaptionBand {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter();
    let width = (screen.width() - 2.0 * theme.margin()).min(theme.px(1400.0));
    let lines: Vec<_> = [
        (ctx.image_caption(image), TextStyle::Body, Color32::WHITE),
        (
            ctx.ui_text("image-viewer-hint"),
            TextStyle::Caption,
            Color32::from_white_alpha(200),
        ),
    ]
    .into_iter()
    .filter(|(text, _, _)| !text.trim().is_empty())
    .map(|(text, style, color)| {
        let galley =
            super::kinsoku::layout_text(painter, &text, &theme.font(style), color, width, true);
        (galley, color)
    })
    .collect();
    let gap = theme.px(6.0);
    let padding = theme.px(20.0);
    let words: f32 = lines.iter().map(|(g, _)| g.size().y + gap).sum::<f32>() - gap;
    CaptionBand {
        lines,
        gap,
        padding,
        height: words.max(0.0) + 2.0 * padding,
    }
}

impl CaptionBand {
    /// Draws the band just under the picture `shown` (at the screen's bottom when the picture
    /// reaches it, over a zoomed picture).
    fn show(self, ui: &Ui, shown: Rect) {
        let screen = ui.max_rect();
        let top = shown
            .bottom()
            .min(screen.bottom() - self.height)
            .max(screen.top());
        let band = Rect::from_min_max(
            pos2(screen.left(), top),
            pos2(screen.right(), top + self.height),
        );
        ui.painter()
            .rect_filled(band, 0.0, Color32::from_black_alpha(BAND_ALPHA));
        let mut y = band.top() + self.padding;
        for (galley, color) in self.lines {
            let height = galley.size().y;
            widgets::text_at(ui, pos2(screen.center().x, y), &galley, color);
            y += height + self.gap;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_photograph_zooms_to_its_own_pixels_and_a_small_picture_twice() {
        // 3840×2560 shown whole in 1920×920: 1 screen pixel for 2.78 of the picture.
        let large = zoom_limit(vec2(3840.0, 2560.0), vec2(1920.0, 920.0), 1.0);
        assert!((large - 2560.0 / 920.0).abs() < 1e-3, "{large}");
        // The same on a screen of two pixels a point: half as far.
        let dense = zoom_limit(vec2(3840.0, 2560.0), vec2(960.0, 460.0), 2.0);
        assert!((dense - large).abs() < 1e-3, "{dense}");
        let small = zoom_limit(vec2(1200.0, 800.0), vec2(1920.0, 920.0), 1.0);
        assert!((small - MIN_MAX_ZOOM).abs() < 1e-6, "{small}");
        assert!((zoom_limit(Vec2::ZERO, vec2(1.0, 1.0), 1.0) - 1.0).abs() < 1e-6);
    }
}

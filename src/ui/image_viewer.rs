//! A page's picture full screen: pinch to zoom, drag to move, double-tap to reset, close.

use egui::{Color32, Id, Rect, Ui, Vec2, pos2, vec2};

use super::ScreenContext;
use super::paint::{self, Fit, Icon};
use super::widgets::{self, Button, ButtonKind};
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// Most zoom a pinch can reach.
const MAX_ZOOM: f32 = 5.0;

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

    let area = screen.shrink2(vec2(theme.margin(), theme.px(150.0)));
    let response = widgets::touch_area(ui, area, "viewer-picture", ctx.pack_text(&image.alt));
    if let Some(touch) = ui.input(egui::InputState::multi_touch) {
        let old_zoom = transform.zoom;
        transform.zoom = (transform.zoom * touch.zoom_delta).clamp(1.0, MAX_ZOOM);
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
    let limit = area.size() * (transform.zoom - 1.0) / 2.0;
    transform.pan = transform.pan.clamp(-limit, limit);

    let slot = ctx.images.get(
        ctx.pack.dir.join(&image.path),
        screen.width().max(screen.height()) * 1.5,
    );
    let zoomed =
        Rect::from_center_size(area.center() + transform.pan, area.size() * transform.zoom);
    let clipped = painter.with_clip_rect(area.expand(theme.margin()));
    let shown = paint::picture(
        &clipped,
        &theme,
        &slot,
        zoomed,
        Fit::Contain,
        theme.px(8.0),
        Color32::WHITE,
    );

    let caption = ctx.image_caption(image);
    let hint = ctx.ui_text("image-viewer-hint");
    let mut y = shown.bottom().min(area.bottom()) + theme.px(24.0);
    for (text, style, color) in [
        (caption, TextStyle::Body, Color32::WHITE),
        (hint, TextStyle::Caption, Color32::from_white_alpha(190)),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        let galley = super::kinsoku::layout_text(
            &painter,
            &text,
            &theme.font(style),
            color,
            area.width(),
            true,
        );
        let height = galley.size().y;
        widgets::text_at(ui, pos2(screen.center().x, y), &galley, color);
        y += height + theme.px(6.0);
    }

    let close_rect = Rect::from_min_size(
        pos2(
            screen.right() - theme.margin() - theme.px(260.0),
            screen.top() + theme.px(28.0),
        ),
        vec2(theme.px(260.0), theme.touch_target()),
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

//! Drawing pictures (cropped to fill, or fitted whole) and the few line icons the kiosk uses.

use egui::{
    Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, TextureHandle, Vec2,
    pos2, vec2,
};

use super::images::cache::ImageSlot;
use crate::ui::theme::Theme;

/// How a picture fills its box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// Fill the box, cropping the overflow evenly (attract pictures).
    Cover,
    /// Fill the box, cropping so that this point (shares of the picture's width and height)
    /// stays in view, as near the box's middle as the picture allows (exhibit covers).
    CoverAround(Vec2),
    /// Show the whole picture inside the box (pages, viewer).
    Contain,
}

/// The part of `texture` to show and where, for `fit` in `area`.
#[must_use]
pub fn placement(image_size: Vec2, area: Rect, fit: Fit) -> (Rect, Rect) {
    let full_uv = Rect::from_min_max(Pos2::ZERO, pos2(1.0, 1.0));
    if image_size.x <= 0.0 || image_size.y <= 0.0 {
        return (area, full_uv);
    }
    let image_aspect = image_size.x / image_size.y;
    let area_aspect = area.width() / area.height().max(1.0);
    match fit {
        Fit::Contain => {
            let size = if image_aspect > area_aspect {
                vec2(area.width(), area.width() / image_aspect)
            } else {
                vec2(area.height() * image_aspect, area.height())
            };
            (Rect::from_center_size(area.center(), size), full_uv)
        }
        Fit::Cover => placement(image_size, area, Fit::CoverAround(vec2(0.5, 0.5))),
        Fit::CoverAround(focus) => {
            // The share of each axis that shows, and where that window starts.
            let window = |visible: f32, focus: f32| {
                let start = (focus - visible / 2.0).clamp(0.0, (1.0 - visible).max(0.0));
                (start, start + visible)
            };
            let uv = if image_aspect > area_aspect {
                let (left, right) = window(area_aspect / image_aspect, focus.x);
                Rect::from_min_max(pos2(left, 0.0), pos2(right, 1.0))
            } else {
                let (top, bottom) = window(image_aspect / area_aspect, focus.y);
                Rect::from_min_max(pos2(0.0, top), pos2(1.0, bottom))
            };
            (area, uv)
        }
    }
}

/// Draws `slot` in `area`; a calm tinted box while it decodes or if it cannot be shown.
/// Returns where the picture landed.
#[allow(
    clippy::must_use_candidate,
    reason = "drawing is the point; the rect is extra"
)]
pub fn picture(
    painter: &Painter,
    theme: &Theme,
    slot: &ImageSlot,
    area: Rect,
    fit: Fit,
    radius: f32,
    tint: Color32,
) -> Rect {
    match slot {
        ImageSlot::Ready(texture) => textured(painter, texture, area, fit, radius, tint),
        ImageSlot::Loading | ImageSlot::Failed => {
            painter.rect_filled(area, radius, theme.accent_soft);
            area
        }
    }
}

fn textured(
    painter: &Painter,
    texture: &TextureHandle,
    area: Rect,
    fit: Fit,
    radius: f32,
    tint: Color32,
) -> Rect {
    let (rect, uv) = placement(texture.size_vec2(), area, fit);
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to 0..=255"
    )]
    let corner = CornerRadius::same(radius.round().clamp(0.0, 255.0) as u8);
    let shape = egui::epaint::RectShape::filled(rect, corner, tint).with_texture(texture.id(), uv);
    painter.add(Shape::Rect(shape));
    rect
}

/// A soft fade and a chevron at the bottom edge of a scroll area while more waits below.
pub fn more_below_hint<R>(
    painter: &Painter,
    theme: &Theme,
    scrolled: &egui::scroll_area::ScrollAreaOutput<R>,
) {
    more_below_hint_on(painter, theme, scrolled, theme.background);
}

/// The same over a scroll area on `ground` (a white sheet rather than the page).
pub fn more_below_hint_on<R>(
    painter: &Painter,
    theme: &Theme,
    scrolled: &egui::scroll_area::ScrollAreaOutput<R>,
    ground: Color32,
) {
    let area = scrolled.inner_rect;
    let hidden_below = scrolled.content_size.y - scrolled.state.clamped_offset().y - area.height();
    if hidden_below <= 1.0 {
        return;
    }
    let fade = Rect::from_min_max(pos2(area.left(), area.bottom() - theme.px(110.0)), area.max);
    vertical_fade(painter, fade, Color32::TRANSPARENT, ground);
    let chevron = pos2(area.center().x, area.bottom() - theme.px(30.0));
    icon(
        painter,
        Icon::ChevronDown,
        chevron,
        theme.px(40.0),
        theme.muted_ink,
    );
}

/// Fills `rect` with a vertical gradient from `top` to `bottom`.
pub fn vertical_fade(painter: &Painter, rect: Rect, top: Color32, bottom: Color32) {
    let mut mesh = egui::Mesh::default();
    mesh.colored_vertex(rect.left_top(), top);
    mesh.colored_vertex(rect.right_top(), top);
    mesh.colored_vertex(rect.left_bottom(), bottom);
    mesh.colored_vertex(rect.right_bottom(), bottom);
    mesh.add_triangle(0, 1, 2);
    mesh.add_triangle(1, 2, 3);
    painter.add(Shape::mesh(mesh));
}

/// Line icons, drawn rather than taken from a font so they are crisp at any size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// ‹
    ChevronLeft,
    /// ›
    ChevronRight,
    /// ⌄ (more below)
    ChevronDown,
    /// A house.
    Home,
    /// ×
    Close,
    /// Larger text: a small and a large A.
    TextSize,
    /// A door with an arrow: finish the visit.
    Finish,
    /// Four arrows out: enlarge.
    Enlarge,
    /// ✓ a right answer.
    Check,
    /// ○ "true" (the Japanese maru).
    Circle,
    /// ? a quiz.
    Question,
    /// ↻ try again.
    Retry,
    /// ★ a finished quiz.
    Star,
    /// ▶ play.
    Play,
    /// ❚❚ pause.
    Pause,
    /// A loudspeaker: volume.
    Speaker,
    /// −
    Minus,
    /// +
    Plus,
    /// A page of text: the transcript.
    Document,
}

/// Draws `icon` centred in a square of side `size` at `center`.
pub fn icon(painter: &Painter, icon: Icon, center: Pos2, size: f32, color: Color32) {
    let stroke = Stroke::new((size * 0.11).max(2.0), color);
    let h = size / 2.0;
    let p = |x: f32, y: f32| center + vec2(x * h, y * h);
    match icon {
        Icon::ChevronLeft => {
            painter.line(vec![p(0.35, -0.7), p(-0.35, 0.0), p(0.35, 0.7)], stroke);
        }
        Icon::ChevronRight => {
            painter.line(vec![p(-0.35, -0.7), p(0.35, 0.0), p(-0.35, 0.7)], stroke);
        }
        Icon::ChevronDown => {
            painter.line(vec![p(-0.7, -0.3), p(0.0, 0.35), p(0.7, -0.3)], stroke);
        }
        Icon::Home => {
            painter.line(vec![p(-0.85, -0.05), p(0.0, -0.8), p(0.85, -0.05)], stroke);
            painter.line(
                vec![p(-0.6, -0.25), p(-0.6, 0.75), p(0.6, 0.75), p(0.6, -0.25)],
                stroke,
            );
            painter.line(
                vec![p(-0.18, 0.75), p(-0.18, 0.25), p(0.18, 0.25), p(0.18, 0.75)],
                stroke,
            );
        }
        Icon::Close => {
            painter.line_segment([p(-0.6, -0.6), p(0.6, 0.6)], stroke);
            painter.line_segment([p(0.6, -0.6), p(-0.6, 0.6)], stroke);
        }
        Icon::TextSize => {
            painter.line(vec![p(-0.95, 0.6), p(-0.65, -0.2), p(-0.35, 0.6)], stroke);
            painter.line_segment([p(-0.8, 0.3), p(-0.5, 0.3)], stroke);
            painter.line(vec![p(-0.1, 0.7), p(0.4, -0.75), p(0.9, 0.7)], stroke);
            painter.line_segment([p(0.12, 0.15), p(0.68, 0.15)], stroke);
        }
        Icon::Finish => {
            painter.rect_stroke(
                Rect::from_min_max(p(-0.75, -0.8), p(0.15, 0.8)),
                0.0,
                stroke,
                StrokeKind::Middle,
            );
            painter.line_segment([p(-0.2, 0.0), p(0.9, 0.0)], stroke);
            painter.line(vec![p(0.6, -0.3), p(0.9, 0.0), p(0.6, 0.3)], stroke);
        }
        Icon::Check | Icon::Circle | Icon::Question | Icon::Retry | Icon::Star => {
            quiz_icon(painter, icon, center, size, color);
        }
        Icon::Play | Icon::Pause | Icon::Speaker | Icon::Minus | Icon::Plus | Icon::Document => {
            audio_icon(painter, icon, center, size, color);
        }
        Icon::Enlarge => {
            for (sx, sy) in [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)] {
                painter.line(
                    vec![
                        p(0.8 * sx, 0.35 * sy),
                        p(0.8 * sx, 0.8 * sy),
                        p(0.35 * sx, 0.8 * sy),
                    ],
                    stroke,
                );
            }
        }
    }
}

/// The quiz's icons: ✓, ○, ?, ↻ and ★.
fn quiz_icon(painter: &Painter, icon: Icon, center: Pos2, size: f32, color: Color32) {
    let stroke = Stroke::new((size * 0.11).max(2.0), color);
    let h = size / 2.0;
    let p = |x: f32, y: f32| center + vec2(x * h, y * h);
    match icon {
        Icon::Check => {
            painter.line(vec![p(-0.75, 0.0), p(-0.2, 0.6), p(0.8, -0.6)], stroke);
        }
        Icon::Circle => {
            painter.circle_stroke(center, h * 0.75, stroke);
        }
        Icon::Question => {
            let arc: Vec<Pos2> = (0..=12)
                .map(|i| {
                    let angle = std::f32::consts::PI * (1.0 + i as f32 / 12.0 * 1.5);
                    p(0.45 * angle.cos(), -0.35 + 0.45 * angle.sin())
                })
                .collect();
            let end = *arc.last().unwrap_or(&center);
            let mut path = arc;
            path.extend([end, p(0.0, 0.1), p(0.0, 0.3)]);
            painter.line(path, stroke);
            painter.circle_filled(p(0.0, 0.7), stroke.width * 0.75, color);
        }
        Icon::Retry => {
            let arc: Vec<Pos2> = (0..=16)
                .map(|i| {
                    let angle = -0.5 + i as f32 / 16.0 * 5.0;
                    p(0.7 * angle.cos(), 0.7 * angle.sin())
                })
                .collect();
            let tip = arc[0];
            painter.line(arc, stroke);
            painter.line(
                vec![
                    tip + vec2(-0.45 * h, -0.1 * h),
                    tip,
                    tip + vec2(0.05 * h, -0.45 * h),
                ],
                stroke,
            );
        }
        Icon::Star => {
            let points: Vec<Pos2> = (0..10)
                .map(|i| {
                    let angle =
                        -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
                    let radius = if i % 2 == 0 { 0.85 } else { 0.38 };
                    p(radius * angle.cos(), 0.05 + radius * angle.sin())
                })
                .collect();
            // A star is not convex: fill it as five triangles around the centre, then outline.
            for i in 0..10 {
                painter.add(Shape::convex_polygon(
                    vec![p(0.0, 0.05), points[i], points[(i + 1) % 10]],
                    color,
                    Stroke::NONE,
                ));
            }
            painter.add(Shape::closed_line(
                points,
                Stroke::new(stroke.width * 0.5, color),
            ));
        }
        _ => {}
    }
}

/// The narration controls' icons: ▶, ❚❚, a loudspeaker, −, + and a page of text.
fn audio_icon(painter: &Painter, icon: Icon, center: Pos2, size: f32, color: Color32) {
    let stroke = Stroke::new((size * 0.11).max(2.0), color);
    let h = size / 2.0;
    let p = |x: f32, y: f32| center + vec2(x * h, y * h);
    match icon {
        Icon::Play => {
            painter.add(Shape::convex_polygon(
                vec![p(-0.45, -0.75), p(0.75, 0.0), p(-0.45, 0.75)],
                color,
                Stroke::NONE,
            ));
        }
        Icon::Pause => {
            for x in [-0.4, 0.4] {
                painter.rect_filled(
                    Rect::from_center_size(p(x, 0.0), vec2(0.3 * h, 1.4 * h)),
                    0.1 * h,
                    color,
                );
            }
        }
        Icon::Speaker => {
            painter.add(Shape::convex_polygon(
                vec![
                    p(-0.85, -0.3),
                    p(-0.45, -0.3),
                    p(0.05, -0.75),
                    p(0.05, 0.75),
                    p(-0.45, 0.3),
                    p(-0.85, 0.3),
                ],
                color,
                Stroke::NONE,
            ));
            for radius in [0.35, 0.65] {
                let arc: Vec<Pos2> = (0..=8)
                    .map(|i| {
                        let angle = -0.8 + i as f32 * 0.2;
                        p(0.2 + radius * angle.cos(), radius * angle.sin())
                    })
                    .collect();
                painter.line(arc, stroke);
            }
        }
        Icon::Minus => {
            painter.line_segment([p(-0.7, 0.0), p(0.7, 0.0)], stroke);
        }
        Icon::Plus => {
            painter.line_segment([p(-0.7, 0.0), p(0.7, 0.0)], stroke);
            painter.line_segment([p(0.0, -0.7), p(0.0, 0.7)], stroke);
        }
        Icon::Document => {
            painter.rect_stroke(
                Rect::from_min_max(p(-0.6, -0.85), p(0.6, 0.85)),
                0.1 * h,
                stroke,
                StrokeKind::Middle,
            );
            for y in [-0.4, 0.0, 0.4] {
                painter.line_segment([p(-0.3, y), p(0.3, y)], stroke);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contain_keeps_the_whole_picture_and_its_shape() {
        let area = Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 500.0));
        let (rect, _) = placement(vec2(1200.0, 800.0), area, Fit::Contain);
        assert!((rect.width() / rect.height() - 1.5).abs() < 1e-3);
        assert!(area.contains_rect(rect));
    }

    #[test]
    fn cover_fills_the_box_and_crops_evenly() {
        let area = Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 500.0));
        let (rect, uv) = placement(vec2(1200.0, 800.0), area, Fit::Cover);
        assert_eq!(rect, area);
        assert!(
            (uv.min.y - (1.0 - uv.max.y)).abs() < 1e-4,
            "cropped equally top and bottom"
        );
        assert!((uv.width() - 1.0).abs() < 1e-4);
    }

    #[test]
    fn a_focus_keeps_its_point_in_view_without_leaving_the_picture() {
        let strip = Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 400.0));
        // A point near the top: the crop starts at the top edge, not above it.
        let (_, uv) = placement(vec2(1200.0, 800.0), strip, Fit::CoverAround(vec2(0.5, 0.1)));
        assert!(
            uv.min.y.abs() < 1e-4 && (uv.height() - 0.6).abs() < 1e-3,
            "{uv:?}"
        );
        // A point a little below the middle: the crop centres on it.
        let (_, uv) = placement(vec2(1200.0, 800.0), strip, Fit::CoverAround(vec2(0.5, 0.6)));
        assert!((uv.center().y - 0.6).abs() < 1e-3, "{uv:?}");
        // Across: a tall box over a wide picture follows x.
        let tall = Rect::from_min_size(Pos2::ZERO, vec2(400.0, 800.0));
        let (_, uv) = placement(vec2(1200.0, 800.0), tall, Fit::CoverAround(vec2(1.0, 0.5)));
        assert!((uv.max.x - 1.0).abs() < 1e-4 && uv.min.x > 0.5, "{uv:?}");
    }
}

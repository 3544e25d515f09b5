//! The visitor log's card: writing normally (the last write, the free disk space) or events
//! waiting and why, red with advice when the disk runs low.

use egui::{Rect, Ui, pos2};

use super::StaffView;
use crate::ui::kinsoku;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self};

/// The visitor log's health: writing normally, or events waiting and why.
pub(super) fn log_card(ui: &Ui, view: &StaffView<'_>, area: Rect) {
    let theme = view.theme;
    ui.painter()
        .rect_filled(area, theme.radius(), theme.surface);
    let inner = area.shrink(theme.px(24.0));
    let heading = (view.text("staff-log"), TextStyle::Heading, theme.ink);
    let heading_height = widgets::line_at(ui, theme, heading, inner.min);
    let (text, color) = match &view.health {
        Some(health) if health.queued == 0 && health.last_error.is_none() => (
            view.format(
                "staff-log-ok",
                &[("written", &crate::digits::group_digits(health.written))],
            ),
            theme.right,
        ),
        Some(health) => (
            view.format(
                "staff-log-queued",
                &[
                    ("queued", &crate::digits::group_digits(health.queued as u64)),
                    ("error", health.last_error.as_deref().unwrap_or("")),
                ],
            ),
            theme.wrong,
        ),
        None => ("–".to_owned(), theme.muted_ink),
    };
    let mut y = inner.top() + heading_height + theme.px(12.0);
    let mut line = |text: &str, style: TextStyle, color: egui::Color32| {
        let galley = kinsoku::layout_text(
            ui.painter(),
            text,
            &theme.font(style),
            color,
            inner.width(),
            false,
        );
        let height = galley.size().y;
        widgets::text_at(ui, pos2(inner.left(), y), &galley, color);
        y += height + theme.px(6.0);
    };
    line(&text, TextStyle::Body, color);
    let Some(health) = &view.health else {
        return;
    };
    let last = health.last_write.as_ref().map_or_else(
        || view.text("staff-log-no-write-yet"),
        |at| {
            view.format(
                "staff-log-last-write",
                &[("time", &at.strftime("%H:%M").to_string())],
            )
        },
    );
    line(&last, TextStyle::Caption, theme.muted_ink);
    if let Some(free) = health.free_bytes {
        let free = crate::content::ron_file::human_bytes(free);
        if health.disk_low() {
            line(
                &view.format("staff-log-disk-low", &[("free", &free)]),
                TextStyle::Body,
                theme.wrong,
            );
        } else {
            line(
                &view.format("staff-log-disk", &[("free", &free)]),
                TextStyle::Caption,
                theme.muted_ink,
            );
        }
    }
}

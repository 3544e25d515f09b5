//! This fiscal year's visitors per month as a bar chart in the kiosk's own style: April first,
//! each month named under its bar (4月 … 3月, Apr … Mar), each count written on its bar, a
//! baseline and no axis to read off.

use egui::{Rect, Ui, pos2};

use super::StaffView;
use crate::digits::group_digits;
use crate::staff::counts::StaffCounts;
use crate::ui::kinsoku;
use crate::ui::theme::TextStyle;
use crate::ui::widgets;

/// Draws the chart on a card filling `area`.
pub fn show(ui: &Ui, view: &StaffView<'_>, counts: &StaffCounts, area: Rect) {
    let theme = view.theme;
    let painter = ui.painter();
    painter.rect_filled(area, theme.radius(), theme.surface);
    let inner = area.shrink(theme.px(24.0));
    let title = view.format(
        "staff-count-months",
        &[("year", &counts.fiscal_year.to_string())],
    );
    let title_height = widgets::line_at(
        ui,
        theme,
        (title, TextStyle::CardTitle, theme.ink),
        inner.min,
    );
    let caption = theme.font(TextStyle::Caption);
    let label_band = caption.size * 1.6;
    let plot = Rect::from_min_max(
        pos2(
            inner.left(),
            inner.top() + title_height + theme.px(12.0) + label_band,
        ),
        pos2(inner.right(), inner.bottom() - label_band),
    );
    if plot.height() <= 0.0 || counts.months.is_empty() {
        return;
    }
    let most = counts
        .months
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    let slot = plot.width() / counts.months.len() as f32;
    for (index, (month, visitors)) in counts.months.iter().enumerate() {
        let centre = plot.left() + (index as f32 + 0.5) * slot;
        #[allow(clippy::cast_precision_loss, reason = "a share of the tallest bar")]
        let share = *visitors as f32 / most as f32;
        let height = (plot.height() * share).round();
        let bar = Rect::from_min_max(
            pos2(centre - slot * 0.32, plot.bottom() - height),
            pos2(centre + slot * 0.32, plot.bottom()),
        );
        if *visitors > 0 {
            painter.rect_filled(bar, theme.px(6.0), theme.accent);
            let value = kinsoku::layout_text(
                painter,
                &group_digits(*visitors),
                &caption,
                theme.ink,
                slot * 1.2,
                true,
            );
            let top = bar.top() - value.size().y - theme.px(4.0);
            widgets::text_at(ui, pos2(centre, top.round()), &value, theme.ink);
        }
        let number = month
            .get(5..7)
            .and_then(|m| m.parse::<u32>().ok())
            .unwrap_or(0);
        let name = view.format("staff-month", &[("month", &number.to_string())]);
        let name = kinsoku::layout_text(painter, &name, &caption, theme.muted_ink, slot, true);
        widgets::text_at(
            ui,
            pos2(centre, plot.bottom() + theme.px(8.0)),
            &name,
            theme.muted_ink,
        );
    }
    painter.hline(
        plot.x_range(),
        plot.bottom(),
        egui::Stroke::new(theme.px(2.0), theme.edge),
    );
}

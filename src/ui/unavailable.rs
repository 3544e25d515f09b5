//! Shown when no pack can be: a calm note in Japanese and English, never an error dump.
//! Why it happened goes to the log, for staff.

use egui::{Ui, pos2};

use super::texts::UiTexts;
use crate::ui::theme::{TextStyle, Theme};

/// Draws the note in every interface language.
pub fn show(ui: &mut Ui, theme: &Theme, texts: &UiTexts) {
    let screen = ui.max_rect();
    let painter = ui.painter();
    painter.rect_filled(screen, 0.0, theme.background);
    let width = screen.width() - 2.0 * theme.margin();
    let mut y = screen.top() + screen.height() * 0.3;
    for (index, language) in ["ja", "en"].iter().enumerate() {
        let color = if index == 0 {
            theme.ink
        } else {
            theme.muted_ink
        };
        let title_style = if index == 0 {
            TextStyle::Title
        } else {
            TextStyle::Heading
        };
        for (key, style) in [
            ("unavailable-title", title_style),
            ("unavailable-body", TextStyle::Body),
        ] {
            let galley = super::kinsoku::layout_text(
                painter,
                &texts.get(language, key),
                &theme.font(style),
                color,
                width,
                true,
            );
            galley.paint(painter, pos2(screen.center().x, y));
            y += galley.size().y + theme.px(14.0);
        }
        y += theme.px(56.0);
    }
    // The same words for assistive technology.
    let label = format!(
        "{} {}",
        crate::content::ruby::plain(&texts.get("ja", "unavailable-title")),
        texts.get("en", "unavailable-title")
    );
    let response = ui.allocate_rect(screen, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
}

//! What the landscape and the portrait exhibit pages share: the page's title with its rule,
//! the body's paragraphs, the badge that says a picture enlarges.

use egui::{Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::kinsoku;
use super::paint::{self, Icon};
use super::ruby_text::Look;
use super::widgets;
use crate::content::model::Page;
use crate::content::rich_text;
use crate::ui::theme::TextStyle;

/// The page's title with the accent rule under it.
pub(super) fn page_title(ui: &mut Ui, ctx: &ScreenContext<'_>, page: &Page, width: f32) {
    let theme = ctx.theme;
    let title = ctx.pack_text(&page.title);
    let block = kinsoku::layout_look(
        ui.painter(),
        title,
        Look::new(theme.font(TextStyle::Title), theme.ink),
        width,
        true,
    );
    let title_rect = widgets::block(ui, &block).rect;
    let rule = Rect::from_min_size(
        pos2(title_rect.left(), title_rect.bottom() + theme.px(14.0)),
        vec2(theme.px(72.0), theme.px(6.0)),
    );
    ui.painter().rect_filled(rule, theme.px(3.0), theme.accent);
    ui.add_space(theme.px(40.0));
}

/// The page's paragraphs, justified with kinsoku.
pub(super) fn body_paragraphs(ui: &mut Ui, ctx: &ScreenContext<'_>, page: &Page, width: f32) {
    let theme = ctx.theme;
    ui.spacing_mut().item_spacing.y = theme.px(22.0);
    for paragraph in rich_text::paragraph_texts(ctx.pack_text(&page.body)) {
        let block = kinsoku::layout_paragraph(ui.painter(), theme, paragraph, width);
        widgets::block(ui, &block);
    }
}

/// A page's picture as one control: `picture` is tappable to enlarge it (labelled so), with
/// the round badge that says so at `badge`; true when tapped.
pub(super) fn enlarge_control(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    picture: Rect,
    badge: Rect,
) -> bool {
    let theme = ctx.theme;
    let label = ctx.ui_text("enlarge-image");
    let response = widgets::touch_area(ui, picture, "page-image", &label);
    let painter = ui.painter();
    painter.rect_filled(badge, badge.height() / 2.0, theme.accent);
    paint::icon(
        painter,
        Icon::Enlarge,
        badge.center(),
        badge.height() / 2.0,
        theme.on_accent,
    );
    response.clicked() && ctx.clicks_allowed
}

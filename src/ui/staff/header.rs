//! The staff menu's head: its title, the two ways out (back to the exhibition, exit the
//! kiosk) and the row of tabs.

use egui::{Align, Layout, Rect, Ui, pos2, vec2};

use super::StaffView;
use crate::staff::menu::{StaffNav, StaffTab};
use crate::ui::paint::Icon;
use crate::ui::theme::TextStyle;
use crate::ui::widgets::{self, Button, ButtonKind};

/// The title, and the two ways out: back to the exhibition, exit the kiosk.
pub(super) fn menu_header(
    ui: &mut Ui,
    view: &StaffView<'_>,
    header: Rect,
    narrow: bool,
) -> Option<StaffNav> {
    let theme = view.theme;
    let mut nav = None;
    // Wide: all in the title's row, quitting beyond a rule from the way back. Narrow: the way
    // back beside the title, quitting on a row of its own below.
    let title_row = if narrow {
        Rect::from_min_size(header.min, vec2(header.width(), theme.touch_target()))
    } else {
        header
    };
    let mut row = |rect: Rect| {
        let mut bar = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(rect)
                .layout(Layout::right_to_left(Align::Center)),
        );
        bar.spacing_mut().item_spacing.x = theme.gap();
        bar
    };
    let mut bar = row(title_row);
    let back = view.text("staff-back");
    let exit = view.text("staff-exit");
    if Button::new(&back)
        .icon(Icon::Home)
        .kind(ButtonKind::Primary)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Close);
    }
    if narrow {
        bar = row(Rect::from_min_max(
            pos2(header.left(), header.bottom() - theme.touch_target()),
            header.max,
        ));
    } else {
        // Quitting stands apart from the way back, beyond a rule, and asks before it quits.
        bar.add_space(theme.px(20.0));
        let (rule, _) = bar.allocate_exact_size(
            vec2(theme.px(2.0), theme.touch_target() * 0.7),
            egui::Sense::hover(),
        );
        bar.painter().rect_filled(rule, 0.0, theme.edge);
        bar.add_space(theme.px(20.0));
    }
    if Button::new(&exit)
        .icon(Icon::Finish)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Exit);
    }
    let restart = view.text("staff-restart");
    if Button::new(&restart)
        .icon(Icon::Retry)
        .show(&mut bar, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Restart);
    }
    let title = ui.painter().layout_no_wrap(
        view.text("staff-title"),
        theme.font(TextStyle::Title),
        theme.ink,
    );
    let title_y = title_row.center().y - title.size().y / 2.0;
    let title_right = header.left() + title.size().x;
    widgets::galley_at(ui, pos2(header.left(), title_y), title, theme.ink);
    // Japanese or English for staff: the button names the other in itself.
    let other = if view.language == "ja" { "en" } else { "ja" };
    let name = crate::content::language::endonym(other).unwrap_or(other);
    let mut switch = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(Rect::from_min_max(
                pos2(title_right + theme.px(32.0), title_row.top()),
                pos2(title_row.right(), title_row.bottom()),
            ))
            .layout(Layout::left_to_right(Align::Center)),
    );
    let label = view.format("staff-language", &[("language", name)]);
    if Button::new(name)
        .accessible_label(&label)
        .show(&mut switch, theme, view.clicks_allowed)
    {
        nav = Some(StaffNav::Language(other.to_owned()));
    }
    nav
}

/// The tabs: packs, visitor counts, export, settings; returns the tab chosen.
pub(super) fn tab_row(
    ui: &mut Ui,
    view: &StaffView<'_>,
    rect: Rect,
    current: StaffTab,
) -> Option<StaffTab> {
    let theme = view.theme;
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::left_to_right(Align::Center)),
    );
    let spacing = theme.px(12.0);
    row.spacing_mut().item_spacing.x = spacing;
    let width = theme.px(240.0).min((rect.width() - 3.0 * spacing) / 4.0);
    let mut chosen = None;
    for (tab, key) in [
        (StaffTab::Packs, "staff-tab-packs"),
        (StaffTab::Counts, "staff-tab-counts"),
        (StaffTab::Export, "staff-tab-export"),
        (StaffTab::Settings, "staff-tab-settings"),
    ] {
        let label = view.text(key);
        if Button::new(&label)
            .selected(tab == current)
            .min_width(width)
            .show(&mut row, theme, view.clicks_allowed)
        {
            chosen = Some(tab);
        }
    }
    chosen
}

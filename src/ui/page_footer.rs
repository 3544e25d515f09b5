//! The bottom bar of an exhibit page: previous on the left, the page dots centred, next (or
//! "more exhibits" and the quiz) on the right.

use egui::{Align, Layout, Rect, Ui, pos2, vec2};

use super::ScreenContext;
use super::paint::Icon;
use super::widgets::{self, Button, ButtonKind};
use crate::content::model::Exhibit;
use crate::kiosk::Nav;

/// Previous on the left, the page dots centred, next (or "more exhibits") on the right.
pub(super) fn page_footer(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    (exhibit_index, exhibit): (usize, &Exhibit),
    page: usize,
    rect: Rect,
) -> Option<Nav> {
    let theme = ctx.theme;
    let count = exhibit.pages.len();
    let inner = rect.shrink2(vec2(theme.margin(), theme.px(22.0)));
    let zone_width = theme.px(320.0).min(inner.width() / 3.0);
    let left_zone = Rect::from_min_size(inner.min, vec2(zone_width, inner.height()));
    let right_zone = Rect::from_min_max(pos2(inner.right() - zone_width, inner.top()), inner.max);
    let mut nav = None;

    if page > 0 {
        let label = ctx.ui_text("previous");
        let mut zone = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(left_zone)
                .layout(Layout::left_to_right(Align::Center)),
        );
        if Button::new(&label)
            .icon(Icon::ChevronLeft)
            .min_width(zone_width)
            .show(&mut zone, theme, ctx.clicks_allowed)
        {
            nav = Some(Nav::PreviousPage);
        }
    }
    let mut zone = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(right_zone)
            .layout(Layout::right_to_left(Align::Center)),
    );
    if page + 1 < count {
        let label = ctx.ui_text("next");
        if Button::new(&label)
            .icon(Icon::ChevronRight)
            .icon_after()
            .kind(ButtonKind::Primary)
            .min_width(zone_width)
            .show(&mut zone, theme, ctx.clicks_allowed)
        {
            nav = Some(Nav::NextPage);
        }
    } else if exhibit.quiz.is_some() {
        // The last page invites to the quiz; Home in the top bar leads to other exhibits.
        let label = ctx.ui_text("quiz-take");
        if Button::new(&label)
            .icon(Icon::Question)
            .kind(ButtonKind::Primary)
            .min_width(zone_width)
            .show(&mut zone, theme, ctx.clicks_allowed)
        {
            nav = Some(Nav::OpenQuiz(exhibit_index));
        }
    } else {
        let label = ctx.ui_text("more-exhibits");
        if Button::new(&label)
            .icon(Icon::Home)
            .kind(ButtonKind::Primary)
            .min_width(zone_width)
            .show(&mut zone, theme, ctx.clicks_allowed)
        {
            nav = Some(Nav::Home);
        }
    }

    // Each dot a whole touch target wide, between the two buttons; where they would not fit,
    // the page number instead ("2 / 7"), a control too: it turns to the next page.
    let dot_target = theme.touch_target();
    let between = inner.width() - 2.0 * zone_width - 2.0 * theme.gap();
    if dot_target * count as f32 > between {
        return page_number(ui, ctx, (page, count), inner).or(nav);
    }
    let dots_left = inner.center().x - dot_target * count as f32 / 2.0;
    for index in 0..count {
        let target = Rect::from_min_size(
            pos2(dots_left + index as f32 * dot_target, inner.top()),
            vec2(dot_target, inner.height()),
        );
        let label = crate::content::ruby::plain(&ctx.texts.format(
            ctx.language(),
            "page-dot",
            &[("page", &(index + 1).to_string())],
        ))
        .into_owned();
        let response = widgets::touch_area(ui, target, ("page-dot", index), &label);
        let current = index == page;
        // Assistive technology (and the tests) can tell which dot is the page on show.
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, current, &label));
        let radius = if current {
            theme.px(12.0)
        } else {
            theme.px(9.0)
        };
        let color = if current { theme.accent } else { theme.edge };
        ui.painter().circle_filled(target.center(), radius, color);
        if response.clicked() && ctx.clicks_allowed && !current {
            nav = Some(Nav::GoToPage(index));
        }
    }
    nav
}

/// "2 / 7" centred in `inner`: a touch turns to the next page (from the last, the first).
fn page_number(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    (page, count): (usize, usize),
    inner: Rect,
) -> Option<Nav> {
    let theme = ctx.theme;
    let words = format!("{} / {count}", page + 1);
    let galley = ui.painter().layout_no_wrap(
        words.clone(),
        theme.font(super::theme::TextStyle::Button),
        theme.ink,
    );
    let target = Rect::from_center_size(
        inner.center(),
        vec2(
            (galley.size().x + theme.px(48.0)).max(theme.touch_target()),
            inner.height(),
        ),
    );
    let response = widgets::touch_area(ui, target, "page-number", &words);
    ui.painter()
        .galley(target.center() - galley.size() / 2.0, galley, theme.ink);
    (response.clicked() && ctx.clicks_allowed).then_some(Nav::GoToPage((page + 1) % count))
}

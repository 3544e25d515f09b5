//! A page of an exhibit: title and body on the left, the picture with its caption and the key
//! figures on the right, previous/next and page dots along the bottom. Swiping sideways turns
//! the page; dragging the text up and down scrolls it.

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, Layout, Rect, ScrollArea, Ui, pos2, vec2};

use super::ScreenContext;
use super::kinsoku;
use super::paint::{self, Fit, Icon};
use super::top_bar::TopBar;
use super::touch::Swipe;
use super::widgets::{self, Button, ButtonKind};
use crate::content::model::{Exhibit, KeyFigure, Page};
use crate::content::rich_text;
use crate::kiosk::Nav;
use crate::theme::{TextStyle, Theme};

/// Draws page `page` of exhibit `exhibit`; `swipe` is a swipe that ended this frame.
pub fn show(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    exhibit_index: usize,
    page_index: usize,
    swipe: Option<Swipe>,
) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, theme.background);
    let pack = ctx.pack;
    let (Some(exhibit), Some(page)) = (
        pack.exhibits.get(exhibit_index),
        pack.exhibits
            .get(exhibit_index)
            .and_then(|e| e.pages.get(page_index)),
    ) else {
        return Some(Nav::Home);
    };

    let bar = Rect::from_min_size(screen.min, vec2(screen.width(), theme.bar_height()));
    let title = ctx.pack_text(&exhibit.title).to_owned();
    let mut nav = TopBar {
        title: &title,
        navigation: true,
    }
    .show(ui, ctx, bar);

    let footer_height = theme.px(140.0);
    let footer = Rect::from_min_max(
        pos2(screen.left(), screen.bottom() - footer_height),
        screen.max,
    );
    if let Some(footer_nav) = page_footer(ui, ctx, exhibit, page_index, footer) {
        nav = Some(footer_nav);
    }

    let content = Rect::from_min_max(
        pos2(
            screen.left() + theme.margin(),
            bar.bottom() + theme.px(36.0),
        ),
        pos2(
            screen.right() - theme.margin(),
            footer.top() - theme.px(12.0),
        ),
    );
    let has_side = page.image.is_some() || !page.figures.is_empty();
    let portrait = content.height() > content.width();
    let (text_rect, side_rect) = if !has_side {
        let width = content.width().min(theme.px(1200.0));
        (
            Rect::from_center_size(content.center(), vec2(width, content.height())),
            None,
        )
    } else if portrait {
        let split = content.top() + content.height() * 0.45;
        (
            Rect::from_min_max(pos2(content.left(), split + theme.gap()), content.max),
            Some(Rect::from_min_max(
                content.min,
                pos2(content.right(), split),
            )),
        )
    } else {
        let split = content.left() + content.width() * 0.54;
        (
            Rect::from_min_max(content.min, pos2(split, content.bottom())),
            Some(Rect::from_min_max(
                pos2(split + theme.px(56.0), content.top()),
                content.max,
            )),
        )
    };

    text_column(ui, ctx, page, exhibit_index, page_index, text_rect);
    if let Some(side) = side_rect
        && side_column(ui, ctx, page, side)
    {
        nav = Some(Nav::OpenImage);
    }

    match swipe {
        Some(Swipe::Left) => nav.or(Some(Nav::NextPage)),
        Some(Swipe::Right) => nav.or(Some(Nav::PreviousPage)),
        None => nav,
    }
}

fn text_column(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    page: &Page,
    exhibit: usize,
    page_index: usize,
    rect: Rect,
) {
    let theme = ctx.theme;
    let mut column = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::top_down(Align::Min)),
    );
    let title = ctx.pack_text(&page.title).to_owned();
    let galley =
        column
            .painter()
            .layout(title, theme.font(TextStyle::Title), theme.ink, rect.width());
    let (title_rect, _) = column.allocate_exact_size(galley.size(), egui::Sense::hover());
    widgets::text_at(&column, title_rect.min, galley, theme.ink);
    let accent_rule = Rect::from_min_size(
        pos2(rect.left(), title_rect.bottom() + theme.px(14.0)),
        vec2(theme.px(72.0), theme.px(6.0)),
    );
    column
        .painter()
        .rect_filled(accent_rule, theme.px(3.0), theme.accent);
    column.add_space(theme.px(40.0));
    ScrollArea::vertical()
        .id_salt(("page-body", exhibit, page_index))
        .auto_shrink(false)
        .show(&mut column, |ui| {
            ui.spacing_mut().item_spacing.y = theme.px(22.0);
            let body = ctx.pack_text(&page.body);
            for paragraph in rich_text::parse(body) {
                let galley = kinsoku::layout_paragraph(
                    ui.painter(),
                    theme,
                    &paragraph,
                    ui.available_width(),
                );
                ui.label(galley);
            }
        });
}

/// One paragraph as a layout job: body type, emphasis in bold accent, generous line height.
#[must_use]
pub fn paragraph_job(theme: &Theme, paragraph: &rich_text::Paragraph, width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for span in paragraph {
        let (font_id, color) = if span.emphasis {
            let mut font = theme.font(TextStyle::Body);
            font.family = egui::FontFamily::Name(crate::theme::BOLD_FAMILY.into());
            (font, theme.accent)
        } else {
            (theme.font(TextStyle::Body), theme.ink)
        };
        job.append(
            &span.text,
            0.0,
            TextFormat {
                font_id,
                color,
                line_height: Some(theme.body_line_height()),
                ..TextFormat::default()
            },
        );
    }
    job
}

/// The picture (tap to enlarge) and key figures; true when the picture was tapped.
fn side_column(ui: &mut Ui, ctx: &mut ScreenContext<'_>, page: &Page, rect: Rect) -> bool {
    let theme = *ctx.theme;
    let figure_height = theme.px(190.0) * theme.text_scale;
    let all_figures_height = if page.figures.is_empty() {
        0.0
    } else {
        page.figures.len() as f32 * (figure_height + theme.gap())
    };
    let mut tapped = false;
    let mut y = rect.top();
    if let Some(image) = &page.image {
        let caption_height = theme.px(96.0) * theme.text_scale;
        let image_box = Rect::from_min_max(
            rect.min,
            pos2(
                rect.right(),
                (rect.bottom() - all_figures_height - caption_height)
                    .max(rect.top() + theme.px(200.0)),
            ),
        );
        let slot = ctx.images.get(
            ctx.pack.dir.join(&image.path),
            image_box.width().max(image_box.height()),
        );
        let painter = ui.painter().clone();
        let shown = paint::picture(
            &painter,
            &theme,
            &slot,
            image_box,
            Fit::Contain,
            theme.radius(),
            Color32::WHITE,
        );
        let label = ctx.ui_text("enlarge-image");
        let response = widgets::touch_area(ui, shown, "page-image", &label);
        tapped = response.clicked() && ctx.clicks_allowed;
        let badge = Rect::from_min_size(
            shown.right_bottom() - vec2(theme.px(76.0), theme.px(76.0)),
            vec2(theme.px(60.0), theme.px(60.0)),
        );
        painter.rect_filled(badge, theme.px(30.0), theme.backdrop.gamma_multiply(0.6));
        paint::icon(
            &painter,
            Icon::Enlarge,
            badge.center(),
            theme.px(30.0),
            Color32::WHITE,
        );
        y = shown.bottom() + theme.px(12.0);
        let mut caption = image
            .caption
            .as_ref()
            .map(|c| ctx.pack_text(c).to_owned())
            .unwrap_or_default();
        if let Some(credit) = &image.credit {
            caption = format!("{caption}　{}", ctx.pack_text(credit));
        }
        if !caption.trim().is_empty() {
            let galley = painter.layout(
                caption,
                theme.font(TextStyle::Caption),
                theme.muted_ink,
                rect.width(),
            );
            widgets::text_at(ui, pos2(shown.left(), y), galley.clone(), theme.muted_ink);
            y += galley.size().y;
        }
        y += theme.gap();
    }
    for figure in &page.figures {
        let card = Rect::from_min_size(pos2(rect.left(), y), vec2(rect.width(), figure_height));
        key_figure(ui, ctx, figure, card);
        y += figure_height + theme.gap();
    }
    tapped
}

fn key_figure(ui: &Ui, ctx: &ScreenContext<'_>, figure: &KeyFigure, card: Rect) {
    let theme = ctx.theme;
    let painter = ui.painter();
    painter.rect_filled(card, theme.radius(), theme.surface);
    painter.rect_filled(
        Rect::from_min_size(card.min, vec2(theme.px(10.0), card.height())),
        theme.px(5.0),
        theme.accent,
    );
    let left = card.left() + theme.px(40.0);
    let mut job = LayoutJob::default();
    let small = |style| TextFormat {
        font_id: theme.font(style),
        color: theme.ink,
        valign: Align::BOTTOM,
        ..TextFormat::default()
    };
    if let Some(prefix) = &figure.prefix {
        job.append(ctx.pack_text(prefix), 0.0, small(TextStyle::Heading));
        job.append(" ", 0.0, small(TextStyle::Heading));
    }
    job.append(
        &group_digits(figure.value),
        0.0,
        TextFormat {
            font_id: theme.font(TextStyle::Figure),
            color: theme.accent,
            valign: Align::BOTTOM,
            ..TextFormat::default()
        },
    );
    let unit = ctx.pack_text(&figure.unit);
    let space = if ctx.language() == "ja" { "" } else { " " };
    job.append(&format!("{space}{unit}"), 0.0, small(TextStyle::Heading));
    let number = painter.layout_job(job);
    let mut y = card.top() + theme.px(14.0);
    widgets::text_at(ui, pos2(left, y), number.clone(), theme.ink);
    y += number.size().y;
    let mut label = ctx.pack_text(&figure.label).to_owned();
    if let Some(period) = &figure.period {
        label = format!("{label}（{}）", ctx.pack_text(period));
        if ctx.language() != "ja" {
            label = format!(
                "{} ({})",
                ctx.pack_text(&figure.label),
                ctx.pack_text(period)
            );
        }
    }
    let galley = painter.layout(
        label,
        theme.font(TextStyle::Caption),
        theme.muted_ink,
        card.width() - theme.px(60.0),
    );
    widgets::text_at(ui, pos2(left, y), galley, theme.muted_ink);
}

/// 2198454 → "2,198,454".
#[must_use]
pub fn group_digits(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

fn page_footer(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    exhibit: &Exhibit,
    page: usize,
    rect: Rect,
) -> Option<Nav> {
    let theme = ctx.theme;
    let count = exhibit.pages.len();
    let inner = rect.shrink2(vec2(theme.margin(), theme.px(20.0)));
    let mut nav = None;
    let mut footer = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::left_to_right(Align::Center)),
    );
    let button_width = theme.px(260.0);
    let previous_label = ctx.ui_text("previous");
    let previous = Button::new(&previous_label)
        .icon(Icon::ChevronLeft)
        .min_width(button_width);
    if page > 0 {
        if previous.show(&mut footer, theme, ctx.clicks_allowed) {
            nav = Some(Nav::PreviousPage);
        }
    } else {
        footer.add_space(button_width);
    }
    let dot_target = theme.px(72.0);
    let dots_width = dot_target * count as f32;
    let side_space = (footer.available_width() - dots_width - button_width) / 2.0;
    footer.add_space(side_space.max(0.0));
    for index in 0..count {
        let (rect, _) = footer
            .allocate_exact_size(vec2(dot_target, theme.touch_target()), egui::Sense::hover());
        let label = ctx.texts.format(
            ctx.language(),
            "page-dot",
            &[("page", &(index + 1).to_string())],
        );
        let response = widgets::touch_area(&mut footer, rect, ("page-dot", index), &label);
        let current = index == page;
        let radius = if current {
            theme.px(12.0)
        } else {
            theme.px(9.0)
        };
        let color = if current { theme.accent } else { theme.line };
        footer.painter().circle_filled(rect.center(), radius, color);
        if response.clicked() && ctx.clicks_allowed && !current {
            nav = Some(Nav::GoToPage(index));
        }
    }
    footer.add_space(side_space.max(0.0));
    if page + 1 < count {
        let next_label = ctx.ui_text("next");
        let next = Button::new(&next_label)
            .icon(Icon::ChevronRight)
            .kind(ButtonKind::Primary)
            .min_width(button_width);
        if next.show(&mut footer, theme, ctx.clicks_allowed) {
            nav = Some(Nav::NextPage);
        }
    }
    let counter = ctx.texts.format(
        ctx.language(),
        "page-of",
        &[
            ("page", &(page + 1).to_string()),
            ("total", &count.to_string()),
        ],
    );
    let galley =
        ui.painter()
            .layout_no_wrap(counter, theme.font(TextStyle::Caption), theme.muted_ink);
    widgets::text_at(
        ui,
        pos2(
            rect.center().x - galley.size().x / 2.0,
            rect.bottom() - galley.size().y - theme.px(4.0),
        ),
        galley,
        theme.muted_ink,
    );
    nav
}

#[cfg(test)]
mod tests {
    use super::group_digits;

    #[test]
    fn digits_are_grouped_by_thousands() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(49), "49");
        assert_eq!(group_digits(54_863), "54,863");
        assert_eq!(group_digits(2_198_454), "2,198,454");
    }
}

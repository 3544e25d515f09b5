//! A page of an exhibit. Landscape: title and body on the left with the key figures beneath,
//! the picture framed on the right with its caption. Portrait: [`super::page_portrait`].
//! Previous / page dots / next along the bottom, "more exhibits" on the last page. Swiping
//! sideways turns the page; dragging the text up and down scrolls it.

use egui::{Align, Color32, Layout, Rect, ScrollArea, Ui, pos2, vec2};

use super::ScreenContext;
use super::key_figures::{draw_key_figure, figure_height, key_figure};
use super::kinsoku;
use super::narration_bar;
use super::page_footer::page_footer;
use super::page_parts::{body_paragraphs, enlarge_control, page_title};
use super::page_portrait::{Place, portrait_page};
use super::paint::{self, Fit};
use super::ruby_text::Look;
use super::top_bar::TopBar;
use super::touch::Swipe;
use super::widgets::{self};
use crate::content::model::{Image, KeyFigure, Page};
use crate::kiosk::Nav;
use crate::ui::theme::{TextStyle, Theme};

/// Draws page `page_index` of exhibit `exhibit_index`; `swipe` is a swipe that ended this frame.
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
    let Some(exhibit) = pack.exhibits.get(exhibit_index) else {
        return Some(Nav::Home);
    };
    let Some(page) = exhibit.pages.get(page_index) else {
        return Some(Nav::Home);
    };

    let bar = Rect::from_min_size(screen.min, vec2(screen.width(), theme.bar_height()));
    let title = ctx.pack_text(&exhibit.title).to_owned();
    let mut nav = TopBar {
        title: &title,
        navigation: true,
    }
    .show(ui, ctx, bar);

    let footer = Rect::from_min_max(
        pos2(screen.left(), screen.bottom() - footer_height(&theme)),
        screen.max,
    );
    if let Some(footer_nav) = page_footer(ui, ctx, (exhibit_index, exhibit), page_index, footer) {
        nav = Some(footer_nav);
    }

    let content = Rect::from_min_max(
        pos2(
            screen.left() + theme.margin(),
            bar.bottom() + theme.px(36.0),
        ),
        pos2(
            screen.right() - theme.margin(),
            footer.top() - theme.px(8.0),
        ),
    );
    // A page with narration in the visitor's language keeps its controls along the bottom.
    let narrated = ctx.narrated.clone();
    let (content, narration_bar) = match &narrated {
        Some(_) => {
            let bar_top = content.bottom() - narration_bar::height(&theme);
            (
                Rect::from_min_max(content.min, pos2(content.right(), bar_top - theme.gap())),
                Some(Rect::from_min_max(
                    pos2(content.left(), bar_top),
                    content.max,
                )),
            )
        }
        None => (content, None),
    };
    // While a narration with captions sounds, the page sits above the captions' band.
    let band = narrated.as_ref().map_or(0.0, |(key, narration)| {
        narration_bar::caption_band(ctx, narration, key)
    });
    let page_area = Rect::from_min_max(content.min, pos2(content.right(), content.bottom() - band));
    let picture = exhibit.page_picture(page_index);
    let tapped_image = if content.height() > content.width() {
        // The column spans the screen from the bar down, for its picture edge to edge.
        let column = Rect::from_min_max(
            pos2(screen.left(), bar.bottom()),
            pos2(screen.right(), page_area.bottom()),
        );
        let place = Place {
            at: (exhibit_index, page_index),
            exhibit_title: &title,
        };
        portrait_page(ui, ctx, (page, picture), &place, column)
    } else {
        landscape_page(
            ui,
            ctx,
            (page, picture),
            (exhibit_index, page_index),
            page_area,
        )
    };
    if tapped_image {
        nav = Some(Nav::OpenImage);
    }
    if let (Some((key, narration)), Some(bar_rect)) = (&narrated, narration_bar) {
        if let Some(overlay_nav) = narration_bar::overlays(ui, ctx, content, narration, key) {
            nav = Some(overlay_nav);
        }
        let total = ctx.pack.audio_durations.get(&narration.audio).copied();
        if let Some(bar_nav) = narration_bar::show(ui, ctx, bar_rect, key, total) {
            nav = Some(bar_nav);
        }
    }
    match swipe {
        Some(Swipe::Left) => nav.or(Some(Nav::NextPage)),
        Some(Swipe::Right) => nav.or(Some(Nav::PreviousPage)),
        None => nav,
    }
}

fn footer_height(theme: &Theme) -> f32 {
    theme.px(132.0)
}

/// Text on the left (figures beneath it when there is a picture), picture on the right.
fn landscape_page(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    (page, picture): (&Page, Option<&Image>),
    at: (usize, usize),
    content: Rect,
) -> bool {
    let theme = *ctx.theme;
    let has_side = picture.is_some() || !page.figures.is_empty();
    if !has_side {
        let width = content.width().min(theme.px(1200.0));
        let column = Rect::from_center_size(content.center(), vec2(width, content.height()));
        text_column(ui, ctx, page, at, column, &[]);
        return false;
    }
    let split = content.left() + content.width() * 0.52;
    let left = Rect::from_min_max(content.min, pos2(split, content.bottom()));
    let right = Rect::from_min_max(pos2(split + theme.px(56.0), content.top()), content.max);
    if let Some(image) = picture {
        text_column(ui, ctx, page, at, left, &page.figures);
        return framed_picture(ui, ctx, image, right);
    }
    text_column(ui, ctx, page, at, left, &[]);
    let mut y = right.top();
    for figure in &page.figures {
        y += key_figure(ui, ctx, figure, pos2(right.left(), y), right.width()) + theme.gap();
    }
    false
}

/// Title, then body and `figures` (side by side) scrolling together, so enlarged text never
/// hides behind the figures.
fn text_column(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    page: &Page,
    at: (usize, usize),
    rect: Rect,
    figures: &[KeyFigure],
) {
    let theme = ctx.theme;
    let mut column = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::top_down(Align::Min)),
    );
    page_title(&mut column, ctx, page, rect.width());
    let scrolled = ScrollArea::vertical()
        .id_salt(("page-body", at))
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(&mut column, |ui| {
            let width = ui.available_width();
            body_paragraphs(ui, ctx, page, width);
            if figures.is_empty() {
                return;
            }
            ui.add_space(theme.gap());
            let count = figures.len() as f32;
            let figure_width = (width - theme.gap() * (count - 1.0)) / count;
            let height = figures
                .iter()
                .map(|f| figure_height(ui, ctx, f, figure_width))
                .fold(0.0, f32::max);
            let (row, _) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
            for (index, figure) in figures.iter().enumerate() {
                let x = row.left() + index as f32 * (figure_width + theme.gap());
                let card = Rect::from_min_size(pos2(x, row.top()), vec2(figure_width, height));
                draw_key_figure(ui, ctx, figure, card);
            }
        });
    paint::more_below_hint(ui.painter(), theme, &scrolled);
}

/// The picture on a white card with its caption centred beneath; true when tapped.
fn framed_picture(ui: &mut Ui, ctx: &mut ScreenContext<'_>, image: &Image, area: Rect) -> bool {
    let theme = *ctx.theme;
    let painter = ui.painter().clone();
    let caption = ctx.image_caption(image);
    let caption_galley = (!caption.trim().is_empty()).then(|| {
        kinsoku::layout_look(
            &painter,
            &caption,
            Look::new(theme.font(TextStyle::Caption), theme.muted_ink).centred(),
            area.width() - theme.px(48.0),
            true,
        )
    });
    let caption_height = caption_galley
        .as_ref()
        .map_or(0.0, |g| g.size().y + theme.px(20.0));
    let pad = theme.px(24.0);
    let picture_box = Rect::from_min_max(
        area.min + vec2(pad, pad),
        pos2(area.right() - pad, area.bottom() - pad - caption_height),
    );
    let slot = ctx.images.get(
        ctx.pack.dir.join(&image.path),
        picture_box.width().max(picture_box.height()),
    );
    let (shown, _) = match &slot {
        super::images::cache::ImageSlot::Ready(texture) => {
            paint::placement(texture.size_vec2(), picture_box, Fit::Contain)
        }
        _ => (picture_box, Rect::NOTHING),
    };
    let frame = Rect::from_min_max(
        shown.min - vec2(pad, pad),
        pos2(shown.right() + pad, shown.bottom() + pad + caption_height),
    );
    painter.rect_filled(
        frame.translate(vec2(0.0, theme.px(4.0))),
        theme.radius(),
        Color32::from_black_alpha(14),
    );
    painter.rect_filled(frame, theme.radius(), theme.surface);
    paint::picture(
        &painter,
        &theme,
        &slot,
        picture_box,
        Fit::Contain,
        theme.px(6.0),
        Color32::WHITE,
    );
    let badge_size = theme.px(56.0);
    let badge = Rect::from_min_size(
        pos2(
            frame.right() - badge_size - theme.px(10.0),
            frame.top() + theme.px(10.0),
        ),
        vec2(badge_size, badge_size),
    );
    let tapped = enlarge_control(ui, ctx, frame, badge);
    if let Some(galley) = caption_galley {
        let pos = pos2(frame.center().x, shown.bottom() + pad / 2.0 + theme.px(8.0));
        widgets::text_at(ui, pos, &galley, theme.muted_ink);
    }
    tapped
}

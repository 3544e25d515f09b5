//! The home screen: every exhibit as a large card with its cover, title and place.

use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Color32, Galley, Rect, ScrollArea, Ui, pos2, vec2};

use super::paint::{self, Fit};
use super::top_bar::TopBar;
use super::{ScreenContext, widgets};
use crate::content::model::Exhibit;
use crate::kiosk::Nav;
use crate::theme::{TextStyle, Theme};

/// Narrowest a card may be before the grid drops a column.
const MIN_CARD_WIDTH: f32 = 400.0;
/// Most columns, however wide the screen.
const MAX_COLUMNS: usize = 4;

/// Draws the home screen; returns the transition asked for.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, theme.background);
    let bar = Rect::from_min_size(screen.min, vec2(screen.width(), theme.bar_height()));
    let title = ctx.pack_text(&ctx.pack.manifest.title).to_owned();
    let mut nav = TopBar {
        title: &title,
        navigation: false,
    }
    .show(ui, ctx, bar);

    let body = Rect::from_min_max(pos2(screen.left(), bar.bottom()), screen.max);
    let mut content = ui.new_child(egui::UiBuilder::new().max_rect(body));
    let scrolled = ScrollArea::vertical()
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(&mut content, |ui| {
            let margin = theme.margin();
            let gap = theme.gap();
            let width = ui.available_width() - 2.0 * margin;
            let columns = column_count(width, &theme);
            let card_width = (width - gap * (columns as f32 - 1.0)) / columns as f32;
            let image_height = card_width / 2.0;
            let texts: Vec<CardText> = ctx
                .pack
                .exhibits
                .iter()
                .map(|exhibit| card_text(ui, ctx, exhibit, card_width - 2.0 * theme.px(24.0)))
                .collect();
            // Every card as tall as the tallest, so the grid stays calm.
            let text_height = texts.iter().map(CardText::height).fold(0.0, f32::max);
            let card_height = image_height + text_height + theme.px(34.0);
            let rows = texts.len().div_ceil(columns);
            let top_space = theme.px(36.0);
            let total_height = rows as f32 * (card_height + gap) + top_space;
            let (grid, _) = ui.allocate_exact_size(
                vec2(ui.available_width(), total_height),
                egui::Sense::hover(),
            );
            for (index, text) in texts.into_iter().enumerate() {
                let (row, column) = (index / columns, index % columns);
                let min = pos2(
                    grid.left() + margin + column as f32 * (card_width + gap),
                    grid.top() + top_space + row as f32 * (card_height + gap),
                );
                let card = Rect::from_min_size(min, vec2(card_width, card_height));
                if ui.is_rect_visible(card) && draw_card(ui, ctx, index, card, image_height, text) {
                    nav = Some(Nav::OpenExhibit(index));
                }
            }
        });
    paint::more_below_hint(ui.painter(), &theme, &scrolled);
    nav
}

fn column_count(width: f32, theme: &Theme) -> usize {
    let fits = (width + theme.gap()) / (theme.px(MIN_CARD_WIDTH) + theme.gap());
    (1..=MAX_COLUMNS)
        .rev()
        .find(|&n| n as f32 <= fits)
        .unwrap_or(1)
}

/// The laid-out words of a card.
struct CardText {
    title: String,
    region: Option<Arc<Galley>>,
    heading: Arc<Galley>,
    subtitle: Arc<Galley>,
}

impl CardText {
    fn height(&self) -> f32 {
        // The region is not counted: it sits on the picture.
        self.heading.size().y + self.subtitle.size().y
    }
}

fn card_text(ui: &Ui, ctx: &ScreenContext<'_>, exhibit: &Exhibit, width: f32) -> CardText {
    let theme = ctx.theme;
    let painter = ui.painter();
    let title = ctx.pack_text(&exhibit.title).to_owned();
    let limited = |text: String, style: TextStyle, color, rows: usize| {
        let mut job = LayoutJob::simple(text, theme.font(style), color, width);
        job.wrap.max_rows = rows;
        job.wrap.overflow_character = Some('…');
        painter.layout_job(job)
    };
    // The region rides on the picture as a chip, so every title starts at the same height.
    let region = exhibit
        .region
        .as_ref()
        .map_or(String::new(), |r| ctx.pack_text(r).to_owned());
    CardText {
        region: (!region.is_empty())
            .then(|| limited(region, TextStyle::Caption, theme.on_accent, 1)),
        heading: limited(title.clone(), TextStyle::CardTitle, theme.ink, 3),
        subtitle: limited(
            ctx.pack_text(&exhibit.subtitle).to_owned(),
            TextStyle::Caption,
            theme.muted_ink,
            2,
        ),
        title,
    }
}

/// Draws one card; true when it was tapped.
fn draw_card(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    index: usize,
    card: Rect,
    image_height: f32,
    text: CardText,
) -> bool {
    let theme = *ctx.theme;
    let Some(exhibit) = ctx.pack.exhibits.get(index) else {
        return false;
    };
    let response = widgets::touch_area(ui, card, ("exhibit-card", index), &text.title);
    let painter = ui.painter();
    let lift = if response.is_pointer_button_down_on() {
        theme.px(2.0)
    } else {
        theme.px(6.0)
    };
    painter.rect_filled(
        card.translate(vec2(0.0, lift)),
        theme.radius(),
        Color32::from_black_alpha(18),
    );
    painter.rect_filled(card, theme.radius(), theme.surface);
    let image_rect = Rect::from_min_size(card.min, vec2(card.width(), image_height));
    let slot = ctx
        .images
        .get(ctx.pack.dir.join(&exhibit.cover.path), card.width());
    paint::picture(
        painter,
        &theme,
        &slot,
        image_rect,
        Fit::Cover,
        theme.radius(),
        Color32::WHITE,
    );
    // Square off the picture's lower corners where it meets the text.
    painter.rect_filled(
        Rect::from_min_size(
            pos2(card.left(), image_rect.bottom() - theme.radius()),
            vec2(card.width(), theme.radius()),
        ),
        0.0,
        theme.surface,
    );
    let text_left = card.left() + theme.px(24.0);
    let mut y = image_rect.bottom() + theme.px(14.0);
    if let Some(region) = text.region {
        let chip = Rect::from_min_size(
            pos2(
                text_left,
                image_rect.bottom() - region.size().y - theme.px(34.0),
            ),
            region.size() + vec2(theme.px(28.0), theme.px(10.0)),
        );
        painter.rect_filled(chip, chip.height() / 2.0, theme.accent);
        painter.galley(
            chip.min + vec2(theme.px(14.0), theme.px(5.0)),
            region,
            theme.on_accent,
        );
    }
    painter.galley(pos2(text_left, y), text.heading.clone(), theme.ink);
    y += text.heading.size().y + theme.px(4.0);
    painter.galley(pos2(text_left, y), text.subtitle, theme.muted_ink);
    response.clicked() && ctx.clicks_allowed
}

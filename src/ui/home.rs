//! The home screen: every exhibit as a large card with its cover, title and place.

use egui::{Color32, Rect, ScrollArea, Ui, pos2, vec2};

use super::home_grid::{self, GridSpace, MIN_CARD_WIDTH, SlotKind};
use super::home_quiz;
use super::paint;
use super::ruby_text::{self, RubyText};
use super::top_bar::TopBar;
use super::{ScreenContext, widgets};
use crate::content::model::Exhibit;
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// Height of the featured-quiz banner at 1080p.
const BANNER_HEIGHT: f32 = 150.0;
/// The share of a one-column card's width its picture takes, beside the words.
const SIDE_PICTURE_SHARE: f32 = 0.4;

/// Where a card's picture goes.
#[derive(Debug, Clone, Copy)]
enum Picture {
    /// Across the top of the card, this tall.
    Above(f32),
    /// At the card's left, the words at its right.
    Beside,
}

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
            if let Some(tapped) = grid(ui, ctx, &title, body.height()) {
                nav = Some(tapped);
            }
        });
    paint::more_below_hint(ui.painter(), &theme, &scrolled);
    nav
}

/// The pack's heading (narrow screens), the featured quizzes and the exhibits' cards, planned
/// by [`home_grid::plan`] to show at first sight where the screen allows.
fn grid(ui: &mut Ui, ctx: &mut ScreenContext<'_>, title: &str, visible: f32) -> Option<Nav> {
    let theme = *ctx.theme;
    let margin = theme.margin();
    let gap = theme.gap();
    let width = ui.available_width() - 2.0 * margin;
    let top = theme.px(36.0);
    // On a narrow screen the bar has no room for the pack's title: it heads the page.
    let heading = super::top_bar::is_compact(&theme, ui.max_rect().width())
        .then(|| pack_heading(ui, ctx, title, width));
    let heading_height = heading.as_ref().map_or(0.0, |h| h.size().y + gap);
    let featured = home_quiz::featured_quizzes(ctx);
    let space = GridSpace {
        width,
        height: visible - top - heading_height - theme.px(36.0),
        gap,
        min_card_width: theme.px(MIN_CARD_WIDTH) * theme.text_scale,
        banner_height: theme.px(BANNER_HEIGHT) + gap,
    };
    // A single column (large text on a portrait screen) has its pictures beside the words.
    let side = |card_width: f32| card_width > space.width * 0.9 && card_width >= theme.px(700.0);
    let text_width = |card_width: f32| {
        let picture = if side(card_width) {
            (card_width * SIDE_PICTURE_SHARE).floor()
        } else {
            0.0
        };
        card_width - picture - 2.0 * theme.px(24.0)
    };
    let lay_out = |w: f32| -> Vec<CardText> {
        ctx.pack
            .exhibits
            .iter()
            .map(|exhibit| card_text(ui, ctx, exhibit, text_width(w)))
            .collect()
    };
    let padded = |texts: &[CardText]| -> Vec<f32> {
        texts.iter().map(|t| t.height() + theme.px(34.0)).collect()
    };
    // The words laid out at each width the plan tries, kept for the one it chooses.
    let mut laid: Vec<(f32, Vec<CardText>)> = Vec::new();
    let mut plan = home_grid::plan(ctx.pack.exhibits.len(), featured.len(), &space, &mut |w| {
        let texts = lay_out(w);
        let mut heights = padded(&texts);
        heights.extend(
            featured
                .iter()
                .map(|&quiz| home_quiz::card_words_height(ui, ctx, quiz, w)),
        );
        laid.push((w, texts));
        heights
    });
    let texts = laid
        .into_iter()
        .rev()
        .find(|(w, _)| (w - plan.card_width).abs() < 0.5)
        .map_or_else(|| lay_out(plan.card_width), |(_, texts)| texts);
    if side(plan.card_width) {
        // The picture whole at 3 : 2, the words centred on it when they are shorter.
        plan.picture_height = (plan.card_width * SIDE_PICTURE_SHARE / 1.5).floor();
        plan.picture_beside = true;
    }
    let banner = if plan.banner {
        space.banner_height
    } else {
        0.0
    };
    let top_space = top + heading_height + banner;
    let total_height = top_space + plan.height(gap) + theme.px(36.0);
    let (area, _) = ui.allocate_exact_size(
        vec2(ui.available_width(), total_height.ceil()),
        egui::Sense::hover(),
    );
    let left = area.left() + margin;
    if let Some(heading) = &heading {
        widgets::text_at(ui, pos2(left, area.top() + top), heading, theme.ink);
    }
    let mut nav = None;
    if plan.banner {
        let count = featured.len() as f32;
        let banner_width = (width - gap * (count - 1.0)) / count;
        for (slot, exhibit) in featured.iter().enumerate() {
            let rect = Rect::from_min_size(
                pos2(
                    left + slot as f32 * (banner_width + gap),
                    area.top() + top + heading_height,
                ),
                vec2(banner_width, theme.px(BANNER_HEIGHT)),
            );
            if home_quiz::show(ui, ctx, *exhibit, rect, home_quiz::Shape::Banner) {
                nav = Some(Nav::OpenQuiz(*exhibit));
            }
        }
    }
    let placed = Placed {
        plan: &plan,
        featured: &featured,
        origin: pos2(left, area.top() + top_space),
        gap,
    };
    draw_slots(ui, ctx, &placed, texts).or(nav)
}

/// Where the planned cards go on the screen.
struct Placed<'a> {
    plan: &'a home_grid::GridPlan,
    featured: &'a [usize],
    /// The top left of the grid's first row.
    origin: egui::Pos2,
    gap: f32,
}

/// Draws every planned card that shows; returns the one tapped.
fn draw_slots(
    ui: &mut Ui,
    ctx: &mut ScreenContext<'_>,
    placed: &Placed<'_>,
    texts: Vec<CardText>,
) -> Option<Nav> {
    let plan = placed.plan;
    let mut nav = None;
    let mut texts: Vec<Option<CardText>> = texts.into_iter().map(Some).collect();
    for slot in &plan.slots {
        let min = placed.origin + vec2(slot.x, plan.row_top(slot.row, placed.gap));
        let card = Rect::from_min_size(min, vec2(slot.width, plan.row_height(slot.row)));
        if !ui.is_rect_visible(card) {
            continue;
        }
        match slot.kind {
            SlotKind::Exhibit(index) => {
                let Some(text) = texts.get_mut(index).and_then(Option::take) else {
                    continue;
                };
                let picture = if plan.picture_beside {
                    Picture::Beside
                } else {
                    Picture::Above(plan.picture_height)
                };
                if draw_card(ui, ctx, index, card, picture, text) {
                    nav = Some(Nav::OpenExhibit(index));
                }
            }
            SlotKind::Quiz(place) => {
                let Some(&exhibit) = placed.featured.get(place) else {
                    continue;
                };
                let shape = home_quiz::Shape::Card {
                    picture_height: plan.picture_height,
                };
                if home_quiz::show(ui, ctx, exhibit, card, shape) {
                    nav = Some(Nav::OpenQuiz(exhibit));
                }
            }
        }
    }
    nav
}

/// The pack's title as the page's heading.
fn pack_heading(ui: &Ui, ctx: &ScreenContext<'_>, title: &str, width: f32) -> RubyText {
    let theme = ctx.theme;
    ruby_text::layout(
        ui.painter(),
        &ruby_text::Spec::new(
            title,
            ruby_text::Look::new(theme.font(TextStyle::Title), theme.ink).scale(theme.scale),
            width,
        )
        .ruby(theme.furigana)
        .balanced(),
    )
}

/// The laid-out words of a card.
struct CardText {
    title: String,
    region: Option<RubyText>,
    heading: RubyText,
    subtitle: RubyText,
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
        ruby_text::layout(
            painter,
            &ruby_text::Spec::new(
                &text,
                ruby_text::Look::new(theme.font(style), color).scale(theme.scale),
                width,
            )
            .ruby(theme.furigana)
            .balanced()
            .max_rows(rows),
        )
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
            3,
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
    picture: Picture,
    text: CardText,
) -> bool {
    let theme = *ctx.theme;
    let Some(exhibit) = ctx.pack.exhibits.get(index) else {
        return false;
    };
    let response = widgets::touch_area(ui, card, ("exhibit-card", index), &text.title);
    let painter = ui.painter();
    home_quiz::shadow(painter, &theme, card, response.is_pointer_button_down_on());
    painter.rect_filled(card, theme.radius(), theme.surface);
    let image_rect = match picture {
        Picture::Above(height) => Rect::from_min_size(card.min, vec2(card.width(), height)),
        Picture::Beside => Rect::from_min_size(
            card.min,
            vec2((card.width() * SIDE_PICTURE_SHARE).floor(), card.height()),
        ),
    };
    let slot = ctx
        .images
        .get(ctx.pack.dir.join(&exhibit.cover.path), card.width());
    paint::picture(
        painter,
        &theme,
        &slot,
        image_rect,
        super::attract::cover_fit(&exhibit.cover),
        theme.radius(),
        Color32::WHITE,
    );
    // Square off the picture's corners where it meets the text.
    let seam = match picture {
        Picture::Above(_) => Rect::from_min_max(
            pos2(card.left(), image_rect.bottom() - theme.radius()),
            pos2(card.right(), image_rect.bottom()),
        ),
        Picture::Beside => Rect::from_min_max(
            pos2(image_rect.right() - theme.radius(), card.top()),
            pos2(image_rect.right(), card.bottom()),
        ),
    };
    painter.rect_filled(seam, 0.0, theme.surface);
    let (text_left, mut y) = match picture {
        Picture::Above(_) => (
            card.left() + theme.px(24.0),
            image_rect.bottom() + theme.px(14.0),
        ),
        Picture::Beside => (
            image_rect.right() + theme.px(24.0),
            card.center().y - text.height() * 0.5 - theme.px(2.0),
        ),
    };
    let chip_left = image_rect.left() + theme.px(24.0);
    if let Some(region) = text.region {
        let chip = Rect::from_min_size(
            pos2(
                chip_left,
                image_rect.bottom() - region.size().y - theme.px(34.0),
            ),
            region.size() + vec2(theme.px(28.0), theme.px(10.0)),
        );
        painter.rect_filled(chip, chip.height() / 2.0, theme.accent);
        region.paint(painter, chip.min + vec2(theme.px(14.0), theme.px(5.0)));
    }
    text.heading.paint(painter, pos2(text_left, y));
    y += text.heading.size().y + theme.px(4.0);
    text.subtitle.paint(painter, pos2(text_left, y));
    response.clicked() && ctx.clicks_allowed
}

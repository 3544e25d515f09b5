//! The home screen: every exhibit as a large card with its cover, title and place.

use egui::{Color32, Rect, ScrollArea, Ui, pos2, vec2};

use super::paint::{self, Fit};
use super::ruby_text::{self, RubyText};
use super::top_bar::TopBar;
use super::{ScreenContext, widgets};
use crate::content::model::Exhibit;
use crate::kiosk::Nav;
use crate::ui::theme::{TextStyle, Theme};

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
            let featured = featured_quizzes(ctx);
            let strip_height = if featured.is_empty() {
                0.0
            } else {
                theme.px(150.0) + gap
            };
            // On a narrow screen the bar has no room for the pack's title: it heads the page.
            let heading = super::top_bar::is_compact(&theme, screen.width())
                .then(|| pack_heading(ui, ctx, &title, width));
            let heading_height = heading.as_ref().map_or(0.0, |h| h.size().y + gap);
            let top_space = theme.px(36.0) + heading_height + strip_height;
            let total_height = rows as f32 * (card_height + gap) + top_space;
            let (grid, _) = ui.allocate_exact_size(
                vec2(ui.available_width(), total_height),
                egui::Sense::hover(),
            );
            if let Some(heading) = &heading {
                let at = pos2(grid.left() + margin, grid.top() + theme.px(36.0));
                widgets::text_at(ui, at, heading, theme.ink);
            }
            if !featured.is_empty() {
                let strip = Rect::from_min_size(
                    pos2(
                        grid.left() + margin,
                        grid.top() + theme.px(36.0) + heading_height,
                    ),
                    vec2(width, strip_height - gap),
                );
                if let Some(exhibit) = quiz_strip(ui, ctx, &featured, strip) {
                    nav = Some(Nav::OpenQuiz(exhibit));
                }
            }
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
        region.paint(painter, chip.min + vec2(theme.px(14.0), theme.px(5.0)));
    }
    text.heading.paint(painter, pos2(text_left, y));
    y += text.heading.size().y + theme.px(4.0);
    text.subtitle.paint(painter, pos2(text_left, y));
    response.clicked() && ctx.clicks_allowed
}

/// Exhibits whose quizzes the pack features on the home screen, in the pack's order.
fn featured_quizzes(ctx: &ScreenContext<'_>) -> Vec<usize> {
    ctx.pack
        .manifest
        .featured_quizzes
        .iter()
        .filter_map(|id| {
            ctx.pack
                .exhibits
                .iter()
                .position(|e| e.quiz.as_ref().is_some_and(|q| &q.id == id))
        })
        .collect()
}

/// The featured quizzes as banners across the top; returns the exhibit whose quiz was tapped.
fn quiz_strip(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    featured: &[usize],
    strip: Rect,
) -> Option<usize> {
    let theme = *ctx.theme;
    let gap = theme.gap();
    let count = featured.len() as f32;
    let width = (strip.width() - gap * (count - 1.0)) / count;
    let invite = ctx.ui_text("quiz-featured");
    let mut tapped = None;
    for (slot, exhibit_index) in featured.iter().enumerate() {
        let Some(quiz) = ctx
            .pack
            .exhibits
            .get(*exhibit_index)
            .and_then(|e| e.quiz.as_ref())
        else {
            continue;
        };
        let rect = Rect::from_min_size(
            pos2(strip.left() + slot as f32 * (width + gap), strip.top()),
            vec2(width, strip.height()),
        );
        let title = ctx.pack_text(&quiz.title).to_owned();
        let count = ctx.texts.format(
            ctx.language(),
            "quiz-question-count",
            &[("count", &quiz.questions.len().to_string())],
        );
        let response = widgets::touch_area(
            ui,
            rect,
            ("featured-quiz", *exhibit_index),
            &format!("{invite}: {title}"),
        );
        let painter = ui.painter();
        let fill = if response.is_pointer_button_down_on() {
            theme.accent.gamma_multiply(0.85)
        } else {
            theme.accent
        };
        painter.rect_filled(rect, theme.radius(), fill);
        let badge = pos2(rect.left() + theme.px(80.0), rect.center().y);
        painter.circle_filled(badge, theme.px(44.0), theme.on_accent);
        paint::icon(
            painter,
            paint::Icon::Question,
            badge,
            theme.px(50.0),
            theme.accent,
        );
        let text_left = rect.left() + theme.px(150.0);
        let text_width = rect.right() - text_left - theme.px(100.0);
        let line = |text: String, style: TextStyle| {
            ruby_text::layout(
                painter,
                &ruby_text::Spec::new(
                    &text,
                    ruby_text::Look::new(theme.font(style), theme.on_accent).scale(theme.scale),
                    text_width,
                )
                .ruby(theme.furigana)
                .max_rows(1),
            )
        };
        let invite_line = line(format!("{invite}　{count}"), TextStyle::Caption);
        let title_line = line(title, TextStyle::CardTitle);
        let block = invite_line.size().y + theme.px(6.0) + title_line.size().y;
        let top = rect.center().y - block / 2.0;
        let invite_height = invite_line.size().y;
        invite_line.paint(painter, pos2(text_left, top));
        title_line.paint(
            painter,
            pos2(text_left, top + invite_height + theme.px(6.0)),
        );
        paint::icon(
            painter,
            paint::Icon::ChevronRight,
            pos2(rect.right() - theme.px(56.0), rect.center().y),
            theme.px(40.0),
            theme.on_accent,
        );
        if response.clicked() && ctx.clicks_allowed {
            tapped = Some(*exhibit_index);
        }
    }
    tapped
}

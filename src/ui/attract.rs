//! The attract loop: the pack's pictures and exhibit covers in turn, full screen, with the
//! headline and "touch to begin" in every pack language. A touch anywhere starts a visit.

use std::path::PathBuf;
use std::time::Duration;

use egui::{Color32, Rect, Ui, pos2, vec2};

use super::paint::{self, Fit};
use super::ruby_text;
use super::{ScreenContext, localized, widgets};
use crate::content::ruby;
use crate::kiosk::Nav;
use crate::ui::theme::TextStyle;

/// How long one picture fades into the next.
pub const FADE: Duration = Duration::from_millis(480);
/// Frame interval during the fade: a gentle fade needs few frames, and few frames keep the
/// idle kiosk's CPU use low even on software rendering.
pub const FADE_FRAME: Duration = Duration::from_millis(80);
/// How long before its fade the next slide's picture is asked for: time enough to decode it,
/// and late enough that no more than two of the loop's pictures are held at once (the
/// fading pair), within the picture cache's budget.
pub const PREFETCH: Duration = Duration::from_secs(2);

/// One picture of the loop and how it is cropped to the screen.
#[derive(Debug, Clone)]
pub struct Slide {
    pub path: PathBuf,
    pub fit: Fit,
}

/// The pictures of the loop, in order: the attract images (cropped evenly), then every
/// exhibit cover (cropped around its focus, where the pack gives one).
#[must_use]
pub fn slides(ctx: &ScreenContext<'_>) -> Vec<Slide> {
    let pack = ctx.pack;
    pack.manifest
        .attract
        .images
        .iter()
        .map(|path| Slide {
            path: pack.dir.join(path),
            fit: Fit::Cover,
        })
        .chain(pack.exhibits.iter().map(|e| Slide {
            path: pack.dir.join(&e.cover.path),
            fit: cover_fit(&e.cover),
        }))
        .collect()
}

/// How a cover is cropped: around its focus, else evenly.
#[must_use]
pub fn cover_fit(cover: &crate::content::model::Image) -> Fit {
    cover
        .focus
        .map_or(Fit::Cover, |f| Fit::CoverAround(egui::vec2(f.x, f.y)))
}

/// How long each slide of `pack`'s loop stays.
#[must_use]
pub fn slide_duration(pack: &crate::content::Pack) -> Duration {
    Duration::from_secs(u64::from(pack.manifest.attract.seconds_per_image.max(1)))
}

/// When the attract loop next needs a frame: soon while a fade runs, else at the next slide.
#[must_use]
pub fn next_frame_after(pack: &crate::content::Pack, now: Duration) -> Duration {
    let period = slide_duration(pack);
    let period_ms = period.as_millis().max(1);
    let into = Duration::from_millis(u64::try_from(now.as_millis() % period_ms).unwrap_or(0));
    let prefetch_at = period.saturating_sub(PREFETCH).max(FADE);
    if into < FADE {
        FADE_FRAME
    } else if into < prefetch_at {
        prefetch_at.saturating_sub(into)
    } else {
        period.saturating_sub(into)
    }
}

/// Draws the loop; returns [`Nav::Start`] when touched.
pub fn show(ui: &mut Ui, ctx: &mut ScreenContext<'_>) -> Option<Nav> {
    let theme = *ctx.theme;
    let screen = ui.max_rect();
    let painter = ui.painter().clone();
    painter.rect_filled(screen, 0.0, theme.background);

    draw_slides(&painter, ctx, screen);
    let label = draw_invitation(ui, &painter, ctx, screen);
    let response = widgets::touch_area(ui, screen, "attract", &label);
    (response.clicked() && ctx.clicks_allowed).then_some(Nav::Start)
}

/// The current slide, fading in over the previous one.
fn draw_slides(painter: &egui::Painter, ctx: &mut ScreenContext<'_>, screen: Rect) {
    let theme = *ctx.theme;
    let slides = slides(ctx);
    if !slides.is_empty() {
        let period = slide_duration(ctx.pack).as_millis().max(1);
        let elapsed = ctx.now.as_millis();
        let index = usize::try_from(elapsed / period).unwrap_or(0) % slides.len();
        let into_slide = Duration::from_millis(u64::try_from(elapsed % period).unwrap_or(0));
        let longest = screen.width().max(screen.height());
        if into_slide < FADE && slides.len() > 1 {
            let previous = (index + slides.len() - 1) % slides.len();
            let slot = ctx.images.get(slides[previous].path.clone(), longest);
            paint::picture(
                painter,
                &theme,
                &slot,
                screen,
                slides[previous].fit,
                0.0,
                Color32::WHITE,
            );
        }
        let alpha = (into_slide.as_secs_f32() / FADE.as_secs_f32()).clamp(0.0, 1.0);
        let slot = ctx.images.get(slides[index].path.clone(), longest);
        paint::picture(
            painter,
            &theme,
            &slot,
            screen,
            slides[index].fit,
            0.0,
            Color32::WHITE.gamma_multiply(alpha),
        );
        // Fetch the next picture early so the fade never shows a placeholder, but only once
        // the fade in is over: three full-screen pictures would overrun the cache's budget.
        if into_slide >= FADE && into_slide + PREFETCH >= slide_duration(ctx.pack) {
            let _ = ctx
                .images
                .get(slides[(index + 1) % slides.len()].path.clone(), longest);
        }
    }
}

/// Most languages whose headline and invitation are shown at once; with more, the first
/// language stays and the others take turns beside it, one a picture.
const LANGUAGES_AT_ONCE: usize = 3;

/// The languages the invitation is in now: all of a pack's few, or its first and, by turns
/// with the pictures, one of the others.
fn languages_shown(ctx: &ScreenContext<'_>) -> Vec<String> {
    let languages = ctx.state.languages();
    if languages.len() <= LANGUAGES_AT_ONCE {
        return languages.to_vec();
    }
    let period = slide_duration(ctx.pack).as_millis().max(1);
    let turn = usize::try_from(ctx.now.as_millis() / period).unwrap_or(0);
    // The others take turns, except those that read as the first does (やさしい にほんご
    // often keeps the Japanese headline).
    let first_headline = languages.first().map(|first| {
        ruby::plain(localized(
            &ctx.pack.manifest.attract.headline,
            first,
            languages,
        ))
        .into_owned()
    });
    let others: Vec<&String> = languages
        .get(1..)
        .unwrap_or_default()
        .iter()
        .filter(|language| {
            let headline = localized(&ctx.pack.manifest.attract.headline, language, languages);
            first_headline.as_deref() != Some(ruby::plain(headline).as_ref())
        })
        .collect();
    let mut shown: Vec<String> = languages.first().cloned().into_iter().collect();
    if let Some(other) = others.get(turn % others.len().max(1)) {
        shown.push((*other).clone());
    }
    shown
}

/// Each language with its headline, a headline the same in two languages (やさしい にほんご
/// often keeps the Japanese one) once.
fn distinct_headlines<'a>(
    ctx: &'a ScreenContext<'_>,
    languages: &'a [String],
) -> Vec<(&'a String, &'a str)> {
    let mut seen = Vec::new();
    languages
        .iter()
        .filter_map(|language| {
            let headline = localized(&ctx.pack.manifest.attract.headline, language, languages);
            let plain = ruby::plain(headline).into_owned();
            (!seen.contains(&plain)).then(|| {
                seen.push(plain);
                (language, headline)
            })
        })
        .collect()
}

/// The headline in every pack language over a band, then "touch to begin"; returns the
/// invitation's words in every language (the touch area's label).
fn draw_invitation(
    ui: &Ui,
    painter: &egui::Painter,
    ctx: &ScreenContext<'_>,
    screen: Rect,
) -> String {
    let theme = *ctx.theme;
    let text_width = screen.width() - 2.0 * theme.margin();
    let languages = languages_shown(ctx);
    let headline_languages = distinct_headlines(ctx, &languages);
    let headlines: Vec<_> = headline_languages
        .iter()
        .enumerate()
        .map(|(index, (language, headline))| {
            let (style, color) = if index == 0 {
                (TextStyle::Display, theme.ink)
            } else {
                (TextStyle::Heading, theme.muted_ink)
            };
            let shown = ctx.state.furigana() && crate::content::ruby::is_japanese(language);
            (
                ruby_text::layout(
                    painter,
                    &ruby_text::Spec::new(
                        headline,
                        ruby_text::Look::new(theme.for_language(language).font(style), color)
                            .centred()
                            .scale(theme.scale),
                        text_width,
                    )
                    .ruby(shown)
                    .balanced(),
                ),
                color,
            )
        })
        .collect();
    let invitation = invitations(ctx, &languages);
    let mut pill_text = invitation.join("   ·   ");
    let pill_layout = |text: &str| {
        ruby_text::layout(
            painter,
            &ruby_text::Spec::new(
                text,
                ruby_text::Look::new(theme.font(TextStyle::Button), theme.on_accent)
                    .centred()
                    .scale(theme.scale),
                f32::INFINITY,
            )
            .ruby(ctx.state.furigana()),
        )
    };
    let one_line_width = pill_layout(&pill_text).size().x;
    if one_line_width + theme.px(96.0) > text_width {
        pill_text = invitation.join("\n");
    }
    let pill_galley = pill_layout(&pill_text);
    let pill_height = theme
        .touch_target()
        .max(pill_galley.size().y + theme.px(32.0));
    let text_height: f32 = headlines
        .iter()
        .map(|(g, _)| g.size().y + theme.px(8.0))
        .sum();
    let band_height = theme.px(48.0) + text_height + theme.px(28.0) + pill_height + theme.px(48.0);
    let band = Rect::from_min_max(
        pos2(screen.left(), screen.bottom() - band_height),
        screen.max,
    );
    // A scrim that fades in above the words, so the picture stays a picture.
    let veil = theme.background.gamma_multiply(0.9);
    let fade = Rect::from_min_max(
        pos2(band.left(), band.top() - theme.px(160.0)),
        pos2(band.right(), band.top()),
    );
    paint::vertical_fade(painter, fade, Color32::TRANSPARENT, veil);
    painter.rect_filled(band, 0.0, veil);
    let mut y = band.top() + theme.px(48.0);
    for (galley, color) in headlines {
        let height = galley.size().y;
        widgets::text_at(ui, pos2(band.center().x, y), &galley, color);
        y += height + theme.px(8.0);
    }
    let pill = Rect::from_min_size(
        pos2(
            band.center().x - f32::midpoint(pill_galley.size().x, theme.px(96.0)),
            y + theme.px(28.0),
        ),
        vec2(pill_galley.size().x + theme.px(96.0), pill_height),
    );
    painter.rect_filled(pill, theme.touch_target() / 2.0, theme.accent);
    pill_galley.paint(
        painter,
        pos2(pill.center().x, pill_galley.top_centring(pill.center().y)),
    );
    every_invitation(ctx)
}

/// "Touch the screen to begin" in `languages`, once per wording (in the packs' markup).
fn invitations(ctx: &ScreenContext<'_>, languages: &[String]) -> Vec<String> {
    let mut invitations: Vec<String> = Vec::new();
    for language in languages {
        let words = ctx.texts.get(language, "attract-touch");
        if !invitations
            .iter()
            .any(|shown| ruby::plain(shown) == ruby::plain(&words))
        {
            invitations.push(words);
        }
    }
    invitations
}

/// The invitation in every language, once per wording: what assistive technology hears,
/// whichever languages are on show.
fn every_invitation(ctx: &ScreenContext<'_>) -> String {
    let all: Vec<String> = invitations(ctx, ctx.state.languages())
        .iter()
        .map(|words| ruby::plain(words).into_owned())
        .collect();
    all.join(" · ")
}

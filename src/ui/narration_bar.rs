//! The narration controls of a page or quiz question: play or pause, from the start, a
//! progress bar with elapsed and total time, quieter and louder within the allowed maximum, and
//! "Text" for the transcript. While it plays, the current caption shows above the bar; when
//! sound is unavailable, the bar says so and the transcript opens by itself.

use std::time::Duration;

use egui::{Align, Color32, Layout, Rect, ScrollArea, Stroke, Ui, pos2, vec2};

use super::ScreenContext;
use super::kinsoku;
use super::paint::{self, Icon};
use super::widgets::{self, Button, ButtonKind};
use crate::audio::{Playback, PlayerStatus, TrackKey};
use crate::content::model::Narration;
use crate::kiosk::{NarrationControl, Nav};
use crate::ui::theme::{TextStyle, Theme};

/// What the screens need to know of narration this frame.
#[derive(Debug, Clone, Default)]
pub struct NarrationView {
    /// The player's status (default when there is no player).
    pub status: PlayerStatus,
    /// Whether the kiosk has a player at all.
    pub available: bool,
    /// The visitor's volume, in percent.
    pub volume_percent: u8,
    /// The most it may be now (quiet hours lower it).
    pub max_volume_percent: u8,
    /// Whether the visitor opened the transcript.
    pub transcript_open: bool,
}

impl NarrationView {
    /// Why `key` cannot sound, if it cannot.
    #[must_use]
    pub fn problem(&self, key: &TrackKey) -> Option<&str> {
        if !self.available {
            return Some("no audio thread");
        }
        (self.status.track.as_ref() == Some(key))
            .then_some(self.status.problem.as_deref())
            .flatten()
    }

    /// Whether the transcript shows (the visitor opened it, or it opened itself when sound
    /// failed; either way the visitor can close it).
    #[must_use]
    pub fn transcript_shows(&self) -> bool {
        self.transcript_open
    }
}

/// A white panel with a hairline edge.
fn panel(ui: &Ui, theme: &Theme, rect: Rect) {
    ui.painter()
        .rect_filled(rect, theme.radius(), theme.surface);
    ui.painter().rect_stroke(
        rect,
        theme.radius(),
        Stroke::new(theme.px(2.0), theme.line),
        egui::StrokeKind::Inside,
    );
}

/// Height of the bar.
#[must_use]
pub fn height(theme: &Theme) -> f32 {
    theme.touch_target() + theme.px(28.0)
}

/// `m:ss`.
fn clock(duration: Duration) -> String {
    let seconds = duration.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Draws the bar in `rect` for `key`, whose audio lasts `total`; returns the control pressed.
pub fn show(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    rect: Rect,
    key: &TrackKey,
    total: Option<Duration>,
) -> Option<Nav> {
    let theme = Theme {
        text_scale: 1.0,
        ..*ctx.theme
    };
    let view = ctx.narration;
    let status = &view.status;
    let ours = status.track.as_ref() == Some(key);
    let playback = if ours {
        status.playback
    } else {
        Playback::Stopped
    };
    panel(ui, &theme, rect);
    let compact = rect.width() < theme.px(1300.0);
    let inner = rect.shrink2(vec2(theme.px(14.0), theme.px(14.0)));
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::left_to_right(Align::Center)),
    );
    row.spacing_mut().item_spacing.x = theme.px(14.0);
    let mut pressed = Pressed::default();
    let allowed = ctx.clicks_allowed;
    let (label, icon, control) = match playback {
        Playback::Playing | Playback::Starting => {
            ("narration-pause", Icon::Pause, NarrationControl::Pause)
        }
        Playback::Paused => ("narration-resume", Icon::Play, NarrationControl::Play),
        Playback::Stopped | Playback::Finished => {
            ("narration-play", Icon::Play, NarrationControl::Play)
        }
    };
    let label = ctx.ui_text(label);
    pressed.check(
        Button::new(&label)
            .icon(icon)
            .kind(ButtonKind::Primary)
            .min_width(theme.px(250.0))
            .show(&mut row, &theme, allowed),
        control,
    );
    let restart = ctx.ui_text("narration-restart");
    pressed.check(
        Button::new(&restart)
            .icon(Icon::Retry)
            .icon_only(true)
            .enabled(ours && playback != Playback::Stopped)
            .show(&mut row, &theme, allowed),
        NarrationControl::Restart,
    );
    row.with_layout(Layout::right_to_left(Align::Center), |right| {
        right_controls(right, ctx, &theme, compact, &mut pressed);
        let middle = right.available_rect_before_wrap();
        progress(right, ctx, &theme, middle, (key, total), playback);
    });
    pressed.0
}

/// The control pressed this frame, if any.
#[derive(Default)]
struct Pressed(Option<Nav>);

impl Pressed {
    fn check(&mut self, pressed: bool, control: NarrationControl) {
        if pressed {
            self.0 = Some(Nav::Narration(control));
        }
    }
}

/// From the right end: the transcript, louder, the level, quieter.
fn right_controls(
    right: &mut Ui,
    ctx: &ScreenContext<'_>,
    theme: &Theme,
    compact: bool,
    pressed: &mut Pressed,
) {
    let view = ctx.narration;
    let allowed = ctx.clicks_allowed;
    right.spacing_mut().item_spacing.x = theme.px(14.0);
    let transcript = ctx.ui_text("narration-transcript");
    pressed.check(
        Button::new(&transcript)
            .icon(Icon::Document)
            .icon_only(compact)
            .selected(view.transcript_shows())
            .show(right, theme, allowed),
        NarrationControl::ToggleTranscript,
    );
    let louder = ctx.ui_text("narration-louder");
    pressed.check(
        Button::new(&louder)
            .icon(Icon::Plus)
            .icon_only(true)
            .enabled(view.volume_percent < view.max_volume_percent)
            .show(right, theme, allowed),
        NarrationControl::VolumeUp,
    );
    if !compact {
        let level = ctx.texts.format(
            ctx.language(),
            "narration-volume",
            &[("percent", &view.volume_percent.to_string())],
        );
        let galley = kinsoku::layout_text(
            right.painter(),
            &level,
            &theme.font(TextStyle::Caption),
            theme.muted_ink,
            f32::INFINITY,
            false,
        );
        let height = right.available_height();
        let (slot, _) =
            right.allocate_exact_size(vec2(galley.size().x, height), egui::Sense::hover());
        let y = galley.top_centring(slot.center().y);
        widgets::text_at(right, pos2(slot.left(), y), &galley, theme.muted_ink);
    }
    let quieter = ctx.ui_text("narration-quieter");
    pressed.check(
        Button::new(&quieter)
            .icon(Icon::Minus)
            .icon_only(true)
            .enabled(view.volume_percent > crate::audio::VOLUME_STEP)
            .show(right, theme, allowed),
        NarrationControl::VolumeDown,
    );
}

/// The progress bar with times, or why there is no sound.
fn progress(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    theme: &Theme,
    area: Rect,
    (key, total): (&TrackKey, Option<Duration>),
    playback: Playback,
) {
    let view = ctx.narration;
    if let Some(_problem) = view.problem(key) {
        let galley = kinsoku::layout_text(
            ui.painter(),
            &ctx.ui_text("narration-unavailable"),
            &theme.font(TextStyle::Caption),
            theme.wrong,
            area.width() - theme.px(24.0),
            false,
        );
        let y = galley.top_centring(area.center().y);
        widgets::text_at(
            ui,
            pos2(area.left() + theme.px(12.0), y),
            &galley,
            theme.wrong,
        );
        return;
    }
    let status = &view.status;
    let ours = status.track.as_ref() == Some(key);
    let total = status.duration.filter(|_| ours).or(total);
    let elapsed = if ours && playback != Playback::Stopped {
        status.position
    } else {
        Duration::ZERO
    };
    let times = ctx.texts.format(
        ctx.language(),
        "narration-progress",
        &[
            ("elapsed", &clock(elapsed)),
            ("total", &total.map_or_else(|| "–:––".to_owned(), clock)),
        ],
    );
    let galley =
        ui.painter()
            .layout_no_wrap(times, theme.font(TextStyle::Caption), theme.muted_ink);
    let text_width = galley.size().x;
    let bar_right = area.right() - text_width - theme.px(24.0);
    let bar = Rect::from_min_max(
        pos2(
            area.left() + theme.px(12.0),
            area.center().y - theme.px(5.0),
        ),
        pos2(
            bar_right.max(area.left() + theme.px(12.0)),
            area.center().y + theme.px(5.0),
        ),
    );
    if bar.width() > theme.px(40.0) {
        ui.painter()
            .rect_filled(bar, bar.height() / 2.0, theme.edge);
        let fraction = total.filter(|t| !t.is_zero()).map_or(0.0, |t| {
            (elapsed.as_secs_f32() / t.as_secs_f32()).clamp(0.0, 1.0)
        });
        let done = Rect::from_min_size(bar.min, vec2(bar.width() * fraction, bar.height()));
        ui.painter()
            .rect_filled(done, bar.height() / 2.0, theme.accent);
        ui.painter().circle_filled(
            pos2(done.right(), bar.center().y),
            theme.px(11.0),
            theme.accent,
        );
    }
    let y = area.center().y - galley.size().y / 2.0;
    widgets::galley_at(
        ui,
        pos2(area.right() - text_width - theme.px(8.0), y),
        galley,
        theme.muted_ink,
    );
}

/// The band kept above the bar for captions while `key` sounds (plays or is paused) and has
/// captions, so that a caption never covers the page's text or a picture's own caption: the
/// page is laid out above it. Zero when no caption can show.
#[must_use]
pub fn caption_band(ctx: &ScreenContext<'_>, narration: &Narration, key: &TrackKey) -> f32 {
    let view = ctx.narration;
    if narration.captions.is_empty() || view.transcript_shows() || !sounding(&view.status, key) {
        return 0.0;
    }
    let theme = ctx.theme;
    // Two lines of body text in their box, with a gap above and below.
    2.0 * theme.font(TextStyle::Body).size * 1.45 + theme.px(28.0) + 2.0 * theme.gap()
}

/// Whether `key` plays, or is paused (a visitor may pause to read a caption).
fn sounding(status: &PlayerStatus, key: &TrackKey) -> bool {
    status.is_playing(key)
        || (status.track.as_ref() == Some(key) && status.playback == Playback::Paused)
}

/// Above the bar: the caption being spoken while `key` plays or is paused, in the band at
/// the bottom of `area` ([`caption_band`]); the transcript over `area` when it shows. Returns
/// "close" pressed on the transcript.
pub fn overlays(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    area: Rect,
    narration: &Narration,
    key: &TrackKey,
) -> Option<Nav> {
    let theme = *ctx.theme;
    let view = ctx.narration;
    if view.transcript_shows() {
        return transcript(ui, ctx, area, narration, key);
    }
    let status = &view.status;
    // The caption stays while paused: a visitor may pause to read it.
    if !sounding(status, key) {
        return None;
    }
    let at = u64::try_from(status.position.as_millis()).unwrap_or(u64::MAX);
    let caption = narration
        .captions
        .iter()
        .find(|c| c.start_ms <= at && at < c.end_ms)?;
    let width = theme.px(1400.0).min(area.width() - 2.0 * theme.gap());
    let galley = kinsoku::layout_text(
        ui.painter(),
        &caption.text,
        &theme.font(TextStyle::Body),
        Color32::WHITE,
        width - theme.px(48.0),
        true,
    );
    let size = galley.size() + vec2(theme.px(48.0), theme.px(28.0));
    // Centred in its band at the bottom of the area.
    let band = caption_band(ctx, narration, key).max(size.y + 2.0 * theme.gap());
    let boxed = Rect::from_center_size(pos2(area.center().x, area.bottom() - band / 2.0), size);
    ui.painter()
        .rect_filled(boxed, theme.radius(), theme.backdrop.gamma_multiply(0.88));
    widgets::text_at(
        ui,
        pos2(boxed.center().x, boxed.top() + theme.px(14.0)),
        &galley,
        Color32::WHITE,
    );
    None
}

/// Characters of a transcript line at most: about 35 Japanese characters, or 70 Latin ones
/// (each about half an em), the measure of a comfortable reading column.
const TRANSCRIPT_MEASURE_EMS: f32 = 35.0;

/// The transcript as a sheet over a dimmed `area` (the page's text does not show at its
/// edges), a reading column wide, scrolling with a cue, with a close button.
fn transcript(
    ui: &mut Ui,
    ctx: &ScreenContext<'_>,
    area: Rect,
    narration: &Narration,
    key: &TrackKey,
) -> Option<Nav> {
    let theme = *ctx.theme;
    // The veil spans the screen's width between the two bars.
    let screen = ui.ctx().content_rect();
    let veil = Rect::from_x_y_ranges(screen.x_range(), area.y_range());
    ui.painter()
        .rect_filled(veil, 0.0, theme.backdrop.gamma_multiply(0.86));
    let measure = theme.font(TextStyle::Body).size * TRANSCRIPT_MEASURE_EMS;
    let side = theme.px(48.0);
    let width = (measure + 2.0 * side + theme.px(16.0)).min(area.width() - 2.0 * theme.margin());
    let text_width = width - 2.0 * side - theme.px(16.0);
    // Laid out as page text is: body size, roomy lines, Japanese line breaking, and a
    // paragraph's space between paragraphs.
    let paragraph_gap = theme.px(20.0).round();
    let paragraphs: Vec<_> = crate::content::rich_text::paragraph_texts(&narration.transcript)
        .map(|paragraph| kinsoku::layout_paragraph(ui.painter(), &theme, paragraph, text_width))
        .collect();
    let text_height: f32 = paragraphs
        .iter()
        .map(|galley| galley.size().y.ceil() + paragraph_gap)
        .sum::<f32>()
        - paragraph_gap;
    let head = theme.touch_target() + theme.px(12.0);
    let pad = theme.px(28.0);
    // As tall as the text, within the room between the bars.
    let height =
        (text_height + head + 2.0 * pad + theme.px(8.0)).min(area.height() - 2.0 * theme.px(24.0));
    let sheet = Rect::from_center_size(area.center(), vec2(width, height));
    panel(ui, &theme, sheet);
    // The sheet takes the taps meant for it, not the page beneath.
    let _ = ui.interact(
        sheet,
        ui.scope_id().with("transcript-sheet"),
        egui::Sense::click(),
    );
    let inner = sheet.shrink2(vec2(side, pad));
    let title = (
        ctx.ui_text("narration-transcript-title"),
        TextStyle::Heading,
        theme.ink,
    );
    let title_height = widgets::line_at(ui, &theme, title, inner.min);
    let mut nav = None;
    {
        let close = ctx.ui_text("close");
        let mut corner = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(Rect::from_min_max(
                    inner.min,
                    pos2(inner.right(), inner.top() + theme.touch_target()),
                ))
                .layout(Layout::right_to_left(Align::Min)),
        );
        if Button::new(&close)
            .icon(Icon::Close)
            .show(&mut corner, &theme, ctx.clicks_allowed)
        {
            nav = Some(Nav::Narration(NarrationControl::ToggleTranscript));
        }
    }
    let text_top = inner.top() + title_height.max(theme.touch_target()) + theme.px(12.0);
    let text_area = Rect::from_min_max(pos2(inner.left(), text_top), inner.max).round();
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(text_area));
    let scrolled = ScrollArea::vertical()
        .id_salt(("transcript", key.exhibit, key.item, key.question))
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(&mut child, |ui| {
            ui.spacing_mut().item_spacing.y = paragraph_gap;
            for galley in &paragraphs {
                let room = vec2(galley.size().x.ceil(), galley.size().y.ceil());
                let (rect, _) = ui.allocate_exact_size(room, egui::Sense::hover());
                widgets::text_at(ui, rect.min, galley, theme.ink);
            }
        });
    paint::more_below_hint_on(ui.painter(), &theme, &scrolled, theme.surface);
    nav
}

//! The kiosk's buttons: large, clearly labelled, never dependent on hover, and silent during
//! multi-finger gestures. Each carries its text as its accessibility label.

use egui::{Color32, Response, Sense, Stroke, StrokeKind, Ui, WidgetInfo, vec2};

use super::paint::{self, Icon};
use crate::ui::theme::{TextStyle, Theme};

/// How prominent a button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonKind {
    /// The main action: accent fill.
    Primary,
    /// Secondary actions: white with a line.
    Secondary,
    /// On the dark backdrop of the image viewer.
    OnDark,
}

/// Where a button's icon goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconPlace {
    /// Before the label.
    Before,
    /// After the label (a "next" arrow).
    After,
    /// Alone (narrow screens); the label stays as the accessibility label.
    Alone,
    /// Above its words set small (the narrow top bar: an icon alone is a riddle to many
    /// older visitors).
    Above,
}

/// A button to draw.
#[derive(Debug, Clone)]
pub struct Button<'a> {
    /// Text on the button and its accessibility label.
    pub label: &'a str,
    /// An icon with the text.
    pub icon: Option<Icon>,
    /// Prominence.
    pub kind: ButtonKind,
    /// Shown as chosen (current language, large text on).
    pub selected: bool,
    /// Smallest width; the height is always at least the touch target.
    pub min_width: f32,
    /// Smallest height (at least the touch target).
    pub min_height: f32,
    /// Type size of the label.
    pub text_style: TextStyle,
    /// Where the icon goes.
    pub icon_place: IconPlace,
    /// Whether it can be pressed; a disabled button is drawn faded and says so to assistive
    /// technology.
    pub enabled: bool,
    /// What assistive technology reads when it differs from the text (one of several
    /// same-looking buttons, each for a different row).
    pub accessible_label: Option<&'a str>,
}

impl<'a> Button<'a> {
    /// A secondary button with `label`.
    #[must_use]
    pub fn new(label: &'a str) -> Self {
        Self {
            label,
            icon: None,
            kind: ButtonKind::Secondary,
            selected: false,
            min_width: 0.0,
            min_height: 0.0,
            text_style: TextStyle::Button,
            icon_place: IconPlace::Before,
            enabled: true,
            accessible_label: None,
        }
    }

    /// Read by assistive technology (and found by tests) as `label` instead of its text.
    #[must_use]
    pub fn accessible_label(mut self, label: &'a str) -> Self {
        self.accessible_label = Some(label);
        self
    }

    /// Pressable or not.
    #[must_use]
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = enabled;
        self
    }

    /// At least this tall.
    #[must_use]
    pub fn min_height(mut self, height: f32) -> Self {
        self.min_height = height;
        self
    }

    /// With an icon.
    #[must_use]
    pub fn icon(mut self, icon: Icon) -> Self {
        self.icon = Some(icon);
        self
    }

    /// Of this kind.
    #[must_use]
    pub fn kind(mut self, kind: ButtonKind) -> Self {
        self.kind = kind;
        self
    }

    /// Only the icon is drawn when `icon_only` (the label remains for assistive technology).
    #[must_use]
    pub fn icon_only(mut self, icon_only: bool) -> Self {
        if icon_only && self.icon.is_some() {
            self.icon_place = IconPlace::Alone;
        }
        self
    }

    /// The icon above its words set small when `small` (the top bar on a narrow screen).
    #[must_use]
    pub fn word_below(mut self, small: bool) -> Self {
        if small && self.icon.is_some() {
            self.icon_place = IconPlace::Above;
            self.text_style = TextStyle::Caption;
        }
        self
    }

    /// The icon after the label.
    #[must_use]
    pub fn icon_after(mut self) -> Self {
        self.icon_place = IconPlace::After;
        self
    }

    /// Shown as chosen.
    #[must_use]
    pub fn selected(mut self, selected: bool) -> Self {
        self.selected = selected;
        self
    }

    /// At least this wide.
    #[must_use]
    pub fn min_width(mut self, width: f32) -> Self {
        self.min_width = width;
        self
    }

    /// Draws the button; true when tapped by one finger.
    pub fn show(self, ui: &mut Ui, theme: &Theme, clicks_allowed: bool) -> bool {
        let response = self.draw(ui, theme);
        response.clicked() && clicks_allowed && self.enabled
    }

    /// Fill, text and outline colours for its kind and state.
    fn colours(&self, theme: &Theme) -> (Color32, Color32, Option<Color32>) {
        match (self.kind, self.selected) {
            _ if !self.enabled => (theme.line.gamma_multiply(0.5), theme.muted_ink, None),
            (ButtonKind::Primary, _) | (ButtonKind::Secondary, true) => {
                (theme.accent, theme.on_accent, None)
            }
            (ButtonKind::Secondary, false) => (theme.surface, theme.ink, Some(theme.edge)),
            (ButtonKind::OnDark, _) => (
                Color32::from_white_alpha(60),
                Color32::WHITE,
                Some(Color32::from_white_alpha(90)),
            ),
        }
    }

    /// The icon's size, the gap after it, the room it takes beside the words and the padding
    /// at each side, for its place and a label of `font_size`.
    fn spacing(&self, theme: &Theme, font_size: f32) -> (f32, f32, f32, f32) {
        match self.icon_place {
            IconPlace::Above => (theme.px(34.0), 0.0, 0.0, theme.px(14.0)),
            IconPlace::Alone => {
                let size = font_size * 0.95;
                (size, 0.0, if self.icon.is_some() { size } else { 0.0 }, 0.0)
            }
            IconPlace::Before | IconPlace::After => {
                let (size, gap) = (font_size * 0.95, theme.px(14.0));
                let space = if self.icon.is_some() { size + gap } else { 0.0 };
                (size, gap, space, theme.px(30.0))
            }
        }
    }

    fn draw(&self, ui: &mut Ui, theme: &Theme) -> Response {
        let font = theme.font(self.text_style);
        let (fill, text_color, outline) = self.colours(theme);
        let shown_label = if self.icon_place == IconPlace::Alone {
            String::new()
        } else {
            self.label.to_owned()
        };
        let galley = one_line(ui, theme, &shown_label, font.clone(), text_color);
        let above = self.icon_place == IconPlace::Above;
        let (icon_size, icon_gap, icon_space, padding) = self.spacing(theme, font.size);
        // A reading that reaches past the words' last kanji keeps clear of the frame.
        let overhang = galley.reading_overhang();
        let size = vec2(
            (galley.size().x.max(if above { icon_size } else { 0.0 })
                + icon_space
                + 2.0 * (padding + overhang))
                .max(self.min_width)
                .max(theme.touch_target()),
            theme
                .touch_target()
                .max(galley.size().y + theme.px(20.0))
                .max(self.min_height),
        );
        let sense = if self.enabled {
            Sense::click()
        } else {
            Sense::hover()
        };
        let (rect, response) = ui.allocate_exact_size(size, sense);
        let label =
            crate::content::ruby::plain(self.accessible_label.unwrap_or(self.label)).into_owned();
        let (selected, enabled) = (self.selected, self.enabled);
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(egui::Role::Button, enabled, &label);
            if selected {
                info.selected = Some(true);
            }
            info
        });
        if ui.is_rect_visible(rect) {
            let pressed = response.is_pointer_button_down_on();
            let fill = if pressed {
                fill.gamma_multiply(0.8)
            } else {
                fill
            };
            let painter = ui.painter();
            painter.rect_filled(rect, theme.radius(), fill);
            if let Some(outline) = outline {
                painter.rect_stroke(
                    rect,
                    theme.radius(),
                    Stroke::new(theme.px(2.0), outline),
                    StrokeKind::Inside,
                );
            }
            if above {
                paint_above(
                    painter,
                    theme,
                    rect,
                    (self.icon, icon_size),
                    &galley,
                    text_color,
                );
                return response;
            }
            let content_width = galley.size().x + icon_space;
            let mut x = rect.center().x - content_width / 2.0;
            let icon_y = rect.center().y;
            if let Some(icon) = self.icon.filter(|_| self.icon_place != IconPlace::After) {
                paint::icon(
                    painter,
                    icon,
                    egui::pos2(x + icon_size / 2.0, icon_y),
                    icon_size,
                    text_color,
                );
                x += icon_space;
            }
            let text_width = galley.size().x;
            galley.paint(painter, egui::pos2(x, galley.top_centring(rect.center().y)));
            if let Some(icon) = self.icon.filter(|_| self.icon_place == IconPlace::After) {
                let icon_x = x + text_width + icon_gap + icon_size / 2.0;
                paint::icon(
                    painter,
                    icon,
                    egui::pos2(icon_x, icon_y),
                    icon_size,
                    text_color,
                );
            }
        }
        response
    }
}

/// A button's icon above its words, centred together in `rect`.
fn paint_above(
    painter: &egui::Painter,
    theme: &Theme,
    rect: egui::Rect,
    (icon, icon_size): (Option<Icon>, f32),
    words: &super::ruby_text::RubyText,
    color: Color32,
) {
    let word_gap = theme.px(6.0);
    let block = icon_size + word_gap + words.size().y;
    let top = rect.center().y - block / 2.0;
    if let Some(icon) = icon {
        let center = egui::pos2(rect.center().x, top + icon_size / 2.0);
        paint::icon(painter, icon, center, icon_size, color);
    }
    let at = egui::pos2(
        rect.center().x - words.size().x / 2.0,
        top + icon_size + word_gap,
    );
    words.paint(painter, at);
}

/// `text` on one line, readings drawn when the visitor's switch is on.
fn one_line(
    ui: &Ui,
    theme: &Theme,
    text: &str,
    font: egui::FontId,
    color: Color32,
) -> super::ruby_text::RubyText {
    super::ruby_text::layout(
        ui.painter(),
        &super::ruby_text::Spec::new(
            text,
            super::ruby_text::Look::new(font, color).scale(theme.scale),
            f32::INFINITY,
        )
        .ruby(theme.furigana),
    )
}

/// An invisible touch area with an accessibility label (cards, pictures, the attract loop).
pub fn touch_area(
    ui: &mut Ui,
    rect: egui::Rect,
    id_salt: impl egui::AsIdSalt,
    label: &str,
) -> Response {
    let response = ui.interact(rect, ui.scope_id().with(id_salt), Sense::click());
    let label = crate::content::ruby::plain(label).into_owned();
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    response
}

/// Exposes `words` over `rect` to assistive technology (and to tests) as a label, as a plain
/// painter call would not.
fn label_over(ui: &Ui, rect: egui::Rect, words: &str) {
    #[allow(clippy::cast_possible_truncation, reason = "only an id salt")]
    let id = ui
        .scope_id()
        .with(("text", words, rect.left() as i32, rect.top() as i32));
    let response = ui.interact(rect, id, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, words));
}

/// Paints an egui `galley` (numbers, staff texts without ruby) at `pos`, labelled with its
/// words like [`text_at`].
pub fn galley_at(ui: &Ui, pos: egui::Pos2, galley: std::sync::Arc<egui::Galley>, color: Color32) {
    // The galley's own rect: centred text extends to the left of `pos`.
    label_over(ui, galley.rect.translate(pos.to_vec2()), galley.text());
    ui.painter().galley(pos, galley, color);
}

/// Paints `text` at `pos` (its top centre when centred), labelled with its words without
/// readings; text of no colour of its own is painted in `color`.
pub fn text_at(ui: &Ui, pos: egui::Pos2, text: &super::ruby_text::RubyText, color: Color32) {
    label_over(ui, text.rect_at(pos), text.plain());
    text.paint_with(ui.painter(), pos, color);
}

/// Allocates room for a laid-out text in `ui`'s layout, paints it and labels it with its words
/// without readings.
pub fn block(ui: &mut Ui, block: &super::ruby_text::RubyText) -> Response {
    let (rect, response) = ui.allocate_exact_size(block.size(), Sense::hover());
    let words = block.plain().to_owned();
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &words));
    block.paint(ui.painter(), rect.min);
    response
}

/// One line of `text` in `style` and `color` with its top-left at `pos` (exposed as a label
/// like [`text_at`]); returns its height.
#[allow(
    clippy::must_use_candidate,
    reason = "it draws; callers that stack nothing below ignore the height"
)]
pub fn line_at(
    ui: &Ui,
    theme: &Theme,
    (text, style, color): (String, TextStyle, Color32),
    pos: egui::Pos2,
) -> f32 {
    let block = super::ruby_text::layout(
        ui.painter(),
        &super::ruby_text::Spec::new(
            &text,
            super::ruby_text::Look::new(theme.font(style), color).scale(theme.scale),
            f32::INFINITY,
        )
        .ruby(theme.furigana),
    );
    let height = block.size().y;
    text_at(ui, pos, &block, Color32::PLACEHOLDER);
    height
}

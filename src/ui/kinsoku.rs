//! Japanese line breaking (kinsoku shori) for every text of the kiosk, the staff screens too.
//!
//! The breaking itself is [`super::ruby_text`]'s (phrase boundaries, kinsoku, numbers kept with
//! their counters, furigana); these are the short forms the screens call with a font and a
//! colour. They take the frame's furigana switch and scale from [`ruby_text::frame_style`].

use egui::{Color32, FontId, Painter};

use crate::ui::ruby_text::{self, Look, RubyText, Spec};
use crate::ui::theme::{TextStyle, Theme};

pub use crate::ui::line_breaks::NO_LINE_START;

/// One paragraph of body text (`**emphasis**` in bold accent) at `width`.
#[must_use]
pub fn layout_paragraph(painter: &Painter, theme: &Theme, paragraph: &str, width: f32) -> RubyText {
    let emphasis = theme.font_weight(TextStyle::Body, Some(true));
    let look = Look::new(theme.font(TextStyle::Body), theme.ink)
        .line_height(theme.body_line_height())
        .emphasis(emphasis, theme.accent);
    layout_look(painter, paragraph, look, width, false)
}

/// A short text (a title, a label, a prompt) in `font` and `color` at `width`, centred when
/// `centred`, without a lone word or character or two on its last line.
#[must_use]
pub fn layout_text(
    painter: &Painter,
    text: &str,
    font: &FontId,
    color: Color32,
    width: f32,
    centred: bool,
) -> RubyText {
    layout_look(painter, text, look(font, color, centred), width, true)
}

fn look(font: &FontId, color: Color32, centred: bool) -> Look {
    let look = Look::new(font.clone(), color);
    if centred { look.centred() } else { look }
}

/// `text` in any `look` (emphasis, line height, alignment) at `width`, a short last line evened
/// out when `balanced`.
#[must_use]
pub fn layout_look(
    painter: &Painter,
    text: &str,
    look: Look,
    width: f32,
    balanced: bool,
) -> RubyText {
    let style = ruby_text::frame_style(painter.ctx());
    let spec = Spec::new(text, look.scale(style.scale), width).ruby(style.furigana);
    let spec = if balanced { spec.balanced() } else { spec };
    ruby_text::layout(painter, &spec)
}

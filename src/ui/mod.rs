//! The screens visitors see. One file per screen; each draws the [`KioskState`] it is given
//! and returns the transition it wants ([`Nav`]); none of them changes app state or touches
//! the disk (pictures come through the [`images::cache::ImageCache`]). [`screens::show`]
//! routes a frame to the screen the flow is on.
//!
//! [`KioskState`]: crate::kiosk::KioskState

pub mod attract;
pub(crate) mod dialog;
pub mod exhibit_page;
pub mod farewell;
pub mod finish_prompt;
pub mod home;
pub mod home_grid;
pub mod home_quiz;
pub mod idle_prompt;
pub mod image_viewer;
pub mod images;
pub mod key_figures;
pub mod kinsoku;
pub mod language;
pub mod line_breaks;
pub mod narration_bar;
pub mod page_footer;
pub mod page_parts;
pub mod page_portrait;
pub mod paint;
pub mod quiz;
pub mod quiz_choices;
mod quiz_marks;
pub mod quiz_question;
mod quiz_review;
pub mod ruby_text;
pub mod screens;
pub mod staff;
pub mod texts;
pub mod theme;
pub mod top_bar;
pub mod touch;
pub mod unavailable;
pub mod widgets;

use std::time::Duration;

use crate::audio::TrackKey;
use crate::content::Pack;
use crate::content::model::Narration;
use crate::kiosk::KioskState;
use images::cache::ImageCache;
use texts::UiTexts;
use theme::Theme;

/// What every screen needs to draw one frame.
pub struct ScreenContext<'a> {
    /// Colours and sizes.
    pub theme: &'a Theme,
    /// The kiosk's own words.
    pub texts: &'a UiTexts,
    /// The pack on show.
    pub pack: &'a Pack,
    /// The visitor flow.
    pub state: &'a KioskState,
    /// Pack pictures.
    pub images: &'a mut ImageCache,
    /// Whether a tap may activate a button this frame (not during a multi-finger gesture).
    pub clicks_allowed: bool,
    /// The kiosk clock.
    pub now: Duration,
    /// Narration: the player's status, volume, transcript.
    pub narration: &'a narration_bar::NarrationView,
    /// The narration that belongs to what is on screen (worked out once a frame by the app).
    pub narrated: Option<(TrackKey, &'a Narration)>,
}

impl ScreenContext<'_> {
    /// The visitor's language.
    #[must_use]
    pub fn language(&self) -> &str {
        self.state.language()
    }

    /// Whether the pack writes furigana (the switch is offered only then).
    #[must_use]
    pub fn pack_has_furigana(&self) -> bool {
        self.pack.manifest.furigana.is_some()
    }

    /// An interface text in the visitor's language.
    #[must_use]
    pub fn ui_text(&self, key: &str) -> String {
        self.texts.get(self.state.language(), key)
    }

    /// A picture's caption and credit in the visitor's language, as one line.
    #[must_use]
    pub fn image_caption(&self, image: &crate::content::model::Image) -> String {
        let caption = image
            .caption
            .as_ref()
            .map(|c| self.pack_text(c).to_owned())
            .unwrap_or_default();
        match &image.credit {
            Some(credit) if caption.is_empty() => self.pack_text(credit).to_owned(),
            Some(credit) => format!("{caption}　{}", self.pack_text(credit)),
            None => caption,
        }
    }

    /// A pack text in the visitor's language (falling back to the pack's default language).
    #[must_use]
    pub fn pack_text<'t>(&self, text: &'t crate::content::model::Text) -> &'t str {
        localized(text, self.state.language(), self.state.languages())
    }
}

/// `text` in `language`, else in the first of `languages` that has it, else empty.
#[must_use]
pub fn localized<'t>(
    text: &'t crate::content::model::Text,
    language: &str,
    languages: &[String],
) -> &'t str {
    text.get(language)
        .or_else(|| languages.iter().find_map(|l| text.get(l)))
        .map_or("", String::as_str)
}

//! The content-pack format: the serde types that `pack.ron` and each exhibit file are read into.
//!
//! These types are the contract with content authors (documented for them in
//! `content/README.md`). Every struct denies unknown fields, so a misspelt field is an error
//! rather than a silently missing feature. The types only describe; checking what they say
//! (ids, files, languages, answers) is `validate`'s job, and nothing here touches the disk.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A visitor-facing string in every language of the pack, keyed by language code:
/// `{"ja": "市民との連携", "en": "Partnerships with citizens"}`.
pub type Text = BTreeMap<String, String>;

/// The manifest of a pack: `pack.ron`, written `Pack(...)`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Pack")]
pub struct PackManifest {
    /// Short stable name: lowercase letters, digits and `-`. Written into every visitor event.
    pub id: String,
    /// The pack's title, shown on the attract and home screens.
    pub title: Text,
    /// One or two sentences about the pack, shown to Global Concierges when they choose packs.
    pub description: Text,
    /// Language codes in the order visitors see them; the first is the default.
    pub languages: Vec<String>,
    /// What the attract loop shows while nobody is using the kiosk.
    pub attract: Attract,
    /// Exhibit ids in the order they appear; each is read from `exhibits/<id>.ron`.
    pub exhibits: Vec<String>,
    /// Quiz ids offered directly from the home screen.
    #[serde(default)]
    pub featured_quizzes: Vec<String>,
    /// Credits and licences, covering every media file the pack uses.
    pub credits: Vec<Credit>,
    /// Accent colours; the kiosk's own colours are used when absent.
    #[serde(default)]
    pub theme: Option<Theme>,
    /// Dates on which the pack is shown by itself (for scheduled switching).
    #[serde(default)]
    pub active: Option<DateRange>,
    /// Start a page's narration as soon as the page opens.
    #[serde(default)]
    pub narration_autoplay: bool,
    /// The pack's Japanese texts carry furigana, written `{採択|さいたく}`. Without this field
    /// braces are ordinary characters, as they were before furigana existed.
    #[serde(default)]
    pub furigana: Option<Furigana>,
    /// Fonts the pack brings for some of its languages, drawn before the kiosk's own.
    #[serde(default)]
    pub fonts: Vec<PackFont>,
    /// The words on the thank-you screen after a visitor finishes, under "thank you for
    /// visiting": where to go on in the plaza. Without it the kiosk's own words.
    #[serde(default)]
    pub farewell: Option<Text>,
}

/// A font a pack brings for one of its languages: its texts in that language are drawn with
/// it, and with the kiosk's faces for what it lacks (`validate` checks each text against
/// both). For a kanji outside the shipped JIS X 0208 set (a person's or a place's name), a
/// rounded UD face for children, or a script the kiosk's faces draw only in part.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFont {
    /// The language whose texts it draws, one of the pack's.
    pub language: String,
    /// The regular face: a TrueType or OpenType file inside the pack, credited like pictures.
    pub regular: String,
    /// The bold face (headings, buttons); without one, bold text uses the regular face.
    #[serde(default)]
    pub bold: Option<String>,
}

/// How a pack uses furigana.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Furigana {
    /// The visitors' furigana switch starts on (a pack made for children) and returns to
    /// this when the kiosk resets between visitors.
    pub shown: bool,
    /// Every kanji of the Japanese texts has a reading: `validate` warns about each one left
    /// without.
    #[serde(default)]
    pub every_kanji: bool,
}

/// The attract loop: a headline over a cycle of images and exhibit covers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attract {
    /// The large line inviting visitors to touch the screen.
    pub headline: Text,
    /// Images cycled behind the headline (paths inside the pack), before the exhibit covers.
    #[serde(default)]
    pub images: Vec<String>,
    /// How long each image stays on screen.
    #[serde(default = "default_seconds_per_image")]
    pub seconds_per_image: u32,
}

fn default_seconds_per_image() -> u32 {
    8
}

/// Who made a set of media files and under which licence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credit {
    /// Paths inside the pack this credit covers; a path ending in `/` covers a whole folder.
    pub files: Vec<String>,
    /// The credit as visitors read it on the credits screen.
    pub text: Text,
    /// Licence name or SPDX identifier, e.g. `CC-BY-4.0`, `public domain`.
    pub licence: String,
}

/// Colours as `#RRGGBB`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Buttons, highlights and the page dots.
    pub accent: String,
    /// Text drawn on the accent colour.
    #[serde(default)]
    pub accent_text: Option<String>,
}

/// An inclusive range of local dates, `YYYY-MM-DD`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// First day the pack is active.
    pub from: String,
    /// Last day the pack is active (inclusive).
    pub until: String,
}

/// One exhibit: `exhibits/<id>.ron`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exhibit {
    /// Must equal the file name without `.ron`.
    pub id: String,
    /// Card and page header title.
    pub title: Text,
    /// A short line under the title.
    pub subtitle: Text,
    /// ISO 3166-1 alpha-2 code of the country the exhibit is about, e.g. `PH`.
    #[serde(default)]
    pub country: Option<String>,
    /// Region shown with the country, e.g. Southeast Asia.
    #[serde(default)]
    pub region: Option<Text>,
    /// The image on the exhibit's card.
    pub cover: Image,
    /// Pages in reading order.
    pub pages: Vec<Page>,
    /// The exhibit's quiz.
    #[serde(default)]
    pub quiz: Option<Quiz>,
}

impl Exhibit {
    /// The picture page `page` shows: its own, or on a first page that has none the exhibit's
    /// cover, so that every exhibit opens on a picture of the people it is about.
    #[must_use]
    pub fn page_picture(&self, page: usize) -> Option<&Image> {
        let own = self.pages.get(page)?.image.as_ref();
        own.or((page == 0).then_some(&self.cover))
    }
}

/// An image inside the pack.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path inside the pack, e.g. `images/map-philippines.png`.
    pub path: String,
    /// What the image shows, for visitors who cannot see it.
    pub alt: Text,
    /// Caption under the image.
    #[serde(default)]
    pub caption: Option<Text>,
    /// Credit line shown with the image, e.g. "(Photo: ACTION)".
    #[serde(default)]
    pub credit: Option<Text>,
    /// Where the picture's subject is, for crops (a cover on its home card, in the attract
    /// loop): the crop keeps this point in view, as near its middle as the picture allows.
    /// Unset, the crop is centred.
    #[serde(default)]
    pub focus: Option<Focus>,
}

/// A point of a picture, as shares of its width and height from its top left corner:
/// `(x: 0.5, y: 0.3)` is the middle of its width, three tenths of the way down.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    pub x: f32,
    pub y: f32,
}

/// One screen of an exhibit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Unique within the exhibit.
    pub id: String,
    /// Heading of the page.
    pub title: Text,
    /// Body text: paragraphs separated by a blank line, `**emphasis**` for emphasis.
    pub body: Text,
    /// An illustration, map, chart or photograph.
    #[serde(default)]
    pub image: Option<Image>,
    /// Big numbers shown beside the text.
    #[serde(default)]
    pub figures: Vec<KeyFigure>,
    /// Narration per language code.
    #[serde(default)]
    pub narration: BTreeMap<String, Narration>,
}

/// A big number with its unit, label and period: "54,863 JICA volunteers, fiscal 1965–2020".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    /// The number itself; the kiosk groups its digits as the visitor's language does.
    pub value: u64,
    /// Whether its digits are grouped (54,863); `false` for a year or a code (1965).
    #[serde(default = "grouped_by_default")]
    pub grouped: bool,
    /// Words before the number, e.g. "some" / "約".
    #[serde(default)]
    pub prefix: Option<Text>,
    /// Unit written after the number, e.g. "people" / "人".
    pub unit: Text,
    /// What is counted.
    pub label: Text,
    /// When: "fiscal 1965–2020".
    #[serde(default)]
    pub period: Option<Text>,
}

fn grouped_by_default() -> bool {
    true
}

/// A narration track in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Narration {
    /// Audio file inside the pack (Ogg Vorbis preferred; WAV, FLAC, MP3 accepted).
    pub audio: String,
    /// Everything the narration says, shown to visitors who cannot hear it.
    pub transcript: String,
    /// Timed captions, in order.
    #[serde(default)]
    pub captions: Vec<Caption>,
}

/// A caption shown from `start_ms` to `end_ms` of its narration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caption {
    /// When the caption appears, in milliseconds from the start of the audio.
    pub start_ms: u64,
    /// When it disappears.
    pub end_ms: u64,
    /// What is said.
    pub text: String,
}

/// An exhibit's quiz.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// Unique within the pack.
    pub id: String,
    /// Title on the intro screen.
    pub title: Text,
    /// A line of introduction under the title.
    #[serde(default)]
    pub intro: Option<Text>,
    /// Questions in order.
    pub questions: Vec<Question>,
    /// Messages on the result screen by score; the kiosk has defaults.
    #[serde(default)]
    pub results: Vec<ScoreBand>,
}

/// The result message for a score of at least `min_score`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreBand {
    /// Lowest score (number of correct questions) this message is for.
    pub min_score: u32,
    /// The message.
    pub message: Text,
}

/// One question of a quiz.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique within the quiz.
    pub id: String,
    /// The question.
    pub prompt: Text,
    /// The kind of question with its choices and answers.
    pub kind: QuestionKind,
    /// Shown after answering, right or wrong.
    pub explanation: Text,
    /// Show the choices in the written order instead of shuffling them.
    #[serde(default)]
    pub keep_order: bool,
    /// The question read aloud, per language code.
    #[serde(default)]
    pub narration: BTreeMap<String, Narration>,
}

/// The kinds of question. Choice numbers in `answers` count from 1, as authors count.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum QuestionKind {
    /// One correct choice among text choices.
    SingleChoice {
        /// The choices.
        choices: Vec<Text>,
        /// Exactly one choice number.
        answers: Vec<u32>,
    },
    /// One or more correct choices; the visitor checks all that apply.
    MultipleChoice {
        /// The choices.
        choices: Vec<Text>,
        /// Every correct choice number.
        answers: Vec<u32>,
    },
    /// A statement that is true or false.
    TrueFalse {
        /// Whether the statement in the prompt is true.
        answer: bool,
    },
    /// One correct picture among pictures with captions.
    ImageChoice {
        /// The pictures.
        choices: Vec<Image>,
        /// Exactly one choice number.
        answers: Vec<u32>,
    },
}

//! The visitor flow as a plain state machine: attract → language → home → exhibit pages →
//! image viewer, with the idle prompt over all of them. No egui and no clock of its own:
//! screens ask for transitions ([`Nav`]), the app applies them with the current time, and
//! tests drive it the same way without a window or a sleep.

use std::time::Duration;

use super::quiz::{QuizEvent, QuizPhase, QuizRun, QuizSpec};

/// What is on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The loop shown while nobody uses the kiosk.
    Attract,
    /// The first choice of a visit: the language.
    Language,
    /// Every exhibit as a card.
    Home,
    /// A page of an exhibit.
    Exhibit {
        /// Index into the pack's exhibits.
        exhibit: usize,
        /// Index into its pages.
        page: usize,
    },
    /// An exhibit's quiz: intro, a question or the score (see [`KioskState::quiz`]).
    Quiz {
        /// Index into the pack's exhibits.
        exhibit: usize,
    },
    /// A page's image, full screen.
    ImageViewer {
        /// Index into the pack's exhibits.
        exhibit: usize,
        /// Index into its pages.
        page: usize,
    },
    /// "Thank you": after the visitor finished, a few seconds before the attract loop (see
    /// [`FAREWELL_SHOWN`]), still in the visitor's language.
    Farewell,
    /// No pack can be shown.
    Unavailable,
}

/// How long the thank-you screen stays before the attract loop.
pub const FAREWELL_SHOWN: Duration = Duration::from_secs(8);

/// How long the thank-you screen ignores touches: a second tap of the finishing visitor
/// (a double tap on "finish") must not skip it.
pub const FAREWELL_STEADY: Duration = Duration::from_secs(2);

/// A transition a screen asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub enum Nav {
    /// A touch on the attract loop: the visit begins.
    Start,
    /// The language chosen at the start of a visit; goes on to the home screen.
    ChooseLanguage(String),
    /// A language change on any screen; the screen stays.
    SwitchLanguage(String),
    /// Open an exhibit at its first page.
    OpenExhibit(usize),
    /// The next page of the exhibit.
    NextPage,
    /// The previous page.
    PreviousPage,
    /// A page by number (page dots).
    GoToPage(usize),
    /// The current page's image, full screen.
    OpenImage,
    /// Back from the image viewer.
    CloseImage,
    /// The home screen.
    Home,
    /// One level up: viewer → page → home; quiz → the exhibit page it was opened from, or
    /// home for a quiz opened there.
    Back,
    /// An exhibit's quiz, on its intro (from the exhibit or a featured quiz on the home screen).
    OpenQuiz(usize),
    /// From the quiz intro to its first question.
    StartQuiz,
    /// A tap on a choice (its index in the pack, not its place on screen).
    ChooseAnswer(usize),
    /// "Check answer" on a multiple-choice question.
    CheckAnswer,
    /// After the feedback: the next question, or the score after the last.
    NextQuestion,
    /// "Try again" on the score: the first question, choices shuffled anew.
    RetryQuiz,
    /// A narration control (the app's player handles it; the flow only notes the touch).
    Narration(NarrationControl),
    /// Larger text on or off.
    ToggleLargeText,
    /// Furigana over the kanji on or off.
    ToggleFurigana,
    /// "I'm still here" on the idle prompt, or "keep exploring" on the finish question.
    KeepVisiting,
    /// The finish button: asks "finish your visit?" before anything ends.
    AskFinish,
    /// The visitor is done (the finish question answered yes): the thank-you screen, then
    /// the attract loop.
    Finish,
    /// A touch on the thank-you screen once it has stood [`FAREWELL_STEADY`]: the attract
    /// loop at once.
    LeaveFarewell,
}

/// The narration controls on a page or a quiz question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NarrationControl {
    /// Play from the start, or go on after a pause.
    Play,
    /// Pause.
    Pause,
    /// Back to the start, playing.
    Restart,
    /// One step louder, within the allowed maximum.
    VolumeUp,
    /// One step quieter.
    VolumeDown,
    /// Show or hide the transcript.
    ToggleTranscript,
}

/// Why a visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisitEndReason {
    /// Nobody answered the idle prompt.
    Idle,
    /// The visitor pressed finish.
    Finish,
    /// Staff switched the pack.
    PackSwitch,
}

/// What happened in a visit, for the visitor log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VisitSignal {
    /// A visit began (first touch on the attract loop).
    VisitStarted,
    /// A page was shown.
    PageViewed {
        /// Exhibit index.
        exhibit: usize,
        /// Page index.
        page: usize,
    },
    /// The visitor chose or changed the language.
    LanguageChanged(String),
    /// Narration started on a page or a quiz question.
    NarrationPlayed {
        /// Exhibit index.
        exhibit: usize,
        /// Page index, or question index when `question`.
        page: usize,
        /// Whether it is a quiz question's narration.
        question: bool,
        /// Language of the track.
        lang: String,
    },
    /// A question of an exhibit's quiz was answered.
    QuizAnswered {
        /// Exhibit index (its quiz).
        exhibit: usize,
        /// Question index in the quiz.
        question: usize,
        /// Whether the answer was right.
        correct: bool,
    },
    /// An exhibit's quiz was finished.
    QuizCompleted {
        /// Exhibit index (its quiz).
        exhibit: usize,
        /// Questions answered right.
        score: u32,
        /// Questions in the quiz.
        max: u32,
    },
    /// The visit ended.
    VisitEnded {
        /// Why.
        reason: VisitEndReason,
        /// From the first touch to the end.
        duration: Duration,
        /// The same without the idle wait at the end.
        active: Duration,
    },
}

/// Where the idle countdown stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    /// No visit, nothing to count down.
    NoVisit,
    /// In use; the prompt appears after `until_prompt`.
    Active {
        /// Time left before the prompt.
        until_prompt: Duration,
    },
    /// "Are you still there?" with `remaining` on the countdown.
    Prompt {
        /// Time left before the visit ends.
        remaining: Duration,
    },
}

/// Timeouts of the idle flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleTimes {
    /// Without a touch for this long, the prompt appears.
    pub timeout: Duration,
    /// The prompt counts down this long before the visit ends.
    pub countdown: Duration,
}

/// The kiosk's visitor-facing state.
#[derive(Debug, Clone)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "each is one visitor switch or the value it starts visits with"
)]
pub struct KioskState {
    screen: Screen,
    language: String,
    languages: Vec<String>,
    large_text: bool,
    furigana: bool,
    start_language: String,
    start_large_text: bool,
    start_furigana: bool,
    page_counts: Vec<usize>,
    idle: IdleTimes,
    last_touch: Duration,
    visit_started: Option<Duration>,
    quizzes: Vec<Option<QuizSpec>>,
    quiz: Option<QuizRun>,
    shuffles: u64,
    finish_asked: bool,
    farewell_since: Duration,
}

impl KioskState {
    /// A kiosk showing a pack with `languages` (default first) and exhibits of `page_counts`
    /// pages, on its attract loop.
    #[must_use]
    pub fn new(languages: Vec<String>, page_counts: Vec<usize>, idle: IdleTimes) -> Self {
        let language = languages
            .first()
            .cloned()
            .unwrap_or_else(|| "en".to_owned());
        Self {
            screen: Screen::Attract,
            start_language: language.clone(),
            language,
            languages,
            large_text: false,
            furigana: false,
            start_large_text: false,
            start_furigana: false,
            page_counts,
            idle,
            last_touch: Duration::ZERO,
            visit_started: None,
            quizzes: Vec::new(),
            quiz: None,
            shuffles: 0,
            finish_asked: false,
            farewell_since: Duration::ZERO,
        }
    }

    /// The same kiosk with exhibit `i`'s quiz at `quizzes[i]`.
    #[must_use]
    pub fn with_quizzes(mut self, quizzes: Vec<Option<QuizSpec>>) -> Self {
        self.quizzes = quizzes;
        self
    }

    /// The same kiosk starting its visits in `language` (when the pack has it; else its
    /// default) and with large text when `large_text`.
    #[must_use]
    pub fn with_visit_start(mut self, language: Option<&str>, large_text: bool) -> Self {
        self.set_visit_start(language, large_text);
        self
    }

    /// From the next visit on (at once when none is going on), visits start in `language`
    /// (when the pack has it; else its default) and with large text when `large_text`.
    pub fn set_visit_start(&mut self, language: Option<&str>, large_text: bool) {
        self.start_language = language
            .filter(|l| self.languages.iter().any(|known| known == l))
            .or(self.languages.first().map(String::as_str))
            .unwrap_or(&self.language)
            .to_owned();
        self.start_large_text = large_text;
        if !self.in_visit() {
            self.language.clone_from(&self.start_language);
            self.large_text = large_text;
        }
    }

    /// The same kiosk with furigana shown at the start of every visit when `shown` (the
    /// pack's choice).
    #[must_use]
    pub fn with_furigana_start(mut self, shown: bool) -> Self {
        self.start_furigana = shown;
        if !self.in_visit() {
            self.furigana = shown;
        }
        self
    }

    /// New idle timeouts, from now on.
    pub fn set_idle_times(&mut self, idle: IdleTimes) {
        self.idle = idle;
    }

    /// The quiz being taken, while one is on screen.
    #[must_use]
    pub fn quiz(&self) -> Option<&QuizRun> {
        self.quiz.as_ref()
    }

    /// A kiosk with nothing to show.
    #[must_use]
    pub fn unavailable(idle: IdleTimes) -> Self {
        let mut state = Self::new(vec!["ja".to_owned(), "en".to_owned()], Vec::new(), idle);
        state.screen = Screen::Unavailable;
        state
    }

    /// What is on screen.
    #[must_use]
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The visitor's language.
    #[must_use]
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The pack's languages, default first.
    #[must_use]
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Whether text is enlarged.
    #[must_use]
    pub fn large_text(&self) -> bool {
        self.large_text
    }

    /// Whether the visitor's furigana switch is on (it shows only in Japanese languages).
    #[must_use]
    pub fn furigana(&self) -> bool {
        self.furigana
    }

    /// Whether the finish question ("finish your visit?") is on screen.
    #[must_use]
    pub fn finish_asked(&self) -> bool {
        self.finish_asked
    }

    /// While the thank-you screen shows: how long before the attract loop follows.
    #[must_use]
    pub fn farewell_left(&self, now: Duration) -> Option<Duration> {
        (self.screen == Screen::Farewell)
            .then(|| FAREWELL_SHOWN.saturating_sub(now.saturating_sub(self.farewell_since)))
    }

    /// Whether a visit is going on.
    #[must_use]
    pub fn in_visit(&self) -> bool {
        self.visit_started.is_some()
    }

    /// For a visit still open at `now`: its duration and its active part (without the idle
    /// wait), as written when the kiosk shuts down mid-visit.
    #[must_use]
    pub fn open_visit(&self, now: Duration) -> Option<(Duration, Duration)> {
        let started = self.visit_started?;
        let active_until = now.min(self.last_touch + self.idle.timeout);
        Some((
            now.saturating_sub(started),
            active_until.saturating_sub(started),
        ))
    }

    /// Pages of exhibit `exhibit`.
    #[must_use]
    pub fn page_count(&self, exhibit: usize) -> usize {
        self.page_counts.get(exhibit).copied().unwrap_or(0)
    }

    /// Any touch anywhere: the visitor is here. Dismisses the idle prompt.
    pub fn touched(&mut self, now: Duration) {
        self.last_touch = now;
    }

    /// Where the idle countdown stands at `now`.
    #[must_use]
    pub fn idle_phase(&self, now: Duration) -> IdlePhase {
        if self.visit_started.is_none() {
            return IdlePhase::NoVisit;
        }
        let quiet = now.saturating_sub(self.last_touch);
        if quiet < self.idle.timeout {
            IdlePhase::Active {
                until_prompt: self.idle.timeout.saturating_sub(quiet),
            }
        } else {
            IdlePhase::Prompt {
                remaining: (self.idle.timeout + self.idle.countdown).saturating_sub(quiet),
            }
        }
    }

    /// Advances time: ends the visit when the countdown has run out.
    pub fn tick(&mut self, now: Duration) -> Vec<VisitSignal> {
        if self.screen == Screen::Farewell
            && now.saturating_sub(self.farewell_since) >= FAREWELL_SHOWN
        {
            self.start_over();
        }
        match self.idle_phase(now) {
            IdlePhase::Prompt { remaining } if remaining.is_zero() => {
                let idle_start = self.last_touch + self.idle.timeout;
                self.end_visit(VisitEndReason::Idle, now, idle_start)
            }
            _ => Vec::new(),
        }
    }

    /// Applies `nav` at `now` and returns what the visitor log should record.
    pub fn apply(&mut self, nav: Nav, now: Duration) -> Vec<VisitSignal> {
        self.touched(now);
        let mut signals = Vec::new();
        if !matches!(nav, Nav::Finish | Nav::AskFinish) {
            self.finish_asked = false;
        }
        match nav {
            Nav::Start if self.screen == Screen::Attract => {
                self.visit_started = Some(now);
                self.screen = Screen::Language;
                signals.push(VisitSignal::VisitStarted);
            }
            Nav::ChooseLanguage(language) if self.screen == Screen::Language => {
                if self.languages.contains(&language) {
                    self.language.clone_from(&language);
                }
                signals.push(VisitSignal::LanguageChanged(self.language.clone()));
                self.screen = Screen::Home;
            }
            Nav::SwitchLanguage(language)
                if self.languages.contains(&language) && language != self.language =>
            {
                self.language.clone_from(&language);
                signals.push(VisitSignal::LanguageChanged(language));
            }
            Nav::OpenExhibit(exhibit) if self.page_count(exhibit) > 0 => {
                signals.extend(self.show_page(exhibit, 0));
            }
            Nav::NextPage | Nav::PreviousPage | Nav::GoToPage(_) => {
                if let Screen::Exhibit { exhibit, page } = self.screen {
                    let last = self.page_count(exhibit).saturating_sub(1);
                    let target = match nav {
                        Nav::NextPage => (page + 1).min(last),
                        Nav::PreviousPage => page.saturating_sub(1),
                        Nav::GoToPage(target) => target.min(last),
                        _ => page,
                    };
                    if target != page {
                        signals.extend(self.show_page(exhibit, target));
                    }
                }
            }
            Nav::OpenImage => {
                if let Screen::Exhibit { exhibit, page } = self.screen {
                    self.screen = Screen::ImageViewer { exhibit, page };
                }
            }
            Nav::CloseImage => {
                if let Screen::ImageViewer { exhibit, page } = self.screen {
                    self.screen = Screen::Exhibit { exhibit, page };
                }
            }
            Nav::Back => match self.screen {
                Screen::ImageViewer { exhibit, page } => {
                    self.screen = Screen::Exhibit { exhibit, page };
                }
                Screen::Exhibit { .. } => self.screen = Screen::Home,
                Screen::Quiz { .. } => {
                    self.screen = match self.quiz.take().and_then(|q| q.return_to()) {
                        Some((exhibit, page)) => Screen::Exhibit { exhibit, page },
                        None => Screen::Home,
                    };
                }
                _ => {}
            },
            Nav::Home if self.in_visit() => {
                self.quiz = None;
                self.screen = Screen::Home;
            }
            Nav::OpenQuiz(exhibit) if self.in_visit() => self.open_quiz(exhibit, now),
            Nav::StartQuiz
            | Nav::ChooseAnswer(_)
            | Nav::CheckAnswer
            | Nav::NextQuestion
            | Nav::RetryQuiz => signals.extend(self.quiz_step(&nav, now)),
            Nav::ToggleLargeText => self.large_text = !self.large_text,
            Nav::ToggleFurigana => self.furigana = !self.furigana,
            Nav::AskFinish => self.finish_asked = self.in_visit(),
            Nav::Finish if self.in_visit() => {
                signals.extend(self.end_visit(VisitEndReason::Finish, now, now));
            }
            Nav::LeaveFarewell
                if self.screen == Screen::Farewell
                    && now.saturating_sub(self.farewell_since) >= FAREWELL_STEADY =>
            {
                self.start_over();
            }
            // KeepVisiting only needs the touch above; anything else does not apply here.
            _ => {}
        }
        signals
    }

    /// A step of the quiz on screen, and what it gives the visitor log.
    fn quiz_step(&mut self, nav: &Nav, now: Duration) -> Option<VisitSignal> {
        let seed = self.next_seed(now);
        let run = self.quiz.as_mut()?;
        let event = match nav {
            Nav::StartQuiz => {
                run.start();
                None
            }
            Nav::ChooseAnswer(choice) => run.choose(*choice),
            Nav::CheckAnswer => run.check(),
            Nav::NextQuestion => run.advance(),
            Nav::RetryQuiz if run.phase() == QuizPhase::Result => {
                run.retry(seed);
                None
            }
            _ => None,
        };
        let exhibit = run.exhibit();
        event.map(|event| match event {
            QuizEvent::Answered { question, correct } => VisitSignal::QuizAnswered {
                exhibit,
                question,
                correct,
            },
            QuizEvent::Completed { score, max } => VisitSignal::QuizCompleted {
                exhibit,
                score,
                max,
            },
        })
    }

    /// Staff switch the pack at `now`: a visit in progress ends (`pack_switch`).
    pub fn end_for_pack_switch(&mut self, now: Duration) -> Vec<VisitSignal> {
        self.end_visit(VisitEndReason::PackSwitch, now, now)
    }

    fn open_quiz(&mut self, exhibit: usize, now: Duration) {
        let Some(Some(spec)) = self.quizzes.get(exhibit).cloned() else {
            return;
        };
        let return_to = match self.screen {
            Screen::Exhibit { exhibit: e, page } if e == exhibit => Some((exhibit, page)),
            _ => None,
        };
        let seed = self.next_seed(now);
        self.quiz = Some(QuizRun::new(exhibit, spec, return_to, seed));
        self.screen = Screen::Quiz { exhibit };
    }

    /// A seed for shuffling choices: the time of the tap and a counter.
    fn next_seed(&mut self, now: Duration) -> u64 {
        self.shuffles += 1;
        u64::try_from(now.as_nanos()).unwrap_or(u64::MAX)
            ^ self.shuffles.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn show_page(&mut self, exhibit: usize, page: usize) -> Vec<VisitSignal> {
        self.screen = Screen::Exhibit { exhibit, page };
        vec![VisitSignal::PageViewed { exhibit, page }]
    }

    /// The attract loop, with the visit's choices back to what visits start with.
    fn start_over(&mut self) {
        self.screen = Screen::Attract;
        self.quiz = None;
        self.finish_asked = false;
        self.language.clone_from(&self.start_language);
        self.large_text = self.start_large_text;
        self.furigana = self.start_furigana;
    }

    fn end_visit(
        &mut self,
        reason: VisitEndReason,
        now: Duration,
        active_until: Duration,
    ) -> Vec<VisitSignal> {
        let Some(started) = self.visit_started.take() else {
            return Vec::new();
        };
        if reason == VisitEndReason::Finish {
            // The visitor's language, text size and furigana stay for the thank-you.
            self.screen = Screen::Farewell;
            self.farewell_since = now;
            self.quiz = None;
            self.finish_asked = false;
        } else {
            self.start_over();
        }
        vec![VisitSignal::VisitEnded {
            reason,
            duration: now.saturating_sub(started),
            active: active_until.saturating_sub(started),
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDLE: IdleTimes = IdleTimes {
        timeout: Duration::from_mins(1),
        countdown: Duration::from_secs(15),
    };

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    fn kiosk() -> KioskState {
        KioskState::new(vec!["ja".into(), "en".into()], vec![3, 1], IDLE)
    }

    #[test]
    fn visits_start_in_the_chosen_language_and_text_size_and_changes_wait_for_the_next() {
        let mut k = kiosk().with_visit_start(Some("en"), true);
        assert_eq!((k.language(), k.large_text()), ("en", true));
        let _ = k.apply(Nav::Start, secs(1));
        let _ = k.apply(Nav::ChooseLanguage("ja".into()), secs(2));
        let _ = k.apply(Nav::ToggleLargeText, secs(3));
        k.set_visit_start(Some("fr"), false);
        assert_eq!(
            (k.language(), k.large_text()),
            ("ja", false),
            "the visit keeps what the visitor chose"
        );
        let _ = k.apply(Nav::Finish, secs(4));
        let _ = k.tick(secs(4) + FAREWELL_SHOWN);
        assert_eq!(
            (k.language(), k.large_text()),
            ("ja", false),
            "a language the pack lacks falls back to its default"
        );
        k.set_visit_start(Some("en"), true);
        assert_eq!(
            (k.language(), k.large_text()),
            ("en", true),
            "at once between visits"
        );
    }

    #[test]
    fn a_visit_walks_from_attract_to_a_page_and_back_home() {
        let mut k = kiosk();
        assert_eq!(
            k.apply(Nav::Start, secs(1)),
            vec![VisitSignal::VisitStarted]
        );
        assert_eq!(k.screen(), &Screen::Language);
        let signals = k.apply(Nav::ChooseLanguage("en".into()), secs(2));
        assert_eq!(signals, vec![VisitSignal::LanguageChanged("en".into())]);
        assert_eq!((k.screen(), k.language()), (&Screen::Home, "en"));
        assert_eq!(
            k.apply(Nav::OpenExhibit(0), secs(3)),
            vec![VisitSignal::PageViewed {
                exhibit: 0,
                page: 0
            }]
        );
        let _ = k.apply(Nav::NextPage, secs(4));
        let _ = k.apply(Nav::NextPage, secs(5));
        assert!(
            k.apply(Nav::NextPage, secs(6)).is_empty(),
            "no page after the last"
        );
        assert_eq!(
            k.screen(),
            &Screen::Exhibit {
                exhibit: 0,
                page: 2
            }
        );
        let _ = k.apply(Nav::OpenImage, secs(7));
        assert_eq!(
            k.screen(),
            &Screen::ImageViewer {
                exhibit: 0,
                page: 2
            }
        );
        let _ = k.apply(Nav::Back, secs(8));
        let _ = k.apply(Nav::Back, secs(9));
        assert_eq!(k.screen(), &Screen::Home);
    }

    #[test]
    fn idle_prompt_then_countdown_ends_the_visit_and_resets() {
        let mut k = kiosk();
        let _ = k.apply(Nav::Start, secs(0));
        let _ = k.apply(Nav::ChooseLanguage("en".into()), secs(0));
        let _ = k.apply(Nav::ToggleLargeText, secs(10));
        assert_eq!(
            k.idle_phase(secs(30)),
            IdlePhase::Active {
                until_prompt: secs(40)
            }
        );
        assert_eq!(
            k.idle_phase(secs(70)),
            IdlePhase::Prompt {
                remaining: secs(15)
            }
        );
        assert!(k.tick(secs(84)).is_empty());
        let ended = k.tick(secs(85));
        assert_eq!(
            ended,
            vec![VisitSignal::VisitEnded {
                reason: VisitEndReason::Idle,
                duration: secs(85),
                active: secs(70),
            }]
        );
        assert_eq!(
            (k.screen(), k.language(), k.large_text()),
            (&Screen::Attract, "ja", false)
        );
        assert_eq!(k.idle_phase(secs(200)), IdlePhase::NoVisit);
    }

    #[test]
    fn a_touch_during_the_countdown_keeps_the_visit() {
        let mut k = kiosk();
        let _ = k.apply(Nav::Start, secs(0));
        let _ = k.apply(Nav::ChooseLanguage("ja".into()), secs(0));
        let _ = k.apply(Nav::OpenExhibit(1), secs(1));
        assert!(matches!(k.idle_phase(secs(70)), IdlePhase::Prompt { .. }));
        let _ = k.apply(Nav::KeepVisiting, secs(72));
        assert!(k.tick(secs(90)).is_empty());
        assert_eq!(
            k.screen(),
            &Screen::Exhibit {
                exhibit: 1,
                page: 0
            }
        );
    }

    #[test]
    fn language_switches_anywhere_only_to_pack_languages() {
        let mut k = kiosk();
        let _ = k.apply(Nav::Start, secs(0));
        let _ = k.apply(Nav::ChooseLanguage("ja".into()), secs(0));
        assert!(
            k.apply(Nav::SwitchLanguage("fr".into()), secs(1))
                .is_empty()
        );
        assert_eq!(
            k.apply(Nav::SwitchLanguage("en".into()), secs(2)),
            vec![VisitSignal::LanguageChanged("en".into())]
        );
        assert!(
            k.apply(Nav::SwitchLanguage("en".into()), secs(3))
                .is_empty()
        );
    }

    #[test]
    fn unknown_exhibits_and_finish_outside_a_visit_do_nothing() {
        let mut k = kiosk();
        assert!(k.apply(Nav::Finish, secs(0)).is_empty());
        assert!(k.apply(Nav::OpenExhibit(9), secs(0)).is_empty());
        assert_eq!(k.screen(), &Screen::Attract);
    }

    #[test]
    fn finish_asks_first_then_thanks_the_visitor_in_their_language_then_starts_over() {
        let mut k = kiosk().with_furigana_start(true);
        let _ = k.apply(Nav::Start, secs(0));
        let _ = k.apply(Nav::ChooseLanguage("en".into()), secs(1));
        let _ = k.apply(Nav::OpenExhibit(0), secs(2));
        assert!(k.apply(Nav::AskFinish, secs(3)).is_empty());
        assert!(k.finish_asked() && k.in_visit());
        let _ = k.apply(Nav::KeepVisiting, secs(4));
        assert!(!k.finish_asked(), "keep exploring closes the question");
        assert_eq!(
            k.screen(),
            &Screen::Exhibit {
                exhibit: 0,
                page: 0
            }
        );

        let _ = k.apply(Nav::AskFinish, secs(5));
        let _ = k.apply(Nav::ToggleFurigana, secs(6));
        let ended = k.apply(Nav::Finish, secs(7));
        assert_eq!(
            ended,
            vec![VisitSignal::VisitEnded {
                reason: VisitEndReason::Finish,
                duration: secs(7),
                active: secs(7),
            }],
            "the visit ends (and is written) when the visitor says yes"
        );
        assert_eq!(
            (k.screen(), k.language(), k.furigana()),
            (&Screen::Farewell, "en", false),
            "the thank-you speaks the visitor's language, with their choices"
        );
        assert_eq!(k.idle_phase(secs(8)), IdlePhase::NoVisit);
        let _ = k.apply(Nav::LeaveFarewell, secs(8));
        let _ = k.apply(Nav::Start, secs(8));
        assert_eq!(
            k.screen(),
            &Screen::Farewell,
            "a second tap right after yes neither skips the thanks nor starts a visit"
        );
        assert!(
            k.tick(secs(7) + FAREWELL_SHOWN.saturating_sub(Duration::from_millis(1)))
                .is_empty()
        );
        assert_eq!(k.screen(), &Screen::Farewell);
        assert!(k.tick(secs(7) + FAREWELL_SHOWN).is_empty());
        assert_eq!(
            (k.screen(), k.language(), k.furigana()),
            (&Screen::Attract, "ja", true),
            "the next visitor starts afresh"
        );
    }

    #[test]
    fn a_touch_on_the_thank_you_once_it_has_stood_goes_to_the_attract_loop() {
        let mut k = kiosk();
        let _ = k.apply(Nav::Start, secs(0));
        let _ = k.apply(Nav::ChooseLanguage("en".into()), secs(1));
        let _ = k.apply(Nav::AskFinish, secs(2));
        let _ = k.apply(Nav::Finish, secs(2));
        let _ = k.apply(Nav::LeaveFarewell, secs(2) + FAREWELL_STEADY);
        assert_eq!((k.screen(), k.language()), (&Screen::Attract, "ja"));
        assert!(
            k.apply(Nav::AskFinish, secs(5)).is_empty() && !k.finish_asked(),
            "nothing to finish outside a visit"
        );
    }
}

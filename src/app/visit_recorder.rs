//! Turns the visitor flow's signals into visitor-log events: gives each visit its session id,
//! names exhibits and pages by their pack ids, and stamps the local time.

use crate::content::Pack;
use crate::kiosk::{VisitEndReason, VisitSignal};
use crate::visits::{EndReason, EventKind, FORMAT_VERSION, VisitEvent, VisitLog, timestamp};

/// Records one kiosk's visits into its [`VisitLog`].
pub struct VisitRecorder {
    log: VisitLog,
    kiosk: String,
    session: Option<String>,
}

impl VisitRecorder {
    /// A recorder for kiosk `kiosk` writing into `log`.
    #[must_use]
    pub fn new(log: VisitLog, kiosk: String) -> Self {
        Self {
            log,
            kiosk,
            session: None,
        }
    }

    /// Records `signals` that happened on `pack` while the visitor read in `language`.
    pub fn record(&mut self, signals: &[VisitSignal], pack: &Pack, language: &str) {
        for signal in signals {
            if matches!(signal, VisitSignal::VisitStarted) {
                self.session = Some(uuid::Uuid::new_v4().to_string());
            }
            let Some(session) = self.session.clone() else {
                continue; // Nothing belongs to no visit.
            };
            let kind = match signal {
                VisitSignal::VisitStarted => EventKind::VisitStart {
                    lang: language.to_owned(),
                },
                VisitSignal::PageViewed { exhibit, page } => {
                    let (exhibit, page) = page_ids(pack, *exhibit, *page);
                    EventKind::PageView { exhibit, page }
                }
                VisitSignal::LanguageChanged(lang) => {
                    EventKind::LanguageChange { lang: lang.clone() }
                }
                VisitSignal::NarrationPlayed {
                    exhibit,
                    page,
                    question,
                    lang,
                } => {
                    let (exhibit, page) = if *question {
                        question_ids(pack, *exhibit, *page)
                    } else {
                        page_ids(pack, *exhibit, *page)
                    };
                    EventKind::NarrationPlay {
                        exhibit,
                        page,
                        lang: lang.clone(),
                    }
                }
                VisitSignal::QuizAnswered {
                    exhibit,
                    question,
                    correct,
                } => {
                    let quiz = quiz_of(pack, *exhibit);
                    EventKind::QuizAnswer {
                        quiz: quiz.map_or_else(String::new, |q| q.id.clone()),
                        question: quiz
                            .and_then(|q| q.questions.get(*question))
                            .map_or_else(String::new, |q| q.id.clone()),
                        correct: *correct,
                    }
                }
                VisitSignal::QuizCompleted {
                    exhibit,
                    score,
                    max,
                } => EventKind::QuizComplete {
                    quiz: quiz_of(pack, *exhibit).map_or_else(String::new, |q| q.id.clone()),
                    score: *score,
                    max: *max,
                },
                VisitSignal::VisitEnded {
                    reason,
                    duration,
                    active,
                } => {
                    self.session = None;
                    EventKind::VisitEnd {
                        reason: match reason {
                            VisitEndReason::Idle => EndReason::Idle,
                            VisitEndReason::Finish => EndReason::Finish,
                            VisitEndReason::PackSwitch => EndReason::PackSwitch,
                        },
                        duration_ms: u64::try_from(duration.as_millis()).unwrap_or(u64::MAX),
                        active_ms: u64::try_from(active.as_millis()).unwrap_or(u64::MAX),
                    }
                }
            };
            self.write(session, pack, kind);
        }
    }

    /// Hands one event of visit `session` on `pack`, stamped now, to the log.
    #[allow(
        clippy::disallowed_methods,
        reason = "an event carries the real instant with its UTC offset, whatever the kiosk clock"
    )]
    fn write(&self, session: String, pack: &Pack, kind: EventKind) {
        self.log.record(VisitEvent {
            v: FORMAT_VERSION,
            ts: timestamp(&jiff::Zoned::now()),
            kiosk: self.kiosk.clone(),
            session,
            pack: pack.manifest.id.clone(),
            kind,
        });
    }

    /// The visitor log's state, for the staff screen.
    #[must_use]
    pub fn health(&self) -> crate::visits::LogHealth {
        self.log.health()
    }

    /// Waits until every event handed to the log so far is on disk.
    pub fn flush(&self) {
        self.log.flush();
    }

    /// Ends a visit still open at shutdown and waits until the log is on disk.
    pub fn shut_down(self, pack: Option<&Pack>, duration_ms: u64, active_ms: u64) {
        if let (Some(session), Some(pack)) = (self.session.clone(), pack) {
            self.write(
                session,
                pack,
                EventKind::VisitEnd {
                    reason: EndReason::Shutdown,
                    duration_ms,
                    active_ms,
                },
            );
        }
        self.log.shutdown();
    }
}

/// A quiz question's narration is logged with the exhibit's id and `<quiz id>/<question id>`
/// as its page.
fn question_ids(pack: &Pack, exhibit: usize, question: usize) -> (String, String) {
    let found = pack.exhibits.get(exhibit);
    let quiz = quiz_of(pack, exhibit);
    (
        found.map_or_else(String::new, |e| e.id.clone()),
        quiz.and_then(|q| Some(format!("{}/{}", q.id, q.questions.get(question)?.id)))
            .unwrap_or_default(),
    )
}

/// Exhibit `exhibit`'s quiz, if it has one.
fn quiz_of(pack: &Pack, exhibit: usize) -> Option<&crate::content::model::Quiz> {
    pack.exhibits.get(exhibit).and_then(|e| e.quiz.as_ref())
}

/// The pack ids of exhibit `exhibit`'s page `page`.
fn page_ids(pack: &Pack, exhibit: usize, page: usize) -> (String, String) {
    let exhibit = pack.exhibits.get(exhibit);
    (
        exhibit.map_or_else(String::new, |e| e.id.clone()),
        exhibit
            .and_then(|e| e.pages.get(page))
            .map_or_else(String::new, |p| p.id.clone()),
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::kiosk::VisitEndReason;
    use crate::visits::FiscalCalendar;
    use crate::visits::tally::{self, GroupBy, YearRange};

    #[test]
    fn quiz_and_narration_signals_become_events_with_pack_ids() {
        let pack = crate::content::load_pack(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/civil-society"),
        )
        .pack
        .unwrap();
        let (exhibit, quiz) = pack
            .exhibits
            .iter()
            .enumerate()
            .find_map(|(i, e)| e.quiz.as_ref().map(|q| (i, q)))
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut recorder =
            VisitRecorder::new(VisitLog::start(dir.path(), "k1").unwrap(), "k1".to_owned());
        recorder.record(
            &[
                VisitSignal::VisitStarted,
                VisitSignal::NarrationPlayed {
                    exhibit,
                    page: 0,
                    question: false,
                    lang: "en".to_owned(),
                },
                VisitSignal::QuizAnswered {
                    exhibit,
                    question: 0,
                    correct: true,
                },
                VisitSignal::QuizAnswered {
                    exhibit,
                    question: 1,
                    correct: false,
                },
                VisitSignal::QuizCompleted {
                    exhibit,
                    score: 1,
                    max: 2,
                },
                VisitSignal::VisitEnded {
                    reason: VisitEndReason::Finish,
                    duration: Duration::from_secs(9),
                    active: Duration::from_secs(8),
                },
            ],
            &pack,
            "en",
        );
        recorder.shut_down(None, 0, 0);
        let files = tally::log_files(&[dir.path().to_path_buf()]);
        let text = std::fs::read_to_string(&files[0]).unwrap();
        let events: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let names: Vec<&str> = events
            .iter()
            .map(|e| e["event"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "visit_start",
                "narration_play",
                "quiz_answer",
                "quiz_answer",
                "quiz_complete",
                "visit_end"
            ]
        );
        assert_eq!(events[1]["exhibit"], pack.exhibits[exhibit].id.as_str());
        assert_eq!(
            events[1]["page"],
            pack.exhibits[exhibit].pages[0].id.as_str()
        );
        assert_eq!(events[2]["quiz"], quiz.id.as_str());
        assert_eq!(events[3]["question"], quiz.questions[1].id.as_str());
        assert_eq!(
            (events[4]["score"].as_u64(), events[4]["max"].as_u64()),
            (Some(1), Some(2))
        );
        tally_what_was_recorded(&files, &quiz.id);
    }

    fn tally_what_was_recorded(files: &[std::path::PathBuf], quiz: &str) {
        let by_quiz = tally::tally(
            files,
            GroupBy::Quiz,
            YearRange::default(),
            FiscalCalendar::default(),
        );
        let figures = by_quiz.quizzes[quiz];
        assert_eq!(
            (
                figures.answers.answers,
                figures.answers.correct,
                figures.completions
            ),
            (2, 1, 1)
        );
        let by_language = tally::tally(
            files,
            GroupBy::Language,
            YearRange::default(),
            FiscalCalendar::default(),
        );
        assert_eq!(by_language.visitors["en"].average_active_ms(), Some(8000));
    }
}

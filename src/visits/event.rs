//! Visitor events: one JSON object per line (JSON Lines), the contract documented in README.
//!
//! Every event has `v` (format version 1), `ts` (RFC 3339 with the kiosk's UTC offset and
//! milliseconds), `kiosk`, `session` (one per visit, unique across kiosks), `event` and
//! `pack`, plus the fields of its kind. Readers ignore fields and events they do not know.

use serde::{Deserialize, Serialize};

/// The format version written into every event.
pub const FORMAT_VERSION: u32 = 1;

/// Why a visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// Nobody answered the idle prompt.
    Idle,
    /// The visitor pressed finish.
    Finish,
    /// Staff switched the pack.
    PackSwitch,
    /// The kiosk was shut down.
    Shutdown,
}

/// What happened, with the fields of its kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// The first touch on the attract screen: a visitor.
    VisitStart {
        /// The language the visit starts in.
        lang: String,
    },
    /// A page was shown.
    PageView {
        /// Exhibit id.
        exhibit: String,
        /// Page id.
        page: String,
    },
    /// The visitor chose or changed the language.
    LanguageChange {
        /// The new language.
        lang: String,
    },
    /// Narration started.
    NarrationPlay {
        /// Exhibit id.
        exhibit: String,
        /// Page id.
        page: String,
        /// Language of the track.
        lang: String,
    },
    /// A quiz question was answered.
    QuizAnswer {
        /// Quiz id.
        quiz: String,
        /// Question id.
        question: String,
        /// Whether the answer was right.
        correct: bool,
    },
    /// A quiz was finished.
    QuizComplete {
        /// Quiz id.
        quiz: String,
        /// Questions answered right.
        score: u32,
        /// Questions in the quiz.
        max: u32,
    },
    /// The visit ended.
    VisitEnd {
        /// Why.
        reason: EndReason,
        /// From the first touch to the end.
        duration_ms: u64,
        /// The same without the idle wait at the end.
        active_ms: u64,
    },
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VisitEvent {
    /// Format version.
    pub v: u32,
    /// When, RFC 3339 with offset and milliseconds: `2026-11-27T10:15:03.120+09:00`.
    pub ts: String,
    /// Which kiosk.
    pub kiosk: String,
    /// Which visit.
    pub session: String,
    /// Which pack was on show.
    pub pack: String,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

impl VisitEvent {
    /// The event as one JSON line, ending in `\n`.
    #[must_use]
    pub fn to_line(&self) -> String {
        // Serialising these plain structs cannot fail; an empty object would still be one line.
        let mut line = serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned());
        line.push('\n');
        line
    }

    /// The local date of `ts` (the first ten characters, `YYYY-MM-DD`), which names its file.
    #[must_use]
    pub fn local_date(&self) -> Option<&str> {
        self.ts.get(..10)
    }
}

/// The current time as the log writes it: local offset, milliseconds.
#[must_use]
pub fn timestamp(now: &jiff::Zoned) -> String {
    now.strftime("%Y-%m-%dT%H:%M:%S%.3f%:z").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_one_json_line_with_the_documented_fields() {
        let event = VisitEvent {
            v: FORMAT_VERSION,
            ts: "2026-11-27T10:15:03.120+09:00".into(),
            kiosk: "ichigaya-1".into(),
            session: "0b9a".into(),
            pack: "civil-society".into(),
            kind: EventKind::VisitEnd {
                reason: EndReason::PackSwitch,
                duration_ms: 5,
                active_ms: 4,
            },
        };
        assert_eq!(
            event.to_line(),
            "{\"v\":1,\"ts\":\"2026-11-27T10:15:03.120+09:00\",\"kiosk\":\"ichigaya-1\",\"session\":\"0b9a\",\"pack\":\"civil-society\",\"event\":\"visit_end\",\"reason\":\"pack_switch\",\"duration_ms\":5,\"active_ms\":4}\n"
        );
        assert_eq!(event.local_date(), Some("2026-11-27"));
    }

    #[test]
    fn timestamps_carry_offset_and_milliseconds() {
        let zoned: jiff::Zoned = "2026-11-27T10:15:03.12+09:00[Asia/Tokyo]".parse().unwrap();
        assert_eq!(timestamp(&zoned), "2026-11-27T10:15:03.120+09:00");
    }
}

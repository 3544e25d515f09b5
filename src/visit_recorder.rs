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
                    let exhibit = pack.exhibits.get(*exhibit);
                    EventKind::PageView {
                        exhibit: exhibit.map_or_else(String::new, |e| e.id.clone()),
                        page: exhibit
                            .and_then(|e| e.pages.get(*page))
                            .map_or_else(String::new, |p| p.id.clone()),
                    }
                }
                VisitSignal::LanguageChanged(lang) => {
                    EventKind::LanguageChange { lang: lang.clone() }
                }
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
                        },
                        duration_ms: u64::try_from(duration.as_millis()).unwrap_or(u64::MAX),
                        active_ms: u64::try_from(active.as_millis()).unwrap_or(u64::MAX),
                    }
                }
            };
            self.log.record(VisitEvent {
                v: FORMAT_VERSION,
                ts: timestamp(&jiff::Zoned::now()),
                kiosk: self.kiosk.clone(),
                session,
                pack: pack.manifest.id.clone(),
                kind,
            });
        }
    }

    /// Ends a visit still open at shutdown and waits until the log is on disk.
    pub fn shut_down(self, pack: Option<&Pack>, duration_ms: u64, active_ms: u64) {
        if let (Some(session), Some(pack)) = (self.session.clone(), pack) {
            self.log.record(VisitEvent {
                v: FORMAT_VERSION,
                ts: timestamp(&jiff::Zoned::now()),
                kiosk: self.kiosk.clone(),
                session,
                pack: pack.manifest.id.clone(),
                kind: EventKind::VisitEnd {
                    reason: EndReason::Shutdown,
                    duration_ms,
                    active_ms,
                },
            });
        }
        self.log.shutdown();
    }
}

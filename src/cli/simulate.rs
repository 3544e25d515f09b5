//! `plaza-kiosk simulate-visits`: synthetic visits through the real visitor-log writer, for
//! load and crash tests (and to try the tally on a test folder). It writes only into the data
//! folder it is given.
//!
//! For each visit it prints `started <session>` on standard output once its `visit_start` has
//! been handed to the writer, so a test that kills the process knows what was started when.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::visits::{EndReason, EventKind, FORMAT_VERSION, VisitEvent, VisitLog, timestamp};

/// What to simulate.
#[derive(Debug, Clone)]
pub struct Simulation {
    /// The data folder to write into.
    pub data_dir: PathBuf,
    /// The kiosk id written into the events.
    pub kiosk: String,
    /// How many visits.
    pub visits: u64,
    /// Page views per visit.
    pub pages_per_visit: u32,
    /// Pause between visits.
    pub pause: Duration,
}

/// Runs the simulation; exit 0, or 1 when the log cannot start.
#[must_use]
pub fn run(simulation: &Simulation) -> ExitCode {
    let log = match VisitLog::start(&simulation.data_dir, &simulation.kiosk) {
        Ok(log) => log,
        Err(e) => {
            eprintln!("plaza-kiosk: cannot start the visitor log: {e}");
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::stdout().lock();
    #[allow(
        clippy::disallowed_methods,
        reason = "simulated visits are stamped with the real time, as the kiosk stamps them"
    )]
    let now = jiff::Zoned::now;
    for _ in 0..simulation.visits {
        let session = uuid::Uuid::new_v4().to_string();
        let event = |kind| VisitEvent {
            v: FORMAT_VERSION,
            ts: timestamp(&now()),
            kiosk: simulation.kiosk.clone(),
            session: session.clone(),
            pack: "simulation".to_owned(),
            kind,
        };
        log.record(event(EventKind::VisitStart {
            lang: "ja".to_owned(),
        }));
        if writeln!(out, "started {session}")
            .and_then(|()| out.flush())
            .is_err()
        {
            break;
        }
        for page in 0..simulation.pages_per_visit {
            log.record(event(EventKind::PageView {
                exhibit: "simulated".to_owned(),
                page: format!("page-{page}"),
            }));
        }
        log.record(event(EventKind::VisitEnd {
            reason: EndReason::Finish,
            duration_ms: 1,
            active_ms: 1,
        }));
        if !simulation.pause.is_zero() {
            std::thread::sleep(simulation.pause);
        }
    }
    log.shutdown();
    ExitCode::SUCCESS
}

//! Loading the pack to show, off the UI thread: it is read and validated on a `pack-loader` job
//! ([`crate::worker`]); until it answers the screen stays blank, and a pack that cannot be
//! shown (or a loader that died) leaves the kiosk on its "being prepared" screen.

use std::path::PathBuf;

use super::{AppOptions, KioskApp, idle_times};
use crate::content::{self, Pack, pack_dates};
use crate::kiosk::KioskState;
use crate::worker::{Job, JobPoll, Wake};

/// The pack on show, or on its way.
pub(super) enum PackState {
    /// Being loaded and validated.
    Loading(Job<Result<Pack, String>>),
    /// On show.
    Ready(Box<Pack>),
    /// It cannot be shown (its problems are in the log).
    Unavailable,
}

/// Loads and validates a pack on the `pack-loader` thread: the first of the folders `choose`
/// names that loads (the others are fallbacks), or the first one's problems when none does.
pub(super) fn load_in_background(
    wake: &Wake,
    choose: impl FnOnce() -> Vec<PathBuf> + Send + 'static,
) -> Job<Result<Pack, String>> {
    Job::start("pack-loader", wake, move || {
        let mut problem = None;
        for pack_dir in choose() {
            // The pack's folder as the system names it, so staff mode can tell it among the
            // packs it scans by a plain comparison.
            let pack_dir = pack_dir.canonicalize().unwrap_or(pack_dir);
            let report = content::load_pack_to_show(&pack_dir);
            if let Some(pack) = report.pack {
                return Ok(pack);
            }
            for diagnostic in &report.diagnostics {
                tracing::warn!("{diagnostic}");
            }
            problem.get_or_insert_with(|| report.summary_line());
        }
        Err(problem.unwrap_or_default())
    })
}

/// The pack to show at start: the one named, or (following packs' dates) the one today's date
/// wants, with the pack staff chose as its fallback.
pub(super) fn first_pack(wake: &Wake, options: &AppOptions) -> Job<Result<Pack, String>> {
    if !options.follow_pack_dates {
        let dir = options.pack_dir.clone();
        return load_in_background(wake, move || vec![dir]);
    }
    let config = options.config.clone();
    let today = options.clock.local_now().date();
    load_in_background(wake, move || {
        let dated = pack_dates::dated_packs(&config.content_dir);
        let chosen = config.default_pack_dir();
        let chosen = chosen.canonicalize().unwrap_or(chosen);
        let chosen_on = config
            .pack_chosen_on
            .as_deref()
            .and_then(|d| d.parse().ok());
        let wanted = pack_dates::wanted_pack(&chosen, chosen_on, &dated, today);
        // A dated pack that does not load leaves the kiosk on the chosen one.
        if wanted == chosen {
            vec![chosen]
        } else {
            vec![wanted, chosen]
        }
    })
}

impl KioskApp {
    /// Collects the pack once the loader has answered.
    pub(super) fn poll_pack(&mut self) {
        let PackState::Loading(job) = &mut self.pack else {
            return;
        };
        self.pack = match job.poll() {
            JobPoll::Running => return,
            JobPoll::Ready(Ok(pack)) => {
                tracing::info!("showing pack {} ({})", pack.manifest.id, pack.dir.display());
                self.state = visitor_state(&pack, &self.options.config);
                self.options.pack_dir.clone_from(&pack.dir);
                self.fonts.pack_arrived = true;
                PackState::Ready(Box::new(pack))
            }
            JobPoll::Ready(Err(summary)) => {
                tracing::warn!("the pack cannot be shown: {summary}");
                PackState::Unavailable
            }
            JobPoll::Failed => PackState::Unavailable,
        };
    }
}

/// The visitor flow for `pack` with the kiosk's settings, on its attract loop.
pub(super) fn visitor_state(pack: &Pack, config: &crate::config::KioskConfig) -> KioskState {
    let page_counts = pack.exhibits.iter().map(|e| e.pages.len()).collect();
    KioskState::new(
        pack.manifest.languages.clone(),
        page_counts,
        idle_times(config),
    )
    .with_quizzes(crate::app::quiz_specs::quiz_specs(pack))
    .with_visit_start(
        config.default_language.as_deref(),
        config.large_text_default,
    )
    .with_furigana_start(pack.manifest.furigana.is_some_and(|f| f.shown))
}

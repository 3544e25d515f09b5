//! The app following packs' active dates: once a minute (and whenever the day changes) a
//! `pack-dates` thread reads the manifests under the content folder and says which pack belongs
//! on screen today ([`content::pack_dates`]); a different one is loaded and validated on a
//! `pack-loader` thread and swapped in when no visit is going on, so nobody's visit is cut
//! short. A pack that fails to load is not tried again that day; the kiosk keeps what it shows.

use std::path::PathBuf;
use std::time::Duration;

use super::KioskApp;
use super::pack_loading::{self, PackState};
use crate::content::Pack;
use crate::content::pack_dates;
use crate::worker::{Job, JobPoll, Wake};

/// How often the dates are looked at.
pub const CHECK_EVERY: Duration = Duration::from_mins(1);

/// Where following the dates stands.
#[derive(Default)]
pub(super) struct PackDates {
    next_check: Duration,
    checking: Option<Job<PathBuf>>,
    loading: Option<(PathBuf, Job<Result<Pack, String>>)>,
    ready: Option<Box<Pack>>,
    /// A pack that failed to load, and the day it did.
    refused: Option<(PathBuf, jiff::civil::Date)>,
}

impl PackDates {
    /// Whether a pack is loaded and waits for the visit on screen to end.
    pub(super) fn waiting(&self) -> bool {
        self.ready.is_some()
    }
}

/// Which pack belongs on screen today, worked out on a `pack-dates` job.
fn wanted_in_background(
    config: &crate::config::KioskConfig,
    today: jiff::civil::Date,
    wake: &Wake,
) -> Job<PathBuf> {
    let content_dir = config.content_dir.clone();
    let chosen = config.default_pack_dir();
    let chosen_on = config
        .pack_chosen_on
        .as_deref()
        .and_then(|d| d.parse().ok());
    Job::start("pack-dates", wake, move || {
        let dated = pack_dates::dated_packs(&content_dir);
        let chosen = chosen.canonicalize().unwrap_or(chosen);
        pack_dates::wanted_pack(&chosen, chosen_on, &dated, today)
    })
}

impl KioskApp {
    /// Once a frame: looks at the dates when due, loads the pack they want, and swaps it in
    /// between visits.
    pub(super) fn follow_pack_dates(&mut self, now: Duration) {
        if !self.options.follow_pack_dates || matches!(self.pack, PackState::Loading(_)) {
            return;
        }
        // The local date only when it is needed: not a time-zone lookup every frame.
        let clock = &self.options.clock;
        let today = || clock.local_now().date();
        let dates = &mut self.dates;
        if dates.checking.is_none()
            && dates.loading.is_none()
            && dates.ready.is_none()
            && now >= dates.next_check
        {
            dates.next_check = now + CHECK_EVERY;
            dates.checking = Some(wanted_in_background(
                &self.options.config,
                today(),
                &self.wake,
            ));
        }
        if let Some(job) = &mut dates.checking {
            match job.poll() {
                JobPoll::Ready(wanted) => {
                    let today = today();
                    dates.checking = None;
                    let showing = match &self.pack {
                        PackState::Ready(pack) => pack.dir.clone(),
                        _ => self.options.pack_dir.clone(),
                    };
                    let refused_today = dates
                        .refused
                        .as_ref()
                        .is_some_and(|(dir, day)| *dir == wanted && *day == today);
                    if wanted != showing && !refused_today {
                        let dir = wanted.clone();
                        let loading =
                            pack_loading::load_in_background(&self.wake, move || vec![dir]);
                        dates.loading = Some((wanted, loading));
                    }
                }
                JobPoll::Failed => dates.checking = None,
                JobPoll::Running => {}
            }
        }
        if let Some((dir, job)) = &mut dates.loading {
            match job.poll() {
                JobPoll::Ready(Ok(pack)) => {
                    dates.ready = Some(Box::new(pack));
                    dates.loading = None;
                }
                JobPoll::Ready(Err(summary)) => {
                    let today = today();
                    tracing::warn!(
                        "the pack for today's date cannot be shown, keeping the current one: {summary}"
                    );
                    dates.refused = Some((dir.clone(), today));
                    dates.loading = None;
                }
                JobPoll::Failed => {
                    // Its loader died (logged by the worker): not tried again today either.
                    dates.refused = Some((dir.clone(), today()));
                    dates.loading = None;
                }
                JobPoll::Running => {}
            }
        }
        if !self.state.in_visit()
            && !self.staff.is_open()
            && let Some(pack) = self.dates.ready.take()
        {
            tracing::info!(
                "showing pack {} ({}) by its active dates",
                pack.manifest.id,
                pack.dir.display()
            );
            self.show_pack(*pack);
        }
    }
}

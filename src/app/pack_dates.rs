//! The app following packs' active dates: once a minute (and whenever the day changes) a
//! `pack-dates` thread reads the manifests under the content folder and says which pack belongs
//! on screen today ([`content::pack_dates`]); a different one is loaded and validated on a
//! `pack-loader` thread and swapped in when no visit is going on, so nobody's visit is cut
//! short. A pack that fails to load is not tried again that day; the kiosk keeps what it shows.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use super::{KioskApp, PackState, spawn_pack_loader};
use crate::content::Pack;
use crate::content::pack_dates;

/// How often the dates are looked at.
pub const CHECK_EVERY: Duration = Duration::from_mins(1);

/// Where following the dates stands.
#[derive(Default)]
pub(super) struct PackDates {
    next_check: Duration,
    checking: Option<Receiver<PathBuf>>,
    loading: Option<(PathBuf, Receiver<Result<Pack, String>>)>,
    ready: Option<Box<Pack>>,
    /// A pack that failed to load, and the day it did.
    refused: Option<(PathBuf, jiff::civil::Date)>,
}

impl PackDates {
    /// Whether a pack is loaded and waits for the visit on screen to end.
    pub(super) fn waiting(&self) -> bool {
        self.ready.is_some()
    }

    /// Whether there is work under way that the app should look at again soon.
    pub(super) fn busy(&self) -> bool {
        self.checking.is_some() || self.loading.is_some() || self.ready.is_some()
    }
}

/// Which pack belongs on screen today, worked out on a `pack-dates` thread.
pub(super) fn wanted_in_background(
    config: &crate::config::KioskConfig,
    today: jiff::civil::Date,
) -> Option<Receiver<PathBuf>> {
    let content_dir = config.content_dir.clone();
    let chosen = config.default_pack_dir();
    let chosen_on = config
        .pack_chosen_on
        .as_deref()
        .and_then(|d| d.parse().ok());
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("pack-dates".to_owned())
        .spawn(move || {
            let dated = pack_dates::dated_packs(&content_dir);
            let chosen = chosen.canonicalize().unwrap_or(chosen);
            let _ = sender.send(pack_dates::wanted_pack(&chosen, chosen_on, &dated, today));
        })
        .ok()
        .map(|_| receiver)
}

impl KioskApp {
    /// Once a frame: looks at the dates when due, loads the pack they want, and swaps it in
    /// between visits.
    pub(super) fn follow_pack_dates(&mut self, ctx: &egui::Context, now: Duration) {
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
            dates.checking = wanted_in_background(&self.options.config, today());
        }
        if let Some(receiver) = &dates.checking {
            match receiver.try_recv() {
                Ok(wanted) => {
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
                        if let PackState::Loading(loading) =
                            spawn_pack_loader(ctx, move || vec![dir])
                        {
                            dates.loading = Some((wanted, loading));
                        }
                    }
                }
                Err(TryRecvError::Disconnected) => dates.checking = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        if let Some((dir, receiver)) = &dates.loading {
            match receiver.try_recv() {
                Ok(Ok(pack)) => {
                    dates.ready = Some(Box::new(pack));
                    dates.loading = None;
                }
                Ok(Err(summary)) => {
                    let today = today();
                    tracing::warn!(
                        "the pack for today's date cannot be shown, keeping the current one: {summary}"
                    );
                    dates.refused = Some((dir.clone(), today));
                    dates.loading = None;
                }
                Err(TryRecvError::Disconnected) => dates.loading = None,
                Err(TryRecvError::Empty) => {}
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

//! Staff mode's state, below its screens: the PIN pad (checked on a `pin-check` job: Argon2
//! takes a moment), the menu and its tabs, the packs under the content folder (validated and
//! loaded on a `pack-scan` job, so a switch is instant), the counts and the export (on their
//! own jobs, [`crate::worker`]), and closing by itself after two minutes without a touch. No
//! egui: the screens in `ui::staff` draw this and hand back a [`StaffNav`].

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::counts::{self, StaffCounts};
use super::lockout_file::{self, StoredGate};
use super::pack_scan::{self, PackEntry};
use super::settings_form::{SettingsEdit, VisitorSettings};
use super::{Failure, PinGate, export_targets, pin};
use crate::config::KioskConfig;
use crate::content::Pack;
use crate::kiosk::Clock;
use crate::worker::{Job, JobPoll, Outcome, Wake};

/// Staff mode closes after this long without a touch.
pub const CLOSE_AFTER: Duration = Duration::from_mins(2);

/// What the staff screens asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffNav {
    /// A digit on the pad.
    Digit(u8),
    /// Clear the digits.
    Clear,
    /// Check the PIN.
    Submit,
    /// Leave the pad or the menu: back to the exhibition.
    Close,
    /// "Exit the kiosk": asks first ([`Menu::leaving`]).
    Exit,
    /// "Restart": asks first.
    Restart,
    /// Yes to the question: quit (to the desktop, or to be started again).
    ConfirmLeave,
    /// No to the question: the menu as it was.
    CancelLeave,
    /// Show the pack at this index of the list.
    SwitchPack(usize),
    /// A part of the menu.
    Tab(StaffTab),
    /// The fiscal year to export, one earlier or later.
    ExportYear(i16),
    /// Export the chosen fiscal year into the folder at this index of the targets.
    Export(usize),
    /// A change on the settings form.
    Setting(SettingsEdit),
    /// Save the settings form.
    SaveSettings,
    /// Put the settings form back to the settings in effect.
    RevertSettings,
    /// The staff screens in this language from now on (until the kiosk restarts).
    Language(String),
}

/// The parts of the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffTab {
    /// The packs.
    Packs,
    /// The visitor counts.
    Counts,
    /// Exporting a fiscal year.
    Export,
    /// The settings visitors notice.
    Settings,
}

/// The menu's state.
pub struct Menu {
    /// The part on show.
    pub tab: StaffTab,
    /// The packs, scanned on a `pack-scan` job.
    pub packs: Outcome<Vec<PackEntry>>,
    /// The counts, counted on a `staff-counts` job.
    pub counts: Outcome<StaffCounts>,
    /// Where an export may go, removable drives first (listed on an `export-targets` job: it
    /// reads the mounts and folders).
    pub targets: Outcome<Vec<export_targets::ExportTarget>>,
    /// The fiscal year to export.
    pub export_year: i16,
    /// The export under way.
    pub exporting: Option<Job<Result<PathBuf, String>>>,
    /// The last export's outcome.
    pub exported: Option<Result<PathBuf, String>>,
    /// The last thing done, to show.
    pub notice: Option<String>,
    /// The settings form, as staff have changed it.
    pub settings: VisitorSettings,
    /// Waiting for the settings file to be written.
    pub settings_saving: bool,
    /// The last save's outcome.
    pub settings_saved: Option<Result<(), String>>,
    /// Exit or restart asked for and waiting for a yes: quitting takes the exhibition off
    /// the floor, so it is never one tap away.
    pub leaving: Option<Leave>,
}

/// Which way staff asked to quit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// To the desktop.
    Exit,
    /// To be started again.
    Restart,
}

/// Why the pad shows a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinMessage {
    /// Wrong; this many tries left.
    Wrong(u32),
    /// Checking on the `pin-check` thread.
    Checking,
    /// The PIN's hash in the settings cannot be read: the pad stays locked (never open).
    Unreadable,
}

/// What the settings say of the staff PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinState {
    /// No PIN is set: the menu opens at once (and says so).
    NotSet,
    /// A PIN is set: the pad asks for it.
    Set,
    /// A PIN hash is there but cannot be read: the pad stays locked and says how to mend it.
    Unreadable,
}

impl PinState {
    /// The PIN's state from the settings and what reading them found: a hash that does not
    /// parse as one counts as unreadable too (it could never match).
    #[must_use]
    pub fn of(config: &KioskConfig, unreadable: bool) -> Self {
        match config.staff_pin_hash.as_deref() {
            _ if unreadable => Self::Unreadable,
            None => Self::NotSet,
            Some(hash) if pin::is_hash(hash) => Self::Set,
            Some(_) => Self::Unreadable,
        }
    }
}

/// Where staff mode stands.
pub enum StaffPhase {
    /// Visitors' screens.
    Closed,
    /// The PIN pad.
    Pin {
        /// Digits typed (never shown).
        digits: String,
        /// What the pad says.
        message: Option<PinMessage>,
        /// The check under way.
        checking: Option<Job<bool>>,
    },
    /// The menu.
    Open(Box<Menu>),
}

/// Staff mode: its phase, the wrong-PIN gate and the last touch.
pub struct StaffMode {
    /// Where it stands.
    pub phase: StaffPhase,
    /// Wrong PINs and the lockout (kept when the pad closes, and across restarts).
    pub gate: PinGate,
    stored_gate: StoredGate,
    last_touch: Duration,
    /// The language staff switched the screens to in the menu; none: the setting's.
    pub language: Option<String>,
    /// Wakes the UI when a job finishes.
    wake: Wake,
}

/// What the app must do after a staff step.
#[derive(Debug)]
pub enum StaffAction {
    /// Nothing more.
    None,
    /// Quit the kiosk in order, to the desktop.
    Exit,
    /// Quit in order, to be started again.
    Restart,
    /// Show this pack now.
    Switch(Box<Pack>),
    /// Save these settings (and use them once saved).
    SaveSettings(VisitorSettings),
}

impl StaffMode {
    /// Closed staff mode whose jobs call `wake` when they finish, keeping the PIN lockout in
    /// the folder `data_dir` (none: in memory only).
    #[must_use]
    pub fn new(wake: Wake, data_dir: Option<&std::path::Path>) -> Self {
        let lockout_path = data_dir.map(|folder| folder.join(lockout_file::FILE_NAME));
        Self {
            phase: StaffPhase::Closed,
            gate: PinGate::default(),
            stored_gate: StoredGate::start(lockout_path, Arc::clone(&wake)),
            last_touch: Duration::ZERO,
            language: None,
            wake,
        }
    }

    /// Once a frame, open or not: keeps the lockout's copy on disk in step.
    pub fn background(&mut self, now: Duration, clock: &dyn Clock) {
        self.stored_gate
            .poll(&mut self.gate, now, clock.local_now());
    }

    /// When staff mode next needs a frame without a touch or a job finishing: the lockout's
    /// countdown (once a second) and closing by itself.
    #[must_use]
    pub fn next_timer(&self, now: Duration) -> Option<Duration> {
        if !self.is_open() {
            return None;
        }
        let closes_in = CLOSE_AFTER.saturating_sub(now.saturating_sub(self.last_touch));
        let countdown = self.gate.locked(now).map(|left| {
            Duration::from_nanos(u64::from(left.subsec_nanos())).max(Duration::from_millis(20))
        });
        Some(countdown.map_or(closes_in, |c| c.min(closes_in)))
    }

    /// Whether staff screens are showing.
    #[must_use]
    pub fn is_open(&self) -> bool {
        !matches!(self.phase, StaffPhase::Closed)
    }

    /// The gesture completed at `now`: the pad, or the menu at once when no PIN is set, or a
    /// locked pad when the PIN cannot be read.
    pub fn open(&mut self, now: Duration, pin: PinState, config: &KioskConfig, clock: &dyn Clock) {
        self.last_touch = now;
        let pad = |message| StaffPhase::Pin {
            digits: String::new(),
            message,
            checking: None,
        };
        self.phase = match pin {
            PinState::Set => pad(None),
            PinState::Unreadable => pad(Some(PinMessage::Unreadable)),
            PinState::NotSet => menu(config, clock.local_now().date(), &self.wake),
        };
    }

    /// Any touch while open.
    pub fn touched(&mut self, now: Duration) {
        self.last_touch = now;
    }

    /// Once a frame: closes after two minutes without a touch; collects what the jobs found.
    pub fn tick(&mut self, now: Duration, config: &KioskConfig, clock: &dyn Clock) {
        if self.is_open() && now.saturating_sub(self.last_touch) >= CLOSE_AFTER {
            self.phase = StaffPhase::Closed;
            return;
        }
        match &mut self.phase {
            StaffPhase::Pin {
                digits,
                message,
                checking,
            } => {
                let result = checking.as_mut().map(Job::poll);
                match result {
                    Some(JobPoll::Ready(true)) => {
                        self.gate.succeeded();
                        self.stored_gate
                            .save(self.gate.record(now, clock.local_now()));
                        self.phase = menu(config, clock.local_now().date(), &self.wake);
                    }
                    // A check that died counts as a wrong PIN: the pad never opens by failing.
                    Some(JobPoll::Ready(false) | JobPoll::Failed) => {
                        digits.clear();
                        *checking = None;
                        *message = match self.gate.failed(now) {
                            Failure::TriesLeft(tries) => Some(PinMessage::Wrong(tries)),
                            Failure::Locked(until) => {
                                tracing::warn!(
                                    "staff PIN pad locked for {} minutes after 5 wrong PINs",
                                    until.saturating_sub(now).as_secs() / 60
                                );
                                None
                            }
                        };
                        self.stored_gate
                            .save(self.gate.record(now, clock.local_now()));
                    }
                    Some(JobPoll::Running) | None => {}
                }
            }
            StaffPhase::Open(menu) => {
                menu.packs.update();
                menu.targets.update();
                menu.counts.update();
                let exported = match menu.exporting.as_mut().map(Job::poll) {
                    Some(JobPoll::Ready(result)) => Some(result),
                    Some(JobPoll::Failed) => Some(Err(EXPORT_STOPPED.to_owned())),
                    Some(JobPoll::Running) | None => None,
                };
                if let Some(result) = exported {
                    match &result {
                        Ok(file) => tracing::info!("staff exported {}", file.display()),
                        Err(e) => tracing::warn!("staff export failed: {e}"),
                    }
                    menu.exported = Some(result);
                    menu.exporting = None;
                }
            }
            StaffPhase::Closed => {}
        }
    }

    /// Applies a staff control at `now` with the kiosk's settings.
    pub fn apply(
        &mut self,
        nav: StaffNav,
        now: Duration,
        config: &KioskConfig,
        clock: &dyn Clock,
    ) -> StaffAction {
        let hash = config.staff_pin_hash.as_deref();
        self.last_touch = now;
        let locked = self.gate.locked(now).is_some()
            || !self.stored_gate.ready()
            || matches!(
                self.phase,
                StaffPhase::Pin {
                    message: Some(PinMessage::Unreadable),
                    ..
                }
            );
        match (&mut self.phase, nav) {
            (_, StaffNav::Close) => self.phase = StaffPhase::Closed,
            (_, StaffNav::Language(language)) => self.language = Some(language),
            (StaffPhase::Pin { digits, .. }, StaffNav::Digit(d))
                if !locked && digits.len() < pin::MAX_DIGITS =>
            {
                digits.push(char::from(b'0' + d.min(9)));
            }
            (StaffPhase::Pin { digits, .. }, StaffNav::Clear) => digits.clear(),
            (
                StaffPhase::Pin {
                    digits,
                    message,
                    checking,
                },
                StaffNav::Submit,
            ) if !locked && checking.is_none() && !digits.is_empty() => {
                let entered = std::mem::take(digits);
                let stored = hash.unwrap_or_default().to_owned();
                *checking = Some(Job::start("pin-check", &self.wake, move || {
                    pin::verify(&entered, &stored)
                }));
                *message = Some(PinMessage::Checking);
            }
            (StaffPhase::Open(menu), StaffNav::Exit) => menu.leaving = Some(Leave::Exit),
            (StaffPhase::Open(menu), StaffNav::Restart) => menu.leaving = Some(Leave::Restart),
            (StaffPhase::Open(menu), StaffNav::CancelLeave) => menu.leaving = None,
            (StaffPhase::Open(menu), StaffNav::ConfirmLeave) => match menu.leaving.take() {
                Some(Leave::Exit) => return StaffAction::Exit,
                Some(Leave::Restart) => return StaffAction::Restart,
                None => {}
            },
            (StaffPhase::Open(menu), StaffNav::SwitchPack(index)) => {
                if let Some(entry) = menu.packs.ready().and_then(|p| p.get(index)) {
                    if let Some(pack) = &entry.pack {
                        return StaffAction::Switch(pack.clone());
                    }
                    menu.notice = Some(format!("{}: {}", entry.id, entry.problems.join("; ")));
                }
            }
            (StaffPhase::Open(menu), StaffNav::Tab(tab)) => {
                menu.tab = tab;
                // Counted afresh each time the tab is opened, listed afresh for a stick just
                // plugged in.
                if tab == StaffTab::Counts && !menu.counts.is_pending() {
                    menu.counts =
                        counts::count_in_background(config, clock.local_now().date(), &self.wake);
                }
                if tab == StaffTab::Export && !menu.targets.is_pending() {
                    menu.targets = export_targets::list_in_background(config, &self.wake);
                }
            }
            (StaffPhase::Open(menu), StaffNav::ExportYear(year)) => {
                menu.export_year = year;
                menu.exported = None;
            }
            (StaffPhase::Open(menu), StaffNav::Setting(edit)) => {
                menu.settings.edit(edit);
                menu.settings_saved = None;
            }
            (StaffPhase::Open(menu), StaffNav::RevertSettings) => {
                menu.settings = VisitorSettings::of(config);
                menu.settings_saved = None;
            }
            (StaffPhase::Open(menu), StaffNav::SaveSettings) if !menu.settings_saving => {
                menu.settings_saving = true;
                menu.settings_saved = None;
                return StaffAction::SaveSettings(menu.settings.clone());
            }
            (StaffPhase::Open(menu), StaffNav::Export(index)) if menu.exporting.is_none() => {
                if let Some(folder) = menu
                    .targets
                    .ready()
                    .and_then(|t| t.get(index))
                    .map(|t| &t.folder)
                {
                    menu.exported = None;
                    menu.exporting = Some(counts::export_in_background(
                        config,
                        menu.export_year,
                        folder.clone(),
                        &self.wake,
                    ));
                }
            }
            _ => {}
        }
        StaffAction::None
    }

    /// Adds to what the menu says was done.
    pub fn append_notice(&mut self, text: &str) {
        if let StaffPhase::Open(menu) = &mut self.phase {
            menu.notice.get_or_insert_with(String::new).push_str(text);
        }
    }

    /// The settings file was written (the app has put the form's settings in effect) or not.
    pub fn settings_saved(&mut self, result: Result<(), String>) {
        if let StaffPhase::Open(menu) = &mut self.phase {
            menu.settings_saving = false;
            menu.settings_saved = Some(result);
        }
    }

    /// Says what was done, on the menu.
    pub fn notify(&mut self, text: String) {
        if let StaffPhase::Open(menu) = &mut self.phase {
            menu.notice = Some(text);
        }
    }
}

/// What the menu says when the export's thread died without an answer (the log has more).
const EXPORT_STOPPED: &str = "the export stopped unexpectedly (see the kiosk's log)";

/// The menu on its packs, with the packs being scanned, the counts counted and the places to
/// export to listed.
fn menu(config: &KioskConfig, today: jiff::civil::Date, wake: &Wake) -> StaffPhase {
    StaffPhase::Open(Box::new(Menu {
        tab: StaffTab::Packs,
        packs: pack_scan::scan_in_background(config.content_dir.clone(), wake),
        counts: counts::count_in_background(config, today, wake),
        targets: export_targets::list_in_background(config, wake),
        export_year: config.fiscal_calendar().year_of(today),
        exporting: None,
        exported: None,
        notice: None,
        settings: VisitorSettings::of(config),
        settings_saving: false,
        settings_saved: None,
        leaving: None,
    }))
}

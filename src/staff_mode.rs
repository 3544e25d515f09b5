//! Staff mode in the app: the PIN pad (checked on a `pin-check` thread: Argon2 takes a
//! moment), the menu, the packs under the content folder (validated and loaded on a
//! `pack-scan` thread, so a switch is instant), and closing by itself after two minutes
//! without a touch.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use crate::config::KioskConfig;
use crate::content::{self, Pack};
use crate::staff::settings_form::{SettingsEdit, VisitorSettings};
use crate::staff::{Failure, PinGate, pin};
use crate::staff_counts::{self, StaffCounts};

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
    /// Quit the kiosk to the desktop (a service manager leaves it down).
    Exit,
    /// Quit so that the service manager starts the kiosk again.
    Restart,
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
    /// The packs, once scanned.
    pub packs: Option<Vec<PackEntry>>,
    /// The scan under way.
    pub scanning: Option<Receiver<Vec<PackEntry>>>,
    /// The counts, once counted.
    pub counts: Option<StaffCounts>,
    /// The count under way.
    pub counting: Option<Receiver<StaffCounts>>,
    /// Where an export may go, removable drives first.
    pub targets: Vec<PathBuf>,
    /// The listing of those under way (it reads the mounts and folders).
    pub listing: Option<Receiver<Vec<PathBuf>>>,
    /// The fiscal year to export.
    pub export_year: i16,
    /// The export under way.
    pub exporting: Option<Receiver<Result<PathBuf, String>>>,
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
}

/// A pack under the content folder, as the menu lists it.
#[derive(Debug, Clone)]
pub struct PackEntry {
    /// Its folder.
    pub dir: PathBuf,
    /// Its id (or folder name).
    pub id: String,
    /// Errors found.
    pub errors: usize,
    /// The first few problems, for the list.
    pub problems: Vec<String>,
    /// The loaded pack, when it has no errors.
    pub pack: Option<Box<Pack>>,
}

/// Why the pad shows a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinMessage {
    /// Wrong; this many tries left.
    Wrong(u32),
    /// Checking on the `pin-check` thread.
    Checking,
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
        checking: Option<Receiver<bool>>,
    },
    /// The menu.
    Open(Box<Menu>),
}

/// Staff mode: its phase, the wrong-PIN gate and the last touch.
pub struct StaffMode {
    /// Where it stands.
    pub phase: StaffPhase,
    /// Wrong PINs and the lockout (kept when the pad closes).
    pub gate: PinGate,
    last_touch: Duration,
}

impl Default for StaffMode {
    fn default() -> Self {
        Self {
            phase: StaffPhase::Closed,
            gate: PinGate::default(),
            last_touch: Duration::ZERO,
        }
    }
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
    /// Whether staff screens are showing.
    #[must_use]
    pub fn is_open(&self) -> bool {
        !matches!(self.phase, StaffPhase::Closed)
    }

    /// The gesture completed at `now`: the pad, or the menu at once when no PIN is set.
    pub fn open(&mut self, now: Duration, pin_set: bool, config: &KioskConfig) {
        self.last_touch = now;
        self.phase = if pin_set {
            StaffPhase::Pin {
                digits: String::new(),
                message: None,
                checking: None,
            }
        } else {
            menu(config)
        };
    }

    /// Any touch while open.
    pub fn touched(&mut self, now: Duration) {
        self.last_touch = now;
    }

    /// Once a frame: closes after two minutes without a touch; collects a PIN check and a
    /// pack scan when they finish.
    pub fn tick(&mut self, now: Duration, config: &KioskConfig) {
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
                let result = checking.as_ref().map(Receiver::try_recv);
                match result {
                    Some(Ok(true)) => {
                        self.gate.succeeded();
                        self.phase = menu(config);
                    }
                    Some(Ok(false) | Err(TryRecvError::Disconnected)) => {
                        digits.clear();
                        *checking = None;
                        *message = match self.gate.failed(now) {
                            Failure::TriesLeft(tries) => Some(PinMessage::Wrong(tries)),
                            Failure::Locked(_) => {
                                tracing::warn!(
                                    "staff PIN pad locked for 5 minutes after 5 wrong PINs"
                                );
                                None
                            }
                        };
                    }
                    Some(Err(TryRecvError::Empty)) | None => {}
                }
            }
            StaffPhase::Open(menu) => {
                if let Some(Ok(found)) = menu.scanning.as_ref().map(Receiver::try_recv) {
                    menu.packs = Some(found);
                    menu.scanning = None;
                }
                if let Some(Ok(targets)) = menu.listing.as_ref().map(Receiver::try_recv) {
                    menu.targets = targets;
                    menu.listing = None;
                }
                if let Some(Ok(counts)) = menu.counting.as_ref().map(Receiver::try_recv) {
                    menu.counts = Some(counts);
                    menu.counting = None;
                }
                if let Some(Ok(result)) = menu.exporting.as_ref().map(Receiver::try_recv) {
                    match &result {
                        Ok(file) => tracing::info!("staff exported {}", file.display()),
                        Err(e) => eprintln!("plaza-kiosk: staff export failed: {e}"),
                    }
                    menu.exported = Some(result);
                    menu.exporting = None;
                }
            }
            StaffPhase::Closed => {}
        }
    }

    /// Applies a staff control at `now` with the kiosk's settings.
    pub fn apply(&mut self, nav: StaffNav, now: Duration, config: &KioskConfig) -> StaffAction {
        let hash = config.staff_pin_hash.as_deref();
        self.last_touch = now;
        let locked = self.gate.locked(now).is_some();
        match (&mut self.phase, nav) {
            (_, StaffNav::Close) => self.phase = StaffPhase::Closed,
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
                let (sender, receiver) = mpsc::channel();
                let entered = std::mem::take(digits);
                let stored = hash.unwrap_or_default().to_owned();
                let spawned = std::thread::Builder::new()
                    .name("pin-check".to_owned())
                    .spawn(move || {
                        let _ = sender.send(pin::verify(&entered, &stored));
                    });
                if spawned.is_ok() {
                    *checking = Some(receiver);
                    *message = Some(PinMessage::Checking);
                }
            }
            (StaffPhase::Open(_), StaffNav::Exit) => return StaffAction::Exit,
            (StaffPhase::Open(_), StaffNav::Restart) => return StaffAction::Restart,
            (StaffPhase::Open(menu), StaffNav::SwitchPack(index)) => {
                if let Some(entry) = menu.packs.as_ref().and_then(|p| p.get(index)) {
                    if let Some(pack) = &entry.pack {
                        return StaffAction::Switch(pack.clone());
                    }
                    menu.notice = Some(format!("{}: {}", entry.id, entry.problems.join("; ")));
                }
            }
            (StaffPhase::Open(menu), StaffNav::Tab(tab)) => {
                menu.tab = tab;
                if tab == StaffTab::Counts && menu.counting.is_none() {
                    menu.counting = staff_counts::count_in_background(config, today());
                }
                if tab == StaffTab::Export && menu.listing.is_none() {
                    menu.listing = staff_counts::targets_in_background(config);
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
                if let Some(folder) = menu.targets.get(index) {
                    menu.exported = None;
                    menu.exporting = staff_counts::export_in_background(
                        config,
                        menu.export_year,
                        folder.clone(),
                    );
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

/// The local date now.
fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// The menu on its packs, with the packs being scanned and the counts counted.
fn menu(config: &KioskConfig) -> StaffPhase {
    let today = today();
    StaffPhase::Open(Box::new(Menu {
        tab: StaffTab::Packs,
        packs: None,
        scanning: scan_packs(config.content_dir.clone()),
        counts: None,
        counting: staff_counts::count_in_background(config, today),
        targets: Vec::new(),
        listing: staff_counts::targets_in_background(config),
        export_year: config.fiscal_calendar().year_of(today),
        exporting: None,
        exported: None,
        notice: None,
        settings: VisitorSettings::of(config),
        settings_saving: false,
        settings_saved: None,
    }))
}

/// Validates and loads every pack under `content_dir` on the `pack-scan` thread.
fn scan_packs(content_dir: PathBuf) -> Option<Receiver<Vec<PackEntry>>> {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("pack-scan".to_owned())
        .spawn(move || {
            let dirs = content::find_packs(&content_dir).unwrap_or_default();
            let entries = dirs
                .into_iter()
                .map(|dir| {
                    let dir = dir.canonicalize().unwrap_or(dir);
                    let report = content::load_pack(&dir);
                    let errors = report
                        .diagnostics
                        .iter()
                        .filter(|d| d.severity == content::Severity::Error)
                        .count();
                    PackEntry {
                        problems: report
                            .diagnostics
                            .iter()
                            .filter(|d| d.severity == content::Severity::Error)
                            .take(3)
                            .map(ToString::to_string)
                            .collect(),
                        id: report.id,
                        errors,
                        pack: report.pack.map(Box::new),
                        dir,
                    }
                })
                .collect();
            let _ = sender.send(entries);
        })
        .ok()
        .map(|_| receiver)
}

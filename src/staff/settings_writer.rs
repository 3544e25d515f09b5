//! Rewrites the settings file for the running kiosk (a pack chosen by staff, settings changed
//! on the touchscreen) on its own `settings-save` thread, one change after another, so two
//! changes in quick succession can never overwrite each other and the UI thread never waits
//! for the disk. Each change reads the file afresh and is written atomically
//! ([`config::update`]); what happened comes back to the app to show staff, and is logged here
//! (once). Dropping the writer lets the thread finish the changes queued, then joins it.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use crate::config::{self, KioskConfig};
use crate::staff::settings_form::VisitorSettings;
use crate::worker::Wake;

/// A change to the settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsChange {
    /// Staff chose the pack in this folder (by name) on this day (`YYYY-MM-DD`).
    DefaultPack {
        /// The pack's folder name under the content folder.
        name: String,
        /// The day it was chosen.
        chosen_on: String,
    },
    /// Staff changed the visitor settings.
    Visitor(VisitorSettings),
}

impl SettingsChange {
    /// Makes the change in `config`.
    pub fn apply_to(&self, config: &mut KioskConfig) {
        match self {
            Self::DefaultPack { name, chosen_on } => {
                config.default_pack.clone_from(name);
                config.pack_chosen_on = Some(chosen_on.clone());
            }
            Self::Visitor(settings) => settings.apply_to(config),
        }
    }
}

/// A change once written, or why it was not.
#[derive(Debug)]
pub struct SettingsSaved {
    /// What was asked.
    pub change: SettingsChange,
    /// Ok, or what went wrong (the file is as it was).
    pub result: Result<(), config::SettingsError>,
}

/// The `settings-save` thread.
pub struct SettingsWriter {
    changes: Option<Sender<SettingsChange>>,
    saved: Receiver<SettingsSaved>,
    thread: Option<JoinHandle<()>>,
}

impl SettingsWriter {
    /// Starts the thread for the file at `path`; `fallback` is written (with the change) when
    /// there is no file yet; `wake` is called after each change so the app looks at once.
    pub fn start(path: PathBuf, fallback: KioskConfig, wake: Wake) -> std::io::Result<Self> {
        let (changes, to_write) = mpsc::channel::<SettingsChange>();
        let (done, saved) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("settings-save".to_owned())
            .spawn(move || {
                for change in to_write {
                    let result =
                        config::update(&path, fallback.clone(), |c| change.apply_to(c)).map(|_| ());
                    match &result {
                        Ok(()) => tracing::info!(?change, file = %path.display(), "settings saved"),
                        Err(e) => tracing::warn!(?change, "settings not saved: {e}"),
                    }
                    if done.send(SettingsSaved { change, result }).is_err() {
                        return;
                    }
                    wake();
                }
            })?;
        Ok(Self {
            changes: Some(changes),
            saved,
            thread: Some(thread),
        })
    }

    /// Queues `change`; false when the thread has gone.
    #[must_use]
    pub fn save(&self, change: SettingsChange) -> bool {
        self.changes
            .as_ref()
            .is_some_and(|changes| changes.send(change).is_ok())
    }

    /// A change written (or refused) since the last call.
    #[must_use]
    pub fn finished(&self) -> Option<SettingsSaved> {
        self.saved.try_recv().ok()
    }
}

impl Drop for SettingsWriter {
    /// The changes queued are written, then the thread ends and is joined.
    fn drop(&mut self) {
        self.changes = None;
        crate::worker::join_service("settings-save", self.thread.take());
    }
}

//! The app's side of staff mode: drawing the staff screens instead of the visitors', and
//! carrying out what staff ask for (switching packs, saving settings, exit and restart).

use std::time::Duration;

use super::{EXIT_TO_DESKTOP, KioskApp, PackState, idle_times};
use crate::app::visit_recorder::VisitRecorder;
use crate::content::Pack;
use crate::staff::menu::StaffAction;
use crate::staff::settings_form::VisitorSettings;
use crate::staff::settings_writer::{SettingsChange, SettingsSaved};
use crate::ui::theme::Theme;

impl KioskApp {
    /// A frame of staff mode: its screens instead of the visitors'.
    pub(super) fn staff_frame(
        &mut self,
        ui: &mut egui::Ui,
        theme: &Theme,
        now: Duration,
        clicks_allowed: bool,
    ) {
        self.staff
            .tick(now, &self.options.config, self.options.clock.as_ref());
        if !self.staff.is_open() {
            return;
        }
        let view = crate::ui::staff::StaffView {
            theme,
            texts: &self.texts,
            language: self.staff_language(),
            phase: &self.staff.phase,
            locked_for: self.staff.gate.locked(now),
            pin_set: self.options.config.staff_pin_hash.is_some()
                || self.options.pin_unreadable.is_some(),
            pin_unreadable: self.options.pin_unreadable.as_deref(),
            utc_offset_mismatch: self.options.utc_offset_mismatch.as_ref(),
            settings_warnings: &self.options.settings_warnings,
            health: self.recorder.as_ref().map(VisitRecorder::health),
            current_pack: match &self.pack {
                PackState::Ready(pack) => &pack.dir,
                _ => &self.options.pack_dir,
            },
            shown_pack: match &self.pack {
                PackState::Ready(pack) => Some(pack.as_ref()),
                _ => None,
            },
            languages: self.state.languages(),
            settings_in_effect: VisitorSettings::of(&self.options.config),
            clicks_allowed,
        };
        let Some(nav) = crate::ui::staff::show(ui, &view) else {
            return;
        };
        let clock = self.options.clock.as_ref();
        match self.staff.apply(nav, now, &self.options.config, clock) {
            StaffAction::None => {}
            StaffAction::Exit => {
                tracing::info!("staff exit to the desktop");
                self.close_with(ui.ctx(), EXIT_TO_DESKTOP);
            }
            StaffAction::Restart => {
                // Exit 0: the service manager (or the xinit/cage loop) starts it again.
                tracing::info!("staff restart");
                self.close_with(ui.ctx(), 0);
            }
            StaffAction::Switch(pack) => self.switch_pack(*pack, now),
            StaffAction::SaveSettings(settings) => self.save_settings(settings),
        }
    }

    /// The staff screens' language: the one chosen in the menu, else the setting's, else
    /// the pack's own default, whatever the last visitor chose.
    fn staff_language(&self) -> &str {
        self.staff
            .language
            .as_deref()
            .or(self.options.config.staff_language.as_deref())
            .or(self.state.languages().first().map(String::as_str))
            .unwrap_or("ja")
    }

    /// Shows `pack` now: a visit in progress ends (`pack_switch`), and the choice is
    /// remembered in the settings file.
    fn switch_pack(&mut self, pack: Pack, now: Duration) {
        let signals = self.state.end_for_pack_switch(now);
        self.record(&signals);
        // Whatever the dates had lined up is out of date: staff have chosen.
        self.dates = super::pack_dates::PackDates::default();
        let id = pack.manifest.id.clone();
        let dir = pack.dir.clone();
        self.show_pack(pack);
        self.remember_pack(&dir);
        tracing::info!("staff switched to pack {id} ({})", dir.display());
        let notice = self.texts.format(
            self.staff_language(),
            "staff-pack-switched",
            &[("pack", &id)],
        );
        self.staff.notify(notice);
    }

    /// Puts `pack` on screen, on its attract loop (no visit may be going on).
    pub(super) fn show_pack(&mut self, pack: Pack) {
        self.narration.stop();
        self.state = super::pack_loading::visitor_state(&pack, &self.options.config);
        self.options.pack_dir.clone_from(&pack.dir);
        self.fonts.pack_arrived = true;
        self.pack = PackState::Ready(Box::new(pack));
    }

    /// Remembers `dir` as the pack staff chose today, in memory at once and in the settings
    /// file on the `settings-save` thread.
    fn remember_pack(&mut self, dir: &std::path::Path) {
        let change = SettingsChange::DefaultPack {
            name: dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            chosen_on: self.options.clock.local_now().date().to_string(),
        };
        change.apply_to(&mut self.options.config);
        if let Some(writer) = &self.settings
            && !writer.save(change)
        {
            tracing::warn!("the settings writer has stopped: the chosen pack is not remembered");
        }
    }

    /// Saves the settings staff changed; they take effect once written (without a settings
    /// file to write, nothing changes and staff are told why).
    fn save_settings(&mut self, settings: VisitorSettings) {
        let change = SettingsChange::Visitor(settings);
        match &self.settings {
            Some(writer) if writer.save(change) => {}
            _ => {
                let why = self
                    .texts
                    .get(self.staff_language(), "staff-settings-no-file");
                self.staff.settings_saved(Err(why));
            }
        }
    }

    /// What the `settings-save` thread reports.
    pub(super) fn settings_saved(&mut self, saved: SettingsSaved) {
        match (saved.change, saved.result) {
            (SettingsChange::Visitor(settings), Ok(())) => {
                settings.apply_to(&mut self.options.config);
                self.state.set_idle_times(idle_times(&self.options.config));
                self.state.set_visit_start(
                    self.options.config.default_language.as_deref(),
                    self.options.config.large_text_default,
                );
                self.staff.settings_saved(Ok(()));
            }
            (SettingsChange::Visitor(_), Err(e)) => self.staff.settings_saved(Err(e.to_string())),
            (SettingsChange::DefaultPack { .. }, Ok(())) => {}
            (SettingsChange::DefaultPack { .. }, Err(e)) => {
                // The settings-save thread has logged it.
                let text = self.texts.format(
                    self.staff_language(),
                    "staff-pack-not-remembered",
                    &[("reason", &e.to_string())],
                );
                self.staff.append_notice(&text);
            }
        }
    }
}

//! What tests may read of the running app: the flow, narration as the screens see it, staff
//! mode's phase, the pack on show and the picture cache. Read-only; nothing here changes the app.

use super::{KioskApp, PackState};
use crate::kiosk::KioskState;
use crate::staff::menu::StaffPhase;

impl KioskApp {
    /// The visitor flow (for tests).
    #[must_use]
    pub fn state(&self) -> &KioskState {
        &self.state
    }

    /// Narration as the screens see it (for tests).
    #[must_use]
    pub fn narration(&self) -> crate::ui::narration_bar::NarrationView {
        self.narration.view(&self.options.config)
    }

    /// Whether staff screens are showing (for tests).
    #[must_use]
    pub fn staff_open(&self) -> bool {
        self.staff.is_open()
    }

    /// Whether the staff PIN pad is showing (for tests).
    #[must_use]
    pub fn staff_pin_pad(&self) -> bool {
        matches!(self.staff.phase, StaffPhase::Pin { .. })
    }

    /// Whether the staff menu shows what became of a settings save (for tests).
    #[must_use]
    pub fn settings_saved_shown(&self) -> bool {
        matches!(&self.staff.phase, StaffPhase::Open(menu) if menu.settings_saved.is_some())
    }

    /// Whether a pack chosen by its active dates is loaded and waits for the visit to end
    /// (for tests).
    #[must_use]
    pub fn dated_pack_waiting(&self) -> bool {
        self.dates.waiting()
    }

    /// The folder of the pack on show (for tests).
    #[must_use]
    pub fn pack_dir(&self) -> &std::path::Path {
        &self.options.pack_dir
    }

    /// The pack on show, once loaded (for tests).
    #[must_use]
    pub fn pack(&self) -> Option<&crate::content::Pack> {
        match &self.pack {
            PackState::Ready(pack) => Some(pack),
            _ => None,
        }
    }

    /// Whether the pack is still loading.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        matches!(self.pack, PackState::Loading(_))
    }

    /// Textures held by the picture cache.
    #[must_use]
    pub fn texture_count(&self) -> usize {
        self.images.texture_count()
    }

    /// Bytes of picture textures held (for tests).
    #[must_use]
    pub fn texture_bytes(&self) -> usize {
        self.images.texture_bytes()
    }

    /// Bytes of picture textures held for pictures not on screen (for tests).
    #[must_use]
    pub fn off_screen_texture_bytes(&self) -> usize {
        self.images.off_screen_bytes()
    }

    /// Waits until every visit event recorded so far is on disk (for tests: the `visit-log`
    /// thread writes within a quarter of a second).
    pub fn flush_visit_log(&self) {
        if let Some(recorder) = &self.recorder {
            recorder.flush();
        }
    }

    /// Whether any picture is still being decoded.
    #[must_use]
    pub fn images_loading(&self) -> bool {
        self.images.is_loading()
    }
}

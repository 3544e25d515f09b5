//! What the app keeps of its fonts from frame to frame: the pack's fonts handed to egui when
//! a pack comes on screen, the glyph atlas's growth in the log, and the glyphs started over
//! when a visit ends.

use super::font_setup::start_glyphs_over;
use super::pack_fonts::install_pack_fonts;

/// What the app keeps of its fonts from frame to frame.
#[derive(Debug, Default)]
pub(super) struct FontState {
    /// The glyph atlas's size when last looked at: its growth is logged.
    atlas_size: [usize; 2],
    /// A visit has ended: the fonts and the glyph atlas start over after this frame.
    pub start_over: bool,
    /// A pack has come on screen: its fonts go to egui before the next frame draws.
    pub pack_arrived: bool,
    /// The languages the pack on show brings fonts for (`Theme::pack_fonts`'s bits).
    pub pack_fonts: u16,
}

impl FontState {
    /// Before anything is laid out: the fonts of a pack that has just come on screen.
    pub fn before_frame(&mut self, ctx: &egui::Context, pack: Option<&crate::content::Pack>) {
        if let Some(pack) = pack
            && std::mem::take(&mut self.pack_arrived)
            // From a pack without fonts to another: egui's fonts stay as they are (setting
            // equal definitions would only compare every face's bytes on the UI thread).
            && !(pack.fonts.is_empty() && self.pack_fonts == 0)
        {
            self.pack_fonts = install_pack_fonts(ctx, &pack.fonts);
        }
    }

    /// After the frame: logs the glyph atlas's growth, and starts the glyphs over once a
    /// visit has ended.
    pub fn after_frame(&mut self, ctx: &egui::Context) {
        self.log_atlas_growth(ctx);
        if std::mem::take(&mut self.start_over) {
            start_glyphs_over(ctx);
        }
    }

    /// Logs the glyph atlas's size when it has changed: each language's text adds glyphs to
    /// it, and its memory (held by egui and again by the GL texture) is the part of the
    /// kiosk's footprint that grows with the languages shown.
    fn log_atlas_growth(&mut self, ctx: &egui::Context) {
        #[expect(
            clippy::redundant_closure_for_method_calls,
            reason = "the method's lifetime is not general enough to be passed by name"
        )]
        let size = ctx.fonts(|fonts| fonts.font_image_size());
        if size != self.atlas_size {
            self.atlas_size = size;
            let mebibytes = size[0] * size[1] * 4 / (1 << 20);
            tracing::info!("glyph atlas is {}×{} ({mebibytes} MiB)", size[0], size[1]);
        }
    }
}

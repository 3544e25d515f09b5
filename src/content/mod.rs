//! Content packs: the format, loading and validation. No egui here, and no visitor ever sees a
//! pack that did not pass [`load_pack`] without errors.

mod check;
mod check_exhibit;
pub mod check_fonts;
mod check_media;
mod check_pack;
mod check_quiz;
mod country;
pub mod diagnostic;
pub mod easy_japanese;
pub mod furigana;
pub mod language;
mod load;
pub mod model;
pub mod pack_dates;
pub mod pack_path;
pub mod rich_text;
pub mod ron_file;
pub mod ruby;
pub mod source_map;
mod visitor_texts;

pub use check_pack::{contrast_ratio, parse_colour};
pub use diagnostic::{Diagnostic, Diagnostics, Position, Severity};
pub use load::{
    EXHIBITS_DIR, MANIFEST_FILE, Pack, PackCounts, PackFileKind, PackReport, check_file_bytes,
    find_packs, load_pack, load_pack_to_show,
};
pub use source_map::SourceMap;

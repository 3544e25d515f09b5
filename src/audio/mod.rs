//! Narration: the player on its `audio` thread, the volume rules, and a source that notes when
//! sound really starts. No egui here.

pub mod player;
pub mod volume;
pub mod watched;

pub use player::{NarrationPlayer, Playback, PlayerStatus, Track, TrackKey};
pub use volume::{QuietHours, TimeOfDay, VOLUME_STEP, allowed_max, amplitude, minute_of_day};

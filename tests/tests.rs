//! The integration tests, one binary: a module per feature (one link of eframe instead of one
//! per file), sharing the kiosk harness, the CLI helpers, the sound device and the virtual
//! display. Each module's `//!` says what it shows; `fixtures/` holds the packs they read.

mod kiosk_harness;
mod sound;
mod util;
mod xvfb;

mod architecture;
mod content_readme;
mod crash_safety;
mod deploy_files;
mod every_screen_glyphs;
mod export_cli;
mod furigana_cli;
mod furigana_flow;
mod japanese_line_breaks;
mod keyboard;
mod kiosk_flow;
mod kiosk_layouts;
mod kiosk_memory;
mod languages_flow;
mod layout_clipping;
mod monkey;
mod narration_flow;
mod narration_playback;
mod pack_bytes_property;
mod pack_dates_flow;
mod quiz_flow;
mod readme_config;
mod script_shaping;
mod set_pin;
mod settings_damage;
mod shipped_packs;
mod short_text_breaks;
mod staff_flow;
mod staff_settings;
mod tally_cli;
mod validate_malformed;
mod validate_ruby;
mod visit_log;
mod window_smoke;

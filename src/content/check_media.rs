//! Checks of the media files a pack uses: inside the pack, decodable, credited, captions in range.
//!
//! Each file is opened and decoded once however often it is used; problems are reported at
//! its first use. Decoding is slow work: this runs in `validate` and on the kiosk's loader
//! thread, never on the UI thread.

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use super::check::{MediaKind, MediaUse, PackScan};
use super::model::Credit;
use super::pack_path;
use super::source_map::{SourceMap, field, item};
use crate::decoding as media;

/// Extra time allowed past the end of the audio for a caption's end (encoder padding).
const CAPTION_TOLERANCE_MS: u64 = 250;

/// Checks every media use in `scan` against the files under `pack_dir`.
pub fn media_files(pack_dir: &Path, scan: &mut PackScan) {
    let uses = std::mem::take(&mut scan.media);
    let mut checked: HashMap<(&str, bool), Option<Duration>> = HashMap::new();
    for media_use in &uses {
        let is_audio = matches!(media_use.kind, MediaKind::Audio { .. });
        let key = (media_use.written.as_str(), is_audio);
        let duration = if let Some(known) = checked.get(&key) {
            *known
        } else {
            let result = check_one(pack_dir, media_use, scan);
            checked.insert(key, result);
            result
        };
        if let (MediaKind::Audio { .. }, Some(duration)) = (&media_use.kind, duration) {
            scan.audio_durations
                .insert(media_use.written.clone(), duration);
        }
        if let (MediaKind::Audio { captions }, Some(duration)) = (&media_use.kind, duration) {
            let length_ms = u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
            for (position, end_ms) in captions {
                if *end_ms > length_ms + CAPTION_TOLERANCE_MS {
                    scan.diagnostics.error(
                        &media_use.file,
                        *position,
                        format!(
                            "the caption ends at {end_ms} ms, after the end of \"{}\" ({length_ms} ms)",
                            media_use.written
                        ),
                    );
                }
            }
        }
    }
    scan.media = uses;
}

/// Checks one file; returns the audio's duration when it is good audio.
fn check_one(pack_dir: &Path, media_use: &MediaUse, scan: &mut PackScan) -> Option<Duration> {
    if matches!(media_use.kind, MediaKind::Font) {
        return None; // Read and checked with the manifest, before the texts it draws.
    }
    let report = |scan: &mut PackScan, message: String| {
        scan.diagnostics
            .error(&media_use.file, media_use.position, message);
    };
    let path = match pack_path::resolve(pack_dir, &media_use.written) {
        Ok(path) => path,
        Err(e) => {
            report(scan, e.to_string());
            return None;
        }
    };
    match &media_use.kind {
        MediaKind::Image => {
            if let Err(e) = media::check_image(&path) {
                report(scan, format!("image \"{}\": {e}", media_use.written));
            }
            None
        }
        MediaKind::Font => None,
        MediaKind::Audio { .. } => match if scan.sounds_to_the_end {
            media::check_audio(&path)
        } else {
            media::check_audio_start(&path)
        } {
            Ok(info) => {
                if let Some(declared) = info.declared_mismatch() {
                    scan.diagnostics.warning(
                        &media_use.file,
                        media_use.position,
                        format!(
                            "audio \"{}\": its header says it lasts {}, but only {} of sound \
                             decodes: the file is cut short or damaged",
                            media_use.written,
                            length(declared),
                            length(info.duration)
                        ),
                    );
                }
                Some(info.duration)
            }
            Err(e) => {
                report(scan, format!("audio \"{}\": {e}", media_use.written));
                None
            }
        },
    }
}

/// A length as `1:02:03.4` or `2:03.4` (tenths of a second).
fn length(duration: Duration) -> String {
    let tenths = duration.as_millis() / 100;
    let (hours, minutes, seconds) = (tenths / 36_000, tenths / 600 % 60, tenths / 10 % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}.{}", tenths % 10)
    } else {
        format!("{minutes}:{seconds:02}.{}", tenths % 10)
    }
}

/// Every media file used must be covered by a credit; every credited file must exist.
pub fn credits(
    pack_dir: &Path,
    manifest_file: &Path,
    manifest_map: &SourceMap,
    credits: &[Credit],
    scan: &mut PackScan,
) {
    let covers = |written: &str| {
        let written = written.trim_start_matches("./");
        credits.iter().any(|credit| {
            credit.files.iter().any(|file| {
                let file = file.trim_start_matches("./");
                file == written || (file.ends_with('/') && written.starts_with(file))
            })
        })
    };
    let mut reported: Vec<&str> = Vec::new();
    for media_use in &scan.media {
        if !covers(&media_use.written) && !reported.contains(&media_use.written.as_str()) {
            reported.push(&media_use.written);
            scan.diagnostics.error(
                &media_use.file,
                media_use.position,
                format!(
                    "\"{}\" has no credit: add it to the files of a credit in pack.ron",
                    media_use.written
                ),
            );
        }
    }
    for (credit_index, credit) in credits.iter().enumerate() {
        for (file_index, file) in credit.files.iter().enumerate() {
            let path = item(&field(&item("credits", credit_index), "files"), file_index);
            let position = manifest_map.position(&path);
            let exists = if file.ends_with('/') {
                pack_path::check_form(file).is_ok() && pack_dir.join(file).is_dir()
            } else {
                pack_path::resolve(pack_dir, file).is_ok()
            };
            if !exists {
                scan.diagnostics.warning(
                    manifest_file,
                    position,
                    format!("the credited file \"{file}\" is not in the pack"),
                );
            }
        }
    }
}

//! Checks of `pack.ron` itself: id, languages, attract loop, exhibit list, credits, theme, dates.

use super::check::{FileChecker, MediaKind};
use super::language;
use super::model::{DateRange, PackManifest, Theme};
use super::source_map::{field, item};

/// Longest attract-image interval that still feels alive.
const MAX_SECONDS_PER_IMAGE: u32 = 120;
/// WCAG AA contrast for normal text.
const MIN_CONTRAST: f64 = 4.5;

/// The pack's valid language codes, default first; reports the invalid ones.
pub fn languages(checker: &mut FileChecker<'_>, manifest: &PackManifest) -> Vec<String> {
    let mut valid: Vec<String> = Vec::new();
    if manifest.languages.is_empty() {
        checker.error(
            "languages",
            "the pack needs at least one language, e.g. [\"ja\", \"en\"]",
        );
    }
    for (index, code) in manifest.languages.iter().enumerate() {
        let path = item("languages", index);
        if valid.contains(code) {
            checker.error(&path, format!("language \"{code}\" is listed twice"));
        } else if language::endonym(code).is_none() {
            let known: Vec<&str> = language::KNOWN_LANGUAGES.iter().map(|(c, _)| *c).collect();
            checker.error(
                &path,
                format!(
                    "unknown language code \"{code}\"; known codes: {}",
                    known.join(", ")
                ),
            );
        } else {
            valid.push(code.clone());
        }
    }
    checker.scan.all_languages_known = manifest
        .languages
        .iter()
        .all(|code| language::endonym(code).is_some());
    valid
}

/// Everything in the manifest but the languages (checked first, since texts need them).
pub fn manifest(checker: &mut FileChecker<'_>, manifest: &PackManifest) {
    checker.id("id", &manifest.id, "pack id");
    checker.text("title", &manifest.title, "the pack title");
    checker.text("description", &manifest.description, "the pack description");

    checker.text(
        "attract.headline",
        &manifest.attract.headline,
        "the attract headline",
    );
    if let Some(farewell) = &manifest.farewell {
        checker.text("farewell", farewell, "the thank-you words");
    }
    for (index, image) in manifest.attract.images.iter().enumerate() {
        checker.media(&item("attract.images", index), image, MediaKind::Image);
    }
    let seconds = manifest.attract.seconds_per_image;
    if seconds == 0 {
        checker.error(
            "attract.seconds_per_image",
            "seconds_per_image must be at least 1",
        );
    } else if seconds > MAX_SECONDS_PER_IMAGE {
        checker.warning(
            "attract.seconds_per_image",
            format!("{seconds} s per image is very slow; the attract loop will look frozen"),
        );
    }

    if manifest.exhibits.is_empty() {
        checker.error("exhibits", "the pack lists no exhibits");
    }
    for (index, id) in manifest.exhibits.iter().enumerate() {
        checker.id(&item("exhibits", index), id, "exhibit id");
    }
    checker.unique_ids(
        manifest
            .exhibits
            .iter()
            .enumerate()
            .map(|(index, id)| (item("exhibits", index), id.as_str())),
        "exhibit",
    );

    for (index, credit) in manifest.credits.iter().enumerate() {
        let path = item("credits", index);
        if credit.files.is_empty() {
            checker.error(&field(&path, "files"), "the credit names no files");
        }
        checker.text(&field(&path, "text"), &credit.text, "the credit");
        if credit.licence.trim().is_empty() {
            checker.error(&field(&path, "licence"), "the credit's licence is empty");
        }
    }

    if let Some(theme) = &manifest.theme {
        check_theme(checker, theme);
    }
    if let Some(active) = &manifest.active {
        check_dates(checker, active);
    }
}

fn check_theme(checker: &mut FileChecker<'_>, theme: &Theme) {
    let accent = colour(checker, "theme.accent", &theme.accent);
    let text = match &theme.accent_text {
        Some(text) => colour(checker, "theme.accent_text", text),
        None => Some([255, 255, 255]),
    };
    if let (Some(accent), Some(text)) = (accent, text) {
        let ratio = contrast_ratio(accent, text);
        if ratio < MIN_CONTRAST {
            checker.warning(
                "theme",
                format!(
                    "text on the accent colour has a contrast of {ratio:.1}:1; at least {MIN_CONTRAST}:1 keeps buttons readable"
                ),
            );
        }
    }
}

/// Parses `#RRGGBB`, reporting anything else.
fn colour(checker: &mut FileChecker<'_>, path: &str, value: &str) -> Option<[u8; 3]> {
    let parsed = parse_colour(value);
    if parsed.is_none() {
        checker.error(
            path,
            format!("colour \"{value}\" is not of the form \"#RRGGBB\""),
        );
    }
    parsed
}

/// `#RRGGBB` as red, green and blue bytes.
#[must_use]
pub fn parse_colour(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |at: usize| {
        hex.get(at..at + 2)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
    };
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2 contrast ratio of two sRGB colours.
#[must_use]
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn check_dates(checker: &mut FileChecker<'_>, active: &DateRange) {
    let mut date = |path: &str, value: &str| {
        let parsed = value.parse::<jiff::civil::Date>().ok();
        if parsed.is_none() {
            checker.error(
                path,
                format!("\"{value}\" is not a date of the form YYYY-MM-DD"),
            );
        }
        parsed
    };
    let from = date("active.from", &active.from);
    let until = date("active.until", &active.until);
    if let (Some(from), Some(until)) = (from, until)
        && until < from
    {
        checker.error(
            "active.until",
            format!("the active range ends ({until}) before it starts ({from})"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_contrast() {
        assert_eq!(parse_colour("#1B4F8A"), Some([0x1B, 0x4F, 0x8A]));
        assert_eq!(parse_colour("1B4F8A"), None);
        assert_eq!(parse_colour("#1B4F8"), None);
        let white = [255, 255, 255];
        assert!((contrast_ratio([0, 0, 0], white) - 21.0).abs() < 0.01);
        assert!(contrast_ratio([0x1B, 0x4F, 0x8A], white) > MIN_CONTRAST);
        assert!(contrast_ratio([0x2A, 0x9D, 0x8F], white) < MIN_CONTRAST);
    }
}

//! The kiosk's own words (buttons, prompts) in each interface language.
//!
//! They live in `assets/texts/<lang>.ftl`, Fluent files built into the binary and read with
//! the `fluent-bundle` crate: `{ $name }` placeables, and selectors where English counts
//! something (`{ $count -> [one] … *[other] … }`). Each file's bundle picks the variant by the
//! plural rules of its own language, fluent-bundle's intl plural rules from CLDR: English has
//! `one` and `other`, Japanese only `other`. Callers pass every argument as a string; one that
//! is a plain integer ("9", "-3"; not "1,234") reaches Fluent as a number, so that the
//! selectors work, and is printed exactly as it was given.
//!
//! Fluent's Unicode isolation marks around placeables are off: egui has no bidirectional text
//! and would draw the marks as boxes, and the kiosk's languages are all written left to right.
//!
//! Japanese texts carry furigana in the packs' markup, `{採択|さいたく}`. Fluent would read the
//! braces as a placeable, so before parsing each such group becomes Fluent string literals
//! (`{"{"}採択|さいたく{"}"}`) and the formatted text comes out marked, for the screens to draw
//! as ruby (see `content::ruby`).
//!
//! A language without a file, and an id that a language's file lacks, fall back to the
//! language it is a form of (`ja-x-easy` to `ja`), then to English. An
//! id missing everywhere shows the id itself, and a text that Fluent cannot fully format (a
//! missing argument) shows what it could; each is logged once per language and id, so a gap in
//! a translation is visible but never a crash. A file with a syntax error is logged line by
//! line and the messages that did parse are used.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

const SOURCES: &[(&str, &str)] = &[
    ("ja", include_str!("../../assets/texts/ja.ftl")),
    (
        "ja-x-easy",
        include_str!("../../assets/texts/ja-x-easy.ftl"),
    ),
    ("en", include_str!("../../assets/texts/en.ftl")),
    ("zh-Hans", include_str!("../../assets/texts/zh-Hans.ftl")),
    ("vi", include_str!("../../assets/texts/vi.ftl")),
    ("ko", include_str!("../../assets/texts/ko.ftl")),
    ("fil", include_str!("../../assets/texts/fil.ftl")),
    ("ne", include_str!("../../assets/texts/ne.ftl")),
    ("pt-BR", include_str!("../../assets/texts/pt-BR.ftl")),
];

/// The fallback interface language.
const FALLBACK: &str = "en";

/// The largest integer that Fluent's numbers (`f64`) hold exactly; a larger one is passed on
/// as a string so that its digits are printed as given.
const LARGEST_EXACT_INTEGER: u64 = 1 << 53;

/// Interface texts by language and message id.
///
/// The bundles are fluent-bundle's concurrent kind (its memoised plural rules behind a
/// mutex), so that the texts can be shared between threads as before.
pub struct UiTexts {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// "language:id" of the missing or unformattable texts already logged.
    reported: Mutex<HashSet<String>>,
}

impl fmt::Debug for UiTexts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut languages: Vec<&str> = self.bundles.keys().map(String::as_str).collect();
        languages.sort_unstable();
        f.debug_struct("UiTexts")
            .field("languages", &languages)
            .finish_non_exhaustive()
    }
}

impl Default for UiTexts {
    fn default() -> Self {
        Self::shipped()
    }
}

impl UiTexts {
    /// The texts built into the kiosk.
    #[must_use]
    pub fn shipped() -> Self {
        Self::from_sources(SOURCES)
    }

    /// Texts from `(language, Fluent source)` pairs.
    fn from_sources(sources: &[(&str, &str)]) -> Self {
        let bundles = sources
            .iter()
            .map(|(language, source)| ((*language).to_owned(), bundle(language, source)))
            .collect();
        Self {
            bundles,
            reported: Mutex::new(HashSet::new()),
        }
    }

    /// The text for `key` in `language`.
    #[must_use]
    pub fn get(&self, language: &str, key: &str) -> String {
        self.format(language, key, &[])
    }

    /// The text for `key` with its `{ $name }` placeables filled from `args`; an argument that
    /// is a plain integer counts for the plural selectors.
    #[must_use]
    pub fn format(&self, language: &str, key: &str, args: &[(&str, &str)]) -> String {
        let parent = language
            .split_once('-')
            .map_or(language, |(parent, _)| parent);
        let found = [language, parent, FALLBACK]
            .into_iter()
            .find_map(|language| {
                let bundle = self.bundles.get(language)?;
                Some((bundle, bundle.get_message(key)?.value()?))
            });
        let Some((bundle, pattern)) = found else {
            if self.first_report(language, key) {
                tracing::warn!("no interface text \"{key}\" for \"{language}\"");
            }
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
        if !errors.is_empty() && self.first_report(language, key) {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            tracing::warn!(
                "interface text \"{key}\" for \"{language}\" shown incomplete: {}",
                errors.join("; ")
            );
        }
        text.into_owned()
    }

    /// Whether this is the first report about `key` in `language`.
    fn first_report(&self, language: &str, key: &str) -> bool {
        self.reported
            .lock()
            .is_ok_and(|mut reported| reported.insert(format!("{language}:{key}")))
    }
}

/// The bundle of one language's Fluent source; what does not parse is logged and left out.
fn bundle(language: &str, source: &str) -> FluentBundle<FluentResource> {
    let locale = language
        .parse::<LanguageIdentifier>()
        .unwrap_or_else(|error| {
            tracing::warn!(
                "interface language \"{language}\" is no language identifier ({error}); \
                 its texts use no language's plural rules"
            );
            LanguageIdentifier::default()
        });
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    let resource =
        FluentResource::try_new(ruby_as_literals(source)).unwrap_or_else(|(resource, errors)| {
            for error in errors {
                tracing::warn!(
                    "assets/texts/{language}.ftl line {}: {error}; the messages that parsed \
                     are used",
                    line_of(source, error.pos.start)
                );
            }
            resource
        });
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            tracing::warn!("assets/texts/{language}.ftl: {error}");
        }
    }
    bundle
}

/// The Fluent source with every ruby group `{base|reading}` written as string literals, so
/// that Fluent passes it through instead of reading a placeable. Placeables (`{ $count }`,
/// `{"{"}`) never hold a `|`, so they are left as they are. Lines are kept, for error lines.
fn ruby_as_literals(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 8);
    let mut rest = source;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let group = after
            .find(['{', '}', '\n', '"', '$'])
            .filter(|end| after.as_bytes().get(*end) == Some(&b'}'))
            .and_then(|end| after.get(..end))
            .filter(|inside| inside.contains('|'));
        if let Some(inside) = group {
            out.push_str("{\"{\"}");
            out.push_str(inside);
            out.push_str("{\"}\"}");
            rest = after.get(inside.len() + 1..).unwrap_or_default();
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The line (from 1) of byte `offset` in `source`.
fn line_of(source: &str, offset: usize) -> usize {
    let before = source.as_bytes().get(..offset).unwrap_or(source.as_bytes());
    memchr::memchr_iter(b'\n', before).count() + 1
}

/// The callers' arguments as Fluent's.
fn fluent_args<'a>(args: &[(&'a str, &'a str)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, fluent_value(value));
    }
    fluent
}

/// An argument as Fluent sees it: a plain integer ("9", "-3") is a number, for the plural
/// selectors; anything else ("1,234", "007", a name, a reason) is a string. Fluent prints a
/// whole `f64` with `to_string`, so the number reads exactly as the string it came from.
fn fluent_value(value: &str) -> FluentValue<'_> {
    match value.parse::<i64>() {
        Ok(number)
            if number.unsigned_abs() <= LARGEST_EXACT_INTEGER && number.to_string() == value =>
        {
            FluentValue::from(number)
        }
        _ => FluentValue::from(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::io;
    use std::sync::Arc;

    /// Plausible arguments for every placeable of the shipped texts, each count being one.
    const ONE_EACH: &[(&str, &str)] = &[
        ("page", "1"),
        ("seconds", "1"),
        ("count", "1"),
        ("current", "1"),
        ("total", "1"),
        ("score", "1"),
        ("number", "1"),
        ("percent", "100"),
        ("elapsed", "0:01"),
        ("tries", "1"),
        ("time", "0:59"),
        ("errors", "1"),
        ("pack", "civil-society"),
        ("reason", "Permission denied (os error 13)"),
        ("written", "1"),
        ("queued", "1"),
        ("error", "No space left on device (os error 28)"),
        ("year", "2025"),
        ("file", "/media/usb/plaza-visits-2025.csv"),
        ("setting", "Maximum volume"),
        ("n", "1"),
        ("from", "7/20"),
        ("until", "8/31"),
        ("free", "480 MiB"),
        ("system", "+00:00"),
        ("plaza", "+09:00"),
        ("answer", "3か{所|しょ}"),
        ("language", "English"),
        ("drive", "KIOSK-USB"),
        ("quiz", "地球ひろばクイズ"),
        ("answers", "1"),
        ("month", "4"),
        ("correct", "1"),
    ];

    /// The same with several of each, grouped digits among them.
    const SEVERAL_EACH: &[(&str, &str)] = &[
        ("page", "12"),
        ("seconds", "15"),
        ("count", "1,234"),
        ("current", "3"),
        ("total", "6"),
        ("score", "5"),
        ("number", "4"),
        ("percent", "80"),
        ("elapsed", "1:42"),
        ("tries", "2"),
        ("time", "4:59"),
        ("errors", "3"),
        ("pack", "volunteers"),
        ("reason", "the pack has 3 errors"),
        ("written", "12,345"),
        ("queued", "17"),
        ("error", "Read-only file system (os error 30)"),
        ("year", "2026"),
        ("file", "/media/usb/plaza-visits-2026.csv"),
        ("setting", "Countdown on \"Still there?\""),
        ("n", "2"),
        ("from", "12/20"),
        ("until", "1/7"),
        ("free", "12.3 GiB"),
        ("system", "-05:00"),
        ("plaza", "+09:00"),
        ("answer", "Ichigaya, Tokyo; Nagoya City, Aichi"),
        ("language", "日本語"),
        ("drive", "PLAZA 2026"),
        ("quiz", "Global Plaza Quiz"),
        ("answers", "1,234"),
        ("month", "12"),
        ("correct", "617"),
    ];

    fn message_ids(source: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(ruby_as_literals(source))
            .unwrap_or_else(|(resource, _errors)| resource);
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    /// Every shipped message of every language formatted with both sets of arguments, as
    /// (language, id, text); formatting errors fail the test.
    fn every_formatted_text(texts: &UiTexts) -> Vec<(&'static str, String, String)> {
        let mut formatted = Vec::new();
        for (language, source) in SOURCES {
            let bundle = &texts.bundles[*language];
            for id in message_ids(source) {
                for args in [ONE_EACH, SEVERAL_EACH] {
                    let pattern = bundle.get_message(&id).and_then(|m| m.value());
                    let pattern = pattern.unwrap_or_else(|| panic!("{language} {id}: no value"));
                    let mut errors = Vec::new();
                    let _ = bundle.format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
                    assert!(errors.is_empty(), "{language} {id}: {errors:?}");
                    formatted.push((*language, id.clone(), texts.format(language, &id, args)));
                }
            }
        }
        formatted
    }

    /// What `run` logs, as text.
    fn logged(run: impl FnOnce()) -> String {
        #[derive(Clone, Default)]
        struct Captured(Arc<Mutex<Vec<u8>>>);
        impl io::Write for Captured {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::with_default(subscriber, run);
        String::from_utf8(captured.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn every_key_exists_in_every_language() {
        let fallback = SOURCES
            .iter()
            .find(|(language, _)| *language == FALLBACK)
            .map(|(_, source)| message_ids(source))
            .unwrap();
        assert!(fallback.len() > 100, "{} ids", fallback.len());
        for (language, source) in SOURCES {
            assert_eq!(message_ids(source), fallback, "{language}");
        }
    }

    #[test]
    fn placeholders_fallbacks_and_missing_keys() {
        let texts = UiTexts::shipped();
        assert_eq!(
            texts.format("en", "idle-countdown", &[("seconds", "9")]),
            "Returning to the start in 9 seconds"
        );
        assert_eq!(
            texts.format("ja", "page-dot", &[("page", "2")]),
            "2ページ{目|め}へ"
        );
        // A language with words of its own uses them; one without falls back to English.
        assert_eq!(texts.get("vi", "home"), "Trang chủ");
        assert_eq!(texts.get("fr", "home"), "Home");
        // Easy Japanese has its own words, with furigana, and is never left in English.
        assert_ne!(texts.get("ja-x-easy", "home"), texts.get("en", "home"));
        assert_eq!(
            crate::content::ruby::plain(&texts.format("ja", "page-dot", &[("page", "2")])),
            "2ページ目へ"
        );
        assert_eq!(texts.get("ja", "no-such-key"), "no-such-key");
    }

    #[test]
    fn the_interface_texts_are_drawable_with_the_shipped_fonts() {
        for (language, id, text) in every_formatted_text(&UiTexts::shipped()) {
            let coverage = crate::fonts::FontCoverage::for_language(language);
            assert!(
                coverage.missing_in(&text).is_empty(),
                "{language} {id}: {text}"
            );
        }
    }

    #[test]
    fn english_counts_in_the_singular_and_the_plural() {
        let texts = UiTexts::shipped();
        let en = |key: &str, name: &str, value: &str| texts.format("en", key, &[(name, value)]);
        assert_eq!(
            en("idle-countdown", "seconds", "1"),
            "Returning to the start in 1 second"
        );
        assert_eq!(
            en("idle-countdown", "seconds", "9"),
            "Returning to the start in 9 seconds"
        );
        assert_eq!(
            en("idle-countdown", "seconds", "0"),
            "Returning to the start in 0 seconds"
        );
        assert_eq!(
            en("staff-pin-wrong", "tries", "1"),
            "Wrong PIN (1 try left)"
        );
        assert_eq!(
            en("staff-pin-wrong", "tries", "2"),
            "Wrong PIN (2 tries left)"
        );
        assert_eq!(en("quiz-question-count", "count", "1"), "1 question");
        assert_eq!(en("quiz-question-count", "count", "6"), "6 questions");
        assert_eq!(
            en("staff-pack-problems", "errors", "1"),
            "Cannot be shown (1 problem)"
        );
        assert_eq!(
            en("staff-pack-problems", "errors", "4"),
            "Cannot be shown (4 problems)"
        );
        assert_eq!(
            en("staff-log-ok", "written", "1"),
            "Recording normally (1 event written)"
        );
        assert_eq!(
            en("staff-log-ok", "written", "1,234"),
            "Recording normally (1,234 events written)"
        );
        assert_eq!(
            texts.format(
                "en",
                "staff-log-queued",
                &[("queued", "1"), ("error", "disk full")]
            ),
            "1 event waiting to be written: disk full"
        );
        assert_eq!(
            texts.format(
                "en",
                "staff-log-queued",
                &[("queued", "3"), ("error", "disk full")]
            ),
            "3 events waiting to be written: disk full"
        );
        // Japanese has no plural: the same words for one and for many.
        assert_eq!(
            texts.format("ja", "staff-pin-wrong", &[("tries", "1")]),
            "PINが違います（あと1回）"
        );
        assert_eq!(
            texts.format("ja", "quiz-question-count", &[("count", "1")]),
            "{全|ぜん}1{問|もん}"
        );
        assert_eq!(
            texts.format("ja", "quiz-question-count", &[("count", "6")]),
            "{全|ぜん}6{問|もん}"
        );
    }

    #[test]
    fn numbers_read_exactly_as_given() {
        let texts = UiTexts::shipped();
        for page in [
            "9",
            "12",
            "0",
            "-3",
            "2025",
            "9007199254740992",
            "9007199254740993",
            "9223372036854775807",
            "007",
            "+5",
            "-0",
            "1,234",
            "9.5",
        ] {
            assert_eq!(
                texts.format("en", "page-dot", &[("page", page)]),
                format!("Go to page {page}")
            );
        }
        assert!(matches!(fluent_value("9"), FluentValue::Number(_)));
        assert!(matches!(fluent_value("-3"), FluentValue::Number(_)));
        assert!(matches!(fluent_value("1,234"), FluentValue::String(_)));
        assert!(matches!(fluent_value("007"), FluentValue::String(_)));
        assert!(matches!(
            fluent_value("9007199254740993"),
            FluentValue::String(_)
        ));
    }

    #[test]
    fn no_text_has_unicode_isolation_marks() {
        for (language, id, text) in every_formatted_text(&UiTexts::shipped()) {
            assert!(
                !text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
                "{language} {id}: {text:?}"
            );
        }
    }

    #[test]
    fn a_missing_key_is_shown_as_the_key_and_logged_once() {
        let log = logged(|| {
            let texts = UiTexts::shipped();
            for _ in 0..3 {
                assert_eq!(texts.get("ja", "no-such-key"), "no-such-key");
            }
        });
        assert_eq!(log.matches("no-such-key").count(), 1, "{log}");
        assert!(log.contains("WARN"), "{log}");
    }

    #[test]
    fn a_formatting_error_is_logged_once_and_never_panics() {
        let log = logged(|| {
            let texts = UiTexts::from_sources(&[("en", "greeting = Hello, { $name }!\n")]);
            for _ in 0..3 {
                assert_eq!(texts.get("en", "greeting"), "Hello, {$name}!");
            }
            assert_eq!(
                texts.format("en", "greeting", &[("name", "Aiko")]),
                "Hello, Aiko!"
            );
        });
        assert_eq!(log.matches("greeting").count(), 1, "{log}");
    }

    #[test]
    fn an_id_missing_in_a_language_falls_back_to_english() {
        let texts = UiTexts::from_sources(&[
            ("ja", "back = もどる\n"),
            ("en", "home = Home\nback = Back\n"),
        ]);
        assert_eq!(texts.get("ja", "back"), "もどる");
        assert_eq!(texts.get("ja", "home"), "Home");
        assert_eq!(texts.get("vi", "back"), "Back");
    }

    #[test]
    fn a_file_with_a_syntax_error_keeps_what_parsed() {
        let log = logged(|| {
            let texts = UiTexts::from_sources(&[
                ("ja", "home = ホーム\nbroken = { $\nback = もどる\n"),
                ("en", "home = Home\nback = Back\nbroken = Broken\n"),
            ]);
            assert_eq!(texts.get("ja", "home"), "ホーム");
            assert_eq!(texts.get("ja", "back"), "もどる");
            assert_eq!(texts.get("ja", "broken"), "Broken");
        });
        assert!(log.contains("assets/texts/ja.ftl line 2"), "{log}");
    }

    #[test]
    fn every_ftl_file_parses_without_fluent_errors() {
        for (language, source) in SOURCES {
            if let Err((_, errors)) = FluentResource::try_new(ruby_as_literals(source)) {
                let described: Vec<String> = errors
                    .iter()
                    .map(|error| {
                        format!(
                            "assets/texts/{language}.ftl line {}: {error}",
                            line_of(source, error.pos.start)
                        )
                    })
                    .collect();
                panic!("{}", described.join("\n"));
            }
        }
    }

    #[test]
    fn the_texts_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<UiTexts>();
    }
}

//! Checks of one exhibit file: its id, card, pages, key figures and narration.

use super::check::FileChecker;
use super::check_quiz;
use super::country;
use super::model::{Exhibit, KeyFigure, Page};
use super::rich_text;
use super::source_map::{field, item};

/// Checks `exhibit`, read from a file named `<file_stem>.ron`.
pub fn exhibit(checker: &mut FileChecker<'_>, exhibit: &Exhibit, file_stem: &str) {
    if checker.id("id", &exhibit.id, "exhibit id") && exhibit.id != file_stem {
        checker.error(
            "id",
            format!(
                "exhibit id \"{}\" does not match its file name \"{file_stem}.ron\"",
                exhibit.id
            ),
        );
    }
    checker.text("title", &exhibit.title, "the exhibit title");
    checker.text("subtitle", &exhibit.subtitle, "the exhibit subtitle");
    if let Some(code) = &exhibit.country
        && !country::is_assigned(code)
    {
        checker.error(
            "country",
            format!("\"{code}\" is not an ISO 3166-1 alpha-2 country code (e.g. \"PH\", \"VN\")"),
        );
    }
    checker.optional_text("region", exhibit.region.as_ref(), "the region");
    checker.image("cover", &exhibit.cover);

    if exhibit.pages.is_empty() {
        checker.error("pages", "the exhibit has no pages");
    }
    for (index, page) in exhibit.pages.iter().enumerate() {
        self::page(checker, &item("pages", index), page);
    }
    checker.unique_ids(
        exhibit
            .pages
            .iter()
            .enumerate()
            .map(|(index, page)| (field(&item("pages", index), "id"), page.id.as_str())),
        "page id",
    );

    if let Some(quiz) = &exhibit.quiz {
        check_quiz::quiz(checker, "quiz", quiz);
    }
}

fn page(checker: &mut FileChecker<'_>, path: &str, page: &Page) {
    checker.id(&field(path, "id"), &page.id, "page id");
    checker.text(&field(path, "title"), &page.title, "the page title");
    let body_path = field(path, "body");
    checker.text(&body_path, &page.body, "the page body");
    for (language, body) in &page.body {
        if !rich_text::emphasis_is_balanced(body) {
            checker.warning(
                &item(&body_path, language),
                "a \"**\" has no partner in its paragraph; it will be shown as written",
            );
        }
    }
    if let Some(image) = &page.image {
        checker.image(&field(path, "image"), image);
    }
    for (index, figure) in page.figures.iter().enumerate() {
        key_figure(checker, &item(&field(path, "figures"), index), figure);
    }
    checker.narrations(&field(path, "narration"), &page.narration);
}

fn key_figure(checker: &mut FileChecker<'_>, path: &str, figure: &KeyFigure) {
    checker.optional_text(
        &field(path, "prefix"),
        figure.prefix.as_ref(),
        "the figure's prefix",
    );
    checker.text(&field(path, "unit"), &figure.unit, "the figure's unit");
    checker.text(&field(path, "label"), &figure.label, "the figure's label");
    checker.optional_text(
        &field(path, "period"),
        figure.period.as_ref(),
        "the figure's period",
    );
}

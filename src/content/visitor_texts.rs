//! Every string of a pack a visitor may read, reached in one place: the loader escapes them
//! all when a pack does not use furigana (so its braces stay braces).

use super::model::{Exhibit, Image, Narration, PackManifest, Page, QuestionKind, Text};

/// Calls `f` on every visitor-facing string of the manifest and the exhibits.
pub fn for_each_mut(
    manifest: &mut PackManifest,
    exhibits: &mut [Exhibit],
    f: &mut impl FnMut(&mut String),
) {
    text(&mut manifest.title, f);
    text(&mut manifest.description, f);
    text(&mut manifest.attract.headline, f);
    if let Some(farewell) = &mut manifest.farewell {
        text(farewell, f);
    }
    for credit in &mut manifest.credits {
        text(&mut credit.text, f);
    }
    for exhibit in exhibits {
        text(&mut exhibit.title, f);
        text(&mut exhibit.subtitle, f);
        if let Some(region) = &mut exhibit.region {
            text(region, f);
        }
        image(&mut exhibit.cover, f);
        for page in &mut exhibit.pages {
            self::page(page, f);
        }
        if let Some(quiz) = &mut exhibit.quiz {
            text(&mut quiz.title, f);
            if let Some(intro) = &mut quiz.intro {
                text(intro, f);
            }
            for band in &mut quiz.results {
                text(&mut band.message, f);
            }
            for question in &mut quiz.questions {
                text(&mut question.prompt, f);
                text(&mut question.explanation, f);
                match &mut question.kind {
                    QuestionKind::SingleChoice { choices, .. }
                    | QuestionKind::MultipleChoice { choices, .. } => {
                        for choice in choices.iter_mut() {
                            text(choice, f);
                        }
                    }
                    QuestionKind::ImageChoice { choices, .. } => {
                        for choice in choices.iter_mut() {
                            image(choice, f);
                        }
                    }
                    QuestionKind::TrueFalse { .. } => {}
                }
                question
                    .narration
                    .values_mut()
                    .for_each(|n| narration(n, f));
            }
        }
    }
}

fn page(page: &mut Page, f: &mut impl FnMut(&mut String)) {
    text(&mut page.title, f);
    text(&mut page.body, f);
    if let Some(image) = &mut page.image {
        self::image(image, f);
    }
    for figure in &mut page.figures {
        for part in [&mut figure.prefix, &mut figure.period]
            .into_iter()
            .flatten()
        {
            text(part, f);
        }
        text(&mut figure.unit, f);
        text(&mut figure.label, f);
    }
    page.narration.values_mut().for_each(|n| narration(n, f));
}

fn text(text: &mut Text, f: &mut impl FnMut(&mut String)) {
    text.values_mut().for_each(f);
}

fn image(image: &mut Image, f: &mut impl FnMut(&mut String)) {
    text(&mut image.alt, f);
    for part in [&mut image.caption, &mut image.credit]
        .into_iter()
        .flatten()
    {
        text(part, f);
    }
}

fn narration(narration: &mut Narration, f: &mut impl FnMut(&mut String)) {
    f(&mut narration.transcript);
    for caption in &mut narration.captions {
        f(&mut caption.text);
    }
}

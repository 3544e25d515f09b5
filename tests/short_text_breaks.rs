//! Japanese typography in short texts: every title, subtitle, region, headline, page title,
//! key figure's label, caption, quiz title, question, choice and score message of both shipped
//! packs (standard and easy Japanese, and English for cut words), and every one of the kiosk's
//! own texts (buttons, prompts, staff labels) in Japanese and easy Japanese, laid out as the
//! screens lay out a heading (evened out, with and without furigana) at every width a
//! supported screen gives such a text, from a narrow portrait card to a landscape page:
//! - no line breaks inside a phrase when a phrase boundary would have fitted on the line;
//! - no character alone on a line (nor a word alone on the last line of a heading);
//! - kinsoku: no line starts with closing punctuation or a small kana, none ends with an
//!   opening bracket;
//! - no number apart from its counter (「10｜件」), no Latin word cut ("Citizen｜s").

use std::path::Path;

use egui::Painter;
use plaza_kiosk::app::install_fonts;
use plaza_kiosk::content::Pack;
use plaza_kiosk::content::model::{QuestionKind, Text};
use plaza_kiosk::content::ruby;
use plaza_kiosk::ui::line_breaks::{Gap, gaps};
use plaza_kiosk::ui::ruby_text::{self, Look, Spec};
use plaza_kiosk::ui::texts::UiTexts;
use plaza_kiosk::ui::theme::{TextStyle, Theme};

/// Line widths a text of each style is given on the supported screens (1080p and 720p,
/// landscape and portrait, standard and large text), at 1080p scale.
fn widths(style: TextStyle) -> &'static [f32] {
    match style {
        // A card's words: four columns of a landscape grid (about 386 px), three with large
        // text (about 540), two in portrait (424), one beside its picture (about 530).
        TextStyle::CardTitle | TextStyle::Caption => &[330.0, 386.0, 424.0, 480.0, 540.0, 600.0],
        // Page titles, questions, score messages: the reading column (about 970 px in
        // landscape and portrait) or a quiz's width.
        TextStyle::Heading => &[700.0, 800.0, 900.0, 968.0],
        // The pack's title, quiz titles, the attract headline: a page's width.
        TextStyle::Title | TextStyle::Display => &[900.0, 968.0, 1200.0, 1600.0],
        // Choices and the kiosk's own words: a choice in two columns or one, a button, a
        // dialog, a staff row.
        _ => &[430.0, 580.0, 700.0, 800.0, 968.0],
    }
}

/// A short text with where it comes from and how it is set.
struct Short {
    place: String,
    language: &'static str,
    marked: String,
    style: TextStyle,
}

fn pack_texts(pack: &Pack, out: &mut Vec<Short>) {
    let mut add = |place: String, text: &Text, style: TextStyle| {
        for language in ["ja", "ja-x-easy", "en"] {
            if let Some(marked) = text.get(language) {
                out.push(Short {
                    place: place.clone(),
                    language,
                    marked: marked.clone(),
                    style,
                });
            }
        }
    };
    add("title".into(), &pack.manifest.title, TextStyle::Title);
    add(
        "attract headline".into(),
        &pack.manifest.attract.headline,
        TextStyle::Display,
    );
    for exhibit in &pack.exhibits {
        let id = &exhibit.id;
        add(format!("{id} title"), &exhibit.title, TextStyle::CardTitle);
        add(
            format!("{id} subtitle"),
            &exhibit.subtitle,
            TextStyle::Caption,
        );
        if let Some(region) = &exhibit.region {
            add(format!("{id} region"), region, TextStyle::Caption);
        }
        for page in &exhibit.pages {
            let at = format!("{id}/{}", page.id);
            add(format!("{at} title"), &page.title, TextStyle::Heading);
            if let Some(caption) = page.image.as_ref().and_then(|i| i.caption.as_ref()) {
                add(format!("{at} caption"), caption, TextStyle::Caption);
            }
            for (n, figure) in page.figures.iter().enumerate() {
                add(
                    format!("{at} figure {n}"),
                    &figure.label,
                    TextStyle::Caption,
                );
            }
        }
        let Some(quiz) = &exhibit.quiz else { continue };
        add(format!("{id} quiz title"), &quiz.title, TextStyle::Title);
        for question in &quiz.questions {
            let at = format!("{id} quiz {}", question.id);
            add(format!("{at} prompt"), &question.prompt, TextStyle::Heading);
            let choices: Vec<&Text> = match &question.kind {
                QuestionKind::SingleChoice { choices, .. }
                | QuestionKind::MultipleChoice { choices, .. } => choices.iter().collect(),
                QuestionKind::ImageChoice { choices, .. } => {
                    choices.iter().filter_map(|c| c.caption.as_ref()).collect()
                }
                QuestionKind::TrueFalse { .. } => Vec::new(),
            };
            for (n, choice) in choices.into_iter().enumerate() {
                add(format!("{at} choice {}", n + 1), choice, TextStyle::Button);
            }
        }
        for band in &quiz.results {
            add(
                format!("{id} quiz band {}", band.min_score),
                &band.message,
                TextStyle::Heading,
            );
        }
    }
}

/// The kiosk's own single-line texts, filled with numbers where they take arguments.
fn kiosk_texts(out: &mut Vec<Short>) {
    let texts = UiTexts::shipped();
    let args: Vec<(&str, &str)> = [
        "page", "seconds", "count", "current", "total", "score", "number", "tries", "errors",
        "written", "queued", "n", "answers", "correct",
    ]
    .iter()
    .map(|name| (*name, "12"))
    .chain([
        ("percent", "80"),
        ("elapsed", "1:42"),
        ("time", "4:59"),
        ("year", "2026"),
        ("from", "12/20"),
        ("until", "1/7"),
        ("free", "12.3 GiB"),
        ("language", "日本語"),
        ("drive", "KIOSK-USB"),
        ("quiz", "地球ひろばクイズ"),
        ("answer", "市民と協力して"),
        ("pack", "市民とつくる国際協力"),
        ("setting", "「まだ見ていますか？」の秒数"),
        ("reason", "ファイルが読めません"),
        ("error", "ディスクがいっぱいです"),
        ("file", "plaza-visits-2026.csv"),
        ("system", "-05:00"),
        ("plaza", "+09:00"),
    ])
    .collect();
    for (language, file) in [("ja", "ja.ftl"), ("ja-x-easy", "ja-x-easy.ftl")] {
        let source = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/texts")
                .join(file),
        )
        .expect("the shipped texts read");
        for line in source.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            let id_shape = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
            if id.is_empty() || !id.chars().all(id_shape) || value.trim().is_empty() {
                continue;
            }
            out.push(Short {
                place: format!("{file} {id}"),
                language,
                marked: texts.format(language, id, &args),
                style: TextStyle::Button,
            });
        }
    }
}

/// The plain characters of `marked` and its ruby groups as char ranges.
fn plain_and_groups(marked: &str) -> (Vec<char>, Vec<(usize, usize)>) {
    let (pieces, _) = ruby::parse(marked);
    let mut chars = Vec::new();
    let mut groups = Vec::new();
    for piece in pieces {
        match piece {
            ruby::Piece::Plain(text) => chars.extend(text.chars()),
            ruby::Piece::Ruby { base, .. } => {
                let start = chars.len();
                chars.extend(base.chars());
                groups.push((start, chars.len()));
            }
        }
    }
    (chars, groups)
}

/// Where each line after the first starts in `chars`, or None when the lines are not the
/// text's characters in order (a line lost or changed).
fn line_starts(chars: &[char], lines: &[String]) -> Option<Vec<usize>> {
    let mut at = 0;
    let mut starts = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        // A space (an ideographic one too) where a line wraps is not drawn.
        while n > 0 && chars.get(at).is_some_and(|c| c.is_whitespace()) && !line.starts_with(' ') {
            at += 1;
        }
        if n > 0 {
            starts.push(at);
        }
        let line: Vec<char> = line.chars().collect();
        if chars.get(at..at + line.len())? != line.as_slice() {
            return None;
        }
        at += line.len();
        while chars.get(at) == Some(&'\n') {
            at += 1;
        }
    }
    Some(starts)
}

fn problems(short: &Short, painter: &Painter, theme: &Theme, width: f32) -> Vec<String> {
    let look = Look::new(theme.font(short.style), theme.ink).scale(theme.scale);
    let spec = Spec::new(&short.marked, look, theme.px(width))
        .ruby(ruby_text::frame_style(painter.ctx()).furigana)
        .balanced();
    let laid = ruby_text::layout(painter, &spec);
    let lines = laid.line_texts();
    if lines.len() < 2 {
        return Vec::new();
    }
    let (chars, groups) = plain_and_groups(&short.marked);
    let Some(starts) = line_starts(&chars, &lines) else {
        return vec![format!(
            "{} [{}] at {width} px: the lines {lines:?} are not the text's characters in order",
            short.place, short.language
        )];
    };
    let gaps = gaps(&chars, &groups);
    let shown = lines.join("｜");
    let mut found = Vec::new();
    let mut line_start = 0;
    for &start in &starts {
        let (Some(&before), Some(&after)) = (chars.get(start.wrapping_sub(1)), chars.get(start))
        else {
            continue;
        };
        let hard = before == '\n';
        let gap = gaps.get(start).copied().unwrap_or(Gap::Never);
        if !hard && gap != Gap::Phrase {
            let phrase_fitted = (line_start + 1..start).any(|i| gaps.get(i) == Some(&Gap::Phrase));
            if phrase_fitted {
                found.push("breaks inside a phrase where a phrase boundary fits");
            }
        }
        // Kinsoku, numbers with their counters, whole Latin words: as in body text.
        if let Some(problem) = crate::japanese_line_breaks::bad_break(before, after) {
            found.push(problem);
        }
        line_start = start;
    }
    for line in &lines {
        let visible = line
            .chars()
            .filter(|c| !c.is_whitespace() && !"、。，．・！？!?.,」』）".contains(*c))
            .count();
        if visible <= 1 {
            found.push("a character alone on a line");
        }
    }
    found.sort_unstable();
    found.dedup();
    found
        .into_iter()
        .map(|problem| {
            format!(
                "{} [{}] at {width} px: {problem}: {shown}",
                short.place, short.language
            )
        })
        .collect()
}

#[test]
fn short_texts_break_between_phrases_at_every_width() {
    let mut shorts = Vec::new();
    for name in ["civil-society", "volunteers"] {
        pack_texts(&crate::util::shipped_pack(name), &mut shorts);
    }
    kiosk_texts(&mut shorts);
    assert!(shorts.len() > 800, "only {} short texts", shorts.len());
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let mut bad = Vec::new();
    let mut multi_line = 0;
    for large_text in [false, true] {
        let theme = Theme::new(egui::vec2(1920.0, 1080.0), None, large_text);
        for furigana in [false, true] {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                ruby_text::set_frame_style(
                    ui.ctx(),
                    ruby_text::FrameStyle {
                        furigana,
                        scale: theme.scale,
                    },
                );
                for short in &shorts {
                    for &width in widths(short.style) {
                        let found = problems(short, ui.painter(), &theme, width);
                        bad.extend(found);
                    }
                    let narrow = ruby_text::layout(
                        ui.painter(),
                        &Spec::new(
                            &short.marked,
                            Look::new(theme.font(short.style), theme.ink),
                            widths(short.style)[0],
                        ),
                    );
                    multi_line += usize::from(narrow.rows() > 1);
                }
            });
            output.textures_delta.clear();
        }
    }
    // The test means something only if many texts wrap.
    assert!(multi_line > 200, "only {multi_line} texts wrap");
    bad.sort();
    bad.dedup();
    assert!(
        bad.is_empty(),
        "{} problems:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

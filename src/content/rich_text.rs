//! Body text as authors write it: paragraphs split by a blank line, `**emphasis**` inside.
//!
//! Deliberately tiny (no Markdown crate): museum text needs paragraphs and emphasis and nothing
//! that could surprise an author. An unmatched `**` is reported by `validate` and shown literally.

/// A run of text, emphasised or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The words.
    pub text: String,
    /// Written between `**` marks.
    pub emphasis: bool,
}

/// A paragraph: runs of text in order.
pub type Paragraph = Vec<Span>;

/// Splits `body` into paragraphs of spans. Single line breaks inside a paragraph are kept.
#[must_use]
pub fn parse(body: &str) -> Vec<Paragraph> {
    paragraphs(body).map(spans).collect()
}

/// The paragraphs of `body` as written (with their `**` marks), for layouts that read the
/// emphasis themselves.
pub fn paragraph_texts(body: &str) -> impl Iterator<Item = &str> {
    paragraphs(body)
}

/// Whether every `**` in `body` has a partner within its paragraph.
#[must_use]
pub fn emphasis_is_balanced(body: &str) -> bool {
    paragraphs(body).all(|p| p.matches("**").count().is_multiple_of(2))
}

fn paragraphs(body: &str) -> impl Iterator<Item = &str> {
    let body = body.trim_matches('\n');
    let normalised: Vec<&str> = body.split("\n\n").map(str::trim).collect();
    normalised.into_iter().filter(|p| !p.is_empty())
}

fn spans(paragraph: &str) -> Paragraph {
    let parts: Vec<&str> = paragraph.split("**").collect();
    // An odd number of parts means every `**` is paired.
    if parts.len().is_multiple_of(2) {
        return vec![Span {
            text: paragraph.to_owned(),
            emphasis: false,
        }];
    }
    parts
        .iter()
        .enumerate()
        .filter(|(_, text)| !text.is_empty())
        .map(|(index, text)| Span {
            text: (*text).to_owned(),
            emphasis: index % 2 == 1,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Span {
        Span {
            text: text.to_owned(),
            emphasis: false,
        }
    }

    fn strong(text: &str) -> Span {
        Span {
            text: text.to_owned(),
            emphasis: true,
        }
    }

    #[test]
    fn paragraphs_and_emphasis() {
        let body = "JICA adopted **49** projects.\n\n\nSecond line\nstill second.";
        assert_eq!(
            parse(body),
            vec![
                vec![plain("JICA adopted "), strong("49"), plain(" projects.")],
                vec![plain("Second line\nstill second.")],
            ]
        );
        assert!(emphasis_is_balanced(body));
    }

    #[test]
    fn unmatched_marks_stay_literal() {
        assert_eq!(parse("a ** b"), vec![vec![plain("a ** b")]]);
        assert!(!emphasis_is_balanced("a ** b"));
    }
}

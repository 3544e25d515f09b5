//! The ruby markup of `spec/ruby-markup.md` as this tool writes it: `{base|reading}` groups in
//! a text whose own braces are doubled (`{{`, `}}`). Works on a string's value; putting the
//! value back into a RON literal is [`super::ron_literal`]'s job.

use super::okurigana::RubyGroup;

/// Whether `text` already holds a ruby group `{base|reading}` (then it has been marked up by
/// a person, and the tool leaves it alone). Doubled braces are literal braces, not groups.
#[must_use]
pub fn has_ruby(text: &str) -> bool {
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        let after = &rest[at + 1..];
        if after.starts_with(&rest[at..=at]) {
            rest = &after[1..];
            continue;
        }
        if rest[at..].starts_with('{')
            && let Some(end) = after.find(['{', '}', '\n'])
            && after[end..].starts_with('}')
        {
            let inside = &after[..end];
            if let Some((base, reading)) = inside.split_once('|')
                && !base.is_empty()
                && !reading.is_empty()
                && !reading.contains('|')
            {
                return true;
            }
        }
        rest = after;
    }
    false
}

/// `text` with the ruby `groups` (byte ranges of `text`, in order, not overlapping) written
/// in, and every literal `{` and `}` doubled.
#[must_use]
pub fn write(text: &str, groups: &[RubyGroup]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for group in groups {
        if group.base.start < at || group.base.end > text.len() {
            continue;
        }
        out.push_str(&escape_braces(text.get(at..group.base.start).unwrap_or("")));
        out.push('{');
        out.push_str(text.get(group.base.clone()).unwrap_or(""));
        out.push('|');
        out.push_str(&group.reading);
        out.push('}');
        at = group.base.end;
    }
    out.push_str(&escape_braces(text.get(at..).unwrap_or("")));
    out
}

/// `text` with `{` written `{{` and `}` written `}}`.
#[must_use]
pub fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_groups_but_not_doubled_braces() {
        assert!(has_ruby("{採択|さいたく}された"));
        assert!(has_ruby("**{協力|きょうりょく}**"));
        assert!(has_ruby("{{x}} and {国|くに}"));
        assert!(!has_ruby("国際協力"));
        assert!(!has_ruby("{{a|b}}"));
        assert!(!has_ruby("a|b {braces} {|x} {x|} {a\n|b}"));
        assert!(!has_ruby("{"));
    }

    #[test]
    fn writes_groups_and_doubles_literal_braces() {
        let text = "{注}読む";
        let groups = [RubyGroup {
            base: 5..8,
            reading: "よ".to_owned(),
        }];
        assert_eq!(write(text, &groups), "{{注}}{読|よ}む");
        assert_eq!(escape_braces("a{b}c"), "a{{b}}c");
        assert_eq!(write("ただのかな", &[]), "ただのかな");
    }
}

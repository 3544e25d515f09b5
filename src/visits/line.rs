//! Reading one log line into the fields a tally uses, fast.
//!
//! Lines the kiosk writes are flat JSON objects without escapes or spaces; [`read_line`] reads
//! those with a small exact scanner (it accepts only what is certainly valid JSON) and hands
//! anything else (spaces, escapes, nested values from a later format version, damage) to
//! `serde_json`, so every valid JSON line is read the same way whichever path it takes.

use std::borrow::Cow;

use serde::Deserialize;

/// The fields a tally reads; everything else in a line is ignored.
#[derive(Debug, Default, Deserialize, PartialEq)]
pub struct LineFields<'a> {
    /// Event name.
    #[serde(borrow, default)]
    pub event: Option<Cow<'a, str>>,
    /// Timestamp.
    #[serde(borrow, default)]
    pub ts: Option<Cow<'a, str>>,
    /// Kiosk id.
    #[serde(borrow, default)]
    pub kiosk: Option<Cow<'a, str>>,
    /// Visit id.
    #[serde(borrow, default)]
    pub session: Option<Cow<'a, str>>,
    /// Pack id.
    #[serde(borrow, default)]
    pub pack: Option<Cow<'a, str>>,
    /// Language.
    #[serde(borrow, default)]
    pub lang: Option<Cow<'a, str>>,
    /// Exhibit id.
    #[serde(borrow, default)]
    pub exhibit: Option<Cow<'a, str>>,
    /// Page id.
    #[serde(borrow, default)]
    pub page: Option<Cow<'a, str>>,
    /// Quiz id.
    #[serde(borrow, default)]
    pub quiz: Option<Cow<'a, str>>,
    /// Question id.
    #[serde(borrow, default)]
    pub question: Option<Cow<'a, str>>,
    /// Whether a quiz answer was right.
    #[serde(default)]
    pub correct: Option<bool>,
    /// A quiz's score.
    #[serde(default)]
    pub score: Option<u64>,
    /// A quiz's highest score.
    #[serde(default)]
    pub max: Option<u64>,
    /// A visit's time without the idle wait.
    #[serde(default)]
    pub active_ms: Option<u64>,
}

/// Reads `line` (without its `\n`); `Err` when it is not a JSON object of the expected types.
pub fn read_line(line: &[u8]) -> Result<LineFields<'_>, serde_json::Error> {
    if let Some(fields) = std::str::from_utf8(line)
        .ok()
        .and_then(|text| Scanner::new(text).object())
    {
        return Ok(fields);
    }
    serde_json::from_slice(line)
}

/// The exact scanner for flat objects: `{"key":value,...}` with string values free of escapes
/// and control characters, plain numbers, `true`, `false` and `null`. Returns `None` (so the
/// caller falls back to `serde_json`) on anything else, including a known field of the wrong
/// type or given twice, so both paths agree on every input.
struct Scanner<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, expected: u8) -> Option<()> {
        (self.byte()? == expected).then(|| self.at += 1)
    }

    fn object(mut self) -> Option<LineFields<'a>> {
        let mut fields = LineFields::default();
        self.eat(b'{')?;
        if self.eat(b'}').is_none() {
            loop {
                let key = self.string()?;
                self.eat(b':')?;
                self.member(key, &mut fields)?;
                match self.byte()? {
                    b',' => self.at += 1,
                    b'}' => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let rest = self.text.as_bytes().get(self.at..)?;
        rest.iter().all(u8::is_ascii_whitespace).then_some(fields)
    }

    fn member(&mut self, key: &str, fields: &mut LineFields<'a>) -> Option<()> {
        let text_field = match key {
            "event" => Some(&mut fields.event),
            "ts" => Some(&mut fields.ts),
            "kiosk" => Some(&mut fields.kiosk),
            "session" => Some(&mut fields.session),
            "pack" => Some(&mut fields.pack),
            "lang" => Some(&mut fields.lang),
            "exhibit" => Some(&mut fields.exhibit),
            "page" => Some(&mut fields.page),
            "quiz" => Some(&mut fields.quiz),
            "question" => Some(&mut fields.question),
            _ => None,
        };
        if let Some(slot) = text_field {
            if slot.is_some() {
                return None;
            }
            // `null` and other types are left to serde, which also tracks fields given twice.
            *slot = Some(Cow::Borrowed(self.string()?));
            return Some(());
        }
        let number_field = match key {
            "score" => Some(&mut fields.score),
            "max" => Some(&mut fields.max),
            "active_ms" => Some(&mut fields.active_ms),
            _ => None,
        };
        if let Some(slot) = number_field {
            if slot.is_some() {
                return None;
            }
            let digits = self.number()?;
            *slot = Some(digits.parse().ok()?);
            return Some(());
        }
        if key == "correct" {
            if fields.correct.is_some() {
                return None;
            }
            fields.correct = match self.byte()? {
                b't' => self.literal("true").map(|()| true),
                b'f' => self.literal("false").map(|()| false),
                _ => None,
            };
            return fields.correct.map(|_| ());
        }
        self.skip_value()
    }

    /// A string without escapes or control characters (its contents, without the quotes).
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let rest = self.text.as_bytes().get(start..)?;
        // Strings in a log line are short: one plain pass beats a vectorised search here.
        let length = rest
            .iter()
            .position(|b| *b == b'"' || *b == b'\\' || *b < 0x20)?;
        if rest[length] != b'"' {
            return None;
        }
        self.at = start + length + 1;
        self.text.get(start..start + length)
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        (self.text.get(self.at..end)? == word).then(|| self.at = end)
    }

    /// A JSON number (RFC 8259 grammar); returns its text.
    fn number(&mut self) -> Option<&'a str> {
        let start = self.at;
        let _ = self.eat(b'-');
        match self.byte()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(b'.').is_some() {
            self.byte().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        if matches!(self.byte(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.byte(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.byte().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        self.text.get(start..self.at)
    }

    fn digits(&mut self) {
        while self.byte().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    /// An unknown field's value: a flat value, or `None` for arrays and objects.
    fn skip_value(&mut self) -> Option<()> {
        match self.byte()? {
            b'"' => self.string().map(|_| ()),
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            b'n' => self.literal("null"),
            _ => self.number().map(|_| ()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(line: &str) -> (Option<LineFields<'_>>, Option<LineFields<'_>>) {
        (
            Scanner::new(line).object(),
            serde_json::from_str::<LineFields<'_>>(line).ok(),
        )
    }

    #[test]
    fn the_kiosks_own_lines_take_the_fast_path() {
        let line = "{\"v\":1,\"ts\":\"2026-11-27T10:15:03.120+09:00\",\"kiosk\":\"k\",\"session\":\"s\",\"pack\":\"p\",\"event\":\"visit_end\",\"reason\":\"idle\",\"duration_ms\":5,\"active_ms\":4}";
        let (fast, slow) = both(line);
        assert!(fast.is_some());
        assert_eq!(fast, slow);
        let fast = fast.unwrap();
        assert_eq!(fast.event.as_deref(), Some("visit_end"));
        assert_eq!(fast.active_ms, Some(4));
        let answer = "{\"v\":1,\"event\":\"quiz_answer\",\"correct\":false,\"quiz\":\"q\"}";
        let (fast, slow) = both(answer);
        assert_eq!(fast.as_ref().and_then(|f| f.correct), Some(false));
        assert_eq!(fast, slow);
    }

    #[test]
    fn anything_unusual_falls_back_and_agrees_with_serde() {
        for line in [
            "{ \"event\" : \"visit_start\" }",
            "{\"event\":\"visit_\\u0073tart\"}",
            "{\"event\":\"a\",\"event\":\"b\"}",
            "{\"event\":\"a\",\"future\":{\"x\":[1,2]}}",
            "{\"kiosk\":5}",
            "{\"active_ms\":-3}",
            "{\"active_ms\":1.5}",
            "{\"correct\":\"yes\"}",
            "{\"event\":null,\"event\":\"visit_start\"}",
            "{\"correct\":null}",
            "{\"event\":\"x\"",
            "{\"event\":\"x\"}}",
            "{\"n\":01}",
            "{\"n\":1.}",
            "[1]",
            "",
        ] {
            let (_, slow) = both(line);
            assert_eq!(read_line(line.as_bytes()).ok(), slow, "{line}");
        }
    }

    proptest! {
        /// Whatever the bytes, the fast path never accepts what serde rejects and never reads
        /// it differently.
        #[test]
        fn the_scanner_agrees_with_serde(line in "[{}\",:a-z0-9\\\\. tfnul\\[\\]-]{0,40}") {
            if let Some(fast) = Scanner::new(&line).object() {
                let slow = serde_json::from_str::<LineFields<'_>>(&line);
                prop_assert_eq!(Some(fast), slow.ok());
            }
        }

        #[test]
        fn mutated_kiosk_lines_agree_with_serde(cut in 0usize..140, byte in 0u8..128) {
            let mut line = b"{\"v\":1,\"ts\":\"2026-11-27T10:15:03.120+09:00\",\"kiosk\":\"k\",\"session\":\"s\",\"event\":\"quiz_answer\",\"correct\":true,\"score\":3}".to_vec();
            let at = cut.min(line.len() - 1);
            line[at] = byte;
            if let Ok(text) = std::str::from_utf8(&line)
                && let Some(fast) = Scanner::new(text).object()
            {
                let slow = serde_json::from_slice::<LineFields<'_>>(&line);
                prop_assert_eq!(Some(fast), slow.ok());
            }
        }
    }
}

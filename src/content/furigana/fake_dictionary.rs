//! A stand-in for the dictionary in unit tests: a handful of words with their readings, so
//! the proposals and the rewriting can be tested without a dictionary installed.

use super::tokenizer::{TokenizeError, Tokenizer, Word};

/// A dictionary of a handful of words, longest match first; other text is one word each
/// character, without reading.
pub struct FakeDictionary(pub Vec<(&'static str, &'static str)>);

impl Tokenizer for FakeDictionary {
    fn tokenize(&self, text: &str) -> Result<Vec<Word>, TokenizeError> {
        let mut words = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let rest = &text[at..];
            let known = self
                .0
                .iter()
                .filter(|(surface, _)| rest.starts_with(surface))
                .max_by_key(|(surface, _)| surface.len());
            let (len, reading) = match known {
                Some((surface, reading)) => (surface.len(), Some((*reading).to_owned())),
                None => (rest.chars().next().map_or(1, char::len_utf8), None),
            };
            words.push(Word {
                bytes: at..at + len,
                reading,
            });
            at += len;
        }
        Ok(words)
    }
}

//! What the proposals need from a dictionary: a text split into words, each with its
//! reading. The real one is lindera with IPADIC (`dictionary.rs`, only with the
//! `furigana-tool` feature); unit tests use a handful of words.

use std::ops::Range;

/// A word the dictionary found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Its bytes in the text.
    pub bytes: Range<usize>,
    /// Its reading (katakana or hiragana), when the dictionary knows the word.
    pub reading: Option<String>,
}

/// Why a text could not be split into words.
#[derive(Debug, thiserror::Error)]
#[error("the dictionary could not read a text: {0}")]
pub struct TokenizeError(pub String);

/// What splits a text into words and reads them: the dictionary (or a fake one in tests).
pub trait Tokenizer {
    /// The words of `text`, in order.
    fn tokenize(&self, text: &str) -> Result<Vec<Word>, TokenizeError>;
}

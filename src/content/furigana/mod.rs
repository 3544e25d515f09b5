//! Furigana proposals: readings for the kanji of a pack's Japanese texts, written into its
//! RON files as the ruby markup of `spec/ruby-markup.md` for a person to review
//! (`plaza-kiosk furigana`). A proposal is a draft, never the last word: every changed line
//! is marked, and strings a person has already given ruby are never touched.
//!
//! Everything here but `dictionary` works without a dictionary (and is tested so); the
//! dictionary, lindera reading IPADIC, exists only in a kiosk built with the
//! `furigana-tool` feature, so the kiosk itself carries neither.

#[cfg(feature = "furigana-tool")]
pub mod dictionary;
#[cfg(test)]
mod fake_dictionary;
pub mod house_readings;
pub mod kana;
pub mod markup;
pub mod okurigana;
pub mod pack;
pub mod proposals;
mod review_marks;
mod ron_literal;
pub mod tokenizer;

pub use pack::{FileReport, PackError, run};
pub use review_marks::REVIEW_COMMENT;
pub use tokenizer::{TokenizeError, Tokenizer, Word};

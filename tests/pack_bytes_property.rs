//! Any bytes as `pack.ron` or an exhibit file give diagnostics or a pack, never a panic.
//!
//! Packs arrive on USB sticks from many hands, half-copied or saved by the wrong program. The
//! loader must turn whatever it finds into diagnostics a person can act on: these properties
//! feed it random bytes and damaged copies of the valid files (bytes flipped, cut short,
//! RON punctuation dropped in) first through the in-memory checker, then through the real
//! loader on a copy of the minimal pack.

use crate::util;

use plaza_kiosk::content::{Diagnostic, PackFileKind, check_file_bytes, load_pack};
use proptest::prelude::*;
use proptest::sample::Index;

/// The valid files every damaged copy starts from.
const MANIFEST: &[u8] = include_bytes!("fixtures/valid/minimal/pack.ron");
const EXHIBIT: &[u8] = include_bytes!("fixtures/valid/minimal/exhibits/first.ron");

/// Pieces of RON syntax (and a few things that look like it) that damage a file most
/// interestingly when dropped in at random.
const RON_PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "'",
    "\\",
    "/*",
    "*/",
    "//",
    "\n",
    "r#\"",
    "b\"",
    "Some(",
    "None",
    "#![enable(implicit_some)]",
    "-",
    "0x",
    "1e999",
    "18446744073709551616",
    "\u{feff}",
    "🐸",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "((((((((((((((((((((((((((((((((",
];

/// One way of damaging a file.
#[derive(Debug, Clone)]
enum Damage {
    /// One byte replaced by any byte.
    Flip(Index, u8),
    /// A piece of RON syntax inserted.
    Insert(Index, &'static str),
    /// A run of bytes removed.
    Remove(Index, usize),
    /// The file cut short.
    Truncate(Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        // Mostly printable bytes: a file with a stray letter still gets past UTF-8 and RON,
        // which is where the interesting checks are.
        (
            any::<Index>(),
            prop_oneof![3 => 0x20..0x7fu8, 1 => any::<u8>()]
        )
            .prop_map(|(at, byte)| Damage::Flip(at, byte)),
        (any::<Index>(), proptest::sample::select(RON_PIECES))
            .prop_map(|(at, piece)| Damage::Insert(at, piece)),
        (any::<Index>(), 1..24usize).prop_map(|(at, length)| Damage::Remove(at, length)),
        any::<Index>().prop_map(Damage::Truncate),
    ]
}

fn apply(original: &[u8], damages: &[Damage]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for damage in damages {
        let at = |index: &Index, len: usize| if len == 0 { 0 } else { index.index(len) };
        match damage {
            Damage::Flip(index, byte) => {
                if !bytes.is_empty() {
                    let i = at(index, bytes.len());
                    bytes[i] = *byte;
                }
            }
            Damage::Insert(index, piece) => {
                let i = at(index, bytes.len() + 1);
                bytes.splice(i..i, piece.bytes());
            }
            Damage::Remove(index, length) => {
                let i = at(index, bytes.len());
                let end = (i + length).min(bytes.len());
                bytes.drain(i..end);
            }
            Damage::Truncate(index) => bytes.truncate(at(index, bytes.len())),
        }
    }
    bytes
}

/// The valid `original` with one to four kinds of damage.
fn damaged(original: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(damage(), 1..5).prop_map(move |damages| apply(original, &damages))
}

/// Random bytes; sometimes just the printable ASCII RON is written in.
fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..512),
        "[ -~\n]{0,512}".prop_map(String::into_bytes),
    ]
}

/// Every diagnostic points at a place inside the text it is about (or at 1:1).
fn assert_positions_inside(bytes: &[u8], diagnostics: &[Diagnostic]) {
    let line_count = bytes.split(|&b| b == b'\n').count();
    for diagnostic in diagnostics {
        let position = diagnostic.position;
        assert!(
            position.line >= 1 && position.column >= 1 && position.line <= line_count,
            "{diagnostic} points outside a text of {line_count} lines"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_as_pack_ron_are_checked_without_panicking(bytes in any_bytes()) {
        let diagnostics = check_file_bytes(PackFileKind::Manifest, &bytes);
        assert_positions_inside(&bytes, &diagnostics);
    }

    #[test]
    fn any_bytes_as_an_exhibit_are_checked_without_panicking(bytes in any_bytes()) {
        let diagnostics = check_file_bytes(PackFileKind::Exhibit, &bytes);
        assert_positions_inside(&bytes, &diagnostics);
    }

    #[test]
    fn a_damaged_pack_ron_is_checked_without_panicking(bytes in damaged(MANIFEST)) {
        let diagnostics = check_file_bytes(PackFileKind::Manifest, &bytes);
        assert_positions_inside(&bytes, &diagnostics);
    }

    #[test]
    fn a_damaged_exhibit_is_checked_without_panicking(bytes in damaged(EXHIBIT)) {
        let diagnostics = check_file_bytes(PackFileKind::Exhibit, &bytes);
        assert_positions_inside(&bytes, &diagnostics);
    }
}

/// Loads a copy of the minimal pack with the file at `relative` replaced by `bytes`, and checks
/// that the report is all-or-nothing: a pack only without errors, errors only without a pack.
fn load_with_replaced(relative: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let (_parent, pack) = util::copy_of_fixture("valid/minimal");
    std::fs::write(pack.join(relative), bytes).expect("the copy of the pack is writable");

    let report = load_pack(&pack);

    let errors = report.error_count();
    prop_assert!(
        report.pack.is_none() || errors == 0,
        "a pack was handed out despite {} errors",
        errors
    );
    prop_assert!(
        errors > 0 || report.pack.is_some(),
        "no errors, yet no pack"
    );
    Ok(())
}

proptest! {
    // Each case copies the pack, and the few damaged files that still parse have their image
    // and audio decoded: fewer, slower cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_loader_gives_a_pack_or_errors_for_any_pack_ron(
        bytes in prop_oneof![1 => any_bytes(), 3 => damaged(MANIFEST)],
    ) {
        load_with_replaced("pack.ron", &bytes)?;
    }

    #[test]
    fn the_loader_gives_a_pack_or_errors_for_any_exhibit(
        bytes in prop_oneof![1 => any_bytes(), 3 => damaged(EXHIBIT)],
    ) {
        load_with_replaced("exhibits/first.ron", &bytes)?;
    }
}

//! Any bytes as `pack.ron` or as an exhibit file: diagnostics or a value, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plaza_kiosk::content::{PackFileKind, check_file_bytes};

fuzz_target!(|data: &[u8]| {
    let (kind, bytes) = match data.split_first() {
        Some((first, rest)) if first % 2 == 0 => (PackFileKind::Manifest, rest),
        Some((_, rest)) => (PackFileKind::Exhibit, rest),
        None => (PackFileKind::Manifest, data),
    };
    let _ = check_file_bytes(kind, bytes);
});

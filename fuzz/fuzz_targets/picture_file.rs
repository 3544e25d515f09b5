//! Any bytes as a picture file: `check_image` gives its size or a `MediaError` (a decoder
//! panic contained as `DecoderFailed`), never a panic out of the edge, a hang or an
//! unbounded allocation.
#![no_main]

mod edge;

use libfuzzer_sys::fuzz_target;
use plaza_kiosk::decoding::check_image;

fuzz_target!(init: edge::contain_panics(), |data: &[u8]| {
    // The edge tells formats apart by their first bytes, not the name: one name does.
    let path = edge::input_file("png", data);
    edge::must_contain("check_image", || {
        let _ = check_image(&path);
    });
});

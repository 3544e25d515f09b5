//! Any bytes as a sound file (the first byte picks the name's extension, the decoders' hint):
//! `check_audio` decodes it to the end, then it is opened for playing and its samples pulled
//! through `Contained` as the output pulls them; a `MediaError` or a sound that stops (a
//! decoder panic contained), never a panic out of the edge, a hang or an unbounded allocation.
#![no_main]

mod edge;

use libfuzzer_sys::fuzz_target;
use plaza_kiosk::decoding::check_audio;
use plaza_kiosk::decoding::sound::{self, Contained, Stopped};
use rodio::Source as _;

const EXTENSIONS: [&str; 4] = ["wav", "ogg", "flac", "mp3"];
/// Samples pulled from a sound opened for playing (4.5 s of 44.1 kHz stereo).
const MAX_SAMPLES: usize = 200_000;

fuzz_target!(init: edge::contain_panics(), |data: &[u8]| {
    let (extension, sound) = match data.split_first() {
        Some((first, rest)) => (EXTENSIONS[usize::from(*first) % EXTENSIONS.len()], rest),
        None => (EXTENSIONS[0], data),
    };
    let path = edge::input_file(extension, sound);
    edge::must_contain("check_audio", || {
        let _ = check_audio(&path);
    });
    edge::must_contain("sound::open, then samples through Contained", || {
        let Ok((decoder, _declared)) = sound::open(&path, true) else {
            return;
        };
        let stopped = Stopped::default();
        let mut playing = Contained::new(decoder, stopped.clone());
        for _ in 0..MAX_SAMPLES {
            // What the output asks besides the samples themselves.
            let _ = (playing.current_span_len(), playing.channels(), playing.sample_rate());
            if playing.next().is_none() {
                break;
            }
        }
        // Whether it stopped on a contained panic does not matter here.
        let _ = stopped.why();
    });
});

//! The decoding edge: every third-party decoder the kiosk runs on a file from disk (pictures
//! with `image`, sound with rodio/symphonia) is called from here and nowhere else. Files are
//! opened only if they are regular files ([`crate::regular_file`]: a FIFO never blocks a
//! thread), sizes and headers are checked before a decoder sees them (a 5 KB PNG claiming
//! 100000×100000 pixels, a WAV claiming a sample rate of 0, a FLAC comment claiming 2 GB), and
//! the decoder itself runs [`contained`]: a panic inside it becomes an error naming the file,
//! never a dead thread.
//! Sound played as it decodes goes through [`sound::Contained`], which does the same for each
//! sample the output pulls.
//!
//! This is blocking work: callers run it on background threads, never on the UI thread.

mod mp3_header;
pub mod picture;
pub mod sound;
mod tags;
mod wav_header;

use std::path::Path;

pub use picture::{ImageInfo, check_image, decode_image};
pub use sound::{AudioInfo, check_audio, check_audio_start};

use crate::digits::human_bytes;

/// Widest or tallest image accepted, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 8192;
/// Most pixels accepted in one image (about 33 megapixels: 8192×4096).
pub const MAX_IMAGE_PIXELS: u64 = 8192 * 4096;
/// Largest image file accepted.
pub const MAX_IMAGE_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Largest audio file accepted.
pub const MAX_AUDIO_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most memory the image decoder may allocate.
pub(crate) const MAX_DECODER_ALLOC_BYTES: u64 = 512 * 1024 * 1024;

/// Why a media file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// Zero bytes long.
    #[error("the file is empty (0 bytes)")]
    Empty,
    /// Larger than the limit for its kind.
    #[error("the file is too large ({size}); the limit is {limit}")]
    TooLarge {
        /// Its size.
        size: String,
        /// The limit.
        limit: String,
    },
    /// Not a format the kiosk shows.
    #[error("not an image the kiosk can show (PNG, JPEG or WebP expected)")]
    NotAnImage,
    /// Pixel dimensions beyond the limits.
    #[error(
        "the image claims to be {width}×{height} pixels; the kiosk accepts at most {MAX_IMAGE_SIDE} pixels a side and {MAX_IMAGE_PIXELS} pixels in all"
    )]
    ImageTooLarge {
        /// Claimed width.
        width: u32,
        /// Claimed height.
        height: u32,
    },
    /// The decoder failed.
    #[error("the image does not decode: {0}")]
    ImageDecode(String),
    /// Not decodable audio.
    #[error("the audio does not decode: {0}")]
    AudioDecode(String),
    /// Decodes to no sound at all.
    #[error("the audio has no sound in it (duration 0 s)")]
    AudioSilent,
    /// Cannot be read.
    #[error("cannot read it: {0}")]
    Io(String),
    /// The decoder itself failed (a panic in third-party code, contained).
    #[error("the decoder failed on this file ({0}); the file is damaged or unusual")]
    DecoderFailed(String),
    /// A WAV header with values no sound can have.
    #[error("the WAV header is not usable: {0}")]
    WavHeader(String),
    /// Tags or a picture inside a sound file claiming more bytes than the file holds there
    /// (the decoder would allocate them before finding out).
    #[error("the tags in the file are not usable: {0}")]
    Tags(String),
}

/// Runs `decode` (a call into a third-party decoder); a panic inside it becomes
/// [`MediaError::DecoderFailed`] with the panic's message.
pub fn contained<T>(decode: impl FnOnce() -> Result<T, MediaError>) -> Result<T, MediaError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(decode))
        .unwrap_or_else(|payload| Err(MediaError::DecoderFailed(panic_message(payload.as_ref()))))
}

/// The message a panic carried.
#[must_use]
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned())
}

pub(crate) fn check_file_size(path: &Path, limit: u64) -> Result<(), MediaError> {
    let size = crate::regular_file::open(path)
        .and_then(|file| file.metadata())
        .map_err(|e| MediaError::Io(e.to_string()))?
        .len();
    if size == 0 {
        return Err(MediaError::Empty);
    }
    if size > limit {
        return Err(MediaError::TooLarge {
            size: human_bytes(size),
            limit: human_bytes(limit),
        });
    }
    Ok(())
}

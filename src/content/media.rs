//! Opening a pack's images and audio safely: sizes are checked before anything is allocated.
//!
//! A 5 KB PNG can claim to be 100000×100000 pixels; decoding it would take 40 GB. Image headers
//! are read first and refused above [`MAX_IMAGE_SIDE`] and [`MAX_IMAGE_PIXELS`]; the decoder then
//! runs under the same limits. Audio is decoded to the end once to learn its real duration.
//! This is blocking work: callers run it on background threads, never on the UI thread.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::time::Duration;

use image::{ImageFormat, ImageReader, Limits};

use super::ron_file::human_bytes;

/// Widest or tallest image accepted, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 8192;
/// Most pixels accepted in one image (about 33 megapixels: 8192×4096).
pub const MAX_IMAGE_PIXELS: u64 = 8192 * 4096;
/// Largest image file accepted.
pub const MAX_IMAGE_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Largest audio file accepted.
pub const MAX_AUDIO_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most memory the image decoder may allocate.
const MAX_DECODER_ALLOC_BYTES: u64 = 512 * 1024 * 1024;

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
}

/// What an image check learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageInfo {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// What an audio check learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AudioInfo {
    /// Length of the sound.
    pub duration: Duration,
    /// Channels (1 mono, 2 stereo).
    pub channels: u16,
    /// Samples per second.
    pub sample_rate: u32,
}

fn check_file_size(path: &Path, limit: u64) -> Result<(), MediaError> {
    let size = std::fs::metadata(path)
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

/// Decodes the image at `path` within the limits.
pub fn decode_image(path: &Path) -> Result<image::RgbaImage, MediaError> {
    check_file_size(path, MAX_IMAGE_FILE_BYTES)?;
    let reader = open_by_content(path)?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) => {}
        _ => return Err(MediaError::NotAnImage),
    }
    // Read the header alone first: the claimed size decides whether decoding is safe.
    let probe = open_by_content(path)?;
    let (width, height) = probe
        .into_dimensions()
        .map_err(|e| MediaError::ImageDecode(e.to_string()))?;
    if width == 0 || height == 0 {
        return Err(MediaError::ImageDecode("it has no pixels".to_owned()));
    }
    if width > MAX_IMAGE_SIDE
        || height > MAX_IMAGE_SIDE
        || u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS
    {
        return Err(MediaError::ImageTooLarge { width, height });
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_DECODER_ALLOC_BYTES);
    let mut reader = reader;
    reader.limits(limits);
    let decoded = reader
        .decode()
        .map_err(|e| MediaError::ImageDecode(e.to_string()))?;
    Ok(decoded.into_rgba8())
}

/// Opens an image reader whose format comes from the file's first bytes alone, not its name:
/// a text file called `cover.png` is "not an image", not a broken PNG.
fn open_by_content(path: &Path) -> Result<ImageReader<BufReader<File>>, MediaError> {
    let file = File::open(path).map_err(|e| MediaError::Io(e.to_string()))?;
    ImageReader::new(BufReader::new(file))
        .with_guessed_format()
        .map_err(|e| MediaError::Io(e.to_string()))
}

/// Checks that the image at `path` decodes within the limits and returns its size.
pub fn check_image(path: &Path) -> Result<ImageInfo, MediaError> {
    let image = decode_image(path)?;
    Ok(ImageInfo {
        width: image.width(),
        height: image.height(),
    })
}

/// Decodes the audio at `path` to the end and returns its real duration.
pub fn check_audio(path: &Path) -> Result<AudioInfo, MediaError> {
    use rodio::Source as _;

    check_file_size(path, MAX_AUDIO_FILE_BYTES)?;
    let file = File::open(path).map_err(|e| MediaError::Io(e.to_string()))?;
    let decoder = rodio::Decoder::builder()
        .with_data(BufReader::new(file))
        .with_hint(
            path.extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default(),
        )
        .build()
        .map_err(|e| match e {
            // The decoders ran out of bytes (rodio calls that an I/O error) or knew none of
            // them. The file itself was readable (its size was just checked), so what an
            // author needs to hear is that its contents are not usable sound.
            rodio::decoder::DecoderError::UnrecognizedFormat
            | rodio::decoder::DecoderError::IoError(_) => MediaError::AudioDecode(
                "the file is damaged, cut short, or not Ogg Vorbis, WAV, FLAC or MP3 audio"
                    .to_owned(),
            ),
            other => MediaError::AudioDecode(other.to_string()),
        })?;
    let channels = decoder.channels().get();
    let sample_rate = decoder.sample_rate().get();
    let samples = decoder.count() as u64;
    let frames = samples / u64::from(channels.max(1));
    if frames == 0 || sample_rate == 0 {
        return Err(MediaError::AudioSilent);
    }
    let duration = Duration::from_micros(frames * 1_000_000 / u64::from(sample_rate));
    Ok(AudioInfo {
        duration,
        channels,
        sample_rate,
    })
}

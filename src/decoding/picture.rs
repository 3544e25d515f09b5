//! Pictures: the header is read first and refused above [`MAX_IMAGE_SIDE`] and
//! [`MAX_IMAGE_PIXELS`]; the decoder then runs under the same limits, [`contained`].

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use image::{ImageFormat, ImageReader, Limits};

use super::{
    MAX_DECODER_ALLOC_BYTES, MAX_IMAGE_FILE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MediaError,
    check_file_size, contained,
};

/// What an image check learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageInfo {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
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
    let (width, height) = contained(|| {
        probe
            .into_dimensions()
            .map_err(|e| MediaError::ImageDecode(e.to_string()))
    })?;
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
    contained(|| {
        reader
            .decode()
            .map(image::DynamicImage::into_rgba8)
            .map_err(|e| MediaError::ImageDecode(e.to_string()))
    })
}

/// Opens an image reader whose format comes from the file's first bytes alone, not its name:
/// a text file called `cover.png` is "not an image", not a broken PNG.
fn open_by_content(path: &Path) -> Result<ImageReader<BufReader<File>>, MediaError> {
    let file = crate::regular_file::open(path).map_err(|e| MediaError::Io(e.to_string()))?;
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

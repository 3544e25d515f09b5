//! Decoding pack images on the `image-decoder` thread, downscaled to the size they are shown at.
//!
//! The UI thread only sends requests and receives finished pixels; file reads, decoding and
//! resizing never happen on it. A decoded picture is never larger than asked for, so a
//! 4000-pixel photo shown as a 600-pixel card costs 600 pixels of memory.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use image::RgbaImage;
use image::imageops::FilterType;

use crate::decoding as media;

/// One picture at one display size.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImageKey {
    /// The file.
    pub path: PathBuf,
    /// The longest side it is shown at, in pixels (rounded up to a multiple of 128).
    pub max_side: u32,
}

impl ImageKey {
    /// The key for showing `path` with its longest side at most `max_side` pixels.
    #[must_use]
    pub fn new(path: PathBuf, max_side: f32) -> Self {
        let rounded = (max_side.max(1.0) / 128.0).ceil() * 128.0;
        // Saturating float-to-int conversion: any sane screen size fits.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped above"
        )]
        let max_side = rounded.min(media::MAX_IMAGE_SIDE as f32) as u32;
        Self { path, max_side }
    }
}

/// A finished request.
#[derive(Debug)]
pub struct DecodedImage {
    /// What was asked for.
    pub key: ImageKey,
    /// The pixels, or why there are none.
    pub result: Result<RgbaImage, String>,
}

/// The decoder thread's two ends, as the UI holds them.
#[derive(Debug)]
pub struct ImageLoader {
    requests: Option<Sender<ImageKey>>,
    finished: Receiver<DecodedImage>,
    thread: Option<JoinHandle<()>>,
}

impl ImageLoader {
    /// Starts the `image-decoder` thread; `wake` is called after each image.
    pub fn start(wake: crate::worker::Wake) -> std::io::Result<Self> {
        let (requests, incoming) = mpsc::channel::<ImageKey>();
        let (outgoing, finished) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("image-decoder".to_owned())
            .spawn(move || {
                for key in incoming {
                    let result = decode_to_fit(&key);
                    if outgoing.send(DecodedImage { key, result }).is_err() {
                        break;
                    }
                    wake();
                }
            })?;
        Ok(Self {
            requests: Some(requests),
            finished,
            thread: Some(thread),
        })
    }

    /// Asks for a picture; the answer comes through [`Self::try_receive`].
    pub fn request(&self, key: ImageKey) {
        // The thread only stops when the UI is gone, so a failed send has no one to tell.
        if let Some(requests) = &self.requests {
            let _ = requests.send(key);
        }
    }

    /// A finished picture, if one is ready.
    #[must_use]
    pub fn try_receive(&self) -> Option<DecodedImage> {
        self.finished.try_recv().ok()
    }
}

impl Drop for ImageLoader {
    /// The thread ends after the picture it is decoding, and is joined.
    fn drop(&mut self) {
        self.requests = None;
        crate::worker::join_service("image-decoder", self.thread.take());
    }
}

fn decode_to_fit(key: &ImageKey) -> Result<RgbaImage, String> {
    let image = media::decode_image(&key.path).map_err(|e| e.to_string())?;
    let (width, height) = image.dimensions();
    let longest = width.max(height);
    if longest <= key.max_side {
        return Ok(image);
    }
    let ratio = f64::from(key.max_side) / f64::from(longest);
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "ratio < 1"
    )]
    let (new_width, new_height) = (
        ((f64::from(width) * ratio).round() as u32).max(1),
        ((f64::from(height) * ratio).round() as u32).max(1),
    );
    Ok(image::imageops::resize(
        &image,
        new_width,
        new_height,
        FilterType::Triangle,
    ))
}

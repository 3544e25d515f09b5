//! Pack pictures as textures: requested from the decoder thread, kept in a bounded cache.
//!
//! Pictures are decoded at the size they are shown at, and the textures held at once are
//! bounded in bytes ([`ImageCache::BUDGET_BYTES`], 4 bytes a pixel) and in number
//! ([`ImageCache::CAPACITY`]): the least recently shown go first, but never one shown in the
//! current frame, so memory stays flat however long visitors browse.

use std::collections::HashMap;
use std::path::PathBuf;

use egui::{ColorImage, TextureHandle, TextureOptions};

use crate::ui::images::decoder::{ImageKey, ImageLoader};

/// What a screen gets when it asks for a picture.
#[derive(Clone)]
pub enum ImageSlot {
    /// Still decoding: draw a placeholder.
    Loading,
    /// Ready to draw.
    Ready(TextureHandle),
    /// Cannot be shown (reported once in the log).
    Failed,
}

enum Entry {
    /// Being decoded; asked for last in this frame.
    Loading(u64),
    Ready {
        texture: TextureHandle,
        last_used: u64,
        bytes: usize,
    },
    Failed,
}

/// Textures of pack pictures, bounded in number.
pub struct ImageCache {
    loader: Option<ImageLoader>,
    entries: HashMap<ImageKey, Entry>,
    frame: u64,
}

impl ImageCache {
    /// Most textures kept at once (a home screen of covers plus a few pages).
    pub const CAPACITY: usize = 32;
    /// Most texture memory kept at once: a home screen of covers about 5 MiB, an exhibit
    /// page's picture about 3 MiB. Pictures shown in the current frame are never dropped, so a
    /// screen that shows more holds only those: the attract loop's fading pair of 1920×1280
    /// pictures (9.4 MiB each, a 1080p screen's own resolution), which go once a visit starts.
    /// (At 32 MiB, PSS rose 1.43× over 10 minutes of random touches; at 16 MiB the home screen
    /// still held the attract loop's pictures, 7 MB of PSS more; see README.)
    pub const BUDGET_BYTES: usize = 8 * 1024 * 1024;

    /// A cache whose decoder wakes `ctx` when a picture is ready.
    #[must_use]
    pub fn new(ctx: &egui::Context) -> Self {
        let repaint = ctx.clone();
        let loader =
            match ImageLoader::start(std::sync::Arc::new(move || repaint.request_repaint())) {
                Ok(loader) => Some(loader),
                Err(e) => {
                    tracing::warn!("cannot start the image decoder: {e}; pictures are not shown");
                    None
                }
            };
        Self {
            loader,
            entries: HashMap::new(),
            frame: 0,
        }
    }

    /// Takes in finished pictures and drops the least recently used beyond the capacity.
    /// Call once per frame, before drawing.
    pub fn update(&mut self, ctx: &egui::Context) {
        self.frame += 1;
        if let Some(loader) = &self.loader {
            while let Some(decoded) = loader.try_receive() {
                let entry = match decoded.result {
                    Ok(pixels) => {
                        let size = [pixels.width() as usize, pixels.height() as usize];
                        let image = ColorImage::from_rgba_unmultiplied(size, pixels.as_raw());
                        let name = decoded.key.path.display().to_string();
                        // Counted as used when it was last asked for: a picture whose screen
                        // was left while it decoded can go at once.
                        let last_used = match self.entries.get(&decoded.key) {
                            Some(Entry::Loading(asked)) => *asked,
                            _ => 0,
                        };
                        Entry::Ready {
                            texture: ctx.load_texture(name, image, TextureOptions::LINEAR),
                            last_used,
                            bytes: size[0] * size[1] * 4,
                        }
                    }
                    Err(e) => {
                        tracing::warn!("{}: {e}", decoded.key.path.display());
                        Entry::Failed
                    }
                };
                self.entries.insert(decoded.key, entry);
            }
        }
        self.evict();
    }

    /// The picture at `path` for a longest side of `max_side` pixels.
    pub fn get(&mut self, path: PathBuf, max_side: f32) -> ImageSlot {
        let key = ImageKey::new(path, max_side);
        match self.entries.get_mut(&key) {
            Some(Entry::Ready {
                texture, last_used, ..
            }) => {
                *last_used = self.frame;
                ImageSlot::Ready(texture.clone())
            }
            Some(Entry::Loading(asked)) => {
                *asked = self.frame;
                ImageSlot::Loading
            }
            Some(Entry::Failed) => ImageSlot::Failed,
            None => match &self.loader {
                Some(loader) => {
                    loader.request(key.clone());
                    self.entries.insert(key, Entry::Loading(self.frame));
                    ImageSlot::Loading
                }
                None => ImageSlot::Failed,
            },
        }
    }

    /// Textures currently held.
    #[must_use]
    pub fn texture_count(&self) -> usize {
        self.entries
            .values()
            .filter(|e| matches!(e, Entry::Ready { .. }))
            .count()
    }

    /// Bytes of texture memory currently held (4 a pixel).
    #[must_use]
    pub fn texture_bytes(&self) -> usize {
        self.ready_bytes(|_| true)
    }

    /// Bytes of texture memory held for pictures not on screen (not shown in this frame or
    /// the one before): the ones the cache may drop.
    #[must_use]
    pub fn off_screen_bytes(&self) -> usize {
        self.ready_bytes(|last_used| self.off_screen(last_used))
    }

    /// Bytes of the ready textures whose last use passes `counted`.
    fn ready_bytes(&self, counted: impl Fn(u64) -> bool) -> usize {
        self.entries
            .values()
            .map(|e| match e {
                Entry::Ready {
                    last_used, bytes, ..
                } if counted(*last_used) => *bytes,
                _ => 0,
            })
            .sum()
    }

    /// Whether a texture last shown in frame `last_used` is off screen now.
    fn off_screen(&self, last_used: u64) -> bool {
        last_used + 1 < self.frame
    }

    /// Whether any picture is still being decoded.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        self.entries
            .values()
            .any(|e| matches!(e, Entry::Loading(_)))
    }

    /// Drops the least recently shown textures until both bounds hold, keeping those shown
    /// in the current frame (a screen always has its pictures).
    fn evict(&mut self) {
        let (mut count, mut bytes) = (self.texture_count(), self.texture_bytes());
        if count <= Self::CAPACITY && bytes <= Self::BUDGET_BYTES {
            return;
        }
        let mut ready: Vec<(u64, usize, ImageKey)> = self
            .entries
            .iter()
            .filter_map(|(key, entry)| match entry {
                Entry::Ready {
                    last_used, bytes, ..
                } if self.off_screen(*last_used) => Some((*last_used, *bytes, key.clone())),
                _ => None,
            })
            .collect();
        ready.sort_by_key(|(last_used, _, _)| *last_used);
        for (_, size, key) in ready {
            if count <= Self::CAPACITY && bytes <= Self::BUDGET_BYTES {
                break;
            }
            self.entries.remove(&key);
            count -= 1;
            bytes -= size;
        }
    }
}

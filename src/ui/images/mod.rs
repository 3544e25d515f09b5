//! Pictures on screen: decoded and downscaled off the UI thread ([`decoder`], the
//! `image-decoder` thread), uploaded as textures and kept in a bounded cache ([`cache`]).

pub mod cache;
pub mod decoder;

//! The frame count an MP3 file declares in its Xing or Info header (written by LAME, sox and
//! most encoders in the first frame): symphonia drops it when the file is shorter than the
//! header says, so a cut-short MP3 would otherwise decode to less without a word.

use std::io::Read;
use std::time::Duration;

/// The first frame is looked for within this many bytes (an ID3v2 tag with a picture may come
/// first; a larger one just goes unchecked).
const SEARCH_BYTES: u64 = 256 * 1024;

/// The length the Xing/Info header declares, if the file starts with one.
pub fn declared(reader: impl Read) -> Option<Duration> {
    let mut bytes = Vec::new();
    reader.take(SEARCH_BYTES).read_to_end(&mut bytes).ok()?;
    let mut at = 0;
    // Skip an ID3v2 tag: "ID3", version, flags, then a 28-bit "syncsafe" size.
    if bytes.starts_with(b"ID3") && bytes.len() >= 10 {
        let size = bytes[6..10]
            .iter()
            .fold(0usize, |size, byte| (size << 7) | usize::from(byte & 0x7F));
        at = 10 + size;
    }
    let header = bytes.get(at..at + 4)?;
    if header[0] != 0xFF || header[1] & 0xE0 != 0xE0 {
        return None;
    }
    let version = (header[1] >> 3) & 0b11; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    let layer = (header[1] >> 1) & 0b11; // 1: Layer III
    if layer != 1 || version == 1 {
        return None;
    }
    let rates: [u32; 3] = match version {
        3 => [44_100, 48_000, 32_000],
        2 => [22_050, 24_000, 16_000],
        _ => [11_025, 12_000, 8_000],
    };
    let sample_rate = *rates.get(usize::from((header[2] >> 2) & 0b11))?;
    let samples_per_frame: u64 = if version == 3 { 1152 } else { 576 };
    // The tag sits after the side information, whose size depends on version and channels;
    // looking for it in the frame's first bytes covers every case.
    let frame = bytes.get(at + 4..(at + 4 + 512).min(bytes.len()))?;
    let tag = frame
        .get(..64)?
        .windows(4)
        .position(|w| w == b"Xing" || w == b"Info")?;
    let fields = frame.get(tag + 4..)?;
    let flags = u32::from_be_bytes(fields.get(0..4)?.try_into().ok()?);
    if flags & 1 == 0 {
        return None;
    }
    let frames = u32::from_be_bytes(fields.get(4..8)?.try_into().ok()?);
    let mut samples = u64::from(frames) * samples_per_frame;
    // The encoder's delay and padding, which decoders trim, are in a LAME tag after the Xing
    // fields present (frames, bytes, table of contents, quality), 21 bytes into it.
    let lame = [(1, 4), (2, 4), (4, 100), (8, 4)]
        .iter()
        .filter(|(flag, _)| flags & flag != 0)
        .map(|(_, length)| length)
        .sum::<usize>()
        + 4;
    if let Some(gaps) = fields.get(lame + 21..lame + 24)
        && fields
            .get(lame..lame + 4)
            .is_some_and(|v| v == b"LAME" || v == b"Lavc" || v == b"Lavf")
    {
        let delay = (u64::from(gaps[0]) << 4) | u64::from(gaps[1] >> 4);
        let padding = (u64::from(gaps[1] & 0x0F) << 8) | u64::from(gaps[2]);
        samples = samples.saturating_sub(delay + padding);
    }
    Some(Duration::from_micros(
        samples * 1_000_000 / u64::from(sample_rate),
    ))
}

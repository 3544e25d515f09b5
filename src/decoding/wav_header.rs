//! A WAV file's header, read before symphonia sees the file: values no sound can have (a
//! sample rate, channel count or block size of 0, as in a damaged or hostile file) panic the
//! decoder or divide by zero inside it, so they are refused here with what the header says.
//! The `data` chunk's size also gives the length the file claims, to compare with what
//! decodes.

use std::io::Read;
use std::time::Duration;

/// The chunks before the sound are read from at most this many bytes.
const MAX_HEADER_BYTES: u64 = 1024 * 1024;

/// The format codes symphonia decodes, and whether a sample has a bit depth to check.
const PCM: u16 = 1;
const MS_ADPCM: u16 = 2;
const IEEE_FLOAT: u16 = 3;
const A_LAW: u16 = 6;
const MU_LAW: u16 = 7;
const IMA_ADPCM: u16 = 0x11;
const EXTENSIBLE: u16 = 0xFFFE;

/// What the header claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WavHeader {
    /// The length the `data` chunk's size gives, if the header says enough to work it out.
    pub declared: Option<Duration>,
}

/// Reads the header from `reader` (at the file's start): `Ok(None)` when it is not a WAV file
/// at all (another decoder's business), an error saying which value is impossible.
pub fn read(reader: impl Read) -> Result<Option<WavHeader>, String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_HEADER_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Ok(None);
    }
    let mut at = 12;
    let mut format = None;
    while let Some(header) = bytes.get(at..at + 8) {
        let id = &header[0..4];
        let size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        let body = at + 8;
        if id == b"fmt " {
            let end = body.saturating_add(size as usize).min(bytes.len());
            format = Some(Format::read(&bytes[body..end])?);
        } else if id == b"data" {
            let format = format.ok_or("the sound comes before the fmt chunk that describes it")?;
            return Ok(Some(WavHeader {
                declared: format.duration_of(u64::from(size)),
            }));
        }
        // Chunks are padded to an even length.
        at = body
            .saturating_add(size as usize)
            .saturating_add(size as usize % 2);
    }
    match format {
        Some(_) => Err("it has no data chunk (no sound)".to_owned()),
        None => Err("it has no fmt chunk".to_owned()),
    }
}

/// The `fmt ` chunk's fields that matter.
#[derive(Debug, Clone, Copy)]
struct Format {
    code: u16,
    sample_rate: u32,
    block_align: u16,
    samples_per_block: u16,
}

impl Format {
    fn read(chunk: &[u8]) -> Result<Self, String> {
        let u16_at = |i: usize| {
            chunk
                .get(i..i + 2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
        };
        let u32_at = |i: usize| {
            chunk
                .get(i..i + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let (Some(mut code), Some(channels), Some(sample_rate), Some(block_align), Some(bits)) =
            (u16_at(0), u16_at(2), u32_at(4), u16_at(12), u16_at(14))
        else {
            return Err(format!("its fmt chunk is {} bytes, too short", chunk.len()));
        };
        if code == EXTENSIBLE {
            // The real format is the first two bytes of the sub-format GUID.
            code = u16_at(24).ok_or("its extensible fmt chunk is too short")?;
        }
        if channels == 0 || channels > 32 {
            return Err(format!("it says {channels} channels"));
        }
        if sample_rate == 0 || sample_rate > 768_000 {
            return Err(format!("it says a sample rate of {sample_rate} Hz"));
        }
        if block_align == 0 {
            return Err("it says 0 bytes a block".to_owned());
        }
        let samples_per_block = match code {
            PCM | IEEE_FLOAT | A_LAW | MU_LAW if bits == 0 => {
                return Err("it says 0 bits a sample".to_owned());
            }
            MS_ADPCM | IMA_ADPCM => {
                let per_block = u16_at(18).unwrap_or(0);
                if per_block == 0 {
                    return Err("it says 0 samples a block".to_owned());
                }
                if code == MS_ADPCM && u16_at(20).unwrap_or(0) == 0 {
                    return Err("it says 0 ADPCM coefficients".to_owned());
                }
                per_block
            }
            _ => 1,
        };
        Ok(Self {
            code,
            sample_rate,
            block_align,
            samples_per_block,
        })
    }

    /// How long `data_bytes` of sound last.
    fn duration_of(self, data_bytes: u64) -> Option<Duration> {
        let blocks = data_bytes / u64::from(self.block_align);
        let frames = match self.code {
            PCM | IEEE_FLOAT | A_LAW | MU_LAW => blocks,
            MS_ADPCM | IMA_ADPCM => blocks * u64::from(self.samples_per_block),
            _ => return None,
        };
        Some(Duration::from_micros(
            frames.saturating_mul(1_000_000) / u64::from(self.sample_rate),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WAV file's first bytes: RIFF, a fmt chunk of `fmt` and a data chunk of `data` bytes.
    pub fn wav(fmt: &[u8], data: u32) -> Vec<u8> {
        let mut bytes = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        bytes.extend(u32::try_from(fmt.len()).unwrap().to_le_bytes());
        bytes.extend(fmt);
        bytes.extend(b"data");
        bytes.extend(data.to_le_bytes());
        bytes
    }

    fn fmt(code: u16, channels: u16, rate: u32, align: u16, bits: u16, extra: &[u8]) -> Vec<u8> {
        let mut f = Vec::new();
        f.extend(code.to_le_bytes());
        f.extend(channels.to_le_bytes());
        f.extend(rate.to_le_bytes());
        f.extend((rate * u32::from(align)).to_le_bytes());
        f.extend(align.to_le_bytes());
        f.extend(bits.to_le_bytes());
        f.extend(extra);
        f
    }

    #[test]
    fn a_pcm_header_gives_the_length_its_data_chunk_claims() {
        let header = read(&wav(&fmt(PCM, 1, 11_025, 2, 16, &[]), 22_050)[..]).unwrap();
        assert_eq!(
            header,
            Some(WavHeader {
                declared: Some(Duration::from_secs(1))
            })
        );
        let ten_hours = 11_025 * 2 * 36_000;
        let header = read(&wav(&fmt(PCM, 1, 11_025, 2, 16, &[]), ten_hours)[..]).unwrap();
        assert_eq!(header.unwrap().declared, Some(Duration::from_hours(10)));
    }

    #[test]
    fn impossible_values_are_named() {
        let said = |f: Vec<u8>| read(&wav(&f, 100)[..]).unwrap_err();
        assert_eq!(
            said(fmt(PCM, 1, 0, 2, 16, &[])),
            "it says a sample rate of 0 Hz"
        );
        assert_eq!(said(fmt(PCM, 0, 8000, 2, 16, &[])), "it says 0 channels");
        assert_eq!(
            said(fmt(A_LAW, 1, 8000, 0, 8, &[])),
            "it says 0 bytes a block"
        );
        assert_eq!(
            said(fmt(A_LAW, 1, 8000, 1, 0, &[])),
            "it says 0 bits a sample"
        );
        assert_eq!(
            said(fmt(MS_ADPCM, 1, 8000, 256, 4, &[32, 0, 0, 0, 7, 0])),
            "it says 0 samples a block"
        );
        assert_eq!(
            said(fmt(MS_ADPCM, 1, 8000, 256, 4, &[32, 0, 244, 1, 0, 0])),
            "it says 0 ADPCM coefficients"
        );
    }

    #[test]
    fn other_files_are_left_to_the_other_decoders() {
        assert_eq!(read(&b"OggS\0\0\0\0\0\0\0\0\0\0"[..]), Ok(None));
        assert_eq!(read(&b""[..]), Ok(None));
    }
}

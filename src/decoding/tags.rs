//! The tags and pictures inside a sound file, checked before symphonia reads them. Its
//! readers allocate a buffer of the size a length field claims and only then read into it, so
//! one damaged or hostile length (a 2 GB comment in a 100-byte FLAC file, found by fuzzing) is
//! a multi-gigabyte allocation, and an allocation that fails aborts the whole kiosk, which no
//! `catch_unwind` can contain. Here each such length is compared with the bytes it would have
//! to come from, at the place symphonia would read it: the Vorbis comments and pictures of
//! FLAC (native or in Ogg), the comment headers of Ogg Vorbis and Ogg Opus, the frames of
//! ID3v2 tags (before an MP3 stream or any other). A length that does not fit is refused,
//! saying so; no file that is whole has one.

use std::collections::HashMap;
use std::io::{BufReader, Read, Seek};

/// How far symphonia's probe looks for the first bytes of a format it knows (1 MiB from the
/// start, or from the end of an ID3v2 tag), and a little more.
const SEARCH_BYTES: u64 = 1024 * 1024 + 16;

/// Most Ogg pages with a wrong checksum looked past. Each is looked for again from just after
/// its "OggS", as symphonia does, so damaged pages claiming to be long could otherwise cost
/// time without bound; a whole file has none.
const MAX_DAMAGED_PAGES: u32 = 1024;

/// Why a check stopped early.
#[derive(Debug)]
enum Stop {
    /// A length that does not fit.
    Refused(String),
    /// The file ended, could not be read, or is not something symphonia reads further: it
    /// stops there too.
    End,
}

impl From<std::io::Error> for Stop {
    fn from(_: std::io::Error) -> Self {
        Self::End
    }
}

type Checked<T> = Result<T, Stop>;

/// Checks the sound file read by `file` (at its start): an error says which length is
/// impossible.
pub fn check(file: impl Read + Seek) -> Result<(), String> {
    let mut stream = BufReader::with_capacity(64 * 1024, file);
    let checked = match locate(&mut stream) {
        Ok(Container::Flac) => flac(&mut stream),
        Ok(Container::Ogg) => ogg(&mut stream),
        Ok(Container::Other) => Ok(()),
        Err(stop) => Err(stop),
    };
    match checked {
        Err(Stop::Refused(why)) => Err(why),
        Ok(()) | Err(Stop::End) => Ok(()),
    }
}

/// The container symphonia's probe settles on.
#[derive(Debug, PartialEq, Eq)]
enum Container {
    /// Native FLAC; the stream is left just after its "fLaC".
    Flac,
    /// Ogg; the stream is left just after the first page's "OggS".
    Ogg,
    /// WAV or MP3 (or nothing within reach): no lengths of this kind to check.
    Other,
}

/// Finds the container as symphonia's probe does: the first place where a marker it knows
/// starts, each ID3v2 tag before it read (and its frames checked) and skipped.
fn locate<R: Read + Seek>(stream: &mut BufReader<R>) -> Checked<Container> {
    loop {
        let mut read = 0u64;
        let mut window = 0u32;
        loop {
            if read > SEARCH_BYTES {
                return Ok(Container::Other);
            }
            window = (window << 8) | u32::from(byte(stream)?);
            read += 1;
            let [a, b, c, d] = window.to_be_bytes();
            if read >= 2 && c == 0xFF && matches!(d, 0xE2..=0xE7 | 0xF2..=0xF7 | 0xFA..=0xFF) {
                // An MPEG audio frame's sync word.
                return Ok(Container::Other);
            }
            if read >= 3 && [b, c, d] == *b"ID3" {
                id3(stream)?;
                break;
            }
            if read >= 4 {
                match &[a, b, c, d] {
                    b"fLaC" => return Ok(Container::Flac),
                    b"OggS" => return Ok(Container::Ogg),
                    b"RIFF" => return Ok(Container::Other),
                    _ => {}
                }
            }
        }
    }
}

fn byte(stream: &mut impl Read) -> Checked<u8> {
    let mut byte = [0];
    stream.read_exact(&mut byte)?;
    Ok(byte[0])
}

/// Bytes `length` long from `stream`, fewer if it ends first (only what is there is held).
fn bytes(stream: &mut impl Read, length: u64) -> Checked<Vec<u8>> {
    let mut bytes = Vec::new();
    stream.take(length).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// An ID3v2 tag whose "ID3" has just been read: its frames are checked, and the stream left
/// where the tag ends.
fn id3(stream: &mut impl Read) -> Checked<()> {
    let mut header = [0; 7];
    stream.read_exact(&mut header)?;
    let [major, minor, flags, size @ ..] = header;
    if major == 0xFF || minor == 0xFF || !(2..=4).contains(&major) {
        // symphonia refuses the whole file here.
        return Err(Stop::End);
    }
    let size = syncsafe(size);
    let raw = bytes(stream, u64::from(size))?;
    let whole = u64::try_from(raw.len()) == Ok(u64::from(size));
    let tag = if flags & 0x80 != 0 && major < 4 {
        unsynchronised(&raw)
    } else {
        raw
    };
    id3_frames(&tag, major, flags).map_err(Stop::Refused)?;
    if whole { Ok(()) } else { Err(Stop::End) }
}

/// A 28-bit number in four bytes of seven bits ("syncsafe").
fn syncsafe(bytes: [u8; 4]) -> u32 {
    bytes
        .iter()
        .fold(0, |n, byte| (n << 7) | u32::from(byte & 0x7F))
}

/// Undoes ID3v2's unsynchronisation as symphonia reads it: a 0x00 after a 0xFF it has read
/// was put there by the writer, and the byte after that is read whatever it is.
fn unsynchronised(raw: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut raw = raw.iter().copied();
    while let Some(mut byte) = raw.next() {
        if byte == 0 && bytes.last() == Some(&0xFF) {
            let Some(next) = raw.next() else {
                break;
            };
            byte = next;
        }
        bytes.push(byte);
    }
    bytes
}

/// The frames of an ID3v2 tag (`tag` is its body): none may claim more bytes than are left,
/// as symphonia allocates each frame's claimed size before reading it.
fn id3_frames(tag: &[u8], major: u8, flags: u8) -> Result<(), String> {
    let mut at = Bytes(tag);
    if major >= 3 && flags & 0x40 != 0 && skip_extended_header(&mut at, major).is_none() {
        return Ok(());
    }
    // The id, the size, and (from 2.3 on) two bytes of flags.
    let (id_length, flags_length, header_length) = if major == 2 { (3, 0, 6) } else { (4, 2, 10) };
    while at.0.len() >= header_length {
        let Some(id) = at.take(id_length) else {
            break;
        };
        if !id
            .iter()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        {
            // Padding: symphonia reads no further.
            break;
        }
        let size = match major {
            2 => at
                .take(3)
                .map(|b| u32::from_be_bytes([0, b[0], b[1], b[2]])),
            3 => at.u32_be(),
            _ => at.array().map(syncsafe),
        };
        let (Some(size), Some(_flags)) = (size, at.take(flags_length)) else {
            break;
        };
        if at.take(u64::from(size)).is_none() {
            return Err(format!(
                "its ID3v2.{major} tag has a {} frame of {size} bytes, where {} bytes are left",
                String::from_utf8_lossy(id),
                at.0.len()
            ));
        }
    }
    Ok(())
}

/// Skips an ID3v2 extended header as symphonia reads it; `None` where it refuses the tag.
fn skip_extended_header(at: &mut Bytes<'_>, major: u8) -> Option<()> {
    if major == 3 {
        let size = at.u32_be()?;
        let flags = at.take(2)?;
        at.take(4)?;
        match size {
            10 if flags[0] & 0x80 != 0 => at.take(4).map(|_| ()),
            6 | 10 => Some(()),
            _ => None,
        }
    } else {
        at.take(4)?;
        if at.take(1)? != [1] {
            return None;
        }
        let flags = at.take(1)?[0];
        // Each flag's data: its length byte, then that many bytes (the CRC's five).
        for (flag, length) in [(0x40, 1), (0x20, 5), (0x10, 1)] {
            if flags & flag != 0 {
                if at.take(1)? != [length] {
                    return None;
                }
                if flag != 0x40 {
                    at.take(u64::from(length))?;
                }
            }
        }
        Some(())
    }
}

/// Native FLAC's metadata blocks, the stream just after "fLaC".
fn flac<R: Read + Seek>(stream: &mut BufReader<R>) -> Checked<()> {
    loop {
        let mut header = [0; 4];
        stream.read_exact(&mut header)?;
        let length = u32::from_be_bytes([0, header[1], header[2], header[3]]);
        match header[0] & 0x7F {
            4 => comments(
                &bytes(stream, length.into())?,
                "its FLAC VORBIS_COMMENT block",
            ),
            6 => picture(&bytes(stream, length.into())?, "its FLAC PICTURE block"),
            _ => {
                stream.seek_relative(length.into())?;
                Ok(())
            }
        }
        .map_err(Stop::Refused)?;
        if header[0] & 0x80 != 0 {
            return Ok(());
        }
    }
}

/// Vorbis comments (a FLAC VORBIS_COMMENT block, the comment header of Ogg Vorbis or Opus):
/// each comment's length must fit in what follows it, and so must the lengths inside a
/// picture kept as a METADATA_BLOCK_PICTURE comment.
fn comments(bytes: &[u8], what: &str) -> Result<(), String> {
    let mut at = Bytes(bytes);
    // symphonia skips the vendor string without holding it.
    let Some(count) = at
        .u32_le()
        .and_then(|vendor| at.take(vendor.into()))
        .and(at.u32_le())
    else {
        return Ok(());
    };
    for _ in 0..count {
        let Some(length) = at.u32_le() else {
            return Ok(());
        };
        let Some(comment) = at.take(length.into()) else {
            return Err(format!(
                "{what} says a comment of {length} bytes, where {} bytes are left",
                at.0.len()
            ));
        };
        // Read as symphonia reads it: the key before '=', compared without case.
        let comment = String::from_utf8_lossy(comment);
        if let Some((key, value)) = comment.split_once('=')
            && key.to_lowercase() == "metadata_block_picture"
            && let Some(block) = base64(value)
        {
            picture(&block, &format!("a picture in {what}"))?;
        }
    }
    Ok(())
}

/// A FLAC picture block (in FLAC, in Ogg FLAC, or in a comment): its media type, description
/// and picture data must each fit in what follows their length.
fn picture(bytes: &[u8], what: &str) -> Result<(), String> {
    let mut at = Bytes(bytes);
    let too_long = |field: &str, length: u32, left: usize| {
        format!("{what} says {field} of {length} bytes, where {left} bytes are left")
    };
    let Some(length) = at.take(4).and(at.u32_be()) else {
        return Ok(());
    };
    let Some(media_type) = at.take(length.into()) else {
        return Err(too_long("a media type", length, at.0.len()));
    };
    // symphonia stops at a media type with a character outside printable ASCII.
    if !media_type
        .iter()
        .take_while(|&&b| b != 0)
        .all(|b| (0x20..=0x7E).contains(b))
    {
        return Ok(());
    }
    let Some(length) = at.u32_be() else {
        return Ok(());
    };
    if at.take(length.into()).is_none() {
        return Err(too_long("a description", length, at.0.len()));
    }
    // Width, height, bits a pixel, colours.
    let Some(length) = at.take(16).and(at.u32_be()) else {
        return Ok(());
    };
    if at.take(length.into()).is_none() {
        return Err(too_long("picture data", length, at.0.len()));
    }
    Ok(())
}

/// Base64 as symphonia decodes a METADATA_BLOCK_PICTURE comment; `None` where it gives up.
fn base64(encoded: &str) -> Option<Vec<u8>> {
    let value = |symbol: u8| -> Option<u8> {
        let value = match symbol {
            b'A'..=b'Z' => symbol - b'A',
            b'a'..=b'z' => symbol - b'a' + 26,
            b'0'..=b'9' => symbol - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        Some(value)
    };
    let symbols = encoded.trim_end_matches('=').as_bytes();
    if symbols.len() % 4 == 1 {
        return None;
    }
    let mut decoded = Vec::with_capacity(symbols.len() / 4 * 3 + 2);
    for group in symbols.chunks(4) {
        let mut bits = 0u32;
        for &symbol in group {
            bits = (bits << 6) | u32::from(value(symbol)?);
        }
        let bytes = (group.len() * 6) / 8;
        bits <<= 6 * (4 - group.len());
        decoded.extend_from_slice(&bits.to_be_bytes()[1..=bytes]);
    }
    Some(decoded)
}

/// The mapping symphonia gives an Ogg logical stream, from its first packet.
#[derive(Debug, Clone, Copy)]
enum Mapping {
    Vorbis,
    Opus,
    Flac,
}

impl Mapping {
    fn of(first_packet: &[u8]) -> Option<Self> {
        if first_packet.starts_with(b"\x7fFLAC") {
            Some(Self::Flac)
        } else if first_packet.starts_with(b"\x01vorbis") {
            Some(Self::Vorbis)
        } else if first_packet.starts_with(b"OpusHead") {
            Some(Self::Opus)
        } else {
            None
        }
    }

    /// Checks a whole packet of a stream so mapped, where symphonia reads tags from it.
    fn check(self, packet: &[u8]) -> Result<(), String> {
        match self {
            Self::Vorbis => match packet.strip_prefix(b"\x03vorbis") {
                Some(header) => comments(header, "its Ogg Vorbis comment header"),
                None => Ok(()),
            },
            Self::Opus => match packet.strip_prefix(b"OpusTags") {
                Some(header) => comments(header, "its Ogg Opus comment header"),
                None => Ok(()),
            },
            // Packets other than audio frames (0xFF) are FLAC metadata blocks.
            Self::Flac => match (packet.first(), packet.get(4..)) {
                (Some(0x00 | 0x80 | 0xFF) | None, _) | (_, None) => Ok(()),
                (Some(kind), Some(block)) => match kind & 0x7F {
                    4 => comments(block, "its Ogg FLAC VORBIS_COMMENT block"),
                    6 => picture(block, "its Ogg FLAC PICTURE block"),
                    _ => Ok(()),
                },
            },
        }
    }
}

/// An Ogg logical stream being read.
struct Logical {
    mapping: Mapping,
    /// The start of a packet that goes on in the stream's next page.
    partial: Option<Vec<u8>>,
}

/// The pages of an Ogg file, the stream just after the first "OggS": each logical stream's
/// packets are put together as symphonia does and checked where it reads tags.
fn ogg<R: Read + Seek>(stream: &mut BufReader<R>) -> Checked<()> {
    let mut streams = HashMap::<u32, Logical>::new();
    let mut after_first_pages = true;
    let mut body = Vec::new();
    let mut damaged = 0;
    loop {
        let mut header = [0; 27];
        header[..4].copy_from_slice(b"OggS");
        stream.read_exact(&mut header[4..])?;
        let mut lacing = vec![0; usize::from(header[26])];
        stream.read_exact(&mut lacing)?;
        body.resize(lacing.iter().map(|&l| usize::from(l)).sum(), 0);
        stream.read_exact(&mut body)?;
        let crc = u32::from_le_bytes([header[22], header[23], header[24], header[25]]);
        header[22..26].fill(0);
        let valid =
            header[4] == 0 && header[5] & 0xF8 == 0 && ogg_crc(&[&header, &lacing, &body]) == crc;
        if valid {
            let flags = header[5];
            let serial = u32::from_le_bytes([header[14], header[15], header[16], header[17]]);
            let packets = Packets::new(&lacing, &body);
            if flags & 0x02 != 0 {
                // A first page: a new group of streams begins, each named by its first packet.
                if after_first_pages {
                    streams.clear();
                    after_first_pages = false;
                }
                if let Some(mapping) = packets.complete.first().and_then(|p| Mapping::of(p)) {
                    streams.insert(
                        serial,
                        Logical {
                            mapping,
                            partial: None,
                        },
                    );
                }
            } else {
                after_first_pages = true;
                if let Some(logical) = streams.get_mut(&serial) {
                    ogg_page(logical, flags & 0x01 != 0, packets).map_err(Stop::Refused)?;
                }
            }
        } else {
            damaged += 1;
            if damaged > MAX_DAMAGED_PAGES {
                return Err(Stop::Refused(format!(
                    "more than {MAX_DAMAGED_PAGES} of its Ogg pages are damaged (wrong checksums), too many to check"
                )));
            }
            // symphonia drops the page and looks for the next one just after this "OggS".
            let read = 23 + lacing.len() + body.len();
            stream.seek_relative(-i64::try_from(read).unwrap_or(0))?;
        }
        sync(stream)?;
    }
}

/// The packets of one page: those that end in it (the first may have begun in an earlier
/// page), and the start of one that goes on.
struct Packets<'a> {
    complete: Vec<&'a [u8]>,
    partial: Option<&'a [u8]>,
}

impl<'a> Packets<'a> {
    fn new(lacing: &[u8], body: &'a [u8]) -> Self {
        let mut complete = Vec::new();
        let (mut start, mut end) = (0, 0);
        for &length in lacing {
            end += usize::from(length);
            if length < 255 {
                complete.push(&body[start..end]);
                start = end;
            }
        }
        Self {
            complete,
            partial: (start < end).then(|| &body[start..end]),
        }
    }
}

/// A page of a logical stream, put together with what came before as symphonia does.
fn ogg_page(logical: &mut Logical, continued: bool, packets: Packets<'_>) -> Result<(), String> {
    let mut complete = packets.complete.into_iter();
    if !continued {
        logical.partial = None;
    } else if logical.partial.is_none() {
        // A continuation with nothing to continue: its first packet is dropped, or, if none
        // ends here, the whole page.
        if complete.next().is_none() {
            return Ok(());
        }
    }
    for packet in complete {
        match logical.partial.take() {
            Some(mut start) => {
                start.extend_from_slice(packet);
                logical.mapping.check(&start)?;
            }
            None => logical.mapping.check(packet)?,
        }
    }
    if let Some(part) = packets.partial {
        logical
            .partial
            .get_or_insert_with(Vec::new)
            .extend_from_slice(part);
    }
    Ok(())
}

/// Reads up to and including the next "OggS".
fn sync(stream: &mut impl Read) -> Checked<()> {
    let mut window = 0u32;
    loop {
        window = (window << 8) | u32::from(byte(stream)?);
        if window.to_be_bytes() == *b"OggS" {
            return Ok(());
        }
    }
}

/// Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected, starting at 0) over `parts`.
fn ogg_crc(parts: &[&[u8]]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0; 256];
        let mut i = 0;
        while i < 256 {
            #[allow(clippy::cast_possible_truncation, reason = "i < 256")]
            let mut crc = (i as u32) << 24;
            let mut bit = 0;
            while bit < 8 {
                crc = if crc & 0x8000_0000 != 0 {
                    (crc << 1) ^ 0x04C1_1DB7
                } else {
                    crc << 1
                };
                bit += 1;
            }
            table[i] = crc;
            i += 1;
        }
        table
    };
    parts
        .iter()
        .flat_map(|part| part.iter())
        .fold(0, |crc, &byte| {
            (crc << 8) ^ TABLE[usize::from(crc.to_be_bytes()[0] ^ byte)]
        })
}

/// A slice read front to back; `None` where it runs out (where symphonia's reader fails).
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn take(&mut self, length: u64) -> Option<&'a [u8]> {
        let length = usize::try_from(length).ok()?;
        let taken = self.0.get(..length)?;
        self.0 = &self.0[length..];
        Some(taken)
    }

    fn array(&mut self) -> Option<[u8; 4]> {
        self.take(4)?.try_into().ok()
    }

    fn u32_le(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }

    fn u32_be(&mut self) -> Option<u32> {
        self.array().map(u32::from_be_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn checked(bytes: &[u8]) -> Result<(), String> {
        check(Cursor::new(bytes))
    }

    /// A Vorbis comment list: the vendor, then comments claiming `claimed` lengths.
    fn comment_list(comments: &[(u32, &[u8])]) -> Vec<u8> {
        let mut list = 3u32.to_le_bytes().to_vec();
        list.extend(b"abc");
        list.extend(u32::try_from(comments.len()).unwrap().to_le_bytes());
        for (claimed, comment) in comments {
            list.extend(claimed.to_le_bytes());
            list.extend(*comment);
        }
        list
    }

    fn flac_with(kind: u8, block: &[u8]) -> Vec<u8> {
        let mut flac = b"fLaC\x00\x00\x00\x22".to_vec();
        flac.extend([0; 34]);
        flac.push(0x80 | kind);
        flac.extend(&u32::try_from(block.len()).unwrap().to_be_bytes()[1..]);
        flac.extend(block);
        flac
    }

    fn picture_block(media_type: u32, description: u32, data: u32) -> Vec<u8> {
        let mut block = 3u32.to_be_bytes().to_vec();
        block.extend(media_type.to_be_bytes());
        block.extend(b"image/png");
        block.extend(description.to_be_bytes());
        block.extend([0; 16]);
        block.extend(data.to_be_bytes());
        block.extend([0; 8]);
        block
    }

    #[test]
    fn a_flac_comment_longer_than_its_block_is_refused() {
        let fine = comment_list(&[(7, b"TITLE=a")]);
        assert_eq!(checked(&flac_with(4, &fine)), Ok(()));
        let lying = comment_list(&[(7, b"TITLE=a"), (0x8000_0000, b"ARTIST=b")]);
        assert_eq!(
            checked(&flac_with(4, &lying)),
            Err(
                "its FLAC VORBIS_COMMENT block says a comment of 2147483648 bytes, where 8 bytes are left"
                    .to_owned()
            )
        );
    }

    #[test]
    fn a_flac_picture_claiming_more_than_its_block_is_refused() {
        assert_eq!(checked(&flac_with(6, &picture_block(9, 0, 8))), Ok(()));
        let error = checked(&flac_with(6, &picture_block(9, 0, u32::MAX))).unwrap_err();
        assert_eq!(
            error,
            "its FLAC PICTURE block says picture data of 4294967295 bytes, where 8 bytes are left"
        );
        let error = checked(&flac_with(6, &picture_block(9, 1 << 30, 8))).unwrap_err();
        assert!(
            error.contains("a description of 1073741824 bytes"),
            "{error}"
        );
    }

    #[test]
    fn a_picture_in_a_comment_is_checked_too() {
        let encode = |bytes: &[u8]| {
            const SYMBOLS: &[u8] =
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut text = String::new();
            for group in bytes.chunks(3) {
                let mut bits = [0; 4];
                bits[1..=group.len()].copy_from_slice(group);
                let n = u32::from_be_bytes(bits);
                for i in 0..=group.len() {
                    let symbol = usize::try_from((n >> (18 - 6 * i)) & 63).unwrap();
                    text.push(char::from(SYMBOLS[symbol]));
                }
            }
            text
        };
        for picture in [picture_block(9, 0, 8), picture_block(9, 0, 100)] {
            assert_eq!(base64(&encode(&picture)).as_deref(), Some(&picture[..]));
        }
        let comment = |picture: &[u8]| format!("METADATA_BLOCK_PICTURE={}", encode(picture));
        let fine = comment(&picture_block(9, 0, 8));
        let fine = comment_list(&[(u32::try_from(fine.len()).unwrap(), fine.as_bytes())]);
        assert_eq!(checked(&flac_with(4, &fine)), Ok(()));
        let lying = comment(&picture_block(0xF000_0000, 0, 8));
        let lying = comment_list(&[(u32::try_from(lying.len()).unwrap(), lying.as_bytes())]);
        let error = checked(&flac_with(4, &lying)).unwrap_err();
        assert!(
            error.starts_with(
                "a picture in its FLAC VORBIS_COMMENT block says a media type of 4026531840 bytes"
            ),
            "{error}"
        );
    }

    fn syncsafe_bytes(n: u32) -> [u8; 4] {
        [21, 14, 7, 0].map(|shift| u8::try_from((n >> shift) & 0x7F).unwrap())
    }

    fn id3_tag(major: u8, frames: &[(&[u8], u32, &[u8])]) -> Vec<u8> {
        let mut body = Vec::new();
        for (id, claimed, data) in frames {
            body.extend(*id);
            match major {
                3 => body.extend(claimed.to_be_bytes()),
                _ => body.extend(syncsafe_bytes(*claimed)),
            }
            body.extend([0, 0]);
            body.extend(*data);
        }
        body.extend([0; 16]);
        let size = u32::try_from(body.len()).unwrap();
        let mut tag = vec![b'I', b'D', b'3', major, 0, 0];
        tag.extend(syncsafe_bytes(size));
        tag.extend(body);
        tag
    }

    #[test]
    fn an_id3_frame_longer_than_its_tag_is_refused() {
        let mp3 = [0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0];
        for major in [3, 4] {
            let mut fine = id3_tag(major, &[(b"TIT2", 6, b"\0hello")]);
            fine.extend(mp3);
            assert_eq!(checked(&fine), Ok(()), "v2.{major}");
            let mut lying = id3_tag(
                major,
                &[(b"TIT2", 6, b"\0hello"), (b"TALB", 0x0F00_0000, b"\0")],
            );
            lying.extend(mp3);
            assert_eq!(
                checked(&lying),
                Err(format!(
                    "its ID3v2.{major} tag has a TALB frame of 251658240 bytes, where 17 bytes are left"
                ))
            );
        }
    }

    #[test]
    fn an_id3_tag_before_a_flac_stream_is_skipped_as_symphonia_skips_it() {
        let lying = comment_list(&[(0x8000_0000, b"ARTIST=b")]);
        let mut file = id3_tag(4, &[(b"TIT2", 6, b"\0fLaC!")]);
        file.extend(flac_with(4, &lying));
        assert!(checked(&file).unwrap_err().contains("FLAC VORBIS_COMMENT"));
        // An MPEG frame's sync word comes first: symphonia reads an MP3 and never the FLAC.
        let mut file = vec![0xFF, 0xFB, 0x90, 0x64];
        file.extend(flac_with(4, &lying));
        assert_eq!(checked(&file), Ok(()));
    }

    fn ogg_page(serial: u32, flags: u8, packets: &[&[u8]]) -> Vec<u8> {
        let mut lacing = Vec::new();
        let mut body = Vec::new();
        for packet in packets {
            lacing.extend(std::iter::repeat_n(255, packet.len() / 255));
            lacing.push(u8::try_from(packet.len() % 255).unwrap());
            body.extend(*packet);
        }
        ogg_page_laced(serial, flags, &lacing, &body)
    }

    fn ogg_page_laced(serial: u32, flags: u8, lacing: &[u8], body: &[u8]) -> Vec<u8> {
        let mut header = b"OggS\0".to_vec();
        header.push(flags);
        header.extend([0; 8]);
        header.extend(serial.to_le_bytes());
        header.extend([0; 8]);
        header.push(u8::try_from(lacing.len()).unwrap());
        let crc = ogg_crc(&[&header, lacing, body]);
        header[22..26].copy_from_slice(&crc.to_le_bytes());
        [&header, lacing, body].concat()
    }

    #[test]
    fn an_ogg_comment_header_longer_than_its_packet_is_refused() {
        let ident = b"\x01vorbis\0\0\0\0\x02\x80\xbb\0\0";
        let mut comment = b"\x03vorbis".to_vec();
        comment.extend(comment_list(&[(7, b"TITLE=a")]));
        let fine = [ogg_page(7, 0x02, &[ident]), ogg_page(7, 0, &[&comment])].concat();
        assert_eq!(checked(&fine), Ok(()));
        let mut comment = b"\x03vorbis".to_vec();
        comment.extend(comment_list(&[(0xF000_0000, b"TITLE=a")]));
        let lying = [ogg_page(7, 0x02, &[ident]), ogg_page(7, 0, &[&comment])].concat();
        assert_eq!(
            checked(&lying),
            Err(
                "its Ogg Vorbis comment header says a comment of 4026531840 bytes, where 7 bytes are left"
                    .to_owned()
            )
        );
        // A page whose checksum is wrong is dropped, as symphonia drops it.
        let mut damaged = lying.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(checked(&damaged), Ok(()));
        // Another stream's serial number: symphonia has no mapping for it.
        let other = [ogg_page(7, 0x02, &[ident]), ogg_page(8, 0, &[&comment])].concat();
        assert_eq!(checked(&other), Ok(()));
    }

    #[test]
    fn too_many_damaged_ogg_pages_are_refused_not_searched_for_ever() {
        let ident = b"\x01vorbis\0\0\0\0\x02\x80\xbb\0\0";
        let mut damaged = ogg_page(7, 0, &[&[0; 200]]);
        damaged[30] ^= 1;
        let few = [ogg_page(7, 0x02, &[ident]), damaged.repeat(3)].concat();
        assert_eq!(checked(&few), Ok(()));
        let many = [ogg_page(7, 0x02, &[ident]), damaged.repeat(1025)].concat();
        assert!(checked(&many).unwrap_err().starts_with("more than 1024"));
    }

    #[test]
    fn an_ogg_packet_across_pages_is_put_together() {
        let ident = b"OpusHead\x01\x02\0\0\x80\xbb\0\0\0\0\0";
        let mut tags = b"OpusTags".to_vec();
        tags.extend(comment_list(&[
            (300, &[b'x'; 300][..]),
            (0xF000_0000, b"A=b"),
        ]));
        let (start, end) = tags.split_at(255);
        // The first page ends on a 255-byte segment: the packet goes on in the next page.
        let file = [
            ogg_page(9, 0x02, &[ident]),
            ogg_page_laced(9, 0, &[255], start),
            ogg_page(9, 0x01, &[end]),
        ]
        .concat();
        let error = checked(&file).unwrap_err();
        assert!(
            error.starts_with("its Ogg Opus comment header says a comment of 4026531840"),
            "{error}"
        );
    }
}

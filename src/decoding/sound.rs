//! Sound: a WAV header is checked before symphonia sees it (a sample rate or block size of
//! 0 panics it), so are the lengths in its tags (a comment claiming gigabytes would be
//! allocated before it is read), every decoder call is [`contained`], and a sound played as it
//! decodes is wrapped in [`Contained`], so a panic in the middle of a file ends that sound,
//! says why, and leaves the thread that pulled the sample (the output's) running.

use std::fs::File;
use std::io::{BufReader, Seek as _};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rodio::Source;

use super::{
    MAX_AUDIO_FILE_BYTES, MediaError, check_file_size, contained, mp3_header, panic_message, tags,
    wav_header,
};

/// What an audio check learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AudioInfo {
    /// Length of the sound, decoded to the end.
    pub duration: Duration,
    /// The length the file's header claims, when it claims one (WAV, FLAC, MP3 with a frame
    /// count, Ogg): a file cut short decodes to less.
    pub declared: Option<Duration>,
    /// Channels (1 mono, 2 stereo).
    pub channels: u16,
    /// Samples per second.
    pub sample_rate: u32,
}

impl AudioInfo {
    /// The declared length when it differs from the decoded one by more than a tenth of a
    /// second and 1 % (a cut-short file, or a header that lies).
    #[must_use]
    pub fn declared_mismatch(&self) -> Option<Duration> {
        let declared = self.declared?;
        let gap = declared.abs_diff(self.duration);
        (gap > Duration::from_millis(100) && gap > declared / 100).then_some(declared)
    }
}

/// The decoder the kiosk plays from.
pub type FileDecoder = rodio::Decoder<BufReader<File>>;

/// Opens the sound at `path` for decoding: a regular file within the size limit whose WAV
/// header (if it is a WAV) and tags are usable, the decoder built [`contained`]; `seekable`
/// for playing (the player seeks), not for measuring (decoded straight through, as the length
/// checks always have been). Also returns the length the header claims.
pub fn open(path: &Path, seekable: bool) -> Result<(FileDecoder, Option<Duration>), MediaError> {
    check_file_size(path, MAX_AUDIO_FILE_BYTES)?;
    let mut file = crate::regular_file::open(path).map_err(|e| MediaError::Io(e.to_string()))?;
    let wav = wav_header::read(BufReader::new(&file)).map_err(MediaError::WavHeader)?;
    file.rewind().map_err(|e| MediaError::Io(e.to_string()))?;
    let mp3 = mp3_header::declared(BufReader::new(&file));
    file.rewind().map_err(|e| MediaError::Io(e.to_string()))?;
    tags::check(&file).map_err(MediaError::Tags)?;
    file.rewind().map_err(|e| MediaError::Io(e.to_string()))?;
    let length = file
        .metadata()
        .map_err(|e| MediaError::Io(e.to_string()))?
        .len();
    let hint = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_owned();
    let decoder = contained(|| {
        let mut builder = rodio::Decoder::builder()
            .with_data(BufReader::new(file))
            .with_hint(&hint);
        if seekable {
            builder = builder.with_seekable(true).with_byte_len(length);
        }
        builder.build().map_err(|e| match e {
            // The decoders ran out of bytes (rodio calls that an I/O error) or knew none
            // of them. The file itself was readable (its size was just checked), so what
            // an author needs to hear is that its contents are not usable sound.
            rodio::decoder::DecoderError::UnrecognizedFormat
            | rodio::decoder::DecoderError::IoError(_) => MediaError::AudioDecode(
                "the file is damaged, cut short, or not Ogg Vorbis, WAV, FLAC or MP3 audio"
                    .to_owned(),
            ),
            other => MediaError::AudioDecode(other.to_string()),
        })
    })?;
    let declared = match (wav, mp3) {
        (Some(header), _) => header.declared,
        (None, Some(declared)) => Some(declared),
        (None, None) => contained(|| Ok(decoder.total_duration())).ok().flatten(),
    };
    Ok((decoder, declared))
}

/// Decodes the audio at `path` to the end and returns its real duration (and the one its
/// header claims).
pub fn check_audio(path: &Path) -> Result<AudioInfo, MediaError> {
    let (decoder, declared) = open(path, false)?;
    let channels = decoder.channels().get();
    let sample_rate = decoder.sample_rate().get();
    let samples = contained(|| Ok(decoder.count() as u64))?;
    let frames = samples / u64::from(channels.max(1));
    if frames == 0 || sample_rate == 0 {
        return Err(MediaError::AudioSilent);
    }
    let duration = Duration::from_micros(frames * 1_000_000 / u64::from(sample_rate));
    Ok(AudioInfo {
        duration,
        declared,
        channels,
        sample_rate,
    })
}

/// For a pack about to be shown: the sound at `path` opens and its first half second decodes,
/// and its length is the one its header claims. Only a sound whose header claims no length is
/// decoded to the end. `validate` decodes every sound to its end ([`check_audio`]) and so
/// finds a file cut short; a kiosk showing a pack needs to know the sound plays, not how
/// much of it is damaged, and the player stops calmly where a file's sound ends.
pub fn check_audio_start(path: &Path) -> Result<AudioInfo, MediaError> {
    // Opened as the player opens it: seekable, so an Ogg's length is read from its last page.
    let (decoder, declared) = open(path, true)?;
    let Some(length) = declared else {
        return check_audio(path);
    };
    let channels = decoder.channels().get();
    let sample_rate = decoder.sample_rate().get();
    let half_second = usize::try_from(sample_rate / 2 * u32::from(channels)).unwrap_or(usize::MAX);
    let samples = contained(|| Ok(decoder.take(half_second).count()))?;
    if samples == 0 || sample_rate == 0 {
        return Err(MediaError::AudioSilent);
    }
    Ok(AudioInfo {
        duration: length,
        declared,
        channels,
        sample_rate,
    })
}

/// Why a sound stopped in the middle, once it has (shared with whoever plays it).
#[derive(Debug, Clone, Default)]
pub struct Stopped(Arc<Mutex<Option<String>>>);

impl Stopped {
    /// The decoder's failure, once there was one.
    #[must_use]
    pub fn why(&self) -> Option<String> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn set(&self, why: String) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(why);
    }
}

/// A source whose every call into the decoder is contained: a panic ends the sound (silence
/// from then on) and is kept in [`Stopped`], so the thread pulling samples carries on.
pub struct Contained<S> {
    inner: Option<S>,
    stopped: Stopped,
    channels: rodio::ChannelCount,
    sample_rate: rodio::SampleRate,
}

impl<S: Source> Contained<S> {
    /// Wraps `inner`; `stopped` learns why it failed, if it does.
    pub fn new(inner: S, stopped: Stopped) -> Self {
        Self {
            channels: inner.channels(),
            sample_rate: inner.sample_rate(),
            inner: Some(inner),
            stopped,
        }
    }

    fn call<T>(&mut self, f: impl FnOnce(&mut S) -> T) -> Option<T> {
        let inner = self.inner.as_mut()?;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(inner))) {
            Ok(value) => Some(value),
            Err(payload) => {
                self.inner = None;
                self.stopped.set(format!(
                    "the decoder failed in the middle of the file ({})",
                    panic_message(payload.as_ref())
                ));
                None
            }
        }
    }
}

impl<S: Source> Iterator for Contained<S> {
    type Item = rodio::Sample;

    fn next(&mut self) -> Option<Self::Item> {
        self.call(Iterator::next).flatten()
    }
}

impl<S: Source> Source for Contained<S> {
    fn current_span_len(&self) -> Option<usize> {
        // Once failed, the sound is over: a span of nothing.
        self.inner
            .as_ref()
            .map_or(Some(0), Source::current_span_len)
    }

    fn channels(&self) -> rodio::ChannelCount {
        self.inner.as_ref().map_or(self.channels, Source::channels)
    }

    fn sample_rate(&self) -> rodio::SampleRate {
        self.inner
            .as_ref()
            .map_or(self.sample_rate, Source::sample_rate)
    }

    fn total_duration(&self) -> Option<Duration> {
        self.inner.as_ref().and_then(Source::total_duration)
    }

    fn try_seek(&mut self, pos: Duration) -> Result<(), rodio::source::SeekError> {
        self.call(|inner| inner.try_seek(pos)).unwrap_or(Err(
            rodio::source::SeekError::NotSupported {
                underlying_source: "a sound whose decoder failed",
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source that panics after a few samples, as symphonia does on some damaged files.
    struct Breaks(u32);

    impl Iterator for Breaks {
        type Item = rodio::Sample;
        fn next(&mut self) -> Option<rodio::Sample> {
            self.0 += 1;
            assert!(
                self.0 < 4,
                "TimeBase cannot have 0 numerator or denominator"
            );
            Some(0.0)
        }
    }

    impl Source for Breaks {
        fn current_span_len(&self) -> Option<usize> {
            None
        }
        fn channels(&self) -> rodio::ChannelCount {
            rodio::ChannelCount::MIN
        }
        fn sample_rate(&self) -> rodio::SampleRate {
            rodio::SampleRate::MIN
        }
        fn total_duration(&self) -> Option<Duration> {
            None
        }
    }

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    #[test]
    fn headers_that_panic_symphonia_are_refused_before_it_sees_them() {
        for (file, said) in [
            ("rate-0.wav", "it says a sample rate of 0 Hz"),
            ("alaw-zero-fields.wav", "it says 0 bytes a block"),
            ("msadpcm-zero-fields.wav", "it says 0 samples a block"),
        ] {
            let error = check_audio(&fixture(&format!("hostile-media/{file}"))).unwrap_err();
            assert_eq!(error, MediaError::WavHeader(said.to_owned()), "{file}");
        }
    }

    #[test]
    fn tags_claiming_gigabytes_are_refused_before_symphonia_allocates_them() {
        for (file, said) in [
            (
                "comment-claims-2gb.flac",
                "its FLAC VORBIS_COMMENT block says a comment of 2225602560 bytes, where 0 bytes are left",
            ),
            (
                "id3-frame-claims-4gb.mp3",
                "its ID3v2.3 tag has a TIT2 frame of 4026531840 bytes, where 5 bytes are left",
            ),
            (
                "comment-claims-4gb.ogg",
                "its Ogg Vorbis comment header says a comment of 4026531840 bytes, where 8 bytes are left",
            ),
        ] {
            let path = fixture(&format!("hostile-media/{file}"));
            assert_eq!(
                check_audio(&path).unwrap_err(),
                MediaError::Tags(said.to_owned()),
                "{file}"
            );
            assert!(open(&path, true).is_err(), "{file}");
        }
    }

    #[test]
    fn a_file_cut_short_or_claiming_more_than_it_holds_is_found_out() {
        for file in ["claims-ten-hours.wav", "cut-short.flac", "cut-short.mp3"] {
            let info = check_audio(&fixture(&format!("hostile-media/{file}"))).unwrap();
            let declared = info.declared_mismatch();
            assert!(
                declared.is_some_and(|d| d > info.duration),
                "{file}: {info:?}"
            );
        }
        let whole = check_audio(&fixture("audio/tone-stereo-44100.flac")).unwrap();
        assert_eq!(whole.declared_mismatch(), None, "{whole:?}");
        for whole in [
            "audio/tone-mono-11025.wav",
            "audio/tone-mono-16000.mp3",
            "audio/tone-stereo-48000.ogg",
            "hostile-media/whole-vbr.mp3",
        ] {
            let info = check_audio(&fixture(whole)).unwrap();
            assert_eq!(info.declared_mismatch(), None, "{whole}: {info:?}");
        }
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("narration.wav");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
        )
        .unwrap();
        let error = check_audio(&fifo).unwrap_err();
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }

    #[test]
    fn a_panic_in_the_middle_ends_the_sound_and_says_why() {
        let stopped = Stopped::default();
        let source = Contained::new(Breaks(0), stopped.clone());
        assert_eq!(source.count(), 3, "three samples, then silence");
        let why = stopped.why().expect("kept");
        assert!(why.contains("TimeBase cannot have 0"), "{why}");
    }
}

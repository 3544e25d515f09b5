//! A source that notes when the output first pulls a sample from it: the real start of sound,
//! for the player's status and the start-latency benchmark.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::Source;

/// When the first sample left for the output, shared with whoever waits for it.
#[derive(Debug, Clone, Default)]
pub struct FirstSample(Arc<Mutex<Option<Instant>>>);

impl FirstSample {
    /// The moment the first sample was pulled, once it has been.
    #[must_use]
    pub fn at(&self) -> Option<Instant> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn mark(&self) {
        let mut at = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        at.get_or_insert_with(Instant::now);
    }
}

/// `inner`, marking [`FirstSample`] on its first sample.
pub struct Watched<S> {
    inner: S,
    first: FirstSample,
    started: bool,
}

impl<S> Watched<S> {
    /// Wraps `inner`; `first` learns when its sound begins.
    pub fn new(inner: S, first: FirstSample) -> Self {
        Self {
            inner,
            first,
            started: false,
        }
    }
}

impl<S: Source> Iterator for Watched<S> {
    type Item = rodio::Sample;

    fn next(&mut self) -> Option<Self::Item> {
        let sample = self.inner.next();
        if !self.started && sample.is_some() {
            self.started = true;
            self.first.mark();
        }
        sample
    }
}

impl<S: Source> Source for Watched<S> {
    fn current_span_len(&self) -> Option<usize> {
        self.inner.current_span_len()
    }

    fn channels(&self) -> rodio::ChannelCount {
        self.inner.channels()
    }

    fn sample_rate(&self) -> rodio::SampleRate {
        self.inner.sample_rate()
    }

    fn total_duration(&self) -> Option<Duration> {
        self.inner.total_duration()
    }

    fn try_seek(&mut self, pos: Duration) -> Result<(), rodio::source::SeekError> {
        self.inner.try_seek(pos)
    }
}

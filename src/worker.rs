//! One way to run a one-shot job in the background: on a thread with a name, waking the UI when
//! it is done, polled once a frame. A job is [`JobPoll::Running`] until it answers
//! ([`JobPoll::Ready`]) or is known never to answer ([`JobPoll::Failed`]): its thread could not
//! start, or it ended without an answer (a panic). Either failure is logged once, with the
//! job's name, and the UI is woken for it too, so a screen never says "checking…" for ever.
//!
//! Long-lived services (the audio player, the visitor log, the settings writer, the picture
//! decoder) keep their own handles and threads; they share [`Wake`] with the jobs. Nothing
//! here knows about egui: the app hands in a wake-up that asks for a repaint.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// How a background thread tells the UI that something is ready (a repaint request).
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// A wake-up that does nothing (command-line tools and tests without a UI).
#[must_use]
pub fn no_wake() -> Wake {
    Arc::new(|| {})
}

/// Where a job stands.
#[derive(Debug, PartialEq, Eq)]
pub enum JobPoll<T> {
    /// Still working.
    Running,
    /// Its answer (given once).
    Ready(T),
    /// It will never answer (logged once when found).
    Failed,
}

/// A one-shot background job and its answer to come.
pub struct Job<T> {
    name: &'static str,
    state: JobState<T>,
}

enum JobState<T> {
    Running(Receiver<T>),
    Failed,
    Answered,
}

/// Wakes the UI when the job's thread ends, however it ends (an answer or a panic).
struct WakeOnExit(Wake);

impl Drop for WakeOnExit {
    fn drop(&mut self) {
        (self.0)();
    }
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a thread called `name`; `wake` is called when it ends.
    pub fn start(
        name: &'static str,
        wake: &Wake,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Self {
        let (sender, receiver) = mpsc::channel();
        let on_exit = WakeOnExit(Arc::clone(wake));
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let _on_exit = on_exit;
                // The receiver may be gone (the screen closed): the answer is not wanted.
                let _ = sender.send(work());
            });
        let state = match spawned {
            Ok(_) => JobState::Running(receiver),
            Err(e) => {
                tracing::warn!("cannot start the {name} thread: {e}");
                JobState::Failed
            }
        };
        Self { name, state }
    }
}

impl<T> Job<T> {
    /// Where the job stands; its answer is handed out once, after which it reads as failed.
    pub fn poll(&mut self) -> JobPoll<T> {
        let JobState::Running(receiver) = &self.state else {
            return JobPoll::Failed;
        };
        match receiver.try_recv() {
            Ok(answer) => {
                self.state = JobState::Answered;
                JobPoll::Ready(answer)
            }
            Err(TryRecvError::Empty) => JobPoll::Running,
            Err(TryRecvError::Disconnected) => {
                tracing::warn!("the {} thread stopped without an answer", self.name);
                self.state = JobState::Failed;
                JobPoll::Failed
            }
        }
    }
}

/// The longest an orderly exit waits for one service's thread to end. A thread stuck in the
/// kernel (a hung mount, a device that never answers) is left behind, logged, so the exit
/// always finishes (the visitor log, whose thread syncs events to disk, is given twice this).
pub const JOIN_LIMIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Joins a long-lived service's thread once its channel is closed, waiting at most `limit`
/// ([`JOIN_LIMIT`] unless told otherwise); a thread that panicked, or did not end in time, is
/// logged with its name (the services' `Drop` all end this way).
pub fn join_service(name: &str, thread: Option<std::thread::JoinHandle<()>>) {
    join_within(name, thread, JOIN_LIMIT);
}

/// [`join_service`] with its own `limit`.
pub fn join_within(
    name: &str,
    thread: Option<std::thread::JoinHandle<()>>,
    limit: std::time::Duration,
) {
    let Some(thread) = thread else { return };
    let deadline = std::time::Instant::now() + limit;
    while !thread.is_finished() {
        if std::time::Instant::now() >= deadline {
            tracing::warn!(
                "the {name} thread did not end within {} s; the kiosk goes on without it",
                limit.as_secs()
            );
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    if thread.join().is_err() {
        tracing::warn!("the {name} thread panicked");
    }
}

impl<T> std::fmt::Debug for Job<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// A job's answer once it has come, or its failure: what a screen shows.
#[derive(Debug)]
pub enum Outcome<T> {
    /// Not yet known.
    Pending(Job<T>),
    /// The answer.
    Ready(T),
    /// The job failed (its thread could not start or died).
    Failed,
}

impl<T> Outcome<T> {
    /// Collects the job's answer or failure if it has come.
    pub fn update(&mut self) {
        if let Self::Pending(job) = self {
            match job.poll() {
                JobPoll::Running => {}
                JobPoll::Ready(answer) => *self = Self::Ready(answer),
                JobPoll::Failed => *self = Self::Failed,
            }
        }
    }

    /// The answer, once it has come.
    #[must_use]
    pub fn ready(&self) -> Option<&T> {
        match self {
            Self::Ready(answer) => Some(answer),
            _ => None,
        }
    }

    /// Whether the job is still working.
    #[must_use]
    pub fn is_pending(&self) -> bool {
        matches!(self, Self::Pending(_))
    }

    /// Whether the job failed.
    #[must_use]
    pub fn is_failed(&self) -> bool {
        matches!(self, Self::Failed)
    }
}

impl<T: Send + 'static> Outcome<T> {
    /// Starts a job whose outcome is to be shown.
    pub fn start(
        name: &'static str,
        wake: &Wake,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Self {
        Self::Pending(Job::start(name, wake, work))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    use super::*;

    fn counting_wake() -> (Wake, Arc<AtomicUsize>) {
        let woken = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&woken);
        (
            Arc::new(move || {
                count.fetch_add(1, Ordering::SeqCst);
            }),
            woken,
        )
    }

    fn settle<T>(job: &mut Job<T>) -> JobPoll<T> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match job.poll() {
                JobPoll::Running if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                other => return other,
            }
        }
    }

    #[test]
    fn a_job_answers_once_on_its_named_thread_and_wakes_the_ui() {
        let (wake, woken) = counting_wake();
        let mut job = Job::start("test-answer", &wake, || {
            std::thread::current().name().map(str::to_owned)
        });
        assert_eq!(
            settle(&mut job),
            JobPoll::Ready(Some("test-answer".to_owned()))
        );
        assert_eq!(woken.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_service_thread_that_never_ends_is_left_behind_and_the_join_returns() {
        let (_keep, stuck) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("test-stuck".to_owned())
            .spawn(move || {
                // Blocks as a read of a hung mount would: the sender is never dropped here.
                let _ = stuck.recv();
            })
            .unwrap();
        join_within(
            "test-stuck",
            Some(thread),
            std::time::Duration::from_millis(50),
        );
    }

    #[test]
    fn a_job_that_dies_fails_and_still_wakes_the_ui() {
        let (wake, woken) = counting_wake();
        let mut job: Job<u8> = Job::start("test-panic", &wake, || panic!("the job dies"));
        assert_eq!(settle(&mut job), JobPoll::Failed);
        assert_eq!(woken.load(Ordering::SeqCst), 1);
        // It stays failed.
        assert_eq!(job.poll(), JobPoll::Failed);
    }

    #[test]
    fn an_outcome_shows_pending_then_the_answer_or_the_failure() {
        let wake = no_wake();
        let (release, wait) = mpsc::channel::<()>();
        let mut outcome = Outcome::start("test-outcome", &wake, move || {
            let _ = wait.recv();
            7
        });
        outcome.update();
        assert!(outcome.is_pending());
        release.send(()).unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while outcome.is_pending() && Instant::now() < deadline {
            outcome.update();
            std::thread::sleep(Duration::from_millis(2));
        }
        assert_eq!(outcome.ready(), Some(&7));
        let mut failed: Outcome<u8> = Outcome::start("test-outcome-dies", &wake, || panic!("dies"));
        while failed.is_pending() {
            failed.update();
            std::thread::sleep(Duration::from_millis(2));
        }
        assert!(failed.is_failed());
    }
}

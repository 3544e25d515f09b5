//! The kiosk's behaviour without a window: the visitor flow, quizzes in progress and the clock.

pub mod clock;
pub mod quiz;
pub mod state;

pub use clock::{Clock, ManualClock, SystemClock, system_utc_offset_seconds};
pub use quiz::{QuestionSpec, QuizPhase, QuizRun, QuizSpec};
pub use state::{
    FAREWELL_SHOWN, FAREWELL_STEADY, IdlePhase, IdleTimes, KioskState, NarrationControl, Nav,
    Screen, VisitEndReason, VisitSignal,
};

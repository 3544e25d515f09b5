//! The kiosk's behaviour without a window: the visitor flow and its clock.

pub mod clock;
pub mod state;

pub use clock::{Clock, ManualClock, SystemClock};
pub use state::{IdlePhase, IdleTimes, KioskState, Nav, Screen, VisitEndReason, VisitSignal};

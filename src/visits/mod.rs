//! The visitor log: events as JSON Lines, written crash-safely off the UI thread, and fiscal
//! years for the tallies. No egui here.

pub mod event;
pub mod fiscal;
pub mod tally;
pub mod writer;

pub use event::{EndReason, EventKind, FORMAT_VERSION, VisitEvent, timestamp};
pub use fiscal::FiscalCalendar;
pub use writer::{LogHealth, VisitLog};

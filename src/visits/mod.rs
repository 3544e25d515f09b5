//! The visitor log: events as JSON Lines, written crash-safely off the UI thread, and fiscal
//! years and tallies read back from it. No egui here.

pub mod event;
pub mod export;
pub mod fiscal;
mod line;
mod log_date;
pub mod query;
pub mod report;
mod scan;
pub mod tally;
pub mod writer;

pub use event::{EndReason, EventKind, FORMAT_VERSION, VisitEvent, timestamp};
pub use fiscal::FiscalCalendar;
pub use writer::{LogHealth, VisitLog};

//! Code the benchmarks share.

pub mod synthetic_logs;

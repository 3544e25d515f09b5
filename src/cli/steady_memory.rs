//! Keeping the kiosk's memory flat over a day of visitors. glibc's malloc raises its mmap
//! threshold each time a large block is freed, up to 32 MiB: after the first decoded picture
//! is dropped, later pictures and textures come from the heap instead of their own mappings,
//! and the heap fragments and never shrinks. Measured here over 3 minutes of random touches
//! (release, Xvfb): PSS from 118 to 151 MB with the dynamic threshold, from 101 to 114 MB with
//! it held at 128 KiB. The threshold is read from the environment when the process starts, so
//! the kiosk, started without it, starts itself again with it (same process, same arguments:
//! `exec`); the deploy files set it, so this is rarely needed.

use std::os::unix::process::CommandExt as _;

/// glibc's variable for a fixed mmap threshold.
pub const VARIABLE: &str = "MALLOC_MMAP_THRESHOLD_";
/// Blocks this large or larger get mappings of their own, returned when freed.
pub const THRESHOLD: &str = "131072";

/// Replaces this process with itself run with [`VARIABLE`] set, unless it already is set (or
/// the executable cannot be found, which is said on standard error and changes nothing else).
pub fn hold_the_mmap_threshold() {
    if std::env::var_os(VARIABLE).is_some() {
        return;
    }
    let Ok(executable) = std::env::current_exe() else {
        return;
    };
    let error = std::process::Command::new(executable)
        .args(std::env::args_os().skip(1))
        .env(VARIABLE, THRESHOLD)
        .exec();
    eprintln!(
        "plaza-kiosk: cannot start again with {VARIABLE} set ({error}); memory may grow while visitors browse"
    );
}

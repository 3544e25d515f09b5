//! The `plaza-kiosk` binary: everything lives in the library; see [`plaza_kiosk::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    plaza_kiosk::cli::main()
}

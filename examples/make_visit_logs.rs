//! Writes the seed's 15 fiscal years of visitor logs (2,198,454 visits, about five events
//! each) for the tally scale test: `cargo run --release --example make_visit_logs -- OUT`.
//! Prints the expected tally as `fiscal_year,visitors` CSV, the same form as
//! `plaza-kiosk tally --by fiscal-year --format csv`, and a summary on standard error.

#[path = "../benches/support/synthetic_logs.rs"]
mod synthetic_logs;

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: make_visit_logs OUT_DIR");
        return ExitCode::from(2);
    };
    match synthetic_logs::generate(std::path::Path::new(&out), synthetic_logs::Plan::plaza()) {
        Ok(written) => {
            println!("fiscal_year,visitors");
            for (year, visitors) in &written.per_year {
                println!("{year},{visitors}");
            }
            println!("total,{}", written.per_year.values().sum::<u64>());
            eprintln!(
                "wrote {} events ({} bytes) in {} files",
                written.lines, written.bytes, written.files
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("make_visit_logs: {e}");
            ExitCode::from(1)
        }
    }
}

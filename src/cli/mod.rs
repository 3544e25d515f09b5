//! The command line: `plaza-kiosk` runs the kiosk, `plaza-kiosk validate` checks packs, and one
//! file here per other subcommand (`tally`, `export`, `play`, `set-pin`, `simulate-visits`,
//! `furigana`), plus the kiosk's own log ([`kiosk_log`]). Arguments are parsed by clap, then
//! handed on.
//!
//! Exit codes: 0 success; 1 a pack has errors (or the kiosk could not start, or a tally or
//! export could not be written); 2 usage error (unknown option, bad argument); 3 staff left the
//! kiosk for the desktop ([`crate::app::EXIT_TO_DESKTOP`]); 4 `tally` or `export` found
//! nothing to count ([`EXIT_NOTHING_TO_COUNT`]).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config;
use crate::content::{self, PackReport};
use crate::visits::tally::YearRange;
use tally::{TallyBy, TallyFormat, TallyRequest};

pub mod export;
pub mod furigana;
pub mod kiosk_log;
pub mod play;
pub mod set_pin;
pub mod simulate;
mod steady_memory;
pub mod tally;

/// The exit status of `tally` and `export` when a path given (or the data folder) is missing,
/// cannot be read or holds no log files: a mistyped path must not pass for zero visitors.
/// Apart from 2 (clap's usage errors) and 3 (the kiosk's exit to the desktop).
pub const EXIT_NOTHING_TO_COUNT: u8 = 4;

/// The exit statuses of `tally`, for its help.
const TALLY_EXIT_STATUS_HELP: &str = "\
Exit status:
  0  counted (damaged lines skipped are named on standard error)
  1  the output could not be written
  2  usage error
  4  nothing to count: a path given (or the data folder) does not exist, cannot be read
     or holds no visitor logs (*.jsonl); nothing is written";

/// The exit statuses of `export`, for its help.
const EXPORT_EXIT_STATUS_HELP: &str = "\
Exit status:
  0  written
  1  the file could not be written
  2  usage error
  4  nothing to count: a path given (or the data folder) does not exist, cannot be read
     or holds no visitor logs (*.jsonl); no file is written";

/// Touchscreen kiosk for the JICA Global Plazas.
#[derive(Debug, Parser)]
#[command(name = "plaza-kiosk", version, about)]
pub struct Cli {
    /// What to do; without a command the kiosk starts.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The settings file (RON); every setting has a default and the file is optional.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The pack to show (a folder); default: the configured default pack.
    #[arg(long, value_name = "DIR")]
    pub pack: Option<PathBuf>,
    /// Run in a normal window (development).
    #[arg(long)]
    pub windowed: bool,
    /// Render this many frames, then exit (smoke tests, start-up measurements).
    #[arg(long, value_name = "N")]
    pub exit_after_frames: Option<u64>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check packs and report every problem as `path:line:column: error|warning: message`.
    Validate {
        /// Pack folders; default: every pack under the content folder.
        #[arg(value_name = "PACK_DIR")]
        packs: Vec<PathBuf>,
    },
    /// Write one fiscal year's daily, monthly and per-exhibit figures as a CSV for Excel.
    #[command(after_help = EXPORT_EXIT_STATUS_HELP)]
    Export {
        /// The fiscal year.
        #[arg(long, value_name = "N")]
        fiscal_year: i16,
        /// The CSV file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Log files or folders; default: the configured data folder.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Write synthetic visits through the real visitor-log writer (load and crash tests).
    SimulateVisits {
        /// The data folder to write into (the log goes to <DIR>/visits/<kiosk>/).
        #[arg(long, value_name = "DIR")]
        data_dir: PathBuf,
        /// Kiosk id written into the events.
        #[arg(long, default_value = "simulator")]
        kiosk: String,
        /// Number of visits.
        #[arg(long, default_value_t = 100)]
        visits: u64,
        /// Page views per visit.
        #[arg(long, default_value_t = 3)]
        pages_per_visit: u32,
        /// Pause between visits, in milliseconds.
        #[arg(long, default_value_t = 0)]
        pause_ms: u64,
    },
    /// Play a narration file through the kiosk's player and sound device, then report how
    /// long it played and how soon sound started (a sound check for staff and for tests).
    Play {
        /// An audio file (Ogg Vorbis, WAV, FLAC or MP3).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Volume in percent (within the configured maximum).
        #[arg(long, value_name = "PERCENT")]
        volume: Option<u8>,
    },
    /// Set the staff PIN (asked twice without echo on a terminal, else two lines of standard
    /// input); the settings file keeps its other settings and is made readable by its owner only.
    SetPin,
    /// Propose furigana (ruby readings) for a pack's Japanese texts, written into its RON
    /// files for review (needs a kiosk built with `--features furigana-tool`).
    Furigana(furigana::FuriganaArgs),
    /// Count visitors in visitor-log files (`*.jsonl`, folders searched recursively).
    #[command(after_help = TALLY_EXIT_STATUS_HELP)]
    Tally {
        /// Files or folders; default: the configured data folder.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// How to group the visitors.
        #[arg(long, value_enum, default_value = "fiscal-year")]
        by: TallyBy,
        /// Only this fiscal year.
        #[arg(long, value_name = "N", conflicts_with_all = ["from", "to"])]
        fiscal_year: Option<i16>,
        /// From this fiscal year (inclusive).
        #[arg(long, value_name = "N")]
        from: Option<i16>,
        /// To this fiscal year (inclusive).
        #[arg(long, value_name = "M")]
        to: Option<i16>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: TallyFormat,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// Parses the command line and runs it.
#[must_use]
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if cli.command.is_none() {
        // Before anything is read or said: this may start the process again.
        steady_memory::hold_the_mmap_threshold();
    }
    // Without --config, the standard settings file is read if there is one.
    let settings_path = cli
        .config
        .clone()
        .or_else(|| config::default_path().filter(|path| path.exists()));
    let loaded = config::load(settings_path.as_deref());
    for warning in &loaded.warnings {
        eprintln!("plaza-kiosk: {warning}");
    }
    let settings_warnings = loaded.warnings.clone();
    let config = loaded.config.clone();
    match cli.command {
        Some(Command::Validate { packs }) => validate(&config.content_dir, &packs),
        Some(Command::SetPin) => set_pin::run(cli.config.as_deref()),
        Some(Command::Furigana(args)) => furigana::run(&args),
        Some(Command::Play { file, volume }) => play::run(&file, volume, &config),
        Some(Command::Export {
            fiscal_year,
            out,
            paths,
        }) => export::run(&paths, fiscal_year, &out, &config),
        Some(Command::SimulateVisits {
            data_dir,
            kiosk,
            visits,
            pages_per_visit,
            pause_ms,
        }) => simulate::run(&simulate::Simulation {
            data_dir,
            kiosk,
            visits,
            pages_per_visit,
            pause: std::time::Duration::from_millis(pause_ms),
        }),
        Some(Command::Tally {
            paths,
            by,
            fiscal_year,
            from,
            to,
            format,
            out,
        }) => {
            let years = YearRange {
                from: fiscal_year.or(from),
                to: fiscal_year.or(to),
            };
            tally::run(
                &TallyRequest {
                    paths,
                    by,
                    years,
                    format,
                    out,
                },
                &config,
            )
        }
        None => {
            let _log = kiosk_log::start(&config.data_dir);
            kiosk_log::log_panics();
            for warning in &settings_warnings {
                tracing::warn!("{warning}");
            }
            tracing::info!(
                ?config,
                "plaza-kiosk {} starting",
                env!("CARGO_PKG_VERSION")
            );
            let follow_pack_dates = cli.pack.is_none();
            let pack = cli.pack.unwrap_or_else(|| config.default_pack_dir());
            let mut options =
                crate::app::options_for(pack, config, cli.windowed, cli.exit_after_frames);
            // A pack chosen by staff is remembered where the settings are (or will be).
            options.settings_path = settings_path.or_else(config::default_path);
            options.follow_pack_dates = follow_pack_dates;
            options.heed_settings(&loaded, crate::kiosk::system_utc_offset_seconds());
            let status = crate::app::run(options);
            tracing::info!("plaza-kiosk stopped");
            status
        }
    }
}

/// `plaza-kiosk validate`: 0 when no pack has errors, 1 when any has.
fn validate(content_dir: &Path, packs: &[PathBuf]) -> ExitCode {
    let dirs = if packs.is_empty() {
        match content::find_packs(content_dir) {
            Ok(dirs) if !dirs.is_empty() => dirs,
            Ok(_) => {
                eprintln!("plaza-kiosk: no packs in \"{}\"", content_dir.display());
                return ExitCode::from(1);
            }
            Err(e) => {
                eprintln!(
                    "plaza-kiosk: cannot read the content folder \"{}\": {e}",
                    content_dir.display()
                );
                return ExitCode::from(1);
            }
        }
    } else {
        packs.to_vec()
    };
    let mut any_errors = false;
    let mut out = std::io::stdout().lock();
    for dir in &dirs {
        let report: PackReport = content::load_pack(dir);
        for diagnostic in &report.diagnostics {
            let _ = writeln!(out, "{diagnostic}");
        }
        let _ = writeln!(out, "{}", report.summary_line());
        any_errors |= report.error_count() > 0;
    }
    if any_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

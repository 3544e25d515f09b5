//! `plaza-kiosk furigana PACK_DIR --dictionary DIR [--check]`: proposes ruby for the kanji of
//! a pack's Japanese texts and writes it into the pack's RON files for a person to review
//! (see [`crate::content::furigana`]). Only in a kiosk built with `--features furigana-tool`;
//! without it the command says how to get it, and the kiosk carries no dictionary code.
//!
//! Exit status: 0 proposals written (or, with `--check`, nothing to propose); 1 `--check`
//! found strings to propose, or the pack or dictionary could not be read or written;
//! 2 usage error.

#[cfg(feature = "furigana-tool")]
use std::io::Write as _;
#[cfg(feature = "furigana-tool")]
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The command's arguments.
#[cfg(feature = "furigana-tool")]
#[derive(Debug, clap::Args)]
#[command(after_help = EXIT_STATUS_HELP)]
pub struct FuriganaArgs {
    /// The pack folder (its pack.ron and exhibits/*.ron are read and, without --check,
    /// rewritten).
    #[arg(value_name = "PACK_DIR")]
    pub pack: PathBuf,
    /// IPADIC's source folder (Debian's mecab-ipadic: /usr/share/mecab/dic/ipadic), compiled
    /// once into the cache folder, or a folder compiled by lindera.
    #[arg(long, value_name = "DIR")]
    pub dictionary: PathBuf,
    /// Write nothing; print each proposal as FILE:LINE:COLUMN: proposed "…".
    #[arg(long)]
    pub check: bool,
}

/// Without the feature the command takes anything and explains.
#[cfg(not(feature = "furigana-tool"))]
#[derive(Debug, clap::Args)]
pub struct FuriganaArgs {
    /// Ignored: this kiosk was built without the furigana tool.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub ignored: Vec<std::ffi::OsString>,
}

#[cfg(feature = "furigana-tool")]
const EXIT_STATUS_HELP: &str = "\
Each changed line gets the comment `// furigana: proposed, review`; strings that already hold
ruby are left alone.

Exit status:
  0  proposals written (with --check: nothing to propose)
  1  with --check: there are strings to propose; or the pack or dictionary could not be read
     or written (nothing is written then)
  2  usage error";

/// Runs the command.
#[cfg(not(feature = "furigana-tool"))]
#[must_use]
pub fn run(_args: &FuriganaArgs) -> ExitCode {
    eprintln!(
        "plaza-kiosk: this kiosk was built without the furigana tool. Build it with\n  \
         cargo build --release --features furigana-tool\nand install a dictionary \
         (sudo apt-get install mecab-ipadic); see \"Furigana proposals\" in README.md."
    );
    ExitCode::from(1)
}

/// Runs the command.
#[cfg(feature = "furigana-tool")]
#[must_use]
pub fn run(args: &FuriganaArgs) -> ExitCode {
    use crate::content::furigana::{self, dictionary};

    let Some(cache) = cache_dir() else {
        eprintln!(
            "plaza-kiosk: neither XDG_CACHE_HOME nor HOME is set: no folder to keep the \
             compiled dictionary in"
        );
        return ExitCode::from(1);
    };
    let opened = dictionary::open(&args.dictionary, &cache, |target| {
        eprintln!(
            "plaza-kiosk: compiling the dictionary from {} into {} (only this once)",
            args.dictionary.display(),
            target.display()
        );
    });
    let tokenizer = match opened {
        Ok((tokenizer, origin)) => {
            if let dictionary::Origin::JustCompiled(target, seconds) = origin {
                eprintln!(
                    "plaza-kiosk: dictionary compiled in {seconds} s ({})",
                    target.display()
                );
            }
            tokenizer
        }
        Err(e) => {
            eprintln!("plaza-kiosk: {e}");
            return ExitCode::from(1);
        }
    };
    let reports = match furigana::run(&args.pack, &tokenizer, !args.check) {
        Ok(reports) => reports,
        Err(e) => {
            eprintln!("plaza-kiosk: {e}");
            return ExitCode::from(1);
        }
    };
    print_reports(&reports, args.check)
}

/// Prints what was found; the exit status follows from it.
#[cfg(feature = "furigana-tool")]
fn print_reports(reports: &[crate::content::furigana::FileReport], check: bool) -> ExitCode {
    use crate::content::furigana::REVIEW_COMMENT;

    let mut out = std::io::stdout().lock();
    let mut strings = 0;
    let mut files = 0;
    for report in reports {
        let file = report.file.display();
        if check {
            for proposal in &report.proposals {
                let at = proposal.position;
                let _ = writeln!(
                    out,
                    "{file}:{}:{}: proposed {:?}",
                    at.line, at.column, proposal.proposed
                );
            }
        } else if !report.proposals.is_empty() {
            let _ = writeln!(
                out,
                "{file}: {} proposed",
                count(report.proposals.len(), "string")
            );
        }
        for unread in &report.unread {
            let at = unread.position;
            let _ = writeln!(
                out,
                "{file}:{}:{}: no reading for {:?}: left without ruby",
                at.line, at.column, unread.word
            );
        }
        strings += report.proposals.len();
        files += usize::from(!report.proposals.is_empty());
    }
    let what = format!("{} in {}", count(strings, "string"), count(files, "file"));
    if check {
        let _ = writeln!(
            out,
            "furigana: {what} to propose; nothing written (--check)"
        );
        if strings > 0 {
            return ExitCode::from(1);
        }
    } else if strings > 0 {
        let _ = writeln!(
            out,
            "furigana: {what} written; review the lines marked \"{REVIEW_COMMENT}\""
        );
    } else {
        let _ = writeln!(out, "furigana: nothing to propose; nothing written");
    }
    ExitCode::SUCCESS
}

#[cfg(feature = "furigana-tool")]
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Where the compiled dictionary is kept: `$XDG_CACHE_HOME/plaza-kiosk`, else
/// `~/.cache/plaza-kiosk`.
#[cfg(feature = "furigana-tool")]
fn cache_dir() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = xdg.or_else(|| {
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| Path::new(&h).join(".cache"))
    })?;
    Some(base.join("plaza-kiosk"))
}

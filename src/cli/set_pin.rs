//! `plaza-kiosk set-pin [--config FILE]`: sets the staff PIN. On a terminal it is asked twice
//! without echo; otherwise two lines are read from standard input (scripted set-up). The
//! settings file keeps every other setting and gets mode 0600; only the PIN's salted Argon2id
//! hash is stored, and neither the PIN nor the hash is printed.

use std::io::{BufRead as _, IsTerminal as _};
use std::path::Path;
use std::process::ExitCode;

use crate::config::{self, KioskConfig};
use crate::staff::pin::{self, PinError};

/// Sets the PIN in the settings file `path` (default: the standard settings path).
#[must_use]
pub fn run(path: Option<&Path>) -> ExitCode {
    let Some(path) = path.map(Path::to_path_buf).or_else(config::default_path) else {
        eprintln!(
            "plaza-kiosk: no settings file given and no HOME to put one in; use --config FILE"
        );
        return ExitCode::from(2);
    };
    let mut settings = match existing(&path) {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("plaza-kiosk: {message}");
            return ExitCode::from(1);
        }
    };
    let (first, second) = match read_twice() {
        Ok(pair) => pair,
        Err(e) => {
            eprintln!("plaza-kiosk: cannot read the PIN: {e}");
            return ExitCode::from(1);
        }
    };
    let hash = if first == second {
        pin::hash(&first)
    } else {
        Err(PinError::Mismatch)
    };
    match hash {
        Ok(hash) => settings.staff_pin_hash = Some(hash),
        Err(e) => {
            eprintln!("plaza-kiosk: {e}; the PIN was not changed");
            return ExitCode::from(1);
        }
    }
    match config::save(&path, &settings) {
        Ok(()) => {
            eprintln!(
                "plaza-kiosk: staff PIN set in {} (readable by its owner only)",
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "plaza-kiosk: cannot write {}: {e}; the PIN was not changed",
                path.display()
            );
            ExitCode::from(1)
        }
    }
}

/// The settings already in `path` (defaults if there is no file). A file that is there but
/// cannot be read as settings is not overwritten: that would lose them.
fn existing(path: &Path) -> Result<KioskConfig, String> {
    if !path.exists() {
        return Ok(KioskConfig::default());
    }
    let loaded = config::load(Some(path));
    if let Some(damage) = loaded.damage {
        return Err(format!(
            "{damage}; fix or remove it first (nothing was changed)"
        ));
    }
    Ok(loaded.config)
}

/// The PIN twice: without echo on a terminal, else two lines of standard input.
fn read_twice() -> std::io::Result<(String, String)> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("New staff PIN (4 to 8 digits): ")?;
        let second = rpassword::prompt_password("The same PIN again: ")?;
        return Ok((first.trim().to_owned(), second.trim().to_owned()));
    }
    let mut lines = std::io::stdin().lock().lines();
    let mut next = || -> std::io::Result<String> {
        Ok(lines
            .next()
            .transpose()?
            .unwrap_or_default()
            .trim()
            .to_owned())
    };
    Ok((next()?, next()?))
}

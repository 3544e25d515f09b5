//! A private Xvfb server for tests and benchmarks that open real windows.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

/// A private Xvfb server, stopped when dropped.
pub struct VirtualDisplay {
    server: Child,
    /// The `DISPLAY` value, e.g. `:3`.
    pub display: String,
}

impl VirtualDisplay {
    /// Starts Xvfb on a display number it picks itself (`-displayfd`), so parallel tests
    /// never share or kill each other's server.
    pub fn start() -> Self {
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is needed for this test: run scripts/test.sh, which installs it");
        let stdout = server.stdout.take().expect("Xvfb's stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb reports its display number");
        let number = line.trim();
        assert!(!number.is_empty(), "Xvfb did not start");
        Self {
            server,
            display: format!(":{number}"),
        }
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

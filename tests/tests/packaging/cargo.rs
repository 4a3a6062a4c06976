//! Running cargo as a child process, with its output captured and shown on failure.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The cargo binary that runs this test.
pub struct Cargo {
    program: OsString,
}

impl Cargo {
    /// The cargo of `CARGO`, which `cargo test` sets for the tests it runs.
    pub fn from_env() -> Cargo {
        match std::env::var_os("CARGO") {
            Some(program) if !program.is_empty() => Cargo { program },
            _ => panic!(
                "the environment variable CARGO is not set: run this test with `cargo test`, \
                 which names the cargo binary there"
            ),
        }
    }

    /// `cargo <args>` in `dir`, with a plain environment: the settings of the cargo that
    /// runs this test (its target dir, its flags) must not leak into the child build.
    pub fn command(&self, dir: &Path, args: &[&str]) -> Command {
        let mut command = Command::new(&self.program);
        command.current_dir(dir).args(args);
        for inherited in [
            "CARGO_TARGET_DIR",
            "CARGO_BUILD_TARGET_DIR",
            "CARGO_ENCODED_RUSTFLAGS",
            "CARGO_BUILD_RUSTFLAGS",
            "RUSTFLAGS",
        ] {
            command.env_remove(inherited);
        }
        command.env("CARGO_TERM_COLOR", "never");
        command
    }
}

/// What a finished command printed, and how long it took.
pub struct Finished {
    pub stdout: String,
    pub elapsed: Duration,
}

/// Run `command` to its end; panic with its stderr and stdout if it fails.
pub fn run(mut command: Command) -> Finished {
    let shown = describe(&command);
    let start = Instant::now();
    let output = command
        .output()
        .unwrap_or_else(|err| panic!("could not start `{shown}`: {err}"));
    let elapsed = start.elapsed();
    if !output.status.success() {
        panic!("{}", failure(&shown, &output));
    }
    Finished {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        elapsed,
    }
}

fn failure(shown: &str, output: &Output) -> String {
    format!(
        "`{shown}` failed ({}).\n--- its stderr ---\n{}\n--- its stdout ---\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr).trim_end(),
        String::from_utf8_lossy(&output.stdout).trim_end(),
    )
}

/// `KEY=value ... program args` in `dir`, as a person would retype it.
fn describe(command: &Command) -> String {
    let mut parts = Vec::new();
    for (key, value) in command.get_envs() {
        if let Some(value) = value {
            parts.push(format!(
                "{}={}",
                key.to_string_lossy(),
                value.to_string_lossy()
            ));
        }
    }
    parts.push(command.get_program().to_string_lossy().into_owned());
    parts.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    let dir = command
        .get_current_dir()
        .map(|d| format!(" (in {})", d.display()))
        .unwrap_or_default();
    format!("{}{dir}", parts.join(" "))
}

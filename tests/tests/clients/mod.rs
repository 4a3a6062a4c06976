//! Shared by the client tests: where the committed clients are, the runtimes the build script
//! found, and running a client's command line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::workspace;

pub mod corpus;

/// A client language: its committed folder and how its command line runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Client {
    TypeScript,
    Python,
}

impl Client {
    pub const ALL: [Client; 2] = [Client::TypeScript, Client::Python];

    /// The committed client, under `docs/clients/`.
    pub fn dir(self) -> PathBuf {
        workspace().join("docs/clients").join(self.name())
    }

    /// `typescript`, `python`.
    pub fn name(self) -> &'static str {
        match self {
            Client::TypeScript => "typescript",
            Client::Python => "python",
        }
    }

    /// The program that runs it, as the build script found it.
    pub fn program(self) -> PathBuf {
        let found = match self {
            Client::TypeScript => option_env!("ERRORS_TESTS_NODE"),
            Client::Python => option_env!("ERRORS_TESTS_PYTHON"),
        };
        PathBuf::from(found.expect(
            "REQUIRE_CLIENT_RUNTIMES=1 but node or python3 is missing from PATH (.ci/run installs both)",
        ))
    }

    /// The command line of the client in `dir`.
    pub fn command_in(self, dir: &Path) -> Command {
        let mut command = Command::new(self.program());
        match self {
            Client::TypeScript => command.arg(dir.join("classify.mjs")),
            // Without site-packages (the client needs none), its bytecode cached in the target
            // directory rather than beside the sources.
            Client::Python => command.arg("-S").arg(dir.join("classify.py")).env(
                "PYTHONPYCACHEPREFIX",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("pycache"),
            ),
        };
        command
    }
}

/// What a command line did: exit code, standard output and standard error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printed {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `command` with `args`, the body on its standard input.
pub fn run(mut command: Command, args: &[String], body: &[u8]) -> Printed {
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the client's runtime starts");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let body = body.to_vec();
    // A program may stop reading after its limit: a closed pipe is no failure.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&body);
    });
    let output = child.wait_with_output().expect("the client's runtime runs");
    let _ = writer.join();
    Printed {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout)
            .trim_end_matches('\n')
            .to_owned(),
        stderr: String::from_utf8_lossy(&output.stderr)
            .trim_end_matches('\n')
            .to_owned(),
    }
}

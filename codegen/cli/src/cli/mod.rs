//! The command line: one file per command. Exit codes: 0 when all is well, 1 when the
//! catalogue has errors (or a diff or lock finds breaking changes, or `explain` finds
//! nothing), 2 for usage and environment errors (bad flags, missing or unreadable files, an
//! empty directory, a git revision that does not exist): then one line on stderr.

mod check;
mod client;
mod diff;
mod docs;
mod explain;
mod lock;
mod source;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use errors_codegen::{Catalog, Config, Diagnostics, Error};

/// Read, check, document and compare a catalogue of HTTP API problem types (RFC 9457), and
/// write clients of it in other languages.
#[derive(Parser)]
#[command(name = "errors-codegen", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(check::CheckArgs),
    Client(client::ClientArgs),
    Docs(docs::DocsArgs),
    Explain(explain::ExplainArgs),
    Diff(diff::DiffArgs),
    Lock(lock::LockArgs),
}

/// Why a command stopped: the exit code and what to print on stderr (may be empty when
/// the command already printed its findings).
pub struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// Exit code 1: the catalogue (or a comparison) has findings.
    pub fn findings(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }

    /// Exit code 2: the command could not run (usage, files, environment).
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: format!("error: {}", message.into()),
        }
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Failure {
        match err {
            Error::Catalog(diags) => Failure::findings(diags.to_string()),
            other => Failure::usage(other.to_string()),
        }
    }
}

/// The result of a command.
pub type Outcome = Result<(), Failure>;

/// Parse the arguments, run the command, and turn the outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
    let outcome = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Client(args) => client::run(args),
        Command::Docs(args) => docs::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Lock(args) => lock::run(args),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("{}", failure.message);
            }
            ExitCode::from(failure.code)
        }
    }
}

/// clap's help and version go out as they are; a usage mistake becomes one line and exit 2.
fn usage_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            ExitCode::from(if err.use_stderr() { 2 } else { 0 })
        }
        _ => {
            let text = err.to_string();
            let first = text.lines().next().unwrap_or("error: bad arguments");
            eprintln!("{first} (see `errors-codegen --help`)");
            ExitCode::from(2)
        }
    }
}

/// `catalog` in the current directory, else the workspace's own catalogue.
pub fn catalog_dir(dir: Option<PathBuf>) -> PathBuf {
    dir.unwrap_or_else(|| {
        let here = PathBuf::from("catalog");
        if here.is_dir() {
            here
        } else {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../catalog")
        }
    })
}

/// Load and validate the catalogue in `dir`, with its warnings.
pub fn load(dir: &std::path::Path) -> Result<(Catalog, Diagnostics), Failure> {
    existing_dir(dir)?;
    Ok(Config::new().catalog_dir(dir).load()?)
}

/// A usage error unless `dir` is an existing directory.
pub fn existing_dir(dir: &std::path::Path) -> Outcome {
    if !dir.exists() {
        return Err(Failure::usage(format!(
            "{}: no such directory",
            dir.display()
        )));
    }
    if !dir.is_dir() {
        return Err(Failure::usage(format!(
            "{}: not a directory (a catalogue is a directory of *.yaml files)",
            dir.display()
        )));
    }
    Ok(())
}

/// Write to stdout; a closed pipe (`| head`) is not an error.
pub fn print(text: &str) -> Outcome {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::usage(format!("cannot write to stdout: {e}"))),
    }
}

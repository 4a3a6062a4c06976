//! `errors-codegen`: check a catalogue and print its docs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use errors_codegen::{emit, Config, Error};

/// Check a problem catalogue and print its documentation.
#[derive(Parser)]
#[command(name = "errors-codegen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate the catalogue: every mistake as `file:line:col: message`; exit 1 on any.
    Check {
        /// The catalogue directory (default: `catalog`).
        dir: Option<PathBuf>,
    },
    /// Print the Markdown error table of the catalogue.
    Docs {
        /// The catalogue directory (default: `catalog`).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// `catalog` in the current directory, else the workspace's own catalogue.
fn default_dir(dir: Option<PathBuf>) -> PathBuf {
    dir.unwrap_or_else(|| {
        let here = PathBuf::from("catalog");
        if here.is_dir() {
            here
        } else {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../catalog")
        }
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (dir, docs) = match cli.command {
        Command::Check { dir } => (default_dir(dir), false),
        Command::Docs { dir } => (default_dir(dir), true),
    };
    match Config::new().catalog_dir(&dir).load() {
        Ok((catalog, warnings)) => {
            for w in warnings.iter() {
                eprintln!("{w}");
            }
            if docs {
                print!("{}", emit::markdown::render(&catalog));
            } else {
                eprintln!(
                    "{}: {} problem types, no errors",
                    dir.display(),
                    catalog.entries.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(Error::Catalog(diags)) => {
            eprintln!("{diags}");
            ExitCode::from(1)
        }
        Err(other) => {
            eprintln!("error: {other}");
            ExitCode::from(2)
        }
    }
}

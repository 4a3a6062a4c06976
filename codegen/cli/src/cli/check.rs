//! `check [DIR]`: validate the catalogue and compare it with its lock.

use std::path::PathBuf;

use clap::Args;
use errors_codegen::compat::{Lock, LOCK_FILE};
use errors_codegen::{Config, Diagnostics, Error, Severity};

use super::{catalog_dir, existing_dir, Failure, Outcome};

/// Validate the catalogue: every mistake as `file:line:col: message`, exit 1 on any.
///
/// Also warns about entries with neither a comment nor a link, and compares the catalogue
/// with its lock file (`DIR/catalog.lock`, when present): a breaking change against the
/// lock is an error, a compatible one that the lock does not record yet is a warning.
#[derive(Args)]
pub struct CheckArgs {
    /// The catalogue directory [default: catalog]
    dir: Option<PathBuf>,
    /// The lock file to compare with [default: DIR/catalog.lock, if it exists]
    #[arg(long, value_name = "FILE")]
    lock: Option<PathBuf>,
    /// Print errors only, not warnings
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: CheckArgs) -> Outcome {
    let dir = catalog_dir(args.dir);
    existing_dir(&dir)?;
    let lock_path = args.lock.clone().unwrap_or_else(|| dir.join(LOCK_FILE));
    let lock = Lock::read(&lock_path, &lock_path)?;
    if let (None, Some(path)) = (&lock, &args.lock) {
        return Err(Failure::usage(format!(
            "{}: no such lock file",
            path.display()
        )));
    }
    let (all, entries) = match Config::new().catalog_dir(&dir).load() {
        Ok((catalog, warnings)) => {
            let mut all = warnings.0;
            if let Some((lock, text)) = &lock {
                all.extend(lock.check(&catalog, &lock_path, text));
            }
            (all, Some(catalog.entries().len()))
        }
        // The lock is compared only with a catalogue that loads: its mistakes come first.
        Err(Error::Catalog(diags)) => (diags.0, None),
        Err(other) => return Err(other.into()),
    };
    let diags = Diagnostics::new(all);
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.0.len() - errors;
    for d in diags.iter() {
        if !(args.quiet && d.severity == Severity::Warning) {
            eprintln!("{d}");
        }
    }
    let count = match entries {
        Some(n) => format!("{n} problem types"),
        None => "not loaded".to_owned(),
    };
    let against = match (&lock, entries) {
        (Some(_), Some(_)) => format!(", compared with {}", lock_path.display()),
        (None, _) => {
            format!("; no {LOCK_FILE} (`errors-codegen lock` records the published surface)")
        }
        (Some(_), None) => String::new(),
    };
    let summary = format!(
        "{}: {count}, {errors} error{}, {warnings} warning{}{against}",
        dir.display(),
        plural(errors),
        plural(warnings),
    );
    if errors > 0 {
        return Err(Failure::findings(summary));
    }
    eprintln!("{summary}");
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

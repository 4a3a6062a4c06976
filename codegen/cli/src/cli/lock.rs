//! `lock [DIR]`: record the published surface of the catalogue in its lock file.

use std::path::PathBuf;

use clap::Args;
use errors_codegen::compat::{Lock, Surface, LOCK_FILE};
use errors_codegen::write_if_changed;

use super::{catalog_dir, load, Failure, Outcome};

/// Record the published surface of the catalogue in its lock file (`DIR/catalog.lock`).
///
/// Per entry: id, type URI, status, parameter names and kinds, retry hint, wire shape,
/// legacy error code and whether it is retired. `check` rejects catalogue edits that break it.
///
/// Entries that left the catalogue stay in the lock as removed, so their ids and type URIs
/// are never used again. Breaking changes are recorded only with --allow-breaking.
#[derive(Args)]
pub struct LockArgs {
    /// The catalogue directory [default: catalog]
    dir: Option<PathBuf>,
    /// The lock file to write [default: DIR/catalog.lock]
    #[arg(long, value_name = "FILE")]
    lock: Option<PathBuf>,
    /// Record breaking changes too (a new major version of the catalogue)
    #[arg(long)]
    allow_breaking: bool,
}

pub fn run(args: LockArgs) -> Outcome {
    let dir = catalog_dir(args.dir);
    let (catalog, _warnings) = load(&dir)?;
    let path = args.lock.unwrap_or_else(|| dir.join(LOCK_FILE));
    let (lock, changes) = match Lock::read(&path, &path)? {
        Some((old, _)) => (old.updated(&catalog), old.changes(&catalog)),
        None => (Lock::new(Surface::of(&catalog)), Vec::new()),
    };
    let breaking: Vec<_> = changes.iter().filter(|c| c.is_breaking()).collect();
    if !breaking.is_empty() && !args.allow_breaking {
        for change in &breaking {
            eprintln!("{change}");
        }
        return Err(Failure::findings(format!(
            "{}: not written: {} breaking change{}; revert {}, or pass --allow-breaking to record {}",
            path.display(),
            breaking.len(),
            if breaking.len() == 1 { "" } else { "s" },
            if breaking.len() == 1 { "it" } else { "them" },
            if breaking.len() == 1 { "it" } else { "them" },
        )));
    }
    for change in &changes {
        eprintln!("{change}");
    }
    let written = write_if_changed(&path, lock.render().as_bytes())?;
    let what = if written { "wrote" } else { "up to date:" };
    eprintln!("{what} {} ({} entries)", path.display(), lock.entries.len());
    Ok(())
}

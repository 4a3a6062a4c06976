//! Where a catalogue to compare comes from: a directory, or `REV:PATH`, a directory in a
//! git revision of the repository around the current directory.

use std::path::{Path, PathBuf};
use std::process::Command;

use errors_codegen::{load_bytes, Catalog, Config};

use super::{existing_dir, Failure};

/// Load the catalogue that `arg` names. An existing path is a directory; otherwise
/// `REV:PATH` is read from git (`main:catalog`, `HEAD~1:catalog`, `v1.0:./catalog`).
pub fn load_source(arg: &str) -> Result<Catalog, Failure> {
    if !Path::new(arg).exists() {
        if let Some((rev, path)) = arg.split_once(':').filter(|(rev, _)| !rev.is_empty()) {
            return from_git(rev, path);
        }
        return Err(Failure::usage(format!(
            "{arg}: no such directory (for a git revision write REV:PATH, e.g. `main:catalog`)"
        )));
    }
    existing_dir(Path::new(arg))?;
    let (catalog, _warnings) = Config::new().catalog_dir(arg).load()?;
    Ok(catalog)
}

/// Read every `*.yaml` / `*.yml` file of the tree `rev:path`, and of its `locales` folder,
/// and load them.
fn from_git(rev: &str, path: &str) -> Result<Catalog, Failure> {
    let path = path.trim_end_matches('/');
    let path = if path.is_empty() { "." } else { path };
    git(&["rev-parse", "--git-dir"]).map_err(|e| match e {
        GitError::Failed(message) => Failure::usage(format!(
            "{rev}:{path}: the current directory is not in a git repository ({message})"
        )),
        other => other.into_failure(),
    })?;
    let commit = format!("{rev}^{{commit}}");
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        &commit,
    ])
    .map_err(|e| match e {
        GitError::Failed(_) => {
            Failure::usage(format!("{rev}: not a revision of this git repository"))
        }
        other => other.into_failure(),
    })?;
    let tree = format!("{rev}:{path}");
    let listing = git(&["ls-tree", "-z", "--end-of-options", &tree]).map_err(|e| match e {
        GitError::Failed(_) => {
            Failure::usage(format!("{tree}: no such directory in revision {rev}"))
        }
        other => other.into_failure(),
    })?;
    let mut names = yaml_files(&listing, "");
    names.sort();
    if names.is_empty() {
        return Err(Failure::usage(format!(
            "{tree}: no catalogue files (*.yaml) in this directory"
        )));
    }
    // The translations, when the revision has a `locales` folder there.
    if let Ok(listing) = git(&[
        "ls-tree",
        "-z",
        "--end-of-options",
        &format!("{tree}/locales"),
    ]) {
        let mut translations = yaml_files(&listing, "locales/");
        translations.sort();
        names.extend(translations);
    }
    let mut files = Vec::new();
    for name in names {
        let spec = format!("{rev}:{path}/{name}");
        let bytes = git(&["show", "--end-of-options", &spec]).map_err(GitError::into_failure)?;
        files.push((PathBuf::from(spec), bytes));
    }
    let (catalog, _warnings) = load_bytes(&files)?;
    Ok(catalog)
}

/// The `*.yaml` / `*.yml` files of a `git ls-tree -z` listing, each prefixed with `prefix`.
fn yaml_files(listing: &[u8], prefix: &str) -> Vec<String> {
    String::from_utf8_lossy(listing)
        .split('\0')
        .filter_map(|line| {
            // `<mode> <type> <object>\t<name>`
            let (meta, name) = line.split_once('\t')?;
            let is_yaml = name.ends_with(".yaml") || name.ends_with(".yml");
            (meta.split(' ').nth(1) == Some("blob") && is_yaml).then(|| format!("{prefix}{name}"))
        })
        .collect()
}

enum GitError {
    /// git could not be started.
    Missing(std::io::Error),
    /// git ran and failed; its first line of complaint.
    Failed(String),
}

impl GitError {
    fn into_failure(self) -> Failure {
        match self {
            GitError::Missing(e) => {
                Failure::usage(format!("cannot run git (needed for REV:PATH): {e}"))
            }
            GitError::Failed(message) => Failure::usage(format!("git: {message}")),
        }
    }
}

/// Run git with `args`; its standard output, or why it failed.
fn git(args: &[&str]) -> Result<Vec<u8>, GitError> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(GitError::Missing)?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first = stderr
        .lines()
        .map(|l| l.trim_start_matches("fatal: ").trim())
        .find(|l| !l.is_empty())
        .unwrap_or("failed")
        .to_owned();
    Err(GitError::Failed(first))
}

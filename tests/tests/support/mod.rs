//! Helpers shared by the test files: the workspace, the shipped catalogue, committed files.

// Each test file uses a part of these helpers.
#![allow(dead_code)]

pub mod imports;

use std::path::{Path, PathBuf};

use errors_codegen::{Catalog, Config};

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace")
        .to_path_buf()
}

/// The shipped catalogue, loaded as the CLI loads it; panics with every diagnostic if it
/// does not load (then the build of errors-core fails too).
pub fn shipped_catalog() -> Catalog {
    let root = workspace();
    match Config::new()
        .catalog_dir(root.join("catalog"))
        .display_root(&root)
        .load()
    {
        Ok((catalog, _warnings)) => catalog,
        Err(err) => panic!("the shipped catalogue does not load:\n{err}"),
    }
}

/// The command that regenerates the committed docs and lock.
pub const REGENERATE: &str =
    "UPDATE_DOCS=1 cargo test -p errors-tests --test cross_crate committed_docs";

/// Compare a committed generated file with what the catalogue gives now; with
/// `UPDATE_DOCS=1` in the environment the file is rewritten instead.
pub fn assert_committed(relative: &str, expected: &str) {
    let update = std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1");
    if let Err(message) = check_committed(&workspace(), relative, expected, update) {
        panic!("{message}");
    }
}

/// `root/relative` holds `expected`, or (with `update`) is made to; else a message that
/// names the file, the first differing line and the command that regenerates it.
pub fn check_committed(
    root: &Path,
    relative: &str,
    expected: &str,
    update: bool,
) -> Result<(), String> {
    let path = root.join(relative);
    if update {
        return std::fs::write(&path, expected).map_err(|e| format!("{relative}: {e}"));
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == expected {
        return Ok(());
    }
    let line = committed
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .map_or_else(
            || committed.lines().count().min(expected.lines().count()) + 1,
            |i| i + 1,
        );
    Err(format!(
        "{relative} is out of date with the catalogue (first difference at line {line}).\n\
         Regenerate the committed docs and lock with:\n    {REGENERATE}"
    ))
}

//! The consumer workspace: `tests/fixtures/consumers` copied to a temporary directory, its
//! dependencies by version redirected to the unpacked packages with `[patch.crates-io]`.
//!
//! None of the packaged crates is on crates.io; a patch still applies to such a name, and
//! it is how a crate is tried before it is published: the consumers' manifests stay exactly
//! what an outside user writes, and the packages' own dependencies on each other (by
//! version in their packaged manifests) are redirected by the same patch.

use std::fs;
use std::path::{Path, PathBuf};

/// A consumer workspace written to a temporary directory.
pub struct Consumers {
    dir: tempfile::TempDir,
    /// Where the lockfile is kept between runs, so reruns resolve to the same versions.
    kept_lock: PathBuf,
}

impl Consumers {
    /// Copy the fixture and patch each `(name, unpacked dir)` in; reuse the lockfile kept
    /// in `state_dir` by an earlier run.
    pub fn write(fixture: &Path, patches: &[(&str, PathBuf)], state_dir: &Path) -> Consumers {
        let dir = tempfile::tempdir().expect("a temporary directory");
        copy_tree(fixture, dir.path());
        let manifest = dir.path().join("Cargo.toml");
        let mut text = fs::read_to_string(&manifest).expect("the fixture's workspace manifest");
        text.push_str("\n[patch.crates-io]\n");
        for (name, path) in patches {
            // A TOML literal string: no escapes to get wrong in a path.
            text.push_str(&format!("{name} = {{ path = '{}' }}\n", path.display()));
        }
        fs::write(&manifest, text).unwrap();
        fs::create_dir_all(state_dir).unwrap();
        let kept_lock = state_dir.join("Cargo.lock");
        if kept_lock.is_file() {
            fs::copy(&kept_lock, dir.path().join("Cargo.lock")).unwrap();
        }
        Consumers { dir, kept_lock }
    }

    /// The workspace directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The lockfile as cargo left it.
    pub fn lockfile(&self) -> String {
        fs::read_to_string(self.dir.path().join("Cargo.lock")).unwrap_or_default()
    }

    /// Keep the lockfile for the next run.
    pub fn keep_lockfile(&self) {
        fs::copy(self.dir.path().join("Cargo.lock"), &self.kept_lock).unwrap();
    }
}

/// Whether the lockfile resolved `name` to a path (the patch), not to a registry.
pub fn locked_to_a_path(lockfile: &str, name: &str) -> bool {
    lockfile.split("[[package]]").any(|package| {
        package.contains(&format!("name = \"{name}\"\n")) && !package.contains("source = ")
    })
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

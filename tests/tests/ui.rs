//! Compile-fail and pass tests of the macros: every misuse is reported with its message on
//! the token at fault (the `.stderr` files), and correct uses compile.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test -p errors-tests --test cross_crate ui`
//! and read every changed `.stderr` before committing it.

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    stage_catalogues();
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}

/// trybuild compiles each case as a crate in `<target>/tests/trybuild/errors-tests`, and
/// `catalog!` reads paths relative to the compiled crate's directory: put the fixture
/// catalogues there, as a crate with its own catalogue would have them.
fn stage_catalogues() {
    let project = target_dir().join("tests/trybuild/errors-tests");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/catalogs");
    copy_dir(&from, &project.join("catalogs"));
}

/// The target directory, as trybuild finds it: from `cargo metadata`.
fn target_dir() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version=1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    PathBuf::from(
        metadata["target_directory"]
            .as_str()
            .expect("cargo metadata names the target directory"),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

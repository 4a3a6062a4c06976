//! The CLI writes the committed docs and lock byte for byte. This package builds
//! serde_json without `preserve_order` (no dependency turns it on here, unlike the
//! workspace's runtime crate), so this is where member order is checked for real.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_errors-codegen");

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn output(args: &[&str]) -> String {
    let o = Command::new(BIN)
        .args(args)
        .current_dir(workspace())
        .output()
        .expect("the binary runs");
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8 output")
}

fn committed(path: &str) -> String {
    std::fs::read_to_string(workspace().join(path)).unwrap()
}

#[test]
fn docs_match_the_committed_markdown_and_json() {
    assert_eq!(
        output(&["docs", "--format", "markdown"]),
        committed("docs/errors.md")
    );
    assert_eq!(
        output(&["docs", "--format", "json"]),
        committed("docs/catalog.json")
    );
}

#[test]
fn a_fresh_lock_matches_the_committed_one() {
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join("catalog.lock");
    Command::new(BIN)
        .args(["lock", "catalog", "--lock"])
        .arg(&lock)
        .current_dir(workspace())
        .output()
        .expect("the binary runs");
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        committed("catalog/catalog.lock")
    );
}

#[test]
fn example_bodies_read_in_problem_json_order() {
    let text = output(&["explain", "reference_not_found"]);
    let body = text
        .split("Example body (application/problem+json):\n")
        .nth(1)
        .expect("an example body");
    let keys: Vec<&str> = body
        .lines()
        .filter_map(|l| l.trim().strip_prefix('"')?.split('"').next())
        .collect();
    assert_eq!(
        keys,
        ["type", "title", "status", "detail", "reference", "msn"]
    );
}

//! Exit 1 for every catalogue mistake, down to its bytes; exit 2 only for bad arguments and
//! paths that cannot be read.

use std::path::Path;

use crate::cli::run;

/// The byte-level cases of the generator's fixtures, each with its first line.
const BYTE_FAULTS: &[(&str, &str)] = &[
    (
        "yaml_byte_not_utf8",
        "shop.yaml:7:21: byte 0xFF is not UTF-8",
    ),
    (
        "yaml_byte_utf8_cut_at_the_end",
        "shop.yaml:9:3: byte 0xE2 is not UTF-8",
    ),
    (
        "translation_not_utf8",
        "nb.yaml:4:20: byte 0xF8 is not UTF-8",
    ),
    (
        "yaml_control_character_nul",
        "shop.yaml:7:18: control character U+0000",
    ),
    (
        "yaml_escape_lone_surrogate",
        "shop.yaml:7:26: `\\uD800` names a lone surrogate",
    ),
    (
        "yaml_tab_indents_a_key",
        "shop.yaml:8:1: a tab cannot indent YAML",
    ),
];

fn case_catalog(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/mistakes")
        .join(name)
        .join("catalog")
}

#[test]
fn every_byte_level_fault_is_a_located_mistake_and_exit_1() {
    for (name, line) in BYTE_FAULTS {
        let dir = case_catalog(name);
        let out = run(&dir, &["check", "."]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains(line), "{name}: `{line}` not in: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}

#[test]
fn the_other_files_are_checked_in_the_same_run() {
    let dir = case_catalog("yaml_byte_not_utf8_other_files_still_checked");
    let out = run(&dir, &["check", "."]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("a.yaml:7:15: byte 0xE9 is not UTF-8"), "{err}");
    assert!(
        err.contains("b.yaml:8:13: entry `gone`: status 4099"),
        "{err}"
    );
}

#[test]
fn a_path_that_cannot_be_read_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("shop.yaml"), "api: shop\n").unwrap();
    // A directory where the lock file should be: the path exists but cannot be read.
    std::fs::create_dir(dir.path().join("lock")).unwrap();
    let out = run(dir.path(), &["check", "--lock", "lock", "."]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("error: lock: "), "{err}");
}

#[test]
fn a_revision_s_file_that_is_not_utf8_is_a_located_mistake_and_exit_1() {
    let repo = tempfile::tempdir().unwrap();
    let cat = repo.path().join("catalog");
    std::fs::create_dir(&cat).unwrap();
    let faulty = case_catalog("yaml_byte_not_utf8").join("shop.yaml");
    std::fs::copy(faulty, cat.join("shop.yaml")).unwrap();
    crate::cli::git(repo.path(), &["init", "-q", "-b", "main"]);
    crate::cli::git(repo.path(), &["add", "."]);
    crate::cli::git(repo.path(), &["commit", "-q", "-m", "first"]);
    let out = run(repo.path(), &["diff", "HEAD:catalog", "catalog"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("HEAD:catalog/shop.yaml:7:21: byte 0xFF is not UTF-8"),
        "{err}"
    );
}

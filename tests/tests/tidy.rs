//! Tidy, in the spirit of rustc's: every catalogue entry has a row in the committed docs,
//! an example-body snapshot that matches it, and a test that names it (a loop over every
//! entry does not count: it would pass for an entry no one has looked at). A missing piece
//! fails the suite naming the entry; so does a snapshot left behind by an entry that is gone.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::{shipped_catalog, workspace};
use errors_codegen::emit::{example, markdown};
use errors_codegen::{variant_name, Entry};
use serde_json::Value;

/// Where each piece lives.
const DOCS: &str = "docs/errors.md";
const SNAPSHOTS: &str = "tests/tests/snapshots";
const SNAPSHOT_PREFIX: &str = "cross_crate__shipped_catalog__body_";
/// Where the tests that name entries live; `catalog/tests/every_entry.rs` names them all.
const TEST_DIRS: &[&str] = &["tests/tests", "catalog/tests"];
/// The test that builds every entry by name.
const EVERY_ENTRY: &str = "catalog/tests/every_entry.rs";

/// What the repository holds, read once.
struct Repo {
    docs: String,
    /// Snapshot file name → its body (the JSON after insta's header).
    snapshots: Vec<(String, String)>,
    /// Rust variant names that some test names (`Problem::X`, `ProblemType::X`).
    named: BTreeSet<String>,
}

fn read_repo() -> Repo {
    let root = workspace();
    let docs = std::fs::read_to_string(root.join(DOCS)).unwrap_or_default();
    let mut snapshots = Vec::new();
    for entry in std::fs::read_dir(root.join(SNAPSHOTS)).expect("the snapshot directory") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(SNAPSHOT_PREFIX) && name.ends_with(".snap") {
            snapshots.push((name, snapshot_body(&path)));
        }
    }
    let mut named = BTreeSet::new();
    for dir in TEST_DIRS {
        for file in rust_files(&root.join(dir)) {
            if file.ends_with("tidy.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            named.extend(variants_named(&text));
        }
    }
    Repo {
        docs,
        snapshots,
        named,
    }
}

/// The `.rs` files below `dir`.
fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every `X` of `Problem::X` or `ProblemType::X` in `text`.
fn variants_named(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in ["Problem::", "ProblemType::"] {
        for (at, _) in text.match_indices(prefix) {
            let before = text[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                out.push(name);
            }
        }
    }
    out
}

/// An insta snapshot without its `---`-delimited header.
fn snapshot_body(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    match text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
    {
        Some((_header, body)) => body.to_owned(),
        None => text,
    }
}

/// Every missing or stale piece, one line each, naming the entry.
fn tidy(entries: &[Entry], repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for e in entries {
        let id = e.id();
        if !repo.docs.contains(&markdown::anchor(id)) {
            problems.push(format!(
                "entry `{id}`: no row in {DOCS} (regenerate: UPDATE_DOCS=1 cargo test -p errors-tests --test cross_crate committed_docs)"
            ));
        }
        let file = format!("{SNAPSHOT_PREFIX}{id}.snap");
        match repo.snapshots.iter().find(|(name, _)| *name == file) {
            None => problems.push(format!(
                "entry `{id}`: no example-body snapshot {SNAPSHOTS}/{file} (INSTA_UPDATE=always cargo test -p errors-tests --test cross_crate shipped_catalog, then read it)"
            )),
            Some((_, body)) => {
                let expected = example::problem_json(e).to_value();
                if serde_json::from_str::<Value>(body).ok().as_ref() != Some(&expected) {
                    problems.push(format!(
                        "entry `{id}`: {SNAPSHOTS}/{file} does not show its example body"
                    ));
                }
            }
        }
        if !repo.named.contains(&variant_name(id)) {
            problems.push(format!(
                "entry `{id}`: no test names it (add its line to {EVERY_ENTRY})"
            ));
        }
    }
    for (name, _) in &repo.snapshots {
        let id = &name[SNAPSHOT_PREFIX.len()..name.len() - ".snap".len()];
        if !entries.iter().any(|e| e.id() == id) {
            problems.push(format!(
                "{SNAPSHOTS}/{name}: no entry `{id}` in the catalogue; delete the snapshot"
            ));
        }
    }
    problems
}

#[test]
fn every_entry_has_docs_a_snapshot_and_a_test() {
    let catalog = shipped_catalog();
    let problems = tidy(catalog.entries(), &read_repo());
    assert!(problems.is_empty(), "tidy found:\n{}", problems.join("\n"));
}

#[test]
fn a_missing_piece_fails_with_the_entry_name() {
    let catalog = shipped_catalog();
    let mut repo = read_repo();
    let victim = &catalog.entries()[3];
    let id = victim.id().to_owned();
    repo.docs = repo.docs.replace(&markdown::anchor(&id), "");
    repo.snapshots
        .retain(|(name, _)| !name.ends_with(&format!("_{id}.snap")));
    repo.named.remove(&variant_name(&id));
    // A stale snapshot for another entry, and an orphan.
    let other = catalog.entries()[0].id();
    for (name, body) in &mut repo.snapshots {
        if *name == format!("{SNAPSHOT_PREFIX}{other}.snap") {
            *body = body.replace("\"status\": ", "\"status\": 1");
        }
    }
    repo.snapshots
        .push((format!("{SNAPSHOT_PREFIX}gone_entry.snap"), "{}".into()));

    let problems = tidy(catalog.entries(), &repo);
    let expected = [
        format!("entry `{other}`: {SNAPSHOTS}/{SNAPSHOT_PREFIX}{other}.snap does not show its example body"),
        format!("entry `{id}`: no row in {DOCS}"),
        format!("entry `{id}`: no example-body snapshot"),
        format!("entry `{id}`: no test names it"),
        format!("{SNAPSHOTS}/{SNAPSHOT_PREFIX}gone_entry.snap: no entry `gone_entry`"),
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for (got, want) in problems.iter().zip(&expected) {
        assert!(
            got.starts_with(want.as_str()),
            "{got:?} does not start with {want:?}"
        );
    }
}

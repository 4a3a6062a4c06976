//! `client`: a client of the catalogue in each language, written once and then left as it
//! is; a language it does not know, or a catalogue that is not there, is a usage error.

use crate::cli::{assert_usage_error, code, run, shipped, stderr};

#[test]
fn client_writes_each_language_then_nothing_that_is_up_to_date() {
    let cat = shipped();
    let cat = cat.to_str().unwrap();
    for (lang, files) in [
        (
            "typescript",
            &[
                "index.mjs",
                "index.d.mts",
                "catalog.mjs",
                "classify.mjs",
                "lib/json.mjs",
                "README.md",
            ][..],
        ),
        (
            "python",
            &[
                "problems/__init__.py",
                "problems/types.py",
                "problems/_catalog.py",
                "classify.py",
                "README.md",
            ][..],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("client");
        let out_arg = out.to_str().unwrap();
        let first = run(
            dir.path(),
            &["client", "--lang", lang, "--out", out_arg, "--dir", cat],
        );
        assert_eq!(code(&first), 0, "{lang}: {}", stderr(&first));
        for file in files {
            let text = std::fs::read_to_string(out.join(file)).unwrap_or_default();
            assert!(
                text.contains("@generated"),
                "{lang}: {file} is missing or not generated"
            );
        }
        let (written, total) = counts(&stderr(&first));
        assert_eq!(written, total, "{lang}: {}", stderr(&first));
        // A file of the folder that is no client file stays.
        std::fs::write(out.join("notes.txt"), "mine\n").unwrap();
        let again = run(
            dir.path(),
            &["client", "--lang", lang, "--out", out_arg, "--dir", cat],
        );
        assert_eq!(code(&again), 0, "{lang}");
        assert_eq!(
            counts(&stderr(&again)),
            (0, total),
            "{lang}: {}",
            stderr(&again)
        );
        assert!(out.join("notes.txt").exists());
    }
}

/// `DIR: N of M files written, ...` → (N, M).
fn counts(line: &str) -> (usize, usize) {
    let after = line.rsplit_once(": ").map_or(line, |(_, rest)| rest);
    let mut numbers = after.split(' ').filter_map(|w| w.parse::<usize>().ok());
    (
        numbers.next().unwrap_or(usize::MAX),
        numbers.next().unwrap_or(0),
    )
}

#[test]
fn client_refuses_an_unknown_language_and_a_missing_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["client", "--lang", "cobol", "--out", "x"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("cobol"), "{}", stderr(&o));
    let o = run(
        dir.path(),
        &[
            "client", "--lang", "python", "--out", "x", "--dir", "missing",
        ],
    );
    assert_usage_error(&o, "missing: no such directory");
    assert!(!dir.path().join("x").exists(), "nothing written");
}

//! The committed docs (`docs/errors.md`, one `docs/errors.<locale>.md` per translation,
//! `docs/catalog.json`) and lock
//! (`catalog/catalog.lock`) match the catalogue. Regenerate them with
//! `UPDATE_DOCS=1 cargo test -p errors-tests --test cross_crate committed_docs`.

use errors_codegen::compat::{Lock, LOCK_FILE};
use errors_codegen::emit;

use crate::support::{assert_committed, check_committed, shipped_catalog, workspace, REGENERATE};

#[test]
fn errors_md_matches_the_catalogue() {
    assert_committed(
        "docs/errors.md",
        &emit::markdown::render(&shipped_catalog()),
    );
}

#[test]
fn errors_md_of_each_translation_matches_the_catalogue() {
    let catalog = shipped_catalog();
    assert!(!catalog.translations().is_empty());
    for translation in catalog.translations() {
        let locale = translation.locale();
        assert_committed(
            &format!("docs/errors.{locale}.md"),
            &emit::markdown::render_in(&catalog, locale),
        );
    }
}

#[test]
fn catalog_json_matches_the_catalogue() {
    assert_committed("docs/catalog.json", &emit::json::render(&shipped_catalog()));
}

#[test]
fn the_lock_records_the_catalogue_without_breaking_changes() {
    let catalog = shipped_catalog();
    let path = workspace().join("catalog").join(LOCK_FILE);
    let rel = std::path::Path::new("catalog").join(LOCK_FILE);
    let (lock, _) = Lock::read(&path, &rel)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| {
            panic!(
                "{} is missing: run `cargo run -p errors-codegen-cli -- lock`",
                rel.display()
            )
        });
    let breaking: Vec<String> = lock
        .changes(&catalog)
        .iter()
        .filter(|c| c.is_breaking())
        .map(|c| c.to_string())
        .collect();
    assert!(
        breaking.is_empty(),
        "the catalogue breaks {}:\n{}\nRetire entries instead of deleting or changing them.",
        rel.display(),
        breaking.join("\n")
    );
    assert_committed("catalog/catalog.lock", &lock.updated(&catalog).render());
}

#[test]
fn drift_is_detected_and_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    std::fs::write(
        dir.path().join("docs/errors.md"),
        "# Problem types\nold row\n",
    )
    .unwrap();
    let message = check_committed(
        dir.path(),
        "docs/errors.md",
        "# Problem types\nnew row\n",
        false,
    )
    .expect_err("a stale file fails");
    assert!(
        message.starts_with(
            "docs/errors.md is out of date with the catalogue (first difference at line 2)"
        ),
        "{message}"
    );
    assert!(message.contains(REGENERATE), "{message}");
    let missing = check_committed(dir.path(), "docs/catalog.json", "{}", false).unwrap_err();
    assert!(missing.contains("line 1"), "{missing}");
    // Update mode writes the file, after which it matches.
    check_committed(dir.path(), "docs/errors.md", "new\n", true).unwrap();
    check_committed(dir.path(), "docs/errors.md", "new\n", false).unwrap();
}

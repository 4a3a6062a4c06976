//! The `catalog_load` fuzz target's seed corpus, run as a test: every seed loads without a
//! panic, to a catalogue or to mistakes located inside its files (the fuzz target's own
//! checks, `fuzz/checks/catalog_load.rs`).

use std::path::Path;

#[path = "../fuzz/checks/catalog_load.rs"]
mod checks;

#[test]
fn every_seed_loads_or_reports_located_mistakes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/catalog_load");
    let (mut loaded, mut refused) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        match checks::load_and_check(&std::fs::read(&path).unwrap()) {
            Some(true) => loaded += 1,
            Some(false) => refused += 1,
            None => panic!("{}: an empty seed", path.display()),
        }
    }
    // Both outcomes are seeded: valid catalogues and translations, and broken ones.
    assert!(loaded >= 2, "only {loaded} seeds load in {}", dir.display());
    assert!(refused >= 4, "only {refused} seeds are refused");
}

#[test]
fn a_mistake_located_outside_its_file_fails_the_check() {
    // The check itself can fail: a diagnostic past the end of its line is caught.
    let outcome = std::panic::catch_unwind(|| {
        let diagnostic = errors_codegen::Diagnostic::error(
            errors_codegen::Location::new("catalog/shop.yaml", 1, 40),
            "made up",
        );
        checks::assert_located(&checks::files(b"\x00api: x\n"), &diagnostic);
    });
    assert!(outcome.is_err());
}

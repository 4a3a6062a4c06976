//! The `classify` fuzz target's seed corpus, run as a test: every seed classifies without a
//! panic and passes the fuzz target's own checks (`fuzz/checks/classify.rs`).

use std::path::Path;

#[path = "../fuzz/checks/classify.rs"]
mod checks;

#[test]
fn every_seed_classifies_consistently() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/classify");
    let (mut seen, mut known) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let input = std::fs::read(&path).unwrap();
        let classified = checks::classify_input(&input)
            .unwrap_or_else(|| panic!("{}: a seed has at least three bytes", path.display()));
        known += usize::from(checks::check(&classified));
        seen += 1;
    }
    assert!(seen >= 20, "only {seen} seeds in {}", dir.display());
    assert!(known >= 10, "only {known} seeds identified");
}

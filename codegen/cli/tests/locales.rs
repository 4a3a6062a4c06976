//! `diff` and `check` see the translations: a git revision's `locales/` folder is read, and
//! a locale removed is breaking.

use crate::cli::{git, run};

const SHOP: &str = "api: shop\nname: Shop API\ntype_base: https://example.com/problems/\nentries:\n  - id: card_declined\n    title: Card declined\n    status: 402\n    detail: The card was declined.\n    comment: Ask for another card.\n";

const NB: &str = "locale: nb\nentries:\n  card_declined:\n    title: Kortet ble avvist\n    detail: Kortet ble avvist.\n";

#[test]
fn removing_a_locale_is_breaking_in_diff_and_against_the_lock() {
    let repo = tempfile::tempdir().unwrap();
    let cat = repo.path().join("catalog");
    std::fs::create_dir_all(cat.join("locales")).unwrap();
    std::fs::write(cat.join("shop.yaml"), SHOP).unwrap();
    std::fs::write(cat.join("locales/nb.yaml"), NB).unwrap();
    let locked = run(repo.path(), &["lock", "catalog"]);
    assert_eq!(
        locked.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&locked.stderr)
    );
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "first"]);

    // The revision's translations are read: no change from it to itself.
    let same = run(repo.path(), &["diff", "HEAD:catalog", "catalog"]);
    assert_eq!(
        same.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&same.stdout)
    );

    // A reworded translation is compatible.
    std::fs::write(
        cat.join("locales/nb.yaml"),
        NB.replace("title: Kortet ble avvist", "title: Avvist kort"),
    )
    .unwrap();
    let o = run(repo.path(), &["diff", "HEAD:catalog", "catalog"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("compatible: entry `card_declined`: title in `nb` changed from \"Kortet ble avvist\" to \"Avvist kort\""), "{out}");

    // Without the file: breaking, in diff and in check.
    std::fs::remove_file(cat.join("locales/nb.yaml")).unwrap();
    let o = run(repo.path(), &["diff", "HEAD:catalog", "catalog"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("breaking: locale `nb` removed"), "{out}");
    let o = run(repo.path(), &["check", "catalog"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("catalog/catalog.lock:"), "{err}");
    assert!(err.contains("locale `nb` removed"), "{err}");
}

//! No import circles inside a crate: a module that names another (`crate::…`, `super::…`,
//! through `pub use` re-exports too) is never named back by it, directly or around a loop.
//! Shared helpers live in leaf modules, so each file can be read from the leaves up.

use crate::support::imports;

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn circles_in(src: &Path) -> Vec<String> {
    let modules = imports::modules(src);
    assert!(!modules.is_empty(), "no modules under {}", src.display());
    imports::circles(&imports::edges(&modules))
        .into_iter()
        .map(|group| {
            let names: Vec<String> = group
                .iter()
                .map(|m| {
                    if m.is_empty() {
                        "crate".to_owned()
                    } else {
                        m.join("::")
                    }
                })
                .collect();
            names.join(" <-> ")
        })
        .collect()
}

#[test]
fn no_crate_has_an_import_circle() {
    for crate_src in [
        "errors-core/src",
        "codegen/src",
        "codegen/cli/src",
        "errors-macros/src",
        "catalog/src",
    ] {
        let found = circles_in(&workspace().join(crate_src));
        assert!(found.is_empty(), "{crate_src}: import circles: {found:#?}");
    }
}

#[test]
fn the_check_finds_a_circle_directly_and_through_a_re_export() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "lib.rs",
        "mod a;\nmod b;\nmod c;\n#[cfg(all())]\npub use a::A;\n",
    );
    write("a.rs", "use crate::b::B;\npub struct A;\n");
    write(
        "b.rs",
        "use crate::A; // re-exported from a\npub struct B;\n",
    );
    write("c.rs", "use super::a::A;\npub struct C;\n");
    assert_eq!(circles_in(dir.path()), ["a <-> b"]);
    // Made a leaf, the circle is gone.
    write("b.rs", "pub struct B;\n");
    assert!(circles_in(dir.path()).is_empty());
}

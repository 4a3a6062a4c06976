//! What loading gives besides its diagnostics: the error for a folder without a catalogue,
//! `compile` failing with the diagnostics instead of writing, and the translations a loaded
//! catalogue carries.

use errors_codegen::{Config, Error};

use crate::diagnostics::case_dir;

#[test]
fn an_empty_directory_is_not_a_catalogue() {
    let tmp = tempfile::tempdir().unwrap();
    let err = Config::new().catalog_dir(tmp.path()).load().unwrap_err();
    assert!(matches!(err, Error::NoCatalog(_)), "{err}");
}

#[test]
fn compile_fails_with_the_diagnostics_instead_of_panicking() {
    let case = case_dir("entry_status_two_digits");
    let out = tempfile::tempdir().unwrap();
    let err = Config::new()
        .catalog_dir(case.join("catalog"))
        .display_root(&case)
        .out_dir(out.path())
        .compile("out.rs")
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("catalog/shop.yaml:7:13: entry `out_of_stock`: status 99"),
        "{err}"
    );
    assert!(!out.path().join("out.rs").exists());
}

#[test]
fn the_loaded_catalogue_carries_each_translation() {
    let dir = case_dir("translation_complete").join("catalog");
    let (catalog, _) = errors_codegen::load_catalog(&dir).unwrap();
    assert_eq!(catalog.locales(), ["en", "nb"]);
    let entry = catalog.entry("out_of_stock").unwrap();
    assert_eq!(catalog.title_in(entry, "nb"), "Utsolgt");
    assert_eq!(catalog.title_in(entry, "NB"), "Utsolgt");
    assert_eq!(
        catalog.example_detail_in(entry, "nb"),
        "Varen A-1 er utsolgt."
    );
    // A locale the catalogue lacks falls back to the source texts.
    assert_eq!(catalog.title_in(entry, "da"), "Out of stock");
}

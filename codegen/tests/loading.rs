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

/// `compile` of the mistake case `name`: its error, and whether it wrote its output anyway.
fn compile_case(name: &str) -> (Error, bool) {
    let case = case_dir(name);
    let out = tempfile::tempdir().unwrap();
    let err = Config::new()
        .catalog_dir(case.join("catalog"))
        .display_root(&case)
        .out_dir(out.path())
        .compile("out.rs")
        .unwrap_err();
    (err, out.path().join("out.rs").exists())
}

#[test]
fn compile_fails_with_the_diagnostics_instead_of_panicking() {
    let (err, written) = compile_case("entry_status_two_digits");
    assert!(
        err.to_string()
            .starts_with("catalog/shop.yaml:7:13: entry `out_of_stock`: status 99"),
        "{err}"
    );
    assert!(!written);
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

#[test]
fn compile_reports_the_byte_level_faults_as_check_does() {
    for name in [
        "yaml_byte_not_utf8_other_files_still_checked",
        "translation_not_utf8",
        "yaml_control_characters_every_one",
        "yaml_escape_lone_surrogate",
        "yaml_tab_indents_a_key",
    ] {
        let (err, written) = compile_case(name);
        assert!(!written, "{name}");
        let snap = std::fs::read_to_string(case_dir(name).join("diagnostics.snap")).unwrap();
        // The snapshot's lines follow its header, which ends with the second `---`.
        let expected = snap.splitn(3, "---\n").nth(2).unwrap().trim_end();
        assert!(matches!(err, Error::Catalog(_)), "{name}: {err}");
        assert_eq!(err.to_string().trim_end(), expected, "{name}");
    }
}

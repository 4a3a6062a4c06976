//! Every catalogue mistake is reported as `catalog/<file>.yaml:LINE:COL: message`, all of
//! them in one run, never as a panic. Each case is a folder of `mistakes/`: the catalogue
//! as a user writes it, in `catalog/`, and every line loading it reports, in
//! `diagnostics.snap`. `README.md` beside this file says how to add one.

use std::path::{Path, PathBuf};

use errors_codegen::{Config, Error};

/// The folder of the case `name` (for tests that need one of the cases' catalogues).
pub fn case_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/mistakes")
        .join(name)
}

#[test]
fn every_case_reports_the_lines_of_its_snapshot() {
    insta::glob!("mistakes/*", |case| {
        let lines = diagnostics(case);
        // The snapshot lives in the case's folder, so a case is one folder to add or remove.
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(case);
        settings.remove_snapshot_suffix();
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!("diagnostics", lines));
    });
}

/// Every line of loading the case's `catalog/`, errors and warnings in the loader's order,
/// with paths relative to the case's folder. A case without a catalogue file is broken.
fn diagnostics(case: &Path) -> String {
    let catalog = case.join("catalog");
    assert!(
        catalog.is_dir(),
        "{}: a case keeps its catalogue files in a `catalog/` folder",
        case.display()
    );
    let lines: Vec<String> = match Config::new()
        .catalog_dir(&catalog)
        .display_root(case)
        .load()
    {
        Ok((_, warnings)) => warnings.iter().map(ToString::to_string).collect(),
        Err(Error::Catalog(diags)) => diags.iter().map(ToString::to_string).collect(),
        Err(Error::NoCatalog(_)) => {
            panic!("{}: `catalog/` holds no `*.yaml` file", case.display())
        }
        // Shown without the machine's own folder, so the snapshot is the same everywhere.
        Err(other) => vec![format!("error: {other}").replace(&format!("{}/", case.display()), "")],
    };
    lines.join("\n")
}

#[test]
#[should_panic(expected = "a case keeps its catalogue files in a `catalog/` folder")]
fn a_case_without_a_catalog_folder_is_broken() {
    let case = tempfile::tempdir().unwrap();
    diagnostics(case.path());
}

#[test]
#[should_panic(expected = "`catalog/` holds no `*.yaml` file")]
fn a_case_whose_catalog_folder_is_empty_is_broken() {
    let case = tempfile::tempdir().unwrap();
    std::fs::create_dir(case.path().join("catalog")).unwrap();
    diagnostics(case.path());
}

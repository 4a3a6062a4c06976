//! Generate the typed problems of the shipped catalogue (`../catalog`) into `OUT_DIR`.
//!
//! `ERRORS_CORE_CATALOG_DIR` points the build at another catalogue directory instead; the
//! compile-cost script uses it to build with synthetic catalogues.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest.parent().map(PathBuf::from).unwrap_or_default();
    println!("cargo:rerun-if-env-changed=ERRORS_CORE_CATALOG_DIR");
    let catalog = std::env::var_os("ERRORS_CORE_CATALOG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("catalog"));
    let result = errors_codegen::Config::new()
        .catalog_dir(catalog)
        .display_root(&workspace)
        .runtime_crate("crate")
        .compile("vipps.rs");
    if let Err(err) = result {
        eprintln!("error: the catalogue has mistakes:\n{err}");
        std::process::exit(1);
    }
}

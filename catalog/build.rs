//! Generate the typed problems of the catalogue beside this file (`*.yaml`) into `OUT_DIR`.
//!
//! `VIPPS_PROBLEMS_CATALOG_DIR` points the build at another catalogue directory instead;
//! the compile-cost script uses it to build with synthetic catalogues.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    println!("cargo:rerun-if-env-changed=VIPPS_PROBLEMS_CATALOG_DIR");
    let catalog = std::env::var_os("VIPPS_PROBLEMS_CATALOG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.clone());
    // Messages read `catalog/epayment.yaml:19:13: ...` in the repository.
    let display_root = manifest.parent().map(PathBuf::from).unwrap_or_default();
    let result = errors_codegen::Config::new()
        .catalog_dir(catalog)
        .display_root(display_root)
        .compile("vipps.rs");
    if let Err(err) = result {
        eprintln!("error: the catalogue has mistakes:\n{err}");
        std::process::exit(1);
    }
}

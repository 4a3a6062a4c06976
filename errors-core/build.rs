//! Generate the typed problems of the shipped catalogue (`../catalog`) into `OUT_DIR`.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest.parent().map(PathBuf::from).unwrap_or_default();
    let result = errors_codegen::Config::new()
        .catalog_dir(workspace.join("catalog"))
        .display_root(&workspace)
        .runtime_crate("crate")
        .compile("vipps.rs");
    if let Err(err) = result {
        eprintln!("error: the catalogue has mistakes:\n{err}");
        std::process::exit(1);
    }
}

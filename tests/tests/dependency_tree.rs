//! A user of one web framework compiles nothing of the other: errors-core's normal
//! dependencies with `axum` (and the tower layer and validation) hold no actix crate, and
//! with `actix` (and validation) no axum, tower or hyper crate. Read from `cargo tree`.

use std::process::Command;

/// The names of errors-core's normal dependencies, direct and indirect, with `features`.
fn dependencies(features: &str) -> Vec<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "-p",
            "errors-core",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["--format", "{p}", "--features", features])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("cargo tree prints UTF-8");
    let mut names: Vec<String> = text
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The crates of `names` that belong to a framework (by a name that starts with one of
/// `prefixes`).
fn of<'a>(names: &'a [String], prefixes: &[&str]) -> Vec<&'a str> {
    names
        .iter()
        .map(String::as_str)
        .filter(|name| prefixes.iter().any(|p| name.starts_with(p)))
        .collect()
}

#[test]
fn axum_brings_no_actix_crate() {
    let names = dependencies("axum,tower,validation");
    assert!(!of(&names, &["axum"]).is_empty(), "{names:?}");
    assert_eq!(of(&names, &["actix"]), Vec::<&str>::new());
}

#[test]
fn actix_brings_no_axum_tower_or_hyper_crate() {
    let names = dependencies("actix,validation");
    assert!(!of(&names, &["actix"]).is_empty(), "{names:?}");
    assert_eq!(of(&names, &["axum", "tower", "hyper"]), Vec::<&str>::new());
}

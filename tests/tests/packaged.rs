//! The crates work for someone outside this workspace, as packaged for crates.io: `cargo
//! package` packs them, each `.crate` archive is unpacked, and three consumer crates
//! (`tests/fixtures/consumers`) that depend on them by version, redirected to the unpacked
//! packages by `[patch.crates-io]`, are built with `-D warnings` and run. One generates its
//! own catalogue in `build.rs`, one with `catalog!`, one sends a Vipps MobilePay problem as
//! an axum response and classifies a body; what each prints is checked.
//!
//! A missing file in a package, a dependency only the workspace provides, or a warning in
//! code generated for another crate fails here. The first run builds axum and its
//! dependencies (in `target/packaged-consumers`); later runs are incremental.

use std::path::{Path, PathBuf};

use crate::packaging::archive::unpack;
use crate::packaging::cargo::{run, Cargo};
use crate::packaging::consumers::{locked_to_a_path, Consumers};
use serde_json::Value;

/// The published crates of the workspace, which the consumers use.
const PACKAGES: [&str; 4] = [
    "errors-codegen",
    "errors-core",
    "errors-macros",
    "vipps-problems",
];

#[test]
fn packaged_crates_build_and_work_in_an_outside_workspace() {
    let cargo = Cargo::from_env();
    let target = target_dir();
    let packages = package_and_unpack(&cargo, &target.join("packaged"));

    let fixture = workspace().join("tests/fixtures/consumers");
    let state = target.join("packaged-consumers");
    let consumers = Consumers::write(&fixture, &packages, &state);
    // Each program is built with its own features, as a user's `cargo run -p` builds it.
    let own_build = program_output(&cargo, &consumers, &state, "own-build");
    let own_macro = program_output(&cargo, &consumers, &state, "own-macro");
    let vipps = program_output(&cargo, &consumers, &state, "vipps-user");
    let lockfile = consumers.lockfile();
    for name in PACKAGES {
        assert!(
            locked_to_a_path(&lockfile, name),
            "{name} was not taken from its unpacked package (the patch did not apply):\n{lockfile}"
        );
    }
    consumers.keep_lockfile();

    assert_emitted(
        "own-build",
        &own_build.emitted,
        "https://shop.example/problems/out-of-stock",
        409,
        "Only 2 of A-1 left.",
    );
    assert_eq!(
        own_build.classified, r#"OutOfStock { available: 7, sku: "B-2" } by title"#,
        "what own-build classified"
    );

    assert_emitted(
        "own-macro",
        &own_macro.emitted,
        "https://shop.example/problems/storage-unavailable",
        503,
        "The storage is unavailable; try again later.",
    );
    assert_eq!(
        own_macro.classified, "StorageUnavailable by type_uri",
        "what own-macro classified"
    );

    let body = vipps
        .emitted
        .strip_prefix("404 application/problem+json ")
        .unwrap_or_else(|| panic!("not a 404 problem+json response: {}", vipps.emitted));
    assert_emitted(
        "vipps-user",
        body,
        "https://developer.vippsmobilepay.com/problems/epayment/reference-not-found",
        404,
        "The reference order-9 does not exist for MSN 654321",
    );
    assert_eq!(
        vipps.classified,
        r#"ReferenceNotFound { reference: "order-7", msn: "123456" } by title, trace 00-4bf92f35"#,
        "what vipps-user classified"
    );
}

/// `cargo package` the published crates into `dir/package`, unpack each `.crate` into
/// `dir/unpacked`; each crate's name and unpacked directory.
fn package_and_unpack(cargo: &Cargo, dir: &Path) -> Vec<(&'static str, PathBuf)> {
    let root = workspace();
    let target = dir.to_str().expect("a UTF-8 target path");
    let args = [
        "package",
        "--workspace",
        "--exclude",
        "errors-tests",
        "--exclude",
        "epayment-sim",
        "--no-verify",
        "--allow-dirty",
        "--target-dir",
        target,
    ];
    let packaged = run(cargo.command(&root, &args));
    eprintln!("packaged in {:.1?}", packaged.elapsed);
    let version = env!("CARGO_PKG_VERSION");
    PACKAGES
        .into_iter()
        .map(|name| {
            let archive = dir.join("package").join(format!("{name}-{version}.crate"));
            assert!(
                archive.is_file(),
                "cargo package made no {}",
                archive.display()
            );
            (name, unpack(&archive, &dir.join("unpacked")))
        })
        .collect()
}

/// `cargo <args>` in the consumer workspace, warnings denied, with its own target dir.
fn consumer_cargo(
    cargo: &Cargo,
    consumers: &Consumers,
    target: &Path,
    args: &[&str],
) -> std::process::Command {
    let mut command = cargo.command(consumers.path(), args);
    command
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_TARGET_DIR", target);
    command
}

/// The two lines a consumer program prints.
struct Printed {
    emitted: String,
    classified: String,
}

fn program_output(cargo: &Cargo, consumers: &Consumers, target: &Path, name: &str) -> Printed {
    let args = ["run", "--quiet", "--package", name];
    let finished = run(consumer_cargo(cargo, consumers, target, &args));
    eprintln!("{name} built and run in {:.1?}", finished.elapsed);
    let stdout = finished.stdout;
    let line = |prefix: &str| {
        stdout
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("{name} printed no `{prefix}` line:\n{stdout}"))
            .to_owned()
    };
    Printed {
        emitted: line("emitted: "),
        classified: line("classified: "),
    }
}

/// `json` is a problem+json body of the given type URI, status and detail.
fn assert_emitted(program: &str, json: &str, type_uri: &str, status: u16, detail: &str) {
    let body: Value = serde_json::from_str(json)
        .unwrap_or_else(|err| panic!("{program} emitted no JSON ({err}): {json}"));
    assert_eq!(
        body["type"], type_uri,
        "the type URI {program} emitted in {json}"
    );
    assert_eq!(
        body["status"], status,
        "the status {program} emitted in {json}"
    );
    assert_eq!(
        body["detail"], detail,
        "the detail {program} emitted in {json}"
    );
}

/// The workspace root.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace")
        .to_path_buf()
}

/// The target directory this test was built in (the parent of its `CARGO_TARGET_TMPDIR`).
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target directory")
        .to_path_buf()
}

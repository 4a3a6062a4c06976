//! Generate the fixture catalogues as an outside crate would, for the generated-code tests,
//! and find the browser the HTML page test drives.

use std::path::PathBuf;

fn main() {
    browser();
    let fixtures = [
        (
            "fixtures/catalogs/shop",
            "ShopProblemType",
            "ShopProblem",
            "shop.rs",
        ),
        (
            "fixtures/catalogs/odd",
            "OddProblemType",
            "OddProblem",
            "odd.rs",
        ),
        (
            "fixtures/catalogs/tiny",
            "TinyProblemType",
            "TinyProblem",
            "tiny.rs",
        ),
    ];
    for (dir, type_enum, problem_enum, file) in fixtures {
        let result = errors_codegen::Config::new()
            .catalog_dir(dir)
            .type_enum_name(type_enum)
            .problem_enum_name(problem_enum)
            .compile(file);
        if let Err(err) = result {
            eprintln!("{err}");
            std::process::exit(1);
        }
    }
}

/// Headless Chromium for `tests/html_page.rs`: its path as `ERRORS_TESTS_CHROMIUM`, or the
/// cfg `no_browser`, which marks that test ignored with its reason. With `REQUIRE_BROWSER=1`
/// (as `.ci/run` sets) it is never ignored, so a missing browser fails it.
fn browser() {
    println!("cargo:rustc-check-cfg=cfg(no_browser)");
    for var in ["CHROMIUM", "PATH", "REQUIRE_BROWSER"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let found = std::env::var_os("CHROMIUM").map(PathBuf::from).or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .flat_map(|dir| ["chromium", "chromium-browser", "google-chrome"].map(|n| dir.join(n)))
            .find(|p| p.is_file())
    });
    match found {
        Some(path) => println!("cargo:rustc-env=ERRORS_TESTS_CHROMIUM={}", path.display()),
        None if std::env::var_os("REQUIRE_BROWSER").is_some_and(|v| v == "1") => {}
        None => println!("cargo:rustc-cfg=no_browser"),
    }
}

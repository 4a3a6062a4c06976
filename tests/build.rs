//! Generate the fixture catalogues as an outside crate would, for the generated-code tests,
//! and find the browser the HTML page test drives and the runtimes of the clients.

use std::path::PathBuf;

fn main() {
    browser();
    client_runtimes();
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
        (
            "fixtures/catalogs/busy",
            "BusyProblemType",
            "BusyProblem",
            "busy.rs",
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

/// The first of `names` on `PATH`, or the program the variable `var` names.
fn find(var: &str, names: &[&str]) -> Option<PathBuf> {
    std::env::var_os(var).map(PathBuf::from).or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
            .find(|p| p.is_file())
    })
}

/// Node and Python for the clients' tests (`tests/clients_*.rs`): their paths as
/// `ERRORS_TESTS_NODE` and `ERRORS_TESTS_PYTHON`, or the cfgs `no_node` and `no_python`,
/// which mark those tests ignored with their reason. With `REQUIRE_CLIENT_RUNTIMES=1` (as
/// `.ci/run` sets) they are never ignored, so a missing runtime fails them.
fn client_runtimes() {
    println!("cargo:rustc-check-cfg=cfg(no_node, no_python)");
    for var in ["NODE", "PYTHON3", "REQUIRE_CLIENT_RUNTIMES"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let required = std::env::var_os("REQUIRE_CLIENT_RUNTIMES").is_some_and(|v| v == "1");
    for (var, names, env, cfg) in [
        (
            "NODE",
            &["node", "nodejs"][..],
            "ERRORS_TESTS_NODE",
            "no_node",
        ),
        (
            "PYTHON3",
            &["python3"][..],
            "ERRORS_TESTS_PYTHON",
            "no_python",
        ),
    ] {
        match find(var, names).map(|p| if var == "PYTHON3" { interpreter(p) } else { p }) {
            Some(path) => println!("cargo:rustc-env={env}={}", path.display()),
            None if required => {}
            None => println!("cargo:rustc-cfg={cfg}"),
        }
    }
}

/// The interpreter a `python3` on `PATH` runs (a version manager's shim is a script that
/// costs more to start than the interpreter: the tests start hundreds).
fn interpreter(python: PathBuf) -> PathBuf {
    let output = std::process::Command::new(&python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match output {
        Ok(o) if o.status.success() && !o.stdout.is_empty() => {
            PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())
        }
        _ => python,
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
    let found = find(
        "CHROMIUM",
        &["chromium", "chromium-browser", "google-chrome"],
    );
    match found {
        Some(path) => println!("cargo:rustc-env=ERRORS_TESTS_CHROMIUM={}", path.display()),
        None if std::env::var_os("REQUIRE_BROWSER").is_some_and(|v| v == "1") => {}
        None => println!("cargo:rustc-cfg=no_browser"),
    }
}

//! Each client's own tests, by its own runner: `node --test tests/clients/typescript/` and
//! `python3 -m unittest` over `tests/clients/python/` (edge cases of each language's reading
//! of bodies, headers and arguments); each README's usage example, run against a copy of its
//! folder; and the TypeScript declarations, which name no `any`.
//!
//! Ignored with their reason where node or python3 is missing, unless
//! `REQUIRE_CLIENT_RUNTIMES=1` (see `clients_agree.rs`).

use std::path::Path;
use std::process::Command;

use crate::clients::{run, Client};
use crate::support::workspace;

/// Run `command` to its end; its output when it failed.
fn succeeds(mut command: Command) -> Result<(), String> {
    let output = command.output().map_err(|e| e.to_string())?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{command:?} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// Run a client's own tests by its own runner.
fn own_tests(client: Client) {
    let mut command = Command::new(client.program());
    match client {
        Client::TypeScript => command
            .arg("--test")
            .current_dir(workspace().join("tests/clients/typescript")),
        Client::Python => command
            .args(["-m", "unittest", "discover", "-s", "tests/clients/python"])
            .args(["-t", "tests/clients/python"])
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .current_dir(workspace()),
    };
    succeeds(command).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
#[cfg_attr(
    no_node,
    ignore = "no node on PATH: install Node.js 18+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn the_typescript_clients_own_tests_pass() {
    own_tests(Client::TypeScript);
}

#[test]
#[cfg_attr(
    no_python,
    ignore = "no python3 on PATH: install Python 3.9+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn the_python_clients_own_tests_pass() {
    own_tests(Client::Python);
}

/// The first fenced block of `lang` in a README.
fn example(readme: &Path, lang: &str) -> String {
    let text = std::fs::read_to_string(readme).expect("the client's README");
    let fence = format!("```{lang}\n");
    let start = text
        .find(&fence)
        .unwrap_or_else(|| panic!("no {lang} example in {}", readme.display()))
        + fence.len();
    let end = start + text[start..].find("```").expect("a closed block");
    text[start..end].to_owned()
}

/// A copy of `client`'s folder in a temporary directory, with its README's example beside it.
fn folder_with_example(client: Client, lang: &str, file: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut stack = vec![client.dir()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap().flatten() {
            let path = entry.path();
            let target = dir.path().join(path.strip_prefix(client.dir()).unwrap());
            if path.is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                stack.push(path);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    std::fs::write(
        dir.path().join(file),
        example(&client.dir().join("README.md"), lang),
    )
    .unwrap();
    dir
}

/// Run the README's example of `client` (its block of `lang`) in a copy of the client's
/// folder, as `file`; then the copy's command line, which must run there too.
fn readme_example(client: Client, lang: &str, file: &str) {
    let dir = folder_with_example(client, lang, file);
    let mut command = Command::new(client.program());
    command
        .arg(dir.path().join(file))
        .env("PYTHONDONTWRITEBYTECODE", "1");
    succeeds(command).unwrap_or_else(|e| panic!("{e}"));
    let args = ["--status".to_owned(), "500".to_owned()];
    let printed = run(client.command_in(dir.path()), &args, b"");
    assert_eq!(printed.code, 0, "{printed:?}");
    assert!(printed.stdout.contains(r#""status":500"#), "{printed:?}");
}

#[test]
#[cfg_attr(
    no_node,
    ignore = "no node on PATH: install Node.js 18+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn the_typescript_readme_example_runs() {
    readme_example(Client::TypeScript, "js", "example.mjs");
}

#[test]
#[cfg_attr(
    no_python,
    ignore = "no python3 on PATH: install Python 3.9+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn the_python_readme_example_runs() {
    readme_example(Client::Python, "python", "example.py");
}

/// The declarations without their comments.
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        rest = rest[at..]
            .find("*/")
            .map_or("", |end| &rest[at + end + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` names the type `any` (a word of its own).
fn names_any(text: &str) -> bool {
    let code = without_comments(text);
    code.match_indices("any").any(|(at, _)| {
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
        !word(code[..at].chars().last()) && !word(code[at + 3..].chars().next())
    })
}

#[test]
fn the_typescript_declarations_name_no_any() {
    let declarations =
        std::fs::read_to_string(Client::TypeScript.dir().join("index.d.mts")).unwrap();
    assert!(declarations.contains("export type Problem ="));
    assert!(!names_any(&declarations), "index.d.mts names `any`");
    // The check sees `any` where it is a type, and nowhere else.
    assert!(names_any("export declare function f(x: any): void;"));
    assert!(!names_any(
        "/** any cards */ export type T = Company; // any"
    ));
}

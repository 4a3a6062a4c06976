//! A body's own status widens identification only when serde_json reads it as an integer:
//! checked on a catalogue where it decides between two entries. In the shipped catalogue no
//! two entries of different statuses fit one detail, so the agreement corpus cannot show it.
//!
//! `The thing x is busy.` fits both templates below. Among the entries of the body's status
//! (`500`) the second is found; among every entry, the first, with more literal text. A status
//! written `500.0` is not an integer, so it names no scope: the first is found.

use std::path::PathBuf;

use errors_codegen::emit::clients::{write, Language};

use crate::clients::{run, Client};

const CATALOG: &str = "\
api: busy
name: Busy API
type_base: https://example.com/busy/
entries:
  - id: thing_busy
    title: Thing busy
    status: 409
    detail: The thing {thing} is busy.
    params:
      - name: thing
        example: x
  - id: something_busy
    title: Something busy
    status: 500
    detail: The {what} is busy.
    params:
      - name: what
        example: thing x
";

/// The committed-style client of the catalogue above, written under the target directory.
fn client(language: Client) -> PathBuf {
    let (catalog, _) =
        errors_codegen::load_texts(&[("catalog/busy.yaml".into(), CATALOG.to_owned())])
            .expect("the catalogue loads");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("busy-clients")
        .join(language.name());
    let lang = match language {
        Client::TypeScript => Language::TypeScript,
        Client::Python => Language::Python,
    };
    write(&catalog, lang, &dir).expect("the client is written");
    dir
}

/// The id each client finds for `body` at HTTP status 404 (no entry has it).
fn found(body: &str) -> Vec<(Client, String)> {
    Client::ALL
        .into_iter()
        .map(|c| {
            let args = ["--status".to_owned(), "404".to_owned()];
            let printed = run(c.command_in(&client(c)), &args, body.as_bytes());
            assert_eq!(printed.code, 0, "{}: {}", c.name(), printed.stderr);
            let report: serde_json::Value = serde_json::from_str(&printed.stdout).unwrap();
            (c, report["id"].as_str().unwrap_or("unknown").to_owned())
        })
        .collect()
}

#[test]
#[cfg_attr(
    any(no_node, no_python),
    ignore = "no node or python3 on PATH: install Node.js 18+ and Python 3.9+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn a_body_status_counts_only_when_written_as_an_integer() {
    let detail = r#""detail":"The thing x is busy.""#;
    for (body, expected) in [
        (format!(r#"{{{detail},"status":500}}"#), "something_busy"),
        (format!(r#"{{{detail},"status":"500"}}"#), "something_busy"),
        (format!(r#"{{{detail},"status":500.0}}"#), "thing_busy"),
        (format!(r#"{{{detail},"status":5e2}}"#), "thing_busy"),
        (format!(r#"{{{detail}}}"#), "thing_busy"),
    ] {
        for (client, id) in found(&body) {
            assert_eq!(id, expected, "{} on {body}", client.name());
        }
    }
}

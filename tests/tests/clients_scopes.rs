//! A body's own status widens identification only when serde_json reads it as an integer:
//! checked on a catalogue where it decides between two entries
//! (`tests/fixtures/catalogs/busy`). In the shipped catalogue no two entries of different
//! statuses fit one detail, so the agreement corpus cannot show it.
//!
//! `The thing x is busy.` fits both templates. Among the entries of the body's status (`500`)
//! the second is found; among every entry, the first, with more literal text. A status
//! written `500.0` is not an integer, so it names no scope: the first is found. The Rust
//! classifier, and both clients generated from the same catalogue, must say so.

use std::path::PathBuf;

use errors_codegen::emit::clients::{write, Language};
use errors_core::classify::classify;
use http::HeaderMap;

use crate::clients::{run, Client};
use crate::support::workspace;

#[allow(missing_docs)]
mod busy {
    include!(concat!(env!("OUT_DIR"), "/busy.rs"));
}

/// The client of the catalogue in `language`, written under the target directory.
fn client(language: Client) -> PathBuf {
    let catalog = errors_codegen::load_catalog(workspace().join("tests/fixtures/catalogs/busy"))
        .expect("the catalogue loads")
        .0;
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

/// The id each classifier finds for `body` at HTTP status 404 (no entry has it).
fn found(body: &str) -> Vec<(&'static str, String)> {
    let rust = classify::<busy::BusyProblem>(404, &HeaderMap::new(), body.as_bytes());
    let mut ids = vec![(
        "rust",
        rust.kind().map_or("unknown", |k| k.info().id()).to_owned(),
    )];
    for c in Client::ALL {
        let args = ["--status".to_owned(), "404".to_owned()];
        let printed = run(c.command_in(&client(c)), &args, body.as_bytes());
        assert_eq!(printed.code, 0, "{}: {}", c.name(), printed.stderr);
        let report: serde_json::Value = serde_json::from_str(&printed.stdout).unwrap();
        ids.push((
            c.name(),
            report["id"].as_str().unwrap_or("unknown").to_owned(),
        ));
    }
    ids
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
        for (classifier, id) in found(&body) {
            assert_eq!(id, expected, "{classifier} on {body}");
        }
    }
}

//! The bodies every classifier reads in the agreement test, built from the catalogue and the
//! repository's corpora: each entry's example as the server emits it and as the live API
//! sends it (in every locale), the fuzz seeds, the benchmark's mix, malformed bodies (some
//! with `Retry-After` and `--attempt`), and bodies at the edges of the clients' fast readers.

use std::path::Path;

use errors_codegen::emit::example::{problem_json, problem_json_in, wire_body};
use errors_codegen::{Catalog, Entry, SentAs};
use serde_json::Value;

use crate::support::workspace;

mod fast;
mod odd;
use fast::fast_paths;
use odd::{headers_and_attempts, malformed};

/// One run of the command line: what it is, its arguments (after the program) and its body.
#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub args: Vec<String>,
    pub body: Vec<u8>,
}

pub(super) fn case(name: impl Into<String>, status: u16, body: impl Into<Vec<u8>>) -> Case {
    Case {
        name: name.into(),
        args: vec!["--status".into(), status.to_string()],
        body: body.into(),
    }
}

impl Case {
    pub(super) fn header(mut self, header: &str) -> Case {
        self.args.extend(["--header".to_owned(), header.to_owned()]);
        self
    }

    pub(super) fn attempt(mut self, attempt: u32) -> Case {
        self.args
            .extend(["--attempt".to_owned(), attempt.to_string()]);
        self
    }
}

/// Every case.
pub fn all(catalog: &Catalog) -> Vec<Case> {
    let mut cases = entries(catalog);
    cases.extend(seeds());
    cases.extend(mix());
    cases.extend(malformed());
    cases.extend(fast_paths());
    cases.extend(headers_and_attempts());
    cases
}

/// The body as the live API sends it: a generic type URI for its status, `traceId` instead
/// of `instance`, the status as a string, no parameter members; gateway and legacy entries
/// in their own shapes.
fn live(catalog: &Catalog, e: &Entry, title: &str, detail: &str) -> String {
    if e.sent_as() != SentAs::Problem {
        return wire_body(e).to_string();
    }
    let api = catalog.apis().iter().find(|a| a.api() == e.api());
    let generic = api
        .and_then(|a| a.generic_types().first())
        .map_or("about:blank".to_owned(), |t| {
            t.replace("{status}", &e.status().to_string())
        });
    let text = |v: &str| Value::from(v).to_string();
    format!(
        r#"{{"type":{},"title":{},"detail":{},"status":"{}","traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"}}"#,
        text(&generic),
        text(title),
        text(detail),
        e.status()
    )
}

/// Each entry's example, as emitted and as sent live, in each locale.
fn entries(catalog: &Catalog) -> Vec<Case> {
    let mut cases = Vec::new();
    for e in catalog.entries() {
        let id = e.id();
        cases.push(case(
            format!("{id}: emitted"),
            e.status(),
            problem_json(e).to_string(),
        ));
        let detail = e.example_detail();
        cases.push(case(
            format!("{id}: live"),
            e.status(),
            live(catalog, e, e.title(), &detail),
        ));
        for translation in catalog.translations() {
            let locale = translation.locale();
            let body = problem_json_in(catalog, e, locale).to_string();
            cases.push(case(format!("{id}: emitted in {locale}"), e.status(), body));
            let detail = catalog.example_detail_in(e, locale);
            let body = live(catalog, e, catalog.title_in(e, locale), &detail);
            cases.push(case(format!("{id}: live in {locale}"), e.status(), body));
        }
    }
    cases
}

/// The fuzz target's seeds: two bytes of status, one byte `n`, `n` bytes of `Retry-After`,
/// then the body.
fn seeds() -> Vec<Case> {
    let dir = workspace().join("tests/fuzz/seeds/classify");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the seed corpus")
        .map(|e| e.expect("a seed").path())
        .collect();
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let seed = std::fs::read(&path).expect("a seed");
        let [lo, hi, n, rest @ ..] = seed.as_slice() else {
            continue;
        };
        let status = u16::from_le_bytes([*lo, *hi]);
        let (header, body) = rest.split_at(usize::from(*n).min(rest.len()));
        let name = format!("seed {}", file_name(&path));
        let mut c = case(name, status, body);
        if let Ok(value) = std::str::from_utf8(header) {
            if !value.is_empty() {
                c = c.header(&format!("Retry-After: {value}"));
            }
        }
        cases.push(c);
    }
    cases
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The classify benchmark's mix of bodies.
fn mix() -> Vec<Case> {
    let path = workspace().join("catalog/benches/classify_mix.json");
    let text = std::fs::read_to_string(&path).expect("the benchmark's mix");
    let mix: Vec<(String, u16, String)> = serde_json::from_str(&text).expect("a list of bodies");
    mix.into_iter()
        .map(|(name, status, body)| case(format!("mix {name}"), status, body))
        .collect()
}

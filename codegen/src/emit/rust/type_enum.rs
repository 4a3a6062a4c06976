//! The fieldless `Copy` enum of problem types and its table of catalogue facts.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::code::{deprecated, doc, lit, opt_lit, segments};
use super::fill::Fill;
use super::Names;
use super::{classify_index, translations};
use crate::model::{Catalog, Entry};

const TEMPLATE: &str = include_str!("template/type_enum.rs.tpl");

/// Rows per static array of the facts table.
const CHUNK: usize = 64;

pub(crate) fn emit(catalog: &Catalog, names: &Names, out: &mut String) {
    let kind = names.kind;
    let (mut variants, mut all) = (String::new(), String::new());
    let mut rows = Vec::with_capacity(catalog.entries.len());
    for e in &catalog.entries {
        doc(
            &mut variants,
            &format!(
                "**{}** ({}): {}\n\nType URI: <{}>",
                e.title, e.status, e.detail.source, e.type_uri
            ),
        );
        deprecated(&mut variants, e.retired.as_deref());
        let _ = writeln!(variants, "{},", e.variant);
        let _ = writeln!(all, "{kind}::{},", e.variant);
        let mut row = String::new();
        info_row(e, &mut row);
        rows.push(row);
    }
    let generic: String = catalog
        .generic_types()
        .into_iter()
        .map(|uri| format!("{},\n", lit(uri)))
        .collect();
    let locales = catalog
        .locales()
        .into_iter()
        .map(lit)
        .collect::<Vec<_>>()
        .join(", ");
    let count = catalog.entries.len().to_string();
    let chunk = CHUNK.to_string();
    Fill {
        names: &[
            ("Kind", kind),
            ("rt", names.rt),
            ("count", &count),
            ("chunk", &chunk),
            ("locales", &locales),
        ],
        slots: &[
            ("variants", &variants),
            ("all", &all),
            ("generic_type_uris", &generic),
            ("info_chunks", &info_chunks(&rows)),
            ("type_uri_arms", &type_uri_arms(catalog, kind)),
            ("classify_index", &classify_index::body(catalog, names.rt)),
            (
                "translations",
                &translations::body(catalog, names.rt, CHUNK),
            ),
        ],
    }
    .write(TEMPLATE, out);
}

/// `static INFO_k: [T; n] = [..];` per chunk of rows, then `static INFO` listing them.
fn info_chunks(rows: &[String]) -> String {
    let mut out = String::new();
    let chunks: Vec<&[String]> = rows.chunks(CHUNK).collect();
    for (k, chunk) in chunks.iter().enumerate() {
        let _ = writeln!(out, "static INFO_{k}: [T; {}] = [", chunk.len());
        for row in *chunk {
            for line in row.lines() {
                let _ = writeln!(out, "    {line}");
            }
        }
        out.push_str(
            "];
",
        );
    }
    let names: Vec<String> = (0..chunks.len()).map(|k| format!("&INFO_{k}")).collect();
    let _ = writeln!(
        out,
        "static INFO: [&[T]; {}] = [{}];",
        chunks.len(),
        names.join(", ")
    );
    out
}

/// One arm per type URI length, then one per type URI of that length.
fn type_uri_arms(catalog: &Catalog, kind: &str) -> String {
    let mut by_len: BTreeMap<usize, Vec<&Entry>> = BTreeMap::new();
    for e in &catalog.entries {
        by_len.entry(e.type_uri.len()).or_default().push(e);
    }
    let mut out = String::new();
    for (len, entries) in by_len {
        let _ = writeln!(out, "{len} => match uri {{");
        for e in entries {
            let _ = writeln!(
                out,
                "    {} => Some({kind}::{}),",
                lit(&e.type_uri),
                e.variant
            );
        }
        out.push_str("    _ => None,\n},\n");
    }
    out
}

/// One row of the table, written with the short names `info()` brings into scope.
fn info_row(e: &Entry, out: &mut String) {
    // The runtime's variants carry the model's names: one table (`model::kinds`) for both.
    let retry = format!("R::{}", e.retry.runtime_name());
    let sent_as = format!("W::{}", e.sent_as.runtime_name());
    let segments = segments(e, &e.detail);
    let _ = write!(
        out,
        "I(V1 {{\n    id: {},\n    api: {},\n    type_uri: {},\n    title: {},\n    status: {},\n    \
         status_reason: {},\n    detail_template: {},\n    segments: &[{}],\n    params: &[",
        lit(&e.id),
        lit(&e.api),
        lit(&e.type_uri),
        lit(&e.title),
        e.status,
        opt_lit(e.status_reason.as_deref()),
        lit(&e.detail.source),
        segments,
    );
    for p in &e.params {
        let kind = format!("K::{}", p.kind.runtime_name());
        let _ = write!(
            out,
            "\n        P({}, {kind}, {}, {}),",
            lit(&p.name),
            lit(&p.example),
            opt_lit(p.description.as_deref()),
        );
    }
    if !e.params.is_empty() {
        out.push_str("\n    ");
    }
    out.push_str("],\n    links: &[");
    for l in &e.links {
        let _ = write!(out, "\n        L({}, {}),", lit(&l.title), lit(&l.href));
    }
    if !e.links.is_empty() {
        out.push_str("\n    ");
    }
    let _ = writeln!(
        out,
        "],\n    comment: {},\n    retry: {retry},\n    sent_as: {sent_as},\n    error_code: {},\n    \
         retired: {},\n}}),",
        opt_lit(e.comment.as_deref()),
        opt_lit(e.error_code.as_deref()),
        opt_lit(e.retired.as_deref()),
    );
}

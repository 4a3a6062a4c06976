//! `explain QUERY`: everything about a problem type, like `rustc --explain`, or the
//! problems of one operation.

mod operation;

use std::fmt::Write;
use std::path::PathBuf;

use clap::Args;
use errors_codegen::emit::example;
use errors_codegen::{Catalog, Entry, SentAs};

use super::{catalog_dir, load, print, Failure, Outcome};

/// Explain a problem type: every fact of the catalogue and a rendered example body; or an
/// operation: every problem it can return.
///
/// QUERY is an id (`reference_not_found`), a type URI, a title in any of the catalogue's
/// locales (case-insensitive; every entry with that title), an HTTP status (`409`: every entry with that status) or an
/// operation id (`capturePayment`, or its enum `CapturePaymentError`). Exit code 1 when
/// nothing matches.
#[derive(Args)]
pub struct ExplainArgs {
    /// An id, type URI, title, HTTP status or operation id
    query: String,
    /// The catalogue directory [default: catalog]
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Show the title, detail and example body in this locale of the catalogue (`nb`)
    #[arg(long, value_name = "LOCALE")]
    lang: Option<String>,
}

pub fn run(args: ExplainArgs) -> Outcome {
    let (catalog, _warnings) = load(&catalog_dir(args.dir))?;
    let lang = super::docs::locale_of(&catalog, args.lang.as_deref())?;
    let query = args.query.trim();
    let found = find(&catalog, query);
    if found.is_empty() {
        if let Some(op) = operation::find(&catalog, query) {
            return print(&operation::explain(&catalog, op));
        }
        return Err(Failure::findings(not_found(&catalog, query)));
    }
    let mut out = String::new();
    if found.len() > 1 {
        let _ = writeln!(out, "{} problem types match `{query}`.\n", found.len());
    }
    for (i, e) in found.iter().enumerate() {
        if i > 0 {
            out.push_str("\n────────\n\n");
        }
        out.push_str(&explain(&catalog, e, &lang));
    }
    print(&out)
}

/// The entries that `query` names: by id, type URI, status, or title (case-insensitive).
fn find<'a>(catalog: &'a Catalog, query: &str) -> Vec<&'a Entry> {
    let entries = catalog.entries();
    if let Some(e) = entries
        .iter()
        .find(|e| e.id() == query || e.type_uri() == query)
    {
        return vec![e];
    }
    if let Ok(status) = query.parse::<u16>() {
        return entries.iter().filter(|e| e.status() == status).collect();
    }
    let lower = query.to_lowercase();
    let locales = catalog.locales();
    entries
        .iter()
        .filter(|e| {
            locales
                .iter()
                .any(|l| catalog.title_in(e, l).to_lowercase() == lower)
        })
        .collect()
}

/// "No match", with the entries whose id or title contains the query as suggestions.
fn not_found(catalog: &Catalog, query: &str) -> String {
    let lower = query.to_lowercase();
    let near: Vec<String> = catalog
        .entries()
        .iter()
        .filter(|e| {
            !lower.is_empty()
                && (e.id().contains(&lower.replace([' ', '-'], "_"))
                    || e.title().to_lowercase().contains(&lower))
        })
        .take(8)
        .map(|e| format!("`{}` ({})", e.id(), e.title()))
        .chain(operation::near(catalog, &lower))
        .collect();
    let mut message = format!(
        "no problem type or operation matches `{query}` (give an id, a type URI, a title, a status or an operation id)"
    );
    if !near.is_empty() {
        let _ = write!(message, "; did you mean {}?", near.join(", "));
    }
    message
}

/// Every fact of one entry, then its example body; title, detail and body in `lang`.
fn explain(catalog: &Catalog, e: &Entry, lang: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", e.id(), catalog.title_in(e, lang));
    let translated = catalog.text_in(e, lang).is_some();
    if let Some(why) = e.retired() {
        let _ = writeln!(out, "RETIRED: {why}");
    }
    out.push('\n');
    let mut field = |name: &str, value: &str| {
        let _ = writeln!(out, "  {name:<11} {value}");
    };
    if translated {
        let source = catalog.source_locale();
        field("locale", &format!("{lang} (the catalogue's own: {source})"));
        field(&format!("title ({source})"), e.title());
    }
    field("type", e.type_uri());
    let status = match e.status_reason() {
        Some(why) => format!("{} ({why})", e.status()),
        None => e.status().to_string(),
    };
    field("status", &status);
    let api = catalog
        .apis()
        .iter()
        .find(|a| a.api() == e.api())
        .map_or(e.api(), |a| a.name());
    field("api", &format!("{api} ({})", e.location()));
    field(
        "retry",
        &format!("{}: {}", e.retry().name(), example::retry_advice(e.retry())),
    );
    field("sent as", example::sent_as_description(e.sent_as()));
    if let Some(code) = e.error_code() {
        field("error code", code);
    }
    field("detail", catalog.detail_in(e, lang).source());
    if translated {
        field(
            &format!("detail ({})", catalog.source_locale()),
            e.detail().source(),
        );
    }
    for (i, p) in e.params().iter().enumerate() {
        let mut line = format!(
            "{{{}}} ({}), e.g. {}",
            p.name(),
            p.kind().name(),
            example::param_value(p)
        );
        if let Some(d) = p.description() {
            let _ = write!(line, ": {d}");
        }
        field(if i == 0 { "parameters" } else { "" }, &line);
    }
    if let Some(c) = e.comment() {
        field("comment", c.trim());
    }
    for (i, l) in e.links().iter().enumerate() {
        field(
            if i == 0 { "links" } else { "" },
            &format!("{} <{}>", l.title(), l.href()),
        );
    }
    if let Some(ops) = operation::of_entry(catalog, e) {
        field("operations", &ops);
    }
    let fields: Vec<&str> = e.params().iter().map(|p| p.name()).collect();
    let rust = if fields.is_empty() {
        format!("ProblemType::{v}, Problem::{v}", v = e.variant())
    } else {
        format!(
            "ProblemType::{v}, Problem::{v} {{ {} }}",
            fields.join(", "),
            v = e.variant()
        )
    };
    field("rust", &rust);
    let body = example::problem_json_in(catalog, e, lang);
    let body = serde_json::to_string_pretty(&body).unwrap_or_default();
    let _ = write!(out, "\nExample body (application/problem+json):\n{body}\n");
    if e.sent_as() != SentAs::Problem {
        let wire = serde_json::to_string_pretty(&example::wire_body(e)).unwrap_or_default();
        let _ = write!(out, "\nAs the live API sends it:\n{wire}\n");
    }
    out
}

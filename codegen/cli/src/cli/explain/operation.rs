//! `explain OPERATION_ID`: the problems one operation can return; and the operations line
//! of an entry.

use std::fmt::Write;

use errors_codegen::{Catalog, Entry, Operation};

/// The operation `query` names: its id (`capturePayment`) or its Rust enum
/// (`CapturePaymentError`), exactly.
pub(super) fn find<'a>(catalog: &'a Catalog, query: &str) -> Option<&'a Operation> {
    catalog
        .operations()
        .iter()
        .find(|o| o.id() == query || o.enum_name() == query)
}

/// Operations whose id contains the query (case-insensitive), as suggestions.
pub(super) fn near(catalog: &Catalog, lower: &str) -> Vec<String> {
    catalog
        .operations()
        .iter()
        .filter(|o| !lower.is_empty() && o.id().to_lowercase().contains(lower))
        .take(4)
        .map(|o| format!("operation `{}`", o.id()))
        .collect()
}

/// One operation: what it is, then the problems it lists and those every operation can
/// return, each with status, id and title, by status.
pub(super) fn explain(catalog: &Catalog, op: &Operation) -> String {
    let mut out = String::new();
    match op.summary() {
        Some(s) => {
            let _ = writeln!(out, "{}: {s}", op.id());
        }
        None => {
            let _ = writeln!(out, "{}", op.id());
        }
    }
    out.push('\n');
    let entries: Vec<&Entry> = catalog
        .entries()
        .iter()
        .filter(|e| op.returns(e.id()))
        .collect();
    let (mut every, mut listed): (Vec<&Entry>, Vec<&Entry>) =
        entries.iter().partition(|e| e.every_operation());
    // By status, then in catalogue order (the sort is stable).
    every.sort_by_key(|e| e.status());
    listed.sort_by_key(|e| e.status());
    let api = catalog
        .apis()
        .iter()
        .find(|a| a.api() == op.api())
        .map_or(op.api(), |a| a.name());
    let _ = writeln!(out, "  {:<11} {api} ({})", "api", op.location());
    let _ = writeln!(
        out,
        "  {:<11} {}, and `Other(UndeclaredProblem)` for anything else",
        "rust",
        op.enum_name()
    );
    let _ = writeln!(
        out,
        "  {:<11} {} ({} listed, {} that every operation can return)",
        "problems",
        entries.len(),
        listed.len(),
        every.len()
    );
    let mut table = |title: &str, entries: &[&Entry]| {
        if entries.is_empty() {
            return;
        }
        let width = entries.iter().map(|e| e.id().len()).max().unwrap_or(0);
        let _ = writeln!(out, "\n{title}:");
        for e in entries {
            let retired = if e.retired().is_some() {
                " (retired)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {}  {:<width$}  {}{retired}",
                e.status(),
                e.id(),
                e.title()
            );
        }
    };
    table("It lists", &listed);
    table("Every operation can return", &every);
    out
}

/// The operations that can return `e`, for its explanation; `None` when the catalogue
/// declares no operations.
pub(super) fn of_entry(catalog: &Catalog, e: &Entry) -> Option<String> {
    if catalog.operations().is_empty() {
        return None;
    }
    if e.every_operation() {
        return Some("every operation".to_owned());
    }
    let ops: Vec<&str> = catalog
        .operations_returning(e.id())
        .map(|o| o.id())
        .collect();
    Some(if ops.is_empty() {
        "none listed (from any operation it classifies into that operation's `Other`)".to_owned()
    } else {
        ops.join(", ")
    })
}

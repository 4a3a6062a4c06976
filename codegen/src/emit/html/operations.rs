//! The operations part of the HTML page: per operation the problems it can return, and per
//! entry the operations that can return it.

use std::fmt::Write;

use super::esc;
use crate::model::{Catalog, Entry};

/// The section of every operation (none without operations): the entries every operation
/// can return, listed once, then one block per operation (anchor `#op-<operationId>`) with
/// the entries it lists.
pub(super) fn section(catalog: &Catalog) -> String {
    if catalog.operations.is_empty() {
        return String::new();
    }
    let mut out =
        String::from("<section class=\"operations\" id=\"operations\">\n<h2>Operations</h2>\n");
    let every: Vec<&Entry> = catalog
        .entries
        .iter()
        .filter(|e| e.every_operation)
        .collect();
    if !every.is_empty() {
        let _ = writeln!(
            out,
            "<p>Every operation can return the problems it lists and these {}:</p>\n{}",
            every.len(),
            links(&every)
        );
    }
    for op in &catalog.operations {
        let _ = write!(
            out,
            "<div class=\"operation\" id=\"op-{id}\">\n<h3><a href=\"#op-{id}\"><code>{id}</code></a> <small><code>{rust}</code></small></h3>\n",
            id = esc(&op.id),
            rust = esc(&op.enum_name),
        );
        if let Some(s) = &op.summary {
            let _ = writeln!(out, "<p>{}</p>", esc(s));
        }
        let listed: Vec<&Entry> = catalog
            .entries
            .iter()
            .filter(|e| !e.every_operation && op.returns(&e.id))
            .collect();
        out.push_str(&links(&listed));
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
    out
}

/// A list of links to entries' cards, each with its status.
fn links(entries: &[&Entry]) -> String {
    let mut out = String::from("<ul class=\"problems\">");
    for e in entries {
        let _ = write!(
            out,
            "<li><a href=\"#{id}\"><code>{id}</code></a> {status}</li>",
            id = esc(&e.id),
            status = e.status
        );
    }
    out.push_str("</ul>\n");
    out
}

/// The `operations` line of an entry's card (none without operations).
pub(super) fn of_entry(catalog: &Catalog, e: &Entry) -> String {
    if catalog.operations.is_empty() {
        return String::new();
    }
    let ops = if e.every_operation {
        "every operation".to_owned()
    } else {
        let ops: Vec<String> = catalog
            .operations_returning(&e.id)
            .map(|o| {
                format!(
                    "<a href=\"#op-{id}\"><code>{id}</code></a>",
                    id = esc(&o.id)
                )
            })
            .collect();
        if ops.is_empty() {
            "none listed".to_owned()
        } else {
            ops.join(", ")
        }
    };
    format!("<dt>operations</dt><dd>{ops}</dd>\n")
}

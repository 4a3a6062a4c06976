//! The README of each client: what the folder is, and a usage example built from an entry
//! of the catalogue (the first problem+json entry with parameters), which the repository's
//! tests run.

use super::literal::quote;
use crate::emit::rust::fill::Fill;
use crate::model::{Catalog, Entry, ParamKind, SentAs};

/// The language of the example's literals.
#[derive(Clone, Copy)]
pub(crate) enum Lang {
    JavaScript,
    Python,
}

/// The entry the example classifies.
fn example_entry(catalog: &Catalog) -> Option<&Entry> {
    let live = |e: &&Entry| e.sent_as == SentAs::Problem && e.retired.is_none();
    let entries = &catalog.entries;
    entries
        .iter()
        .filter(live)
        .find(|e| !e.params.is_empty())
        .or_else(|| entries.iter().find(live))
        .or_else(|| entries.first())
}

/// `template` with the example's values: `$id`, `$variant`, `$status`, `$title`, `$detail`
/// (literals), `$locale` (the last locale), and the slots `$$param_check` and
/// `$$operation_check` (the first operation that can return the entry).
pub(crate) fn fill(catalog: &Catalog, template: &str, lang: Lang) -> String {
    let Some(e) = example_entry(catalog) else {
        return String::new();
    };
    let check = e.params.first().map_or_else(String::new, |p| {
        let value = match p.kind {
            ParamKind::Integer => p.example.clone(),
            ParamKind::String => quote(&p.example),
        };
        match lang {
            Lang::JavaScript => format!(
                "if (c.problem.id === {}) assert.equal(c.problem.params.{}, {value});",
                quote(&e.id),
                p.name
            ),
            Lang::Python => format!("assert c.problem.{} == {value}", p.name),
        }
    });
    let operation = catalog
        .operations_returning(&e.id)
        .next()
        .map_or_else(String::new, |op| {
            let id = quote(&op.id);
            match lang {
                Lang::JavaScript => format!("assert.ok(isOperationProblem({id}, c.problem));"),
                Lang::Python => format!("assert isinstance(c.problem, OPERATION_PROBLEMS[{id}])"),
            }
        });
    let locales = catalog.locales();
    let locale = quote(locales.last().copied().unwrap_or("en"));
    let (id, status, title) = (quote(&e.id), e.status.to_string(), quote(&e.title));
    let detail = quote(&e.example_detail());
    let mut out = String::new();
    Fill {
        names: &[
            ("id", &id),
            ("variant", &e.variant),
            ("status", &status),
            ("title", &title),
            ("detail", &detail),
            ("locale", &locale),
        ],
        slots: &[("param_check", &check), ("operation_check", &operation)],
    }
    .write(template, &mut out);
    out
}

//! The catalogue's facts as literals both client languages read: an entry per row, each
//! translation's texts, the classification index of every locale, the operation sets.
//! JavaScript and Python share the syntax of strings, numbers, lists and dicts with quoted
//! or numeric keys; they differ in `null`/`None` and in how a row is bracketed.

use std::fmt::Write;

use super::literal::{join, quote, quote_or};
use crate::emit::rust::classify_index::{every_index, IndexData};
use crate::emit::rust::fill::Fill;
use crate::model::{Catalog, Entry, Segment, Template};

/// The few tokens in which the two languages differ.
pub(crate) struct Syntax {
    /// The absent value.
    pub null: &'static str,
    /// The brackets of a row (an array in JavaScript, a tuple in Python).
    pub row: (&'static str, &'static str),
    /// What starts a line comment.
    pub comment: &'static str,
}

/// JavaScript's tokens.
pub(crate) const JS: Syntax = Syntax {
    null: "null",
    row: ("[", "]"),
    comment: "//",
};

/// Python's tokens.
pub(crate) const PY: Syntax = Syntax {
    null: "None",
    row: ("(", ")"),
    comment: "#",
};

/// The template's segments: literal text as strings, each placeholder as the position of its
/// parameter in the entry's list.
fn segments(e: &Entry, template: &Template) -> String {
    let items = template.segments.iter().map(|s| match s {
        Segment::Literal(text) => quote(text),
        Segment::Param(name) => {
            let at = e.params.iter().position(|p| p.name == *name);
            at.unwrap_or(usize::MAX).to_string()
        }
    });
    format!("[{}]", join(items))
}

/// One row per entry, in catalogue order: id, type URI, title, status, retry, wire shape,
/// legacy error code, parameters (`[name, kind]`), detail segments, detail template.
fn entry_rows(catalog: &Catalog, syntax: &Syntax) -> String {
    let (open, close) = syntax.row;
    let mut out = String::new();
    for e in &catalog.entries {
        let params = e
            .params
            .iter()
            .map(|p| format!("{open}{}, {}{close}", quote(&p.name), quote(p.kind.name())));
        let fields = [
            quote(&e.id),
            quote(&e.type_uri),
            quote(&e.title),
            e.status.to_string(),
            quote(e.retry.name()),
            quote(e.sent_as.name()),
            quote_or(e.error_code.as_deref(), syntax.null),
            format!("[{}]", join(params)),
            segments(e, &e.detail),
            quote(&e.detail.source),
        ];
        let _ = writeln!(out, "{open}{}{close},", join(fields));
    }
    out
}

/// Per translation, one row per entry: its title, detail segments and template, or the
/// absent value for an entry the translation leaves out. Each translation is a list.
fn translation_rows(catalog: &Catalog, syntax: &Syntax) -> String {
    let (open, close) = syntax.row;
    let mut out = String::new();
    for translation in &catalog.translations {
        let _ = writeln!(out, "{} {}", syntax.comment, translation.locale);
        out.push_str("[\n");
        for (at, e) in catalog.entries.iter().enumerate() {
            match translation.text_at(at) {
                Some(text) => {
                    let fields = [
                        quote(&text.title),
                        segments(e, &text.detail),
                        quote(&text.detail.source),
                    ];
                    let _ = writeln!(out, "    {open}{}{close},", join(fields));
                }
                None => {
                    let _ = writeln!(out, "    {},", syntax.null);
                }
            }
        }
        out.push_str("],\n");
    }
    out
}

/// The classification index of one locale as a dict: `weights` (per entry), `by_status`
/// (status → positions), `all`, `gateway` and `legacy` (positions, most literal text first).
fn index_literal(index: &IndexData) -> String {
    let by_status = index
        .by_status
        .iter()
        .map(|(status, positions)| format!("{status}: [{}]", join(positions)));
    format!(
        "{{\n    \"weights\": [{}],\n    \"by_status\": {{{}}},\n    \"all\": [{}],\n    \
         \"gateway\": [{}],\n    \"legacy\": [{}],\n}},\n",
        join(&index.weights),
        join(by_status),
        join(&index.all),
        join(&index.gateway),
        join(&index.legacy),
    )
}

/// Every operation with the ids of the entries it can return, in catalogue order.
fn operations_literal(catalog: &Catalog) -> String {
    let mut out = String::new();
    for op in &catalog.operations {
        let ids = op.entries.iter().map(|id| quote(id));
        let _ = writeln!(out, "{}: [{}],", quote(&op.id), join(ids));
    }
    out
}

/// The locales, the source's first, as a list.
fn locales_literal(catalog: &Catalog) -> String {
    format!("[{}]", join(catalog.locales().into_iter().map(quote)))
}

/// The data module of a client: `template` with `$locales` and the slots `$$entries`,
/// `$$translations`, `$$indexes` and `$$operations` filled in the language's `syntax`, and
/// the language's own slots (`own`).
pub(crate) fn catalog_module(
    catalog: &Catalog,
    template: &str,
    syntax: &Syntax,
    own: &[(&str, &str)],
) -> String {
    let indexes: String = every_index(catalog).iter().map(index_literal).collect();
    let locales = locales_literal(catalog);
    let entries = entry_rows(catalog, syntax);
    let translations = translation_rows(catalog, syntax);
    let operations = operations_literal(catalog);
    let mut slots = vec![
        ("entries", entries.as_str()),
        ("translations", translations.as_str()),
        ("indexes", indexes.as_str()),
        ("operations", operations.as_str()),
    ];
    slots.extend_from_slice(own);
    let mut out = String::new();
    Fill {
        names: &[("locales", &locales)],
        slots: &slots,
    }
    .write(template, &mut out);
    out
}

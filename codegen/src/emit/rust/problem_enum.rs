//! The typed problem enum: one variant per entry with its parameters as fields, plus
//! `Unknown`. Per entry it holds only what differs between entries (fields, and the
//! arms that move values in and out of them); rendering, matching and serializing are
//! runtime functions that read the entry's template segments from the table.

use std::fmt::Write;

use super::code::{deprecated, doc};
use super::fill::Fill;
use super::Names;
use crate::model::{Catalog, Entry, ParamKind};

const TEMPLATE: &str = include_str!("template/problem_enum.rs.tpl");

pub(crate) fn emit(catalog: &Catalog, names: &Names, out: &mut String) {
    let (kind, problem) = (names.kind, names.problem);
    let max_params = catalog.max_params();
    let mut s = Slots::default();
    for e in &catalog.entries {
        let v = &e.variant;
        variant(e, &mut s.variants);
        let any = if e.params.is_empty() { "" } else { " { .. }" };
        let _ = writeln!(s.problem_type, "{problem}::{v}{any} => Some({kind}::{v}),");
        let _ = writeln!(
            s.parts,
            "{problem}::{v}{} => Ok(({kind}::{v}, [{}])),",
            bindings(e),
            values(e, max_params)
        );
        let _ = writeln!(
            s.from_values,
            "{kind}::{v} => {problem}::{v}{},",
            from_values(e)
        );
        let _ = writeln!(s.variant_names, "{:?},", e.variant);
        let _ = write!(
            s.is_fns,
            "/// Whether this is [`{kind}::{v}`].\npub fn is_{}(&self) -> bool {{\n    \
             ::core::matches!(self, {problem}::{v}{any})\n}}\n\n",
            e.id
        );
    }
    let max_params = max_params.to_string();
    let count = catalog.entries.len().to_string();
    Fill {
        names: &[
            ("Kind", kind),
            ("Problem", problem),
            ("rt", names.rt),
            ("max_params", &max_params),
            ("count", &count),
        ],
        slots: &[
            ("variants", &s.variants),
            ("problem_type_arms", &s.problem_type),
            ("parts_arms", &s.parts),
            ("from_values_arms", &s.from_values),
            ("variant_names", &s.variant_names),
            ("is_fns", s.is_fns.trim_end()),
        ],
    }
    .write(TEMPLATE, out);
}

/// The generated lines of each slot of the template.
#[derive(Default)]
struct Slots {
    variants: String,
    problem_type: String,
    parts: String,
    from_values: String,
    variant_names: String,
    is_fns: String,
}

/// The variant with its doc comment and fields.
pub(super) fn variant(e: &Entry, out: &mut String) {
    doc(
        out,
        &format!("**{}** ({}): {}", e.title, e.status, e.detail.source),
    );
    deprecated(out, e.retired.as_deref());
    if e.params.is_empty() {
        let _ = writeln!(out, "{},", e.variant);
        return;
    }
    let _ = writeln!(out, "{} {{", e.variant);
    for p in &e.params {
        let mut field_doc = String::new();
        doc(
            &mut field_doc,
            &format!(
                "{} (e.g. `{}`)",
                p.description.as_deref().unwrap_or("Template parameter"),
                p.example
            ),
        );
        for line in field_doc.lines() {
            let _ = writeln!(out, "    {line}");
        }
        let ty = match p.kind {
            ParamKind::String => "::std::string::String",
            ParamKind::Integer => "u64",
        };
        let _ = writeln!(out, "    {}: {ty},", p.name);
    }
    out.push_str("},\n");
}

/// ` { a, b }` binding every field, or nothing for an entry without parameters.
pub(super) fn bindings(e: &Entry) -> String {
    if e.params.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = e.params.iter().map(|p| p.name.as_str()).collect();
    format!(" {{ {} }}", names.join(", "))
}

/// The values in declaration order, padded to `max` slots.
pub(super) fn values(e: &Entry, max: usize) -> String {
    let mut values: Vec<String> = e
        .params
        .iter()
        .map(|p| match p.kind {
            ParamKind::String => format!("V::Str({})", p.name),
            ParamKind::Integer => format!("V::Int(*{})", p.name),
        })
        .collect();
    values.resize(max, "V::Int(0)".to_owned());
    values.join(", ")
}

/// ` { a: s(v[0]), b: n(v[1]) }`: fields from the values in declaration order.
fn from_values(e: &Entry) -> String {
    if e.params.is_empty() {
        return String::new();
    }
    let fields: Vec<String> = e
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| match p.kind {
            ParamKind::String => format!("{}: s(v[{i}])", p.name),
            ParamKind::Integer => format!("{}: n(v[{i}])", p.name),
        })
        .collect();
    format!(" {{ {} }}", fields.join(", "))
}

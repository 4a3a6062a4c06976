//! The TypeScript client: an ES module (`index.mjs`) for Node ≥ 18 and browsers, plain
//! JavaScript with hand-laid-out declarations (`index.d.mts`), so that nothing is compiled
//! at generation time nor by its users. The rules are `typescript/lib/*.mjs` as they are;
//! the catalogue's facts go into `catalog.mjs` and its types into `index.d.mts`.

use std::fmt::Write;

use super::data::{catalog_module, JS};
use super::literal::quote;
use super::readme;
use super::{assemble, ClientFile};
use crate::emit::rust::fill::Fill;
use crate::model::{Catalog, Entry, ParamKind};

/// The fixed files: the rules, the command line and the module's face.
const RUNTIME: &[(&str, &str)] = fixed_files!("typescript":
    "classify.mjs",
    "index.mjs",
    "lib/args.mjs",
    "lib/body.mjs",
    "lib/canonical.mjs",
    "lib/classify.mjs",
    "lib/cli.mjs",
    "lib/fast.mjs",
    "lib/facts.mjs",
    "lib/fields.mjs",
    "lib/identify.mjs",
    "lib/json.mjs",
    "lib/report.mjs",
    "lib/retry.mjs",
    "lib/template.mjs",
    "lib/text.mjs",
);

const CATALOG: &str = include_str!("typescript/template/catalog.mjs.tpl");
const DECLARATIONS: &str = include_str!("typescript/template/index.d.mts.tpl");
const README: &str = include_str!("typescript/template/README.md.tpl");

/// Every file of the TypeScript client.
pub(crate) fn files(catalog: &Catalog) -> Vec<ClientFile> {
    let readme = readme::fill(catalog, README, readme::Lang::JavaScript);
    let generated = vec![
        (
            "catalog.mjs",
            catalog_module(catalog, CATALOG, &JS, &[("makers", &makers(catalog))]),
        ),
        ("index.d.mts", declarations(catalog)),
        ("README.md", readme),
    ];
    assemble("//", RUNTIME, generated)
}

/// `index.d.mts`: a type per entry, their union, a union per operation, and the functions.
fn declarations(catalog: &Catalog) -> String {
    let ids = union(catalog.entries.iter().map(|e| quote(&e.id)));
    let problems = union(catalog.entries.iter().map(|e| e.variant.clone()));
    let locales: Vec<String> = catalog.locales().into_iter().map(quote).collect();
    let mut entries = String::new();
    for e in &catalog.entries {
        entry_interface(e, &mut entries);
    }
    let mut operations = String::new();
    let mut operation_map = String::new();
    for op in &catalog.operations {
        let name = operation_type(op.enum_name());
        let _ = writeln!(operations, "/** The problems `{}` can return. */", op.id);
        let members = op
            .entries
            .iter()
            .filter_map(|id| catalog.entry(id))
            .map(|e| e.variant.clone());
        let lines: String = union(members).lines().map(|l| format!("  {l}\n")).collect();
        let _ = writeln!(operations, "export type {name} =\n{lines}");
        let _ = writeln!(operation_map, "readonly {}: {name};", op.id);
    }
    let mut out = String::new();
    Fill {
        names: &[("locale_union", &locales.join(" | "))],
        slots: &[
            ("ids", &ids),
            ("entries", &entries),
            ("problems", &problems),
            ("operations", &operations),
            ("operation_map", &operation_map),
        ],
    }
    .write(DECLARATIONS, &mut out);
    out
}

/// One function per entry, in catalogue order, that builds its `params` from the parameter
/// texts: an object literal has one shape, where names set one by one would not.
fn makers(catalog: &Catalog) -> String {
    let mut out = String::new();
    for e in &catalog.entries {
        if e.params.is_empty() {
            out.push_str("() => ({}),\n");
            continue;
        }
        let members = e.params.iter().enumerate().map(|(at, p)| match p.kind {
            ParamKind::String => format!("{}: t[{at}]", p.name),
            ParamKind::Integer => format!("{}: Number(t[{at}])", p.name),
        });
        let _ = writeln!(
            out,
            "(t) => ({{ {} }}),",
            members.collect::<Vec<_>>().join(", ")
        );
    }
    out
}

/// `| a\n| b;` lines of a union type (`never` when empty).
fn union(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return "never;\n".to_owned();
    }
    let last = items.len() - 1;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| format!("| {item}{}\n", if i == last { ";" } else { "" }))
        .collect()
}

/// The TypeScript type of an operation's problems: `CapturePaymentError` → `CapturePaymentProblem`.
fn operation_type(enum_name: &str) -> String {
    format!(
        "{}Problem",
        enum_name.strip_suffix("Error").unwrap_or(enum_name)
    )
}

/// The interface of one entry: its id and its parameters.
fn entry_interface(e: &Entry, out: &mut String) {
    let _ = writeln!(
        out,
        "/** {} */",
        doc(&format!(
            "**{}** ({}): {}",
            e.title, e.status, e.detail.source
        ))
    );
    if let Some(why) = &e.retired {
        let _ = writeln!(out, "/** @deprecated {} */", doc(why));
    }
    let _ = writeln!(
        out,
        "export interface {} {{\n  readonly id: {};",
        e.variant,
        quote(&e.id)
    );
    if e.params.is_empty() {
        out.push_str("  readonly params: NoParams;\n}\n\n");
        return;
    }
    out.push_str("  readonly params: {\n");
    for p in &e.params {
        let what = p.description.as_deref().unwrap_or("Template parameter");
        let _ = writeln!(out, "    /** {} (e.g. `{}`) */", doc(what), doc(&p.example));
        let ty = match p.kind {
            ParamKind::String => "string",
            ParamKind::Integer => "number",
        };
        let _ = writeln!(out, "    readonly {}: {ty};", p.name);
    }
    out.push_str("  };\n}\n\n");
}

/// Text for one line of a doc comment: no comment end, no line breaks.
fn doc(text: &str) -> String {
    text.replace("*/", "*\\/").replace(['\n', '\r'], " ")
}

//! The Python client: the package `problems` for Python ≥ 3.9, standard library only and
//! fully typed (`py.typed`). The rules are `python/problems/_*.py` as they are; the
//! catalogue's facts go into `problems/_catalog.py`, its types (a frozen dataclass per entry,
//! the unions) into `problems/types.py`.

use std::fmt::Write;

use super::data::{catalog_module, PY};
use super::literal::quote;
use super::readme;
use super::{assemble, ClientFile};
use crate::emit::rust::fill::Fill;
use crate::model::{Catalog, Entry, ParamKind};

/// The fixed files: the rules and the command line.
const RUNTIME: &[(&str, &str)] = fixed_files!("python":
    "classify.py",
    "problems/_args.py",
    "problems/_body.py",
    "problems/_canonical.py",
    "problems/_classify.py",
    "problems/_cli.py",
    "problems/_exact.py",
    "problems/_facts.py",
    "problems/_fast.py",
    "problems/_httpdate.py",
    "problems/_identify.py",
    "problems/_json.py",
    "problems/_read.py",
    "problems/_report.py",
    "problems/_retry.py",
    "problems/_template.py",
    "problems/_text.py",
);

const CATALOG: &str = include_str!("python/template/_catalog.py.tpl");
const TYPES: &str = include_str!("python/template/types.py.tpl");
const INIT: &str = include_str!("python/template/__init__.py.tpl");
const README: &str = include_str!("python/template/README.md.tpl");

/// Every file of the Python client.
pub(crate) fn files(catalog: &Catalog) -> Vec<ClientFile> {
    let readme = readme::fill(catalog, README, readme::Lang::Python);
    let generated = vec![
        (
            "problems/_catalog.py",
            catalog_module(catalog, CATALOG, &PY, &[]),
        ),
        ("problems/types.py", types_module(catalog)),
        ("problems/__init__.py", init_module(catalog)),
        ("problems/py.typed", String::new()),
        ("README.md", readme),
    ];
    assemble("#", RUNTIME, generated)
}

/// The names of an operation's union and tuple: `CapturePaymentProblem`,
/// `CAPTURE_PAYMENT_PROBLEMS`.
fn operation_names(enum_name: &str) -> (String, String) {
    let base = enum_name.strip_suffix("Error").unwrap_or(enum_name);
    let mut upper = String::new();
    for (i, c) in base.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            upper.push('_');
        }
        upper.push(c.to_ascii_uppercase());
    }
    (format!("{base}Problem"), format!("{upper}_PROBLEMS"))
}

/// `types.py`: a dataclass per entry, the unions, the classes by id and by operation.
fn types_module(catalog: &Catalog) -> String {
    let mut entries = String::new();
    for e in &catalog.entries {
        dataclass(e, &mut entries);
    }
    let problems: String = catalog
        .entries
        .iter()
        .map(|e| format!("{},\n", e.variant))
        .collect();
    let classes: String = catalog
        .entries
        .iter()
        .map(|e| format!("{}: {},\n", quote(&e.id), e.variant))
        .collect();
    let (mut operations, mut operation_map) = (String::new(), String::new());
    for op in &catalog.operations {
        let (alias, tuple) = operation_names(op.enum_name());
        let members: Vec<&str> = op
            .entries
            .iter()
            .filter_map(|id| catalog.entry(id))
            .map(|e| e.variant.as_str())
            .collect();
        let _ = writeln!(operations, "#: The problems ``{}`` can return.", op.id);
        let _ = writeln!(
            operations,
            "{alias} = Union[\n    {},\n]",
            members.join(",\n    ")
        );
        let _ = writeln!(
            operations,
            "{tuple} = (\n    {},\n)\n",
            members.join(",\n    ")
        );
        let _ = writeln!(operation_map, "{}: {tuple},", quote(&op.id));
    }
    let mut out = String::new();
    Fill {
        names: &[],
        slots: &[
            ("entries", entries.trim_end()),
            ("problems", &problems),
            ("classes", &classes),
            ("operations", &operations),
            ("operation_map", &operation_map),
        ],
    }
    .write(TYPES, &mut out);
    out
}

/// The frozen dataclass of one entry.
fn dataclass(e: &Entry, out: &mut String) {
    let mut doc = format!("**{}** ({}): {}", e.title, e.status, e.detail.source);
    if let Some(why) = &e.retired {
        let _ = write!(doc, "\n\n    Retired: {why}");
    }
    let _ = writeln!(
        out,
        "@dataclass(frozen=True)\nclass {}:\n    \"\"\"{}\"\"\"\n\n    id: ClassVar[Literal[{id}]] = {id}",
        e.variant,
        docstring(&doc),
        id = quote(&e.id),
    );
    for p in &e.params {
        let what = p.description.as_deref().unwrap_or("Template parameter");
        let _ = writeln!(
            out,
            "    #: {} (e.g. ``{}``)",
            one_line(what),
            one_line(&p.example)
        );
        let ty = match p.kind {
            ParamKind::String => "str",
            ParamKind::Integer => "int",
        };
        let _ = writeln!(out, "    {}: {ty}", p.name);
    }
    out.push_str("\n\n");
}

/// `__init__.py`: the package's face, every public name listed.
fn init_module(catalog: &Catalog) -> String {
    let mut names: Vec<String> = catalog.entries.iter().map(|e| e.variant.clone()).collect();
    for op in &catalog.operations {
        let (alias, tuple) = operation_names(op.enum_name());
        names.extend([alias, tuple]);
    }
    names.sort();
    let imports: String = names.iter().map(|n| format!("{n},\n")).collect();
    let quoted: String = names.iter().map(|n| format!("{},\n", quote(n))).collect();
    let mut out = String::new();
    Fill {
        names: &[],
        slots: &[("names", &imports), ("quoted_names", &quoted)],
    }
    .write(INIT, &mut out);
    out
}

/// Text inside a `"""` docstring: backslashes and quotes that would end it escaped.
fn docstring(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Text for a one-line comment.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

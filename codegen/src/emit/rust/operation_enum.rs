//! One enum per operation: exactly the entries it can return, plus `Other` holding any
//! other problem whole, with lossless conversions to and from the catalogue-wide enum.
//! Per entry it holds the variant and three one-line arms (its parts, into and out of the
//! catalogue-wide enum); everything else reads the parts, as the problem enum does.

use std::fmt::Write;

use super::code::doc;
use super::fill::Fill;
use super::problem_enum::{bindings, values, variant};
use super::Names;
use crate::model::{Catalog, Operation};

const TEMPLATE: &str = include_str!("template/operation_enum.rs.tpl");
const UNDECLARED: &str = include_str!("template/undeclared.rs.tpl");

/// The name of the catch-all's payload type, e.g. `UndeclaredProblem`.
fn undeclared_name(names: &Names) -> String {
    format!("Undeclared{}", names.problem)
}

pub(crate) fn emit(catalog: &Catalog, names: &Names, out: &mut String) {
    if catalog.operations.is_empty() {
        return;
    }
    let undeclared = undeclared_name(names);
    let fill = [
        ("Problem", names.problem),
        ("Undeclared", undeclared.as_str()),
    ];
    out.push('\n');
    Fill {
        names: &fill,
        slots: &[],
    }
    .write(UNDECLARED, out);
    let max_params = catalog.max_params();
    for op in &catalog.operations {
        out.push('\n');
        operation(catalog, op, names, &undeclared, max_params, out);
    }
}

fn operation(
    catalog: &Catalog,
    op: &Operation,
    names: &Names,
    undeclared: &str,
    max_params: usize,
    out: &mut String,
) {
    let (kind, problem, name) = (names.kind, names.problem, op.enum_name.as_str());
    let mut docs = String::new();
    let summary = op
        .summary
        .as_deref()
        .map_or_else(|| ".".to_owned(), |s| format!(": {s}"));
    doc(
        &mut docs,
        &format!(
            "The problems operation `{}` can return ({} entries){summary}",
            op.id,
            op.entries.len()
        ),
    );
    let (mut variants, mut parts, mut into, mut try_from) =
        (String::new(), String::new(), String::new(), String::new());
    for e in catalog.entries.iter().filter(|e| op.returns(&e.id)) {
        let (v, b) = (&e.variant, bindings(e));
        variant(e, &mut variants);
        let _ = writeln!(
            parts,
            "{name}::{v}{b} => Ok(({kind}::{v}, [{}])),",
            values(e, max_params)
        );
        let _ = writeln!(into, "{name}::{v}{b} => {problem}::{v}{b},");
        let _ = writeln!(try_from, "{problem}::{v}{b} => Ok({name}::{v}{b}),");
    }
    let max_params = max_params.to_string();
    Fill {
        names: &[
            ("Op", name),
            ("op_id", &op.id),
            ("Kind", kind),
            ("Problem", problem),
            ("Undeclared", undeclared),
            ("rt", names.rt),
            ("max_params", &max_params),
        ],
        slots: &[
            ("doc", docs.trim_end()),
            ("variants", &variants),
            ("parts_arms", &parts),
            ("into_arms", &into),
            ("try_from_arms", &try_from),
        ],
    }
    .write(TEMPLATE, out);
}

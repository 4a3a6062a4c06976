//! Checks on the operations of a catalogue: each names existing entries, once, and is
//! declared once; each becomes the model's error set of that operation.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Location};
use crate::load::{field_path, operation_path, LoadedFile, OperationSpec, Seg};
use crate::model::{Catalog, Operation};

use super::entry::every_operation;
use super::names::{is_operation_id, operation_enum_name, OPERATION_CATCH_ALL};

/// Check every operation of every file and add the valid ones to `catalog`.
pub fn check_operations(files: &[&LoadedFile], catalog: &mut Catalog, diags: &mut Vec<Diagnostic>) {
    // Every id an entry was written with, valid or not: a list naming an entry that failed
    // its own checks is not told that the entry does not exist.
    let mut declared: HashMap<&str, bool> = HashMap::new();
    for file in files {
        for spec in &file.spec.entries {
            if let Some(id) = &spec.id {
                declared
                    .entry(id.as_str())
                    .or_insert_with(|| every_operation(file, spec));
            }
        }
    }
    let mut ids: HashMap<String, Location> = HashMap::new();
    let mut enums: HashMap<String, (String, Location)> = HashMap::new();
    for file in files {
        let api = file.spec.api.clone().unwrap_or_default();
        for spec in &file.spec.operations {
            let ok = check_id(file, spec, &mut ids, &mut enums, diags)
                & check_entries(file, spec, &declared, diags);
            if let (true, Some(id)) = (ok, &spec.id) {
                let op = operation(file, spec, id, &api, catalog);
                catalog.operations.push(op);
            }
        }
    }
    check_catch_all_name(catalog, diags);
}

/// The id is a valid name, and it and its enum's name are used once.
fn check_id(
    file: &LoadedFile,
    spec: &OperationSpec,
    ids: &mut HashMap<String, Location>,
    enums: &mut HashMap<String, (String, Location)>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let Some(id) = &spec.id else {
        return false; // reported by the loader
    };
    let at = file.at(&field_path(&operation_path(spec.index), "id"));
    if !is_operation_id(id) {
        diags.push(Diagnostic::error(at, format!(
            "operation id `{id}` cannot name a Rust type: use ASCII letters, digits and `_`, starting with a letter"
        )));
        return false;
    }
    if let Some(first) = ids.get(id) {
        diags.push(Diagnostic::error(
            at,
            format!("duplicate operation `{id}`: already declared at {first}"),
        ));
        return false;
    }
    ids.insert(id.clone(), at.clone());
    let name = operation_enum_name(id);
    if let Some((other, first)) = enums.get(&name) {
        diags.push(Diagnostic::error(at, format!(
            "operation `{id}` becomes the enum `{name}`, already the enum of operation `{other}` at {first}"
        )));
        return false;
    }
    enums.insert(name, (id.clone(), at));
    true
}

/// The operation lists at least one entry, each an entry of the catalogue, once, and none
/// that every operation returns anyway.
fn check_entries(
    file: &LoadedFile,
    spec: &OperationSpec,
    declared: &HashMap<&str, bool>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let owner = match &spec.id {
        Some(id) => format!("operation `{id}`"),
        None => format!("operation #{}", spec.index + 1),
    };
    let list = field_path(&operation_path(spec.index), "entries");
    if spec.entries_complete && spec.entries.is_empty() {
        diags.push(Diagnostic::error(file.key_at(&list), format!(
            "{owner} lists no entries: name the problems it can return (entries with `every_operation: true` join every operation by themselves)"
        )));
        return false;
    }
    let mut ok = spec.entries_complete;
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in &spec.entries {
        let mut path = list.clone();
        path.push(Seg::Index(*i));
        let at = file.at(&path);
        let problem = match declared.get(id.as_str()) {
            None => Some(format!(
                "{owner}: unknown entry `{id}`: no entry of the catalogue has this id"
            )),
            Some(true) => Some(format!(
                "{owner}: entry `{id}` has `every_operation: true`, so every operation returns it already; remove it from this list"
            )),
            Some(false) if seen.contains(&id.as_str()) => {
                Some(format!("{owner}: entry `{id}` is listed twice"))
            }
            Some(false) => None,
        };
        seen.push(id.as_str());
        if let Some(message) = problem {
            diags.push(Diagnostic::error(at, message));
            ok = false;
        }
    }
    ok
}

/// The model of a checked operation: its entries in catalogue order.
fn operation(
    file: &LoadedFile,
    spec: &OperationSpec,
    id: &str,
    api: &str,
    catalog: &Catalog,
) -> Operation {
    let listed = |e: &str| spec.entries.iter().any(|(_, id)| id == e);
    Operation {
        id: id.to_owned(),
        enum_name: operation_enum_name(id),
        api: api.to_owned(),
        summary: spec.summary.clone(),
        entries: catalog
            .entries
            .iter()
            .filter(|e| e.every_operation || listed(&e.id))
            .map(|e| e.id.clone())
            .collect(),
        location: file.at(&operation_path(spec.index)),
    }
}

/// An entry of an operation's set may not become the variant its catch-all uses.
fn check_catch_all_name(catalog: &Catalog, diags: &mut Vec<Diagnostic>) {
    for entry in &catalog.entries {
        if entry.variant != OPERATION_CATCH_ALL {
            continue;
        }
        if let Some(op) = catalog.operations.iter().find(|o| o.returns(&entry.id)) {
            diags.push(Diagnostic::error(entry.location.clone(), format!(
                "entry `{}` becomes the variant `{OPERATION_CATCH_ALL}`, which the enum of operation `{}` keeps for problems it does not declare",
                entry.id, op.id
            )));
        }
    }
}

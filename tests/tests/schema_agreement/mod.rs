//! The schemas editors check as you type (`catalog/catalog.schema.json`,
//! `catalog/translation.schema.json`) and `check` are one rule. Every constraint a schema
//! states (`type`, `pattern`, `enum`, `required`, `additionalProperties: false`, `minimum`,
//! `maximum`, `minLength`, `minItems`, `uniqueItems`, `not`), broken alone in a catalogue
//! that satisfies everything else, is refused by the loader with a mistake located in the
//! member at fault. The schema itself (through the `jsonschema` crate) confirms that each
//! breaking document breaks it. A keyword the walk does not know, or a member the base
//! catalogue lacks, fails the test too, so a constraint cannot be added unseen. The other
//! direction needs no agreement: the loader knows rules no schema can say (a placeholder
//! must be a declared parameter).

mod breaking;
mod printer;
mod walker;

use std::path::PathBuf;

use serde_json::{json, Value};

use crate::support::workspace;
use printer::{print, Step};
use walker::{distinct, walk, Walk};

const CATALOGUE_FILE: &str = "catalog/shop.yaml";
const TRANSLATION_FILE: &str = "catalog/locales/nb.yaml";

fn schema(name: &str) -> Value {
    let text = std::fs::read_to_string(workspace().join("catalog").join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A catalogue file with every member the schema names.
fn base_catalogue() -> Value {
    json!({
        "api": "shop",
        "name": "Shop API",
        "description": "The shop's problems.",
        "locale": "en",
        "type_base": "https://shop.example/problems/",
        "generic_types": ["https://httpstatuses.io/{status}"],
        "defaults": { "retry": "never", "sent_as": "problem", "every_operation": false },
        "operations": [
            { "id": "getStock", "summary": "Read the stock of an item.", "entries": ["out_of_stock"] }
        ],
        "entries": [
            {
                "id": "out_of_stock",
                "type": "out-of-stock",
                "title": "Out of stock",
                "status": 409,
                "status_reason": "A conflict with the stock.",
                "detail": "Only {count} of {sku} left.",
                "params": [
                    { "name": "sku", "kind": "string", "example": "A-1", "description": "The item." },
                    { "name": "count", "kind": "integer", "example": "3", "description": "Items left." }
                ],
                "comment": "Order fewer.",
                "links": [{ "title": "Stock", "href": "https://shop.example/docs/stock" }],
                "retry": "backoff",
                "sent_as": "legacy",
                "error_code": "35",
                "every_operation": false
            },
            {
                "id": "gone",
                "title": "Gone",
                "status": 410,
                "detail": "Gone.",
                "comment": "Nothing to do.",
                "retired": "No longer sent."
            }
        ]
    })
}

/// A translation file with every member the schema names.
fn base_translation() -> Value {
    json!({
        "locale": "nb",
        "entries": {
            "out_of_stock": { "title": "Utsolgt", "detail": "Bare {count} av {sku} igjen." },
            "gone": { "title": "Borte", "detail": "Borte." }
        }
    })
}

/// The translation schema with its reference into the catalogue schema copied in, so that
/// it compiles on its own.
fn standalone(translation: &Value, catalog: &Value) -> Value {
    let mut schema = translation.clone();
    let text = schema
        .to_string()
        .replace("catalog.schema.json#/$defs/", "#/$defs/");
    schema = serde_json::from_str(&text).unwrap();
    for (name, def) in catalog["$defs"].as_object().unwrap() {
        schema["$defs"]
            .as_object_mut()
            .unwrap()
            .entry(name.clone())
            .or_insert(def.clone());
    }
    schema
}

/// What `check` says of the two files: `None` when it accepts them, else its error lines as
/// `(file, line, text)`.
fn check(catalogue: &str, translation: &str) -> Option<Vec<(String, usize, String)>> {
    let files = [
        (PathBuf::from(CATALOGUE_FILE), catalogue.to_owned()),
        (PathBuf::from(TRANSLATION_FILE), translation.to_owned()),
    ];
    match errors_codegen::load_texts(&files) {
        Ok(_) => None,
        Err(errors_codegen::Error::Catalog(diagnostics)) => Some(
            diagnostics
                .iter()
                .filter(|d| d.severity == errors_codegen::Severity::Error)
                .map(|d| {
                    (
                        d.location.file.display().to_string(),
                        d.location.line,
                        d.to_string(),
                    )
                })
                .collect(),
        ),
        Err(other) => Some(vec![(String::new(), 0, other.to_string())]),
    }
}

/// Everything the schemas and `check` disagree about (empty when they are one rule), and
/// how many breaking documents were tried.
fn disagreements(catalog_schema: &Value, translation_schema: &Value) -> (Vec<String>, usize) {
    let mut found = Vec::new();
    let mut tried = 0;
    let translation_standalone = standalone(translation_schema, catalog_schema);
    let documents = [
        (
            "catalog.schema.json",
            catalog_schema,
            base_catalogue(),
            CATALOGUE_FILE,
        ),
        (
            "translation.schema.json",
            &translation_standalone,
            base_translation(),
            TRANSLATION_FILE,
        ),
    ];
    let (base_catalogue, base_translation) = (print(&documents[0].2), print(&documents[1].2));
    if let Some(lines) = check(&base_catalogue.text, &base_translation.text) {
        found.push(format!("check refuses the base documents: {lines:#?}"));
    }
    for (name, schema, base, file) in &documents {
        let validator = jsonschema::validator_for(schema).unwrap();
        if !validator.is_valid(base) {
            found.push(format!("{name}: the base document does not satisfy it"));
        }
        let resolve = |reference: &str| {
            let pointer = reference.rsplit('#').next().unwrap_or_default();
            let target = schema.pointer(pointer).cloned().unwrap_or(Value::Null);
            (target, format!("#{pointer}"))
        };
        let mut walked = Walk::default();
        walk(schema, "#", base, &[], false, &resolve, &mut walked);
        found.extend(walked.unknown.iter().map(|u| format!("{name} {u}")));
        for missing in walked.named.difference(&walked.present) {
            found.push(format!(
                "{name} {missing}: the base document lacks it, so it is never tried"
            ));
        }
        for constraint in distinct(walked.constraints) {
            for (broken, at) in breaking::breakings(base, &constraint) {
                tried += 1;
                let what = format!(
                    "{name} {} {:?} at {at:?}",
                    constraint.pointer, constraint.rule
                );
                if validator.is_valid(&broken) {
                    found.push(format!(
                        "{what}: the breaking document satisfies the schema"
                    ));
                    continue;
                }
                let printed = print(&broken);
                let (catalogue, translation) = if *file == CATALOGUE_FILE {
                    (&printed.text, &base_translation.text)
                } else {
                    (&base_catalogue.text, &printed.text)
                };
                let span = span(&printed, &at);
                match check(catalogue, translation) {
                    None => found.push(format!("{what}: the schema refuses it, check accepts it")),
                    Some(lines) => {
                        let located = lines
                            .iter()
                            .any(|(f, line, _)| f == file && (span.0..=span.1).contains(line));
                        if !located {
                            found.push(format!(
                                "{what}: refused, but at no line of {}..={}: {lines:#?}",
                                span.0, span.1
                            ));
                        }
                    }
                }
            }
        }
    }
    (found, tried)
}

/// The lines of the member at `at`, else of its nearest enclosing member.
fn span(printed: &printer::Printed, at: &[Step]) -> (usize, usize) {
    (0..=at.len())
        .rev()
        .find_map(|n| printed.spans.get(&at[..n]).copied())
        .unwrap_or((1, usize::MAX))
}

#[test]
fn the_schemas_and_check_are_one_rule() {
    let (found, tried) = disagreements(
        &schema("catalog.schema.json"),
        &schema("translation.schema.json"),
    );
    assert!(found.is_empty(), "{found:#?}");
    // Every kind of constraint is tried, several times over.
    assert!(tried >= 60, "only {tried} breaking documents");
    println!("{tried} breaking documents, each refused at its member");
}

#[test]
fn a_constraint_check_does_not_enforce_is_a_disagreement() {
    // Titles must start with a capital letter, says the schema; check has no such rule.
    let mut catalog = schema("catalog.schema.json");
    catalog["$defs"]["entry"]["properties"]["title"]["pattern"] = Value::from("^[A-Z]");
    let (found, _) = disagreements(&catalog, &schema("translation.schema.json"));
    assert!(
        found
            .iter()
            .any(|f| f.contains("/title") && f.contains("check accepts it")),
        "{found:#?}"
    );
}

#[test]
fn a_keyword_the_walk_cannot_break_is_a_disagreement() {
    let mut catalog = schema("catalog.schema.json");
    catalog["$defs"]["entry"]["properties"]["title"]["maxLength"] = Value::from(200);
    let (found, _) = disagreements(&catalog, &schema("translation.schema.json"));
    assert!(found.iter().any(|f| f.contains("maxLength")), "{found:#?}");
}

#[test]
fn a_member_the_base_lacks_is_a_disagreement() {
    let mut catalog = schema("catalog.schema.json");
    catalog["$defs"]["link"]["properties"]["rel"] = json!({ "type": "string" });
    let (found, _) = disagreements(&catalog, &schema("translation.schema.json"));
    assert!(
        found
            .iter()
            .any(|f| f.contains("/rel: the base document lacks it")),
        "{found:#?}"
    );
}

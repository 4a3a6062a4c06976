//! The OpenAPI document is valid OpenAPI 3.1: it passes the official schema (committed as
//! `fixtures/openapi-3.1-schema.json`, the 2022-10-07 schema of the OpenAPI Initiative as
//! shipped in the `openapi-spec-validator` Python package), every `$ref` resolves, and
//! every example is a valid `Problem`.
//!
//! Validation runs in Rust with the `jsonschema` crate and the schema fixture: no network
//! and no second toolchain, so CI stays offline-safe and fast.

use crate::support::{shipped_catalog, workspace};
use errors_codegen::emit::{example, openapi};
use jsonschema::Validator;
use serde_json::Value;

fn document() -> Value {
    openapi::document(&shipped_catalog())
}

pub(crate) fn oas_schema() -> Validator {
    let path = workspace().join("tests/fixtures/openapi-3.1-schema.json");
    let text = std::fs::read_to_string(&path).expect("the OpenAPI 3.1 schema fixture");
    let schema: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    jsonschema::draft202012::new(&schema).expect("the OpenAPI 3.1 schema compiles")
}

pub(crate) fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_document_passes_the_openapi_3_1_schema() {
    let doc = document();
    assert_eq!(doc["openapi"], "3.1.0");
    let problems = errors(&oas_schema(), &doc);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_schema_check_rejects_a_broken_document() {
    // The validator is not vacuous: a few plausible mistakes are each caught.
    let oas = oas_schema();
    let mut no_info = document();
    no_info.as_object_mut().unwrap().remove("info");
    assert!(!errors(&oas, &no_info).is_empty());
    let mut bad_version = document();
    bad_version["openapi"] = "3.0.3".into();
    assert!(!errors(&oas, &bad_version).is_empty());
    let mut bad_example = document();
    bad_example["components"]["examples"]["amount_too_small"]["bogus"] = true.into();
    assert!(!errors(&oas, &bad_example).is_empty());
    let mut bad_name = document();
    let examples = bad_name["components"]["examples"].as_object_mut().unwrap();
    let first = examples.values().next().unwrap().clone();
    examples.insert("not a name!".into(), first);
    assert!(!errors(&oas, &bad_name).is_empty());
}

#[test]
fn there_is_one_named_example_per_entry() {
    let catalog = shipped_catalog();
    let doc = document();
    let examples = doc["components"]["examples"].as_object().unwrap();
    // As sets: the order of members in a `serde_json::Value` depends on serde_json's features.
    let mut names: Vec<&str> = examples.keys().map(String::as_str).collect();
    let mut ids: Vec<&str> = catalog.entries().iter().map(|e| e.id()).collect();
    names.sort_unstable();
    ids.sort_unstable();
    assert_eq!(names, ids);
    for e in catalog.entries() {
        let example = &examples[e.id()];
        assert_eq!(example["summary"], e.title());
        assert_eq!(example["value"]["type"], e.type_uri());
        assert_eq!(example["value"]["status"], e.status());
        assert_eq!(example["value"]["detail"], e.example_detail());
    }
}

#[test]
fn the_rendered_examples_keep_entry_order_and_problem_json_member_order() {
    let catalog = shipped_catalog();
    let text = openapi::render(&catalog);
    let mut last = 0;
    for e in catalog.entries() {
        let at = text
            .find(&format!("\"x-problem-id\": \"{}\"", e.id()))
            .unwrap_or_else(|| panic!("no example for {}", e.id()));
        assert!(at > last, "{} is out of catalogue order", e.id());
        last = at;
        // type, title, status, detail, then the parameters, at the example's depth.
        let body = serde_json::to_string_pretty(&example::problem_json(e)).unwrap();
        let value = format!("\"value\": {}", body.replace('\n', "\n        "));
        assert!(text.contains(&value), "{}: body out of order", e.id());
    }
}

#[test]
fn every_example_is_a_valid_problem() {
    let doc = document();
    let problem = jsonschema::draft202012::new(&doc["components"]["schemas"]["Problem"])
        .expect("the Problem schema compiles");
    for (name, example) in doc["components"]["examples"].as_object().unwrap() {
        let problems = errors(&problem, &example["value"]);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
    // And the Problem schema says something: a body without a status is not one.
    let mut no_status = doc["components"]["examples"]["amount_too_small"]["value"].clone();
    no_status.as_object_mut().unwrap().remove("status");
    assert!(!problem.is_valid(&no_status));
    let types = jsonschema::draft202012::new(&doc["components"]["schemas"]["ProblemType"]).unwrap();
    assert!(types.is_valid(&Value::from(
        "https://developer.vippsmobilepay.com/problems/epayment/amount-too-small"
    )));
    assert!(!types.is_valid(&Value::from("https://example.com/not-in-the-catalogue")));
}

#[test]
fn every_reference_resolves() {
    let doc = document();
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(refs.len() > 60, "the responses reference the examples");
    for r in refs {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external $ref {r}"));
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
    let responses = doc["components"]["responses"].as_object().unwrap();
    assert!(responses.contains_key("Problem404"));
    assert!(
        responses["Problem429"]["content"]["application/problem+json"]["examples"]
            .as_object()
            .unwrap()
            .contains_key("gateway_rate_limit_exceeded")
    );
}

#[test]
fn each_operation_lists_exactly_its_entries_one_response_per_status() {
    let catalog = shipped_catalog();
    let doc = document();
    let operations = doc["x-operations"].as_object().expect("x-operations");
    let mut ids: Vec<&str> = operations.keys().map(String::as_str).collect();
    let mut declared: Vec<&str> = catalog.operations().iter().map(|o| o.id()).collect();
    ids.sort_unstable();
    declared.sort_unstable();
    assert_eq!(ids, declared);
    for op in catalog.operations() {
        let documented = &operations[op.id()];
        assert_eq!(documented["x-rust-enum"], op.enum_name());
        let mut listed: Vec<String> = Vec::new();
        for (status, reference) in documented["responses"].as_object().unwrap() {
            let name = openapi::operation_response_name(op.id(), status.parse().unwrap());
            let target = format!("#/components/responses/{name}");
            assert_eq!(reference["$ref"], target.as_str(), "{}", op.id());
            let response = doc
                .pointer(&target["#".len()..])
                .expect("the response exists");
            let examples = response["content"]["application/problem+json"]["examples"]
                .as_object()
                .unwrap();
            assert!(!examples.is_empty(), "{name}: a status without examples");
            for (id, example) in examples {
                let entry = catalog.entry(id).expect("an entry of the catalogue");
                assert_eq!(entry.status().to_string(), *status, "{name}: {id}");
                assert_eq!(example["$ref"], format!("#/components/examples/{id}"));
                listed.push(id.clone());
            }
        }
        listed.sort_unstable();
        let mut expected: Vec<String> = op.entries().to_vec();
        expected.sort_unstable();
        assert_eq!(listed, expected, "{}", op.id());
    }
}

#[test]
fn operation_responses_hold_every_operation_entries_and_nothing_outside_the_set() {
    let doc = document();
    let responses = doc["components"]["responses"].as_object().unwrap();
    let examples = |name: &str| -> Vec<String> {
        responses[name]["content"]["application/problem+json"]["examples"]
            .as_object()
            .unwrap_or_else(|| panic!("no response {name}"))
            .keys()
            .cloned()
            .collect()
    };
    // Listed by capturePayment.
    assert!(examples("capturePayment.400").contains(&"capture_amount_too_high".to_owned()));
    assert!(examples("capturePayment.404").contains(&"reference_not_found".to_owned()));
    // An every-operation entry of the gateway, though capturePayment does not list it.
    assert!(examples("capturePayment.429").contains(&"gateway_rate_limit_exceeded".to_owned()));
    // Listed by createPayment only.
    assert!(examples("createPayment.400").contains(&"invalid_phone_number".to_owned()));
    assert!(!examples("capturePayment.400").contains(&"invalid_phone_number".to_owned()));
    // A per-operation response names no entry of another status.
    assert!(!examples("capturePayment.400").contains(&"reference_not_found".to_owned()));
    // And the schema checks these responses too: one without a description is refused.
    let mut broken = document();
    broken["components"]["responses"]["capturePayment.404"]
        .as_object_mut()
        .unwrap()
        .remove("description");
    assert!(!errors(&oas_schema(), &broken).is_empty());
}

pub(crate) fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("$ref", Value::String(s)) => out.push(s.clone()),
                    _ => collect_refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

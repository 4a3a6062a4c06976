//! `docs/catalog.json` is what clients in other languages read: it lists every entry of the
//! generated Rust, and each example body is exactly what the Rust serializes.

use errors_codegen::emit;
use vipps_problems::{Problem, ProblemType};
mod support;

use serde_json::Value;
use support::shipped_catalog;

#[test]
fn every_entry_is_listed_with_the_body_the_rust_serializes() {
    let doc = emit::json::to_value(&shipped_catalog());
    let entries = doc["entries"].as_array().expect("entries");
    let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let rust_ids: Vec<&str> = ProblemType::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(ids, rust_ids);
    for (entry, kind) in entries.iter().zip(ProblemType::ALL) {
        let id = kind.id();
        let rust = serde_json::to_value(Problem::example(*kind)).unwrap();
        assert_eq!(entry["example"], rust, "{id}");
        // Member order matters to people reading the docs: as serialized.
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&entry["example"]), keys(&rust), "{id}");
        assert_eq!(entry["type"], kind.type_uri(), "{id}");
        assert_eq!(entry["status"], kind.status(), "{id}");
        assert_eq!(entry["title"], kind.title(), "{id}");
        let params: Vec<&str> = entry["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        let rust_params: Vec<&str> = kind.params().iter().map(|p| p.name()).collect();
        assert_eq!(params, rust_params, "{id}");
    }
}

#[test]
fn the_document_names_its_format_and_every_api() {
    let doc = emit::json::to_value(&shipped_catalog());
    assert_eq!(doc["format"], 1);
    let apis: Vec<&str> = doc["apis"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["api"].as_str().unwrap())
        .collect();
    assert_eq!(apis, ["epayment", "gateway", "platform"]);
    assert!(doc["generic_types"]
        .as_array()
        .unwrap()
        .contains(&Value::from("https://httpstatuses.io/{status}")));
}

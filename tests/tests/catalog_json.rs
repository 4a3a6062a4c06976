//! `docs/catalog.json` is what clients in other languages read: it lists every entry of the
//! generated Rust, and each example body is exactly what the Rust serializes.

use errors_codegen::emit;
use vipps_problems::{Problem, ProblemType};

use crate::support::shipped_catalog;
use serde_json::Value;

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

#[test]
fn operations_carry_their_sets_and_entries_their_operations() {
    let catalog = shipped_catalog();
    let doc = emit::json::to_value(&catalog);
    let operations = doc["operations"].as_array().expect("operations");
    let ids: Vec<&str> = operations
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    let declared: Vec<&str> = catalog.operations().iter().map(|o| o.id()).collect();
    assert_eq!(ids, declared);
    let set = |id: &str| -> Vec<String> {
        let op = operations.iter().find(|o| o["id"] == id).unwrap();
        op["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap().to_owned())
            .collect()
    };
    // The set in the JSON is the set of the generated enum: an example of every entry
    // converts into `CapturePaymentError` exactly when the JSON lists it.
    let capture = set("capturePayment");
    for kind in ProblemType::ALL {
        let converts =
            vipps_problems::CapturePaymentError::try_from(Problem::example(*kind)).is_ok();
        assert_eq!(
            converts,
            capture.iter().any(|e| e == kind.id()),
            "{}",
            kind.id()
        );
    }
    // Each entry names the operations whose set holds it, and says whether every one can.
    for entry in doc["entries"].as_array().unwrap() {
        let id = entry["id"].as_str().unwrap();
        let named: Vec<&str> = entry["operations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_str().unwrap())
            .collect();
        let holding: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|op| set(op).iter().any(|e| e == id))
            .collect();
        assert_eq!(named, holding, "{id}");
        if entry["every_operation"] == true {
            assert_eq!(named, ids, "{id}");
        }
    }
    let by_id = |id: &str| {
        doc["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_id("capture_amount_too_high")["operations"],
        serde_json::json!(["capturePayment"])
    );
    assert_eq!(
        by_id("gateway_rate_limit_exceeded")["every_operation"],
        true
    );
    assert_eq!(by_id("capture_amount_too_high")["every_operation"], false);
}

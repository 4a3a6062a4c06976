//! With the `utoipa` feature, an API's own utoipa document gets each operation's problems
//! from `responses(CapturePaymentError)`: built here for the example server's routes, it is
//! valid OpenAPI 3.1, every `$ref` resolves, and each operation lists exactly the entries
//! the catalogue gives it (read through errors-codegen, not written down here), one
//! response per status, with the example body the generated OpenAPI document has.

use std::collections::BTreeMap;

use errors_codegen::emit::example;
use serde_json::Value;
use utoipa::OpenApi;
use vipps_problems::errors_core::ProblemDetails;
use vipps_problems::{
    CancelPaymentError, CapturePaymentError, CreatePaymentError, ForceApproveError,
    GetPaymentError, GetPaymentEventLogError, RefundPaymentError,
};

use crate::openapi::{collect_refs, errors, oas_schema};
use crate::support::shipped_catalog;

// The example server's routes (tests/epayment-sim), and the event log it does not serve.
// The bodies are never called: only the attributes matter.

#[utoipa::path(post, path = "/epayment/v1/payments", operation_id = "createPayment",
    responses((status = 201, description = "Created"), CreatePaymentError))]
#[allow(dead_code)]
fn create_payment() {}

#[utoipa::path(get, path = "/epayment/v1/payments/{reference}", operation_id = "getPayment",
    params(("reference" = String, Path, description = "The payment's reference")),
    responses((status = 200, description = "The payment"), GetPaymentError))]
#[allow(dead_code)]
fn get_payment() {}

#[utoipa::path(get, path = "/epayment/v1/payments/{reference}/events",
    operation_id = "getPaymentEventLog",
    params(("reference" = String, Path, description = "The payment's reference")),
    responses((status = 200, description = "The payment's events"), GetPaymentEventLogError))]
#[allow(dead_code)]
fn get_payment_event_log() {}

#[utoipa::path(post, path = "/epayment/v1/payments/{reference}/capture",
    operation_id = "capturePayment",
    params(("reference" = String, Path, description = "The payment's reference")),
    responses((status = 200, description = "Captured"), CapturePaymentError))]
#[allow(dead_code)]
fn capture_payment() {}

#[utoipa::path(post, path = "/epayment/v1/payments/{reference}/cancel",
    operation_id = "cancelPayment",
    params(("reference" = String, Path, description = "The payment's reference")),
    responses((status = 200, description = "Cancelled"), CancelPaymentError))]
#[allow(dead_code)]
fn cancel_payment() {}

#[utoipa::path(post, path = "/epayment/v1/payments/{reference}/refund",
    operation_id = "refundPayment",
    params(("reference" = String, Path, description = "The payment's reference")),
    responses((status = 200, description = "Refunded"), RefundPaymentError))]
#[allow(dead_code)]
fn refund_payment() {}

#[utoipa::path(post, path = "/epayment/v1/test/payments/{reference}/approve",
    operation_id = "forceApprove",
    params(("reference" = String, Path, description = "The payment's reference")),
    responses((status = 200, description = "Approved"), ForceApproveError))]
#[allow(dead_code)]
fn force_approve() {}

#[derive(OpenApi)]
#[openapi(
    paths(
        create_payment,
        get_payment,
        get_payment_event_log,
        capture_payment,
        cancel_payment,
        refund_payment,
        force_approve
    ),
    components(schemas(ProblemDetails))
)]
struct ApiDoc;

/// The document as JSON, as a user would publish it.
fn document() -> Value {
    let text = ApiDoc::openapi()
        .to_pretty_json()
        .expect("utoipa serialises");
    serde_json::from_str(&text).expect("JSON")
}

/// Every operation of the document by its `operationId`.
fn operations(doc: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for operation in item.as_object().unwrap().values() {
            if let Some(id) = operation["operationId"].as_str() {
                out.insert(id.to_owned(), operation.clone());
            }
        }
    }
    out
}

#[test]
fn the_utoipa_document_passes_the_openapi_3_1_schema() {
    let doc = document();
    assert_eq!(doc["openapi"], "3.1.0");
    let problems = errors(&oas_schema(), &doc);
    assert!(problems.is_empty(), "{problems:#?}");
    // The check sees the problem responses: one without a description is refused.
    let mut broken = doc.clone();
    let capture = broken["paths"]["/epayment/v1/payments/{reference}/capture"]["post"]["responses"]
        ["404"]
        .as_object_mut()
        .expect("capturePayment answers 404");
    capture.remove("description");
    assert!(!errors(&oas_schema(), &broken).is_empty());
}

#[test]
fn every_reference_resolves_once_problem_details_is_registered() {
    let doc = document();
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(
        !refs.is_empty(),
        "the problem responses reference the schema"
    );
    let dangling = |doc: &Value| -> Vec<String> {
        refs.iter()
            .filter(|r| doc.pointer(&r["#".len()..]).is_none())
            .cloned()
            .collect()
    };
    assert_eq!(dangling(&doc), Vec::<String>::new());
    assert!(refs.contains(&"#/components/schemas/ProblemDetails".to_owned()));
    // Without `components(schemas(ProblemDetails))` the responses would point at nothing:
    // utoipa collects no schema from an `IntoResponses` type, so the README says to add it.
    let mut unregistered = doc.clone();
    unregistered["components"]["schemas"]
        .as_object_mut()
        .unwrap()
        .remove("ProblemDetails");
    assert!(!dangling(&unregistered).is_empty());
}

#[test]
fn each_operation_lists_exactly_its_entries_one_response_per_status() {
    let catalog = shipped_catalog();
    let doc = document();
    let documented = operations(&doc);
    let mut ids: Vec<&str> = documented.keys().map(String::as_str).collect();
    let mut declared: Vec<&str> = catalog.operations().iter().map(|o| o.id()).collect();
    ids.sort_unstable();
    declared.sort_unstable();
    assert_eq!(
        ids, declared,
        "every operation of the catalogue is documented"
    );
    for op in catalog.operations() {
        let mut listed = Vec::new();
        for (status, response) in documented[op.id()]["responses"].as_object().unwrap() {
            let content = &response["content"]["application/problem+json"];
            if content.is_null() {
                assert!(
                    status.starts_with('2'),
                    "{}: {status} is no problem",
                    op.id()
                );
                continue;
            }
            assert_eq!(
                content["schema"]["$ref"],
                "#/components/schemas/ProblemDetails"
            );
            let examples = content["examples"].as_object().unwrap();
            assert!(!examples.is_empty(), "{} {status}: no examples", op.id());
            for (id, example) in examples {
                let entry = catalog.entry(id).expect("an entry of the catalogue");
                assert_eq!(entry.status().to_string(), *status, "{} {id}", op.id());
                assert_eq!(example["summary"], entry.title());
                listed.push(id.clone());
            }
        }
        listed.sort_unstable();
        let mut expected = op.entries().to_vec();
        expected.sort_unstable();
        assert_eq!(listed, expected, "{}", op.id());
    }
}

#[test]
fn the_examples_are_the_bodies_of_the_generated_openapi_document() {
    let catalog = shipped_catalog();
    let doc = document();
    let capture = &operations(&doc)["capturePayment"];
    let mut seen = 0;
    for response in capture["responses"].as_object().unwrap().values() {
        let Some(examples) =
            response["content"]["application/problem+json"]["examples"].as_object()
        else {
            continue;
        };
        for (id, example) in examples {
            let body: Value =
                serde_json::to_value(example::problem_json(catalog.entry(id).unwrap())).unwrap();
            assert_eq!(example["value"], body, "{id}");
            seen += 1;
        }
    }
    assert!(
        seen > 10,
        "capturePayment lists its own and the shared entries"
    );
}

#[test]
fn problem_details_is_the_rfc_9457_object_open_to_extensions() {
    let doc = document();
    let schema = &doc["components"]["schemas"]["ProblemDetails"];
    let members: Vec<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for member in ["type", "title", "status", "detail", "instance"] {
        assert!(members.contains(&member), "{member}");
    }
    assert_eq!(schema["additionalProperties"], true);
    // Every example body is a `ProblemDetails`, and the schema is not vacuous.
    let validator = jsonschema::draft202012::new(schema).expect("the schema compiles");
    let mut bodies = 0;
    for operation in operations(&doc).values() {
        for response in operation["responses"].as_object().unwrap().values() {
            let examples = &response["content"]["application/problem+json"]["examples"];
            for (id, example) in examples.as_object().into_iter().flatten() {
                let problems = errors(&validator, &example["value"]);
                assert!(problems.is_empty(), "{id}: {problems:#?}");
                bodies += 1;
            }
        }
    }
    assert!(bodies > 50);
    let body = serde_json::json!({"type": "about:blank", "status": 404, "traceId": "x"});
    assert!(validator.is_valid(&body));
    assert!(!validator.is_valid(&serde_json::json!({"status": "not a number"})));
}

//! The operations of the shipped catalogue: every ePayment entry is returned by some
//! operation, each operation's own entries have the statuses the API's OpenAPI declares
//! for it, and a client classifies a response into an operation's enum.

use errors_core::classify::classify;
use errors_core::http::HeaderMap;
use vipps_problems::{CapturePaymentError, CreatePaymentError, GetPaymentError, Problem};

fn shipped() -> errors_codegen::Catalog {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalog");
    errors_codegen::Config::new()
        .catalog_dir(dir)
        .load()
        .expect("the shipped catalogue is valid")
        .0
}

#[test]
fn the_epayment_operations_are_declared() {
    let catalog = shipped();
    let ids: Vec<&str> = catalog.operations().iter().map(|o| o.id()).collect();
    assert_eq!(
        ids,
        [
            "createPayment",
            "getPayment",
            "getPaymentEventLog",
            "capturePayment",
            "cancelPayment",
            "refundPayment",
            "forceApprove"
        ]
    );
    assert!(catalog.operations().iter().all(|o| o.api() == "epayment"));
}

#[test]
fn every_epayment_entry_is_returned_by_some_operation() {
    let catalog = shipped();
    let epayment: Vec<_> = catalog
        .entries()
        .iter()
        .filter(|e| e.api() == "epayment")
        .collect();
    assert_eq!(epayment.len(), 45);
    for entry in epayment {
        assert!(
            catalog.operations().iter().any(|o| o.returns(entry.id())),
            "no operation returns `{}`",
            entry.id()
        );
    }
}

#[test]
fn listed_entries_have_the_statuses_the_openapi_declares() {
    // 429 is in no operation's OpenAPI, but the API sends `order_processing` with it to
    // the operations that change a payment; it is retried with the same Idempotency-Key.
    let declared: &[(&str, &[u16])] = &[
        ("createPayment", &[400, 403, 409, 429]),
        ("capturePayment", &[400, 404, 409, 429]),
        ("cancelPayment", &[400, 404, 409, 429]),
        ("refundPayment", &[400, 404, 409, 429]),
    ];
    let catalog = shipped();
    for (op, statuses) in declared {
        let op = catalog.operation(op).unwrap();
        for id in op.entries() {
            let entry = catalog.entry(id).unwrap();
            if !entry.every_operation() {
                assert!(
                    statuses.contains(&entry.status()),
                    "{}: `{id}` has status {}",
                    op.id(),
                    entry.status()
                );
            }
        }
    }
}

#[test]
fn platform_and_gateway_errors_join_every_operation_but_legacy_ecom_does_not() {
    let catalog = shipped();
    for entry in catalog.entries() {
        let expected = match entry.api() {
            "gateway" => true,
            "platform" => !entry.id().starts_with("ecom_"),
            _ => entry.id() == "internal_error",
        };
        assert_eq!(entry.every_operation(), expected, "{}", entry.id());
        if expected {
            assert!(catalog.operations().iter().all(|o| o.returns(entry.id())));
        }
    }
}

#[test]
fn a_client_classifies_into_the_operations_enum() {
    let body = br#"{"type": "https://httpstatuses.io/404", "title": "Reference not found",
        "detail": "The reference order-9 does not exist for MSN 654321", "status": 404}"#;
    let problem = classify::<Problem>(404, &HeaderMap::new(), body).into_problem();
    assert_eq!(
        CapturePaymentError::from_problem(problem.clone()),
        CapturePaymentError::ReferenceNotFound {
            reference: "order-9".into(),
            msn: "654321".into()
        }
    );
    // createPayment declares no 404: the problem is kept whole in `Other`.
    let CreatePaymentError::Other(other) = CreatePaymentError::from_problem(problem.clone()) else {
        panic!("createPayment does not return reference_not_found");
    };
    assert_eq!(other.problem(), &problem);
}

#[test]
fn anything_a_server_sends_lands_somewhere_without_a_panic() {
    let gateway =
        br#"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}"#;
    let bodies: [(u16, &[u8]); 4] = [
        (429, gateway),
        (502, b"<html><body>Bad gateway</body></html>"),
        (400, b""),
        (
            409,
            br#"{"type": "https://example.com/new", "status": 409}"#,
        ),
    ];
    for (status, body) in bodies {
        let problem = classify::<Problem>(status, &HeaderMap::new(), body).into_problem();
        let error = GetPaymentError::from_problem(problem.clone());
        assert_eq!(error.status(), problem.status());
        assert_eq!(Problem::from(error), problem);
    }
    let rate_limited = classify::<Problem>(429, &HeaderMap::new(), gateway).into_problem();
    assert!(matches!(
        GetPaymentError::from_problem(rate_limited),
        GetPaymentError::GatewayRateLimitExceeded { .. }
    ));
}

//! Classification of every body shape a real server sends, and the identification order.

use std::time::Duration;

use errors_core::classify::{
    classify, classify_response, classify_with, BodyShape, Classified, DelaySource, IdentifiedBy,
    Limits, RetryAction, RetryPolicy,
};
use errors_core::http::{HeaderMap, HeaderValue};
use errors_core::CatalogProblem;
use serde_json::json;
use vipps_problems::{Problem, ProblemType};

/// Retry advice after classification (in `classify_bodies/retry.rs`).
#[path = "classify_bodies/retry.rs"]
mod retry;

/// Legacy lists, unparsed bodies and deep nesting (in `classify_bodies/odd_shapes.rs`).
#[path = "classify_bodies/odd_shapes.rs"]
mod odd_shapes;

fn run(status: u16, body: &str) -> Classified<Problem> {
    classify(status, &HeaderMap::new(), body.as_bytes())
}

fn id(c: &Classified<Problem>) -> Option<&'static str> {
    c.kind().map(ProblemType::id)
}

/// One row: HTTP status, body, expected shape, entry id, and how it was identified.
struct Row {
    status: u16,
    body: &'static [u8],
    shape: BodyShape,
    id: Option<&'static str>,
    by: IdentifiedBy,
}

const fn row(
    status: u16,
    body: &'static [u8],
    shape: BodyShape,
    id: Option<&'static str>,
    by: IdentifiedBy,
) -> Row {
    Row {
        status,
        body,
        shape,
        id,
        by,
    }
}

use BodyShape as S;
use IdentifiedBy as By;

const ROWS: &[Row] = &[
    // problem+json with the catalogue's own type URI
    row(404, br#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/reference-not-found","title":"Reference not found","status":404,"detail":"The reference a does not exist for MSN 1","reference":"a","msn":"1"}"#, S::Problem, Some("reference_not_found"), By::TypeUri),
    // the live ePayment shape: generic type, traceId
    row(404, br#"{"type":"https://httpstatuses.io/404","title":"Reference not found","detail":"The reference order-9 does not exist for MSN 654321","status":404,"traceId":"t-1"}"#, S::Problem, Some("reference_not_found"), By::Title),
    // about:blank is generic too; status as a numeric string
    row(404, br#"{"type":"about:blank","title":"Not Found","status":"404","detail":"The resource was not found"}"#, S::Problem, Some("not_found"), By::Title),
    // no type at all, status missing
    row(409, br#"{"title":"Cannot cancel pending","detail":"Cannot cancel a pending payment."}"#, S::Problem, Some("cannot_cancel_pending"), By::Title),
    // the documented validation error: a type URI outside the catalogue, status "400", extraDetails
    row(400, br#"{"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","title":"Your request parameters didn't validate.","detail":"The request body contains one or more validation errors.","instance":"urn:uuid:123e4567-e89b-12d3-a456-426655440000","status":"400","extraDetails":[{"name":"amount","reason":"Must be a positive integer larger than 100"},{"name":"URL","reason":"Must use HTTPS"}]}"#, S::Problem, Some("validation_error"), By::Title),
    // titles shared by two entries: the detail decides
    row(409, br#"{"type":"https://httpstatuses.io/409","title":"Idempotency error","detail":"Reference acme-1 already exists.","status":409}"#, S::Problem, Some("idempotency_reference_exists"), By::Template),
    row(409, br#"{"type":"https://httpstatuses.io/409","title":"Idempotency error","detail":"Idempotency-Key 49ca711a already exists.","status":409}"#, S::Problem, Some("idempotency_key_exists"), By::Template),
    row(403, br#"{"title":"Invalid MSN","detail":"Invalid MSN: This MSN is not valid for the provided supermerchant ID."}"#, S::Problem, Some("invalid_msn_header_missing"), By::Template),
    // a changed title: the detail alone finds the entry
    row(404, br#"{"type":"https://httpstatuses.io/404","title":"Unknown reference","detail":"The reference r does not exist for MSN 2"}"#, S::Problem, Some("reference_not_found"), By::Template),
    // a title of another case and stray spaces
    row(404, br#"{"title":" reference NOT found ","detail":"The reference r does not exist for MSN 2"}"#, S::Problem, Some("reference_not_found"), By::Title),
    // a mistyped title: the detail still identifies
    row(409, br#"{"title":17,"detail":"Cannot cancel a pending payment."}"#, S::Problem, Some("cannot_cancel_pending"), By::Template),
    // nothing known
    row(418, br#"{"type":"https://example.com/teapot","title":"I'm a teapot","detail":"Short and stout"}"#, S::Problem, None, By::Unidentified),
    row(400, br#"{}"#, S::Problem, None, By::Unidentified),
    // the gateway
    row(429, br#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}"#, S::Gateway, Some("gateway_rate_limit_exceeded"), By::GatewayMessage),
    row(401, br#"{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }"#, S::Gateway, Some("gateway_invalid_subscription_key"), By::GatewayMessage),
    row(403, br#"{"statusCode":403,"message":"Out of call volume quota. Quota will be replenished in 00:59:57."}"#, S::Gateway, Some("gateway_quota_exceeded"), By::GatewayMessage),
    row(422, br#"{"statusCode":422,"message":"Something the catalogue does not know"}"#, S::Gateway, None, By::Unidentified),
    // legacy arrays
    row(404, br#"[{"errorGroup":"Payment","errorCode":"35","errorMessage":"Requested Order not found"}]"#, S::Legacy, Some("ecom_order_not_found"), By::LegacyCode),
    row(400, br#"[{"errorGroup":"User","errorCode":81,"errorMessage":"User not registered with Vipps"}]"#, S::Legacy, Some("ecom_user_not_registered"), By::LegacyCode),
    row(400, br#"[{"errorGroup":"User","errorMessage":"User not registered with Vipps"}]"#, S::Legacy, Some("ecom_user_not_registered"), By::Template),
    row(400, br#"[{"field":"transaction.amount","message":"must be greater than 0","code":"InvalidValue","contextId":"c-1"}]"#, S::Legacy, None, By::Unidentified),
    // everything else a server or proxy may send
    row(500, b"", S::Empty, None, By::Unidentified),
    row(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", S::Text, None, By::Unidentified),
    row(404, b"Not Found", S::Text, None, By::Unidentified),
    row(400, b"\xff\xfe\x00garbage", S::Text, None, By::Unidentified),
    row(400, b"{\"title\":\"\xff\xfe\"}", S::InvalidJson, None, By::Unidentified),
    row(404, br#"{"type":"https://httpstatuses.io/404","title":"Reference not fo"#, S::InvalidJson, None, By::Unidentified),
    row(500, b"42", S::OtherJson, None, By::Unidentified),
    row(500, br#""oops""#, S::OtherJson, None, By::Unidentified),
    row(500, b"null", S::OtherJson, None, By::Unidentified),
    row(500, b"[1,2,3]", S::OtherJson, None, By::Unidentified),
];

#[test]
fn every_body_shape_gets_a_value() {
    for (i, r) in ROWS.iter().enumerate() {
        let c: Classified<Problem> = classify(r.status, &HeaderMap::new(), r.body);
        let body = String::from_utf8_lossy(r.body);
        assert_eq!(c.shape(), r.shape, "row {i}: {body}");
        assert_eq!(id(&c), r.id, "row {i}: {body}");
        assert_eq!(c.identified_by(), r.by, "row {i}: {body}");
        assert_eq!(c.status(), r.status, "row {i}");
        assert_eq!(
            c.problem().as_unknown().is_none(),
            r.id.is_some(),
            "row {i}"
        );
        if let Some(unknown) = c.problem().as_unknown() {
            // `Unknown` always carries a status: the body's, else the response's.
            assert!(unknown.status.is_some(), "row {i}");
        }
    }
}

#[test]
fn the_issue_example_recovers_the_parameters() {
    let c = run(
        404,
        r#"{"type": "https://httpstatuses.io/404", "title": "Reference not found",
            "detail": "The reference order-9 does not exist for MSN 654321", "status": 404,
            "traceId": "00-4bf92f3577b34da6-00"}"#,
    );
    assert_eq!(
        c.problem(),
        &Problem::ReferenceNotFound {
            reference: "order-9".into(),
            msn: "654321".into()
        }
    );
    assert_eq!(c.trace_id().as_deref(), Some("00-4bf92f3577b34da6-00"));
    assert_eq!(c.type_uri(), Some("https://httpstatuses.io/404"));
    assert_eq!(c.title(), Some("Reference not found"));
    assert!(!c.body_status_disagrees() && !c.catalogue_status_disagrees());
}

#[test]
fn the_two_idempotency_errors_are_told_apart_by_their_detail() {
    let reference = run(
        409,
        r#"{"title":"Idempotency error","detail":"Reference acme-shop-123-order123abc already exists."}"#,
    );
    assert_eq!(
        reference.problem(),
        &Problem::IdempotencyReferenceExists {
            reference: "acme-shop-123-order123abc".into()
        }
    );
    let key = run(
        409,
        r#"{"title":"Idempotency error","detail":"Idempotency-Key 49ca711a-acee-4d01-993b-9487112e1def already exists."}"#,
    );
    assert_eq!(
        key.problem(),
        &Problem::IdempotencyKeyExists {
            idempotency_key: "49ca711a-acee-4d01-993b-9487112e1def".into()
        }
    );
}

#[test]
fn undeclared_members_stay_reachable_and_parameters_move_to_fields() {
    let c = run(
        404,
        r#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/reference-not-found",
            "title":"Reference not found","status":404,
            "detail":"The reference a does not exist for MSN 1",
            "instance":"urn:uuid:1","reference":"a","msn":"1","traceId":"t","x":[1]}"#,
    );
    let keys: Vec<&str> = c.extension_names().collect();
    assert_eq!(keys, ["traceId", "x"]);
    assert_eq!(
        c.extensions(),
        errors_core::Extensions::from(
            json!({"traceId": "t", "x": [1]})
                .as_object()
                .cloned()
                .unwrap()
        )
    );
    assert_eq!(c.extension("x"), Some(json!([1])));
    assert_eq!(c.extension("reference"), None);
    assert_eq!(c.instance(), Some("urn:uuid:1"));
    let occurrence = c.into_occurrence();
    assert_eq!(occurrence.instance.as_deref(), Some("urn:uuid:1"));
    assert_eq!(occurrence.extensions["traceId"], "t");
}

#[test]
fn extra_details_are_listed() {
    let c = run(
        400,
        r#"{"title":"Your request parameters didn't validate.","status":"400",
            "detail":"The request body contains one or more validation errors.",
            "extraDetails":[{"name":"amount","reason":"Must be positive"},{"name":7},
                            {"name":"URL","reason":"Must use HTTPS"}]}"#,
    );
    assert_eq!(c.problem(), &Problem::ValidationError);
    let details = c.extra_details();
    let fields: Vec<(&str, &str)> = details
        .iter()
        .map(|e| (e.name.as_str(), e.reason.as_str()))
        .collect();
    assert_eq!(
        fields,
        [("amount", "Must be positive"), ("URL", "Must use HTTPS")]
    );
    assert_eq!(c.body_status(), Some(400));
}

#[test]
fn parameters_come_from_the_detail_when_members_are_missing() {
    let c = run(
        409,
        r#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/payment-cannot-be-cancelled",
            "detail":"Reference r-1 cannot be cancelled. Invalid state: CAPTURED."}"#,
    );
    assert_eq!(c.identified_by(), IdentifiedBy::TypeUri);
    assert_eq!(
        c.problem(),
        &Problem::PaymentCannotBeCancelled {
            reference: "r-1".into(),
            state: "CAPTURED".into()
        }
    );
}

#[test]
fn a_known_type_whose_parameters_are_lost_keeps_the_kind() {
    let c = run(
        404,
        r#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/reference-not-found",
            "detail":"Reworded text","traceId":"t"}"#,
    );
    assert_eq!(c.kind(), Some(ProblemType::ReferenceNotFound));
    assert!(c.is_known());
    let unknown = c
        .problem()
        .as_unknown()
        .expect("parameters cannot be recovered");
    assert_eq!(unknown.detail.as_deref(), Some("Reworded text"));
    assert_eq!(unknown.status, Some(404));
    assert_eq!(unknown.extensions["traceId"], "t");
}

#[test]
fn a_status_in_the_body_that_disagrees_is_kept_and_used() {
    // The response says 400, the body 409: both are kept, and 409's entries are searched.
    let c = run(
        400,
        r#"{"title":"Idempotency error","status":409,"detail":"Reference x already exists."}"#,
    );
    assert_eq!(c.kind(), Some(ProblemType::IdempotencyReferenceExists));
    assert_eq!((c.status(), c.body_status()), (400, Some(409)));
    assert!(c.body_status_disagrees());
    assert!(c.catalogue_status_disagrees());
}

#[test]
fn an_entry_sent_with_another_status_is_found_and_flagged() {
    let c = run(
        400,
        r#"{"type":"https://httpstatuses.io/400","title":"Reference not found",
            "detail":"The reference r does not exist for MSN 2"}"#,
    );
    assert_eq!(c.kind(), Some(ProblemType::ReferenceNotFound));
    assert_eq!(c.identified_by(), IdentifiedBy::Title);
    assert_eq!(c.catalogue_status(), Some(404));
    assert!(c.catalogue_status_disagrees());
    assert!(!c.body_status_disagrees());
}

#[test]
fn gateway_messages_recover_parameters() {
    let c = run(
        429,
        r#"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}"#,
    );
    assert_eq!(
        c.problem(),
        &Problem::GatewayRateLimitExceeded { seconds: 57 }
    );
    assert_eq!(c.body_status(), Some(429));
    let unknown = run(422, r#"{"statusCode":422,"message":"Unprocessable"}"#);
    let kept = unknown.problem().as_unknown().unwrap();
    assert_eq!(kept.detail.as_deref(), Some("Unprocessable"));
    assert_eq!(kept.status, Some(422));
}

#[test]
fn http_responses_are_classified() {
    let response = errors_core::http::Response::builder()
        .status(409)
        .header("retry-after", "5")
        .body(
            br#"{"title":"Conflict","detail":"Unsuccessful due to conflicting resource"}"#.to_vec(),
        )
        .unwrap();
    let c = classify_response::<Problem, _>(&response);
    assert_eq!(c.problem(), &Problem::Conflict);
    assert_eq!(
        c.server_delay(),
        Some((Duration::from_secs(5), DelaySource::RetryAfter))
    );
}

#[test]
fn members_win_when_a_value_contains_the_template_text() {
    let sent = Problem::PaymentCannotBeCancelled {
        reference: "a cannot be cancelled. Invalid state: b".into(),
        state: "c".into(),
    };
    let body = serde_json::to_vec(&sent).unwrap();
    let c: Classified<Problem> = classify(409, &HeaderMap::new(), &body);
    assert_eq!(c.problem(), &sent);
    // From the detail alone the split differs, but renders the same text.
    let detail_only = json!({"type": ProblemType::PaymentCannotBeCancelled.type_uri(),
                             "detail": sent.to_string()});
    let d: Classified<Problem> =
        classify(409, &HeaderMap::new(), detail_only.to_string().as_bytes());
    assert_ne!(d.problem(), &sent);
    assert_eq!(d.problem().to_string(), sent.to_string());
}

//! The validation extractors reject with a typed [`Rejection`]: a handler that takes
//! `Result<ValidJson<..>, Rejection<..>>` sees the kind of mistake, each field's path, the
//! status and the problem, and the rejection answers as that problem by itself.
#![cfg(all(feature = "validation", feature = "axum"))]

use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::http::Request;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use errors_core::respond::{InvalidKind, Rejection, ValidJson, ValidQuery};
use errors_core::ProblemDetails;
use serde_json::{json, Value};
use tower::ServiceExt;

#[derive(serde::Deserialize)]
struct Order {
    #[allow(dead_code)]
    amount: u64,
}

#[derive(serde::Deserialize)]
struct Page {
    #[allow(dead_code)]
    page: u32,
}

/// What a handler can read of a rejection, as JSON.
fn seen(rejection: &Rejection<ProblemDetails>) -> Value {
    let variant = match rejection {
        Rejection::Invalid { .. } => "invalid",
        Rejection::Unreadable { .. } => "unreadable",
        _ => "other",
    };
    let fields: Vec<&str> = rejection.fields().iter().map(|f| f.name.as_str()).collect();
    json!({
        "variant": variant,
        "kind": rejection.as_invalid().map(|i| format!("{:?}", i.kind())),
        "fields": fields,
        "status": rejection.status(),
        "display": rejection.to_string(),
    })
}

fn router() -> Router {
    Router::new()
        .route(
            "/orders",
            post(
                |order: Result<ValidJson<Order>, Rejection<ProblemDetails>>| async move {
                    match order {
                        Ok(_) => Json(json!("ok")).into_response(),
                        Err(rejection) => Json(seen(&rejection)).into_response(),
                    }
                },
            ),
        )
        .route(
            "/orders",
            get(
                |page: Result<ValidQuery<Page>, Rejection<ProblemDetails>>| async move {
                    match page {
                        Ok(_) => Json(json!("ok")).into_response(),
                        Err(rejection) => Json(seen(&rejection)).into_response(),
                    }
                },
            ),
        )
        .route(
            "/answered",
            post(|ValidJson(..): ValidJson<Order>| async { "ok" }),
        )
        .layer(DefaultBodyLimit::max(64))
}

async fn send(request: Request<Body>) -> (u16, String, Value) {
    let response = router().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    (
        status,
        content_type,
        serde_json::from_slice(&bytes).unwrap(),
    )
}

fn post_request(path: &str, content_type: Option<&str>, body: &str) -> Request<Body> {
    let mut request = Request::post(path);
    if let Some(value) = content_type {
        request = request.header("content-type", value);
    }
    request.body(Body::from(body.to_owned())).unwrap()
}

const JSON: Option<&str> = Some("application/json");

#[tokio::test]
async fn each_kind_of_mistake_is_a_typed_rejection_naming_its_fields() {
    let cases = [
        (
            post_request("/orders", None, r#"{"amount": 1}"#),
            json!({"variant": "invalid", "kind": "ContentType", "fields": ["Content-Type"], "status": 415,
                   "display": "invalid request: Content-Type: must be application/json"}),
        ),
        (
            post_request("/orders", JSON, r#"{"amount": "#),
            json!({"variant": "invalid", "kind": "JsonSyntax", "fields": ["body"], "status": 400,
                   "display": "invalid request: body: is not valid JSON: EOF while parsing a value at line 1 column 11"}),
        ),
        (
            post_request("/orders", JSON, r#"{"amount": "ten"}"#),
            json!({"variant": "invalid", "kind": "JsonData", "fields": ["amount"], "status": 422,
                   "display": "invalid request: amount: invalid type: string \"ten\", expected u64"}),
        ),
        (
            Request::get("/orders?page=first")
                .body(Body::empty())
                .unwrap(),
            json!({"variant": "invalid", "kind": "Query", "fields": ["page"], "status": 400,
                   "display": "invalid request: page: invalid digit found in string"}),
        ),
        (
            post_request(
                "/orders",
                JSON,
                &format!(r#"{{"amount": {}}}"#, "1".repeat(80)),
            ),
            json!({"variant": "unreadable", "kind": null, "fields": [], "status": 413,
                   "display": "unreadable request body (413): Failed to buffer the request body: length limit exceeded"}),
        ),
    ];
    for (request, expected) in cases {
        let (status, _, seen) = send(request).await;
        assert_eq!(status, 200, "the handler saw the rejection: {seen}");
        assert_eq!(seen, expected);
    }
}

#[tokio::test]
async fn a_rejection_answers_as_its_problem() {
    let (status, content_type, body) =
        send(post_request("/answered", JSON, r#"{"amount": "ten"}"#)).await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    assert_eq!(body["title"], "Unprocessable Entity");
    assert_eq!(body["extraDetails"][0]["name"], "amount");
    let (status, content_type, body) = send(post_request("/answered", JSON, &"7".repeat(80))).await;
    assert_eq!(
        (status, content_type.as_str()),
        (413, "application/problem+json")
    );
    assert_eq!(body["title"], "Payload Too Large");
    assert_eq!(body.get("extraDetails"), None);
}

#[test]
fn a_rejection_is_an_error_with_its_status() {
    let invalid = ValidJson::<Order>::from_bytes(b"\"order\"").err().unwrap();
    assert_eq!(invalid.kind(), InvalidKind::JsonData);
    let rejection: Rejection<ProblemDetails> =
        Rejection::invalid::<errors_core::respond::PlainValidation>(invalid);
    let error: &dyn std::error::Error = &rejection;
    assert!(
        error
            .to_string()
            .starts_with("invalid request: body: invalid type: string \"order\""),
        "{error}"
    );
    let unreadable = Rejection::<ProblemDetails>::unreadable(500, "broken pipe to db-7");
    assert_eq!(unreadable.status(), 500);
    // A 5xx's text is for logs: never in the problem, nor in what a handler would echo.
    assert_eq!(unreadable.to_string(), "unreadable request body (500)");
    let response: http::Response<Vec<u8>> = unreadable.to_http();
    assert!(!String::from_utf8(response.into_body())
        .unwrap()
        .contains("db-7"));
}

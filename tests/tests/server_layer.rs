//! The shipped catalogue's problem layer on an axum router: every error response a server
//! sends is `application/problem+json`, and a client classifying it with the same catalogue
//! identifies the platform entry (or, for a status without one, a plain problem of that
//! status).

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, Query};
use axum::http::{header, Request, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use errors_core::classify::classify;
use serde_json::Value;
use tower::ServiceExt;
use tower_http::timeout::TimeoutLayer;
use vipps_problems::{Problem, ProblemType};

#[derive(serde::Deserialize)]
struct Amount {
    #[allow(dead_code)]
    value: u64,
}

fn router() -> Router {
    Router::new()
        .route(
            "/payments",
            post(|Json(_): Json<Amount>| async { "created" }),
        )
        .route(
            "/payments/{n}",
            get(|Path(n): Path<u32>| async move { n.to_string() }),
        )
        .route("/search", get(|Query(_): Query<Amount>| async { "found" }))
        .route(
            "/upload",
            post(|b: Bytes| async move { b.len().to_string() }).layer(DefaultBodyLimit::max(4)),
        )
        .route(
            "/panic",
            get(|| async {
                panic!("secret: card 4111 1111 1111 1111");
                #[allow(unreachable_code)]
                "never"
            }),
        )
        .route(
            "/locked",
            get(|| async { (StatusCode::LOCKED, "try later") }),
        )
        .route(
            "/auth",
            get(|| async {
                (
                    StatusCode::UNAUTHORIZED,
                    [(header::WWW_AUTHENTICATE, "Bearer")],
                    "no token",
                )
            }),
        )
        .layer(vipps_problems::problem_layer())
}

struct Seen {
    status: u16,
    headers: axum::http::HeaderMap,
    body: Value,
    text: String,
    kind: Option<ProblemType>,
}

async fn call(request: Request<Body>) -> Seen {
    let response = router().oneshot(request).await.unwrap();
    let (head, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 16).await.unwrap();
    assert_eq!(head.headers["content-type"], "application/problem+json");
    let classified = classify::<Problem>(head.status.as_u16(), &head.headers, &bytes);
    Seen {
        status: head.status.as_u16(),
        body: serde_json::from_slice(&bytes).unwrap(),
        text: String::from_utf8_lossy(&bytes).into_owned(),
        kind: classified.kind(),
        headers: head.headers,
    }
}

fn get_(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn post_(uri: &str, json: bool, body: &'static str) -> Request<Body> {
    let request = Request::post(uri);
    let request = if json {
        request.header("content-type", "application/json")
    } else {
        request
    };
    request.body(Body::from(body)).unwrap()
}

/// The response is the entry's problem: status, type, title (detail may be axum's text).
fn assert_entry(seen: &Seen, kind: ProblemType) {
    assert_eq!(seen.kind, Some(kind), "{}", seen.text);
    assert_eq!(seen.status, kind.status());
    assert_eq!(seen.body["type"], kind.type_uri());
    assert_eq!(seen.body["title"], kind.title());
    assert_eq!(seen.body["status"], kind.status());
}

/// A status the catalogue has no entry for: a plain problem, classified as `Unknown`.
fn assert_plain(seen: &Seen, status: u16) {
    assert_eq!(seen.kind, None, "{}", seen.text);
    assert_eq!(seen.status, status);
    assert_eq!(seen.body.get("type"), None);
    let reason = StatusCode::from_u16(status)
        .unwrap()
        .canonical_reason()
        .unwrap();
    assert_eq!(seen.body["title"], reason);
    assert_eq!(seen.body["status"], status);
}

#[tokio::test]
async fn malformed_requests_are_the_validation_error_with_axum_text_as_detail() {
    let cases = [
        post_("/payments", true, "{\"value\":"),
        get_("/payments/abc"),
        get_("/payments/%FF"),
        get_("/search?value=minus"),
    ];
    for request in cases {
        let uri = request.uri().clone();
        let seen = call(request).await;
        assert_entry(&seen, ProblemType::ValidationError);
        let detail = seen.body["detail"].as_str().unwrap_or_default();
        assert!(
            !detail.is_empty() && detail != ProblemType::ValidationError.detail_template(),
            "{uri}: {detail}"
        );
    }
}

#[tokio::test]
async fn statuses_without_an_entry_are_plain_problems_of_that_status() {
    let data = call(post_("/payments", true, r#"{"value":"ten"}"#)).await;
    assert_plain(&data, 422);
    assert!(data.body["detail"]
        .as_str()
        .unwrap()
        .starts_with("Failed to deserialize"));
    assert_plain(
        &call(post_("/payments", false, r#"{"value":1}"#)).await,
        415,
    );
    assert_plain(&call(post_("/upload", false, "too long a body")).await, 413);
    let delete = Request::delete("/payments/1").body(Body::empty()).unwrap();
    let not_allowed = call(delete).await;
    assert_plain(&not_allowed, 405);
    assert!(not_allowed.headers["allow"]
        .to_str()
        .unwrap()
        .contains("GET"));
}

#[tokio::test]
async fn fallback_auth_locked_and_panic_are_their_platform_entries() {
    let missing = call(get_("/no/such/route")).await;
    assert_entry(&missing, ProblemType::NotFound);
    assert_eq!(
        missing.body["detail"],
        ProblemType::NotFound.detail_template()
    );

    let auth = call(get_("/auth")).await;
    assert_entry(&auth, ProblemType::Unauthorized);
    assert_eq!(auth.headers["www-authenticate"], "Bearer");
    assert!(!auth.text.contains("no token"));

    assert_entry(&call(get_("/locked")).await, ProblemType::Locked);

    let panic = call(get_("/panic")).await;
    assert_entry(&panic, ProblemType::InternalServerError);
    // The entry's own template, nothing of the panic.
    assert_eq!(
        panic.body["detail"],
        ProblemType::InternalServerError.detail_template()
    );
    assert!(!panic.text.contains("4111") && !panic.text.contains("secret"));
}

#[tokio::test]
async fn a_timeout_inside_the_layer_is_a_plain_504() {
    let app = Router::new()
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(30)).await;
                "late"
            }),
        )
        .layer(TimeoutLayer::with_status_code(
            StatusCode::GATEWAY_TIMEOUT,
            Duration::from_millis(20),
        ))
        .layer(vipps_problems::problem_layer());
    let response = app.oneshot(get_("/slow")).await.unwrap();
    let (head, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 16).await.unwrap();
    assert_eq!(head.status, 504);
    assert_eq!(head.headers["content-type"], "application/problem+json");
    let classified = classify::<Problem>(504, &head.headers, &bytes);
    assert_eq!(classified.kind(), None);
    assert_eq!(classified.status(), 504);
}

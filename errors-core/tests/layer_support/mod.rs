//! What the problem layer's tests share: a router with every kind of error response, and a
//! way to send it one request in-process.

#![allow(dead_code)]

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, Query};
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use errors_core::ProblemResponse;
use serde_json::Value;
use tower::ServiceExt;
use tower_http::timeout::TimeoutLayer;

pub mod shop {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}

/// Text that must never reach a client.
pub const SECRET: &str = "db-7.internal:5432 password=hunter2";

#[derive(serde::Deserialize)]
struct Order {
    #[allow(dead_code)]
    amount: u64,
}

#[derive(serde::Deserialize)]
struct Search {
    #[allow(dead_code)]
    page: u32,
}

/// One route per case; `layer` is applied to all of them and to the fallbacks.
pub fn app<L>(layer: L) -> Router
where
    L: tower::Layer<axum::routing::Route> + Clone + Send + Sync + 'static,
    L::Service: tower::Service<Request<Body>> + Clone + Send + Sync + 'static,
    <L::Service as tower::Service<Request<Body>>>::Response: IntoResponse + 'static,
    <L::Service as tower::Service<Request<Body>>>::Error: Into<std::convert::Infallible> + 'static,
    <L::Service as tower::Service<Request<Body>>>::Future: Send + 'static,
{
    let slow = || async {
        tokio::time::sleep(Duration::from_secs(30)).await;
        "too late"
    };
    Router::new()
        .route("/json", post(|Json(_): Json<Order>| async { "ok" }))
        .route(
            "/orders/{id}",
            get(|Path(id): Path<u32>| async move { id.to_string() }),
        )
        .route(
            "/names/{name}",
            get(|Path(name): Path<String>| async move { name }),
        )
        .route("/search", get(|Query(_): Query<Search>| async { "found" }))
        .route(
            "/upload",
            post(|bytes: Bytes| async move { bytes.len().to_string() })
                .layer(DefaultBodyLimit::max(8)),
        )
        .route(
            "/slow-gateway",
            get(slow).layer(TimeoutLayer::with_status_code(
                StatusCode::GATEWAY_TIMEOUT,
                Duration::from_millis(20),
            )),
        )
        .route(
            "/slow-request",
            get(slow).layer(TimeoutLayer::with_status_code(
                StatusCode::REQUEST_TIMEOUT,
                Duration::from_millis(20),
            )),
        )
        .route("/panic", get(panics))
        .route(
            "/upstream",
            get(|| async {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [
                        (header::RETRY_AFTER, "120"),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    format!("upstream {SECRET} refused"),
                )
            }),
        )
        .route(
            "/teapot",
            get(|| async { (StatusCode::IM_A_TEAPOT, "short and stout") }),
        )
        .route(
            "/problem",
            get(|| async {
                ProblemResponse::new(shop::Problem::PaymentStateConflict {
                    state: "CAPTURED".into(),
                })
                .with_instance("urn:test:1")
            }),
        )
        .route(
            "/odd-problem",
            get(|| async {
                (
                    StatusCode::CONFLICT,
                    [(
                        header::CONTENT_TYPE,
                        "Application/Problem+JSON; charset=utf-8",
                    )],
                    "not even JSON, sent as it is",
                )
            }),
        )
        .route("/ok", get(|| async { "fine" }))
        .layer(layer)
}

async fn panics() -> &'static str {
    panic!("handler failed: {SECRET}");
}

/// A response as the client sees it.
#[derive(Debug)]
pub struct Sent {
    pub status: u16,
    pub headers: HeaderMap,
    pub bytes: Bytes,
}

impl Sent {
    /// The body as JSON; panics when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text()))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// A problem+json response with this status, `about:blank` and the reason phrase.
    pub fn assert_plain_problem(&self, status: u16) {
        assert_eq!(self.status, status, "{}", self.text());
        assert_eq!(self.headers["content-type"], "application/problem+json");
        let body = self.json();
        assert_eq!(body.get("type"), None, "about:blank is left out");
        assert_eq!(body["status"], status);
        let reason = StatusCode::from_u16(status)
            .unwrap()
            .canonical_reason()
            .unwrap();
        assert_eq!(body["title"], reason);
    }
}

pub async fn send(app: Router, request: Request<Body>) -> Sent {
    let response = app.oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    Sent {
        status: parts.status.as_u16(),
        headers: parts.headers,
        bytes,
    }
}

pub fn get_request(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

pub fn post_request(uri: &str, content_type: Option<&str>, body: &'static str) -> Request<Body> {
    let mut request = Request::post(uri);
    if let Some(content_type) = content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    request.body(Body::from(body)).unwrap()
}

//! The validation extractors in actix-web answer exactly as in axum: one set of rules, the
//! same status and the same problem for the same request, and a typed `Rejection` a handler
//! can look at.
#![cfg(all(feature = "actix", feature = "validation", feature = "axum"))]

use actix_web::test::{init_service, TestRequest};
use actix_web::{web, App, HttpResponse};
use axum::response::IntoResponse;
use errors_core::respond::{InvalidKind, Rejection, ValidJson, ValidQuery};
use errors_core::ProblemDetails;
use tower::ServiceExt;

use crate::actix_support::{answer, Order, Sent};

/// The answer of an axum router with the same extractors to the same request.
async fn axum_answer(method: &str, uri: &str, content_type: Option<&str>, body: &str) -> Sent {
    let app = axum::Router::new()
        .route(
            "/orders",
            axum::routing::post(|ValidJson(order, ..): ValidJson<Order>| async move {
                order.amount.to_string()
            }),
        )
        .route(
            "/search",
            axum::routing::get(|ValidQuery(search, ..): ValidQuery<Search>| async move {
                search.page.to_string()
            }),
        )
        .layer(axum::extract::DefaultBodyLimit::max(64));
    let mut request = http::Request::builder().method(method).uri(uri);
    if let Some(value) = content_type {
        request = request.header("content-type", value);
    }
    let request = request
        .body(axum::body::Body::from(body.to_owned()))
        .unwrap();
    let response = app.oneshot(request).await.unwrap().into_response();
    let status = response.status().as_u16();
    let mut headers = actix_web::http::header::HeaderMap::new();
    for (name, value) in response.headers() {
        headers.append(
            name.as_str().parse().unwrap(),
            actix_web::http::header::HeaderValue::from_bytes(value.as_bytes()).unwrap(),
        );
    }
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    Sent {
        status,
        headers,
        bytes: web::Bytes::copy_from_slice(&bytes),
    }
}

#[derive(serde::Deserialize)]
struct Search {
    page: u32,
}

/// The actix app: the same two routes, and one that looks at the rejection.
fn actix_app() -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .app_data(web::PayloadConfig::new(64))
        .route(
            "/orders",
            web::post().to(|ValidJson(order, ..): ValidJson<Order>| async move {
                order.amount.to_string()
            }),
        )
        .route(
            "/search",
            web::get().to(|ValidQuery(search, ..): ValidQuery<Search>| async move {
                search.page.to_string()
            }),
        )
        .route("/typed", web::post().to(typed))
}

/// A handler that takes the rejection and says what it saw.
async fn typed(order: Result<ValidJson<Order>, Rejection<ProblemDetails>>) -> HttpResponse {
    match order {
        Ok(ValidJson(order, ..)) => HttpResponse::Ok().body(order.amount.to_string()),
        Err(rejection) => {
            let kind = rejection.as_invalid().map(|i| format!("{:?}", i.kind()));
            let fields: Vec<&str> = rejection.fields().iter().map(|f| f.name.as_str()).collect();
            HttpResponse::Ok().body(format!("{} {kind:?} {fields:?}", rejection.status()))
        }
    }
}

const JSON: Option<&str> = Some("application/json");

#[actix_web::test]
async fn actix_and_axum_answer_every_invalid_request_alike() {
    let big = format!(r#"{{"amount": 1, "padding": "{}"}}"#, "x".repeat(100));
    let cases: Vec<(&str, &str, Option<&str>, String)> = vec![
        ("POST", "/orders", JSON, r#"{"amount": 12}"#.into()),
        ("POST", "/orders", JSON, r#"{"amount": "ten"}"#.into()),
        ("POST", "/orders", JSON, "{}".into()),
        ("POST", "/orders", JSON, r#"{"amount": 1} x"#.into()),
        ("POST", "/orders", JSON, "not json".into()),
        ("POST", "/orders", None, r#"{"amount": 1}"#.into()),
        (
            "POST",
            "/orders",
            Some("text/plain"),
            r#"{"amount": 1}"#.into(),
        ),
        (
            "POST",
            "/orders",
            Some("application/problem+json"),
            r#"{"amount": 3}"#.into(),
        ),
        ("POST", "/orders", JSON, big),
        ("GET", "/search?page=2", None, String::new()),
        ("GET", "/search?page=first", None, String::new()),
        ("GET", "/search", None, String::new()),
    ];
    let service = init_service(actix_app()).await;
    let mut seen_statuses = Vec::new();
    for (method, uri, content_type, body) in &cases {
        let axum = axum_answer(method, uri, *content_type, body).await;
        let mut request = TestRequest::default()
            .method(method.parse().unwrap())
            .uri(uri)
            .set_payload(body.clone());
        if let Some(value) = content_type {
            request = request.insert_header(("content-type", *value));
        }
        let actix = answer(&service, request).await;
        let case = format!("{method} {uri} {content_type:?} {body:.40}");
        assert_eq!(actix.status, axum.status, "{case}: {}", actix.text());
        if actix.status == 413 {
            // An unreadable body's detail is the framework's own text; the rest agrees.
            let (mut actix, mut axum) = (actix.json(), axum.json());
            assert!(actix["detail"].is_string() && axum["detail"].is_string());
            actix["detail"].take();
            axum["detail"].take();
            assert_eq!(actix, axum, "{case}");
        } else {
            assert_eq!(actix.text(), axum.text(), "{case}");
        }
        assert_eq!(actix.content_type(), axum.content_type(), "{case}");
        seen_statuses.push(actix.status);
    }
    // Every kind of answer was met: success, 400, 413, 415 and 422.
    for status in [200, 400, 413, 415, 422] {
        assert!(
            seen_statuses.contains(&status),
            "{status}: {seen_statuses:?}"
        );
    }
}

#[actix_web::test]
async fn a_handler_sees_the_typed_rejection() {
    let service = init_service(actix_app()).await;
    let request = TestRequest::post()
        .uri("/typed")
        .insert_header(("content-type", "application/json"))
        .set_payload(r#"{"amount": "ten"}"#);
    let sent = answer(&service, request).await;
    let expected = format!(
        "422 Some({:?}) [\"amount\"]",
        format!("{:?}", InvalidKind::JsonData)
    );
    assert_eq!(sent.text(), expected);
}

//! What the actix tests share: an app with every kind of error response behind a
//! `ProblemMiddleware`, and a way to send it one request in-process.

#![allow(dead_code)]

use actix_web::dev::ServiceResponse;
use actix_web::http::header::{self, HeaderMap};
use actix_web::http::StatusCode;
use actix_web::{test, web, App, HttpResponse};
use errors_core::respond::{ProblemMapping, ProblemMiddleware};
use errors_core::ProblemResponse;
use serde_json::Value;

pub mod shop {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}

/// Text that must never reach a client.
pub const SECRET: &str = "db-7.internal:5432 password=hunter2";

#[derive(serde::Deserialize)]
pub struct Order {
    pub amount: u64,
}

#[derive(serde::Deserialize)]
pub struct Search {
    #[allow(dead_code)]
    pub page: u32,
}

/// One resource per case, behind a middleware with `mapping`; `extra` adds routes.
pub fn app(
    mapping: ProblemMapping,
    extra: impl FnOnce(&mut web::ServiceConfig),
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .wrap(ProblemMiddleware::new(mapping))
        .app_data(web::PayloadConfig::new(64))
        .app_data(web::JsonConfig::default().limit(64))
        .route(
            "/json",
            web::post().to(|_: web::Json<Order>| async { "ok" }),
        )
        .route(
            "/orders/{id}",
            web::get().to(|id: web::Path<u32>| async move { id.to_string() }),
        )
        .route(
            "/search",
            web::get().to(|_: web::Query<Search>| async { "found" }),
        )
        .route(
            "/form",
            web::post().to(|_: web::Form<Order>| async { "ok" }),
        )
        .route(
            "/upload",
            web::post().to(|bytes: web::Bytes| async move { bytes.len().to_string() }),
        )
        .route(
            "/slow",
            web::get().to(|| async {
                // What a timeout middleware answers: an empty 504.
                HttpResponse::GatewayTimeout().finish()
            }),
        )
        .route("/panic", web::get().to(panics))
        .route(
            "/upstream",
            web::get().to(|| async {
                HttpResponse::ServiceUnavailable()
                    .insert_header((header::RETRY_AFTER, "120"))
                    .body(format!("upstream {SECRET} refused"))
            }),
        )
        .route(
            "/teapot",
            web::get().to(|| async {
                HttpResponse::build(StatusCode::IM_A_TEAPOT).body("short and stout")
            }),
        )
        .route(
            "/problem",
            web::get().to(|| async {
                ProblemResponse::new(shop::Problem::PaymentStateConflict {
                    state: "CAPTURED".into(),
                })
                .with_instance("urn:test:1")
            }),
        )
        .route(
            "/failing",
            web::get().to(|| async {
                Err::<HttpResponse, _>(shop::Problem::ReferenceNotFound {
                    reference: "order-1".into(),
                    msn: "123456".into(),
                })
            }),
        )
        .service(web::resource("/payments").route(web::post().to(|| async { "created" })))
        .route("/ok", web::get().to(|| async { "fine" }))
        .configure(extra)
}

async fn panics() -> &'static str {
    panic!("handler failed: {SECRET}");
}

/// A response as the client sees it.
#[derive(Debug)]
pub struct Sent {
    pub status: u16,
    pub headers: HeaderMap,
    pub bytes: web::Bytes,
}

impl Sent {
    /// The body as JSON; panics when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// A header's value as text; panics when it is missing.
    pub fn header(&self, name: &str) -> &str {
        let value = self
            .headers
            .get(name)
            .unwrap_or_else(|| panic!("no {name}"));
        value.to_str().unwrap()
    }

    pub fn content_type(&self) -> Option<&str> {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }

    /// A plain RFC 9457 problem of `status`: problem+json, `title` its reason phrase.
    #[track_caller]
    pub fn assert_plain_problem(&self, status: u16) {
        assert_eq!(self.status, status, "{}", self.text());
        assert_eq!(
            self.content_type(),
            Some("application/problem+json"),
            "{}",
            self.text()
        );
        let body = self.json();
        assert_eq!(body["status"], status, "{}", self.text());
        assert_eq!(body.get("type"), None, "{}", self.text());
        assert!(!self.text().contains(SECRET), "{}", self.text());
    }
}

/// The whole answer of `service` to `request`; an error is answered as actix answers it.
pub async fn answer<S, B>(service: &S, request: actix_web::test::TestRequest) -> Sent
where
    S: actix_web::dev::Service<
        actix_http::Request,
        Response = ServiceResponse<B>,
        Error = actix_web::Error,
    >,
    B: actix_web::body::MessageBody,
{
    match test::try_call_service(service, request.to_request()).await {
        Ok(response) => read(response.into_parts().1).await,
        Err(error) => read(error.error_response()).await,
    }
}

/// Read the whole answer.
pub async fn read<B: actix_web::body::MessageBody>(response: HttpResponse<B>) -> Sent {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = actix_web::body::to_bytes(response.into_body())
        .await
        .unwrap_or_else(|_| panic!("a body that reads"));
    Sent {
        status,
        headers,
        bytes,
    }
}

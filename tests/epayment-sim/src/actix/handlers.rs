//! The API's actix-web handlers: the request extracted the actix way (the body with the same
//! validation extractor as axum's), answered by the operations.

use std::ops::Deref;

use actix_web::dev::Payload;
use actix_web::http::header::ContentType;
use actix_web::{error, web, FromRequest, HttpRequest, HttpResponse, Responder};
use errors_core::respond::{to_http_headers, ValidJson};
use errors_core::ToProblem;
use futures_util::future::{ready, Ready};
use serde_json::Value;

use crate::config::MSN_HEADER;
use crate::operations;
use crate::rejection::{Done, Reply};
use crate::state::State;

type Shared = web::Data<State>;
/// The same JSON body extractor as the axum handlers'.
type JsonBody = vipps_problems::Json<Value>;

/// The `{reference}` of the path. actix decodes a path that is not UTF-8 lossily before
/// routing (`%FF` becomes `\u{FFFD}`); axum's `Path` refuses it with a 400, and so does this:
/// the raw path must be UTF-8 once percent-decoded.
pub struct Reference(String);

impl Deref for Reference {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl FromRequest for Reference {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let raw = percent_encoding::percent_decode_str(request.uri().path());
        if raw.decode_utf8().is_err() {
            let refused = "the path is not UTF-8 once percent-decoded";
            return ready(Err(error::ErrorBadRequest(refused)));
        }
        let reference = web::Path::<String>::extract(request).into_inner();
        ready(reference.map(|path| Reference(path.into_inner())))
    }
}

/// An operation's answer as actix sends it.
fn send<E: ToProblem>(reply: Reply<E>, request: &HttpRequest) -> HttpResponse {
    match reply {
        Ok(Done { status, body }) => {
            let status = actix_web::http::StatusCode::from_u16(status.as_u16())
                .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR);
            HttpResponse::build(status)
                .content_type(ContentType::json())
                .body(body.to_string())
        }
        Err(problem) => problem.respond_to(request),
    }
}

pub async fn create(
    state: Shared,
    request: HttpRequest,
    ValidJson(body, ..): JsonBody,
) -> HttpResponse {
    let headers = to_http_headers(request.headers());
    send(operations::create(&state, &headers, body).await, &request)
}

pub async fn get(state: Shared, request: HttpRequest, reference: Reference) -> HttpResponse {
    let headers = to_http_headers(request.headers());
    send(
        operations::get(&state, &headers, &reference).await,
        &request,
    )
}

pub async fn capture(
    state: Shared,
    request: HttpRequest,
    reference: Reference,
    ValidJson(body, ..): JsonBody,
) -> HttpResponse {
    let headers = to_http_headers(request.headers());
    send(
        operations::capture(&state, &headers, &reference, body).await,
        &request,
    )
}

pub async fn refund(
    state: Shared,
    request: HttpRequest,
    reference: Reference,
    ValidJson(body, ..): JsonBody,
) -> HttpResponse {
    let headers = to_http_headers(request.headers());
    send(
        operations::refund(&state, &headers, &reference, body).await,
        &request,
    )
}

pub async fn cancel(state: Shared, request: HttpRequest, reference: Reference) -> HttpResponse {
    let headers = to_http_headers(request.headers());
    send(
        operations::cancel(&state, &headers, &reference).await,
        &request,
    )
}

pub async fn approve(state: Shared, request: HttpRequest, reference: Reference) -> HttpResponse {
    let headers = to_http_headers(request.headers());
    send(
        operations::approve(&state, &headers, &reference).await,
        &request,
    )
}

/// The plain-text baseline of `get` (test-only), past the problem middleware.
pub async fn plain_get(state: Shared, request: HttpRequest, reference: Reference) -> HttpResponse {
    // The headers read as the API's handlers read them, so that the two routes differ only
    // in their answer.
    let headers = to_http_headers(request.headers());
    let msn = headers.get(MSN_HEADER).and_then(|v| v.to_str().ok());
    match crate::plain::lookup(&state, msn, &reference).await {
        Ok(view) => HttpResponse::Ok().json(view),
        Err((status, text)) => {
            let status = actix_web::http::StatusCode::from_u16(status.as_u16())
                .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR);
            HttpResponse::build(status)
                .content_type(ContentType::plaintext())
                .body(text)
        }
    }
}

/// A test-only route whose handler panics.
pub async fn panics() -> &'static str {
    panic!("a bug in a handler");
}

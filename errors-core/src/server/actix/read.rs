//! What the actix middleware reads of a response: whether it passes through, and, for an
//! error response that is not a problem yet, its status, headers and text, rewritten by the
//! shared rules.

use actix_web::body::{to_bytes_limited, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE};
use actix_web::HttpResponse;

use super::convert::to_http_headers;
use crate::server::rewrite::answer::{self, is_problem_json_type, BODY_LIMIT};
use crate::server::rewrite::{ErrorKind, ProblemMapping};

/// Whether a response is left as it is: not an error, or already problem+json.
pub(super) fn passes_through<B>(response: &ServiceResponse<B>) -> bool {
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .map(HeaderValue::as_bytes);
    response.status().as_u16() < 400 || is_problem_json_type(content_type)
}

/// The problem response for an error response that is not a problem yet: its kind from the
/// actix error it carries (`known`), else from its status.
pub(super) async fn rewrite<B: MessageBody>(
    mapping: &ProblemMapping,
    known: Option<ErrorKind>,
    response: HttpResponse<B>,
    accept: &::http::HeaderMap,
) -> ::http::Response<Vec<u8>> {
    let status = ::http::StatusCode::from_u16(response.status().as_u16())
        .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = to_http_headers(response.headers());
    // A body over the limit, or one that fails, is read as no text: it is dropped anyway.
    let bytes = match to_bytes_limited(response.into_body(), BODY_LIMIT).await {
        Ok(Ok(bytes)) => bytes,
        _ => Default::default(),
    };
    let text = String::from_utf8_lossy(&bytes);
    answer::rewrite(mapping, status, &headers, known, &text, accept)
}

//! An error response of a tower service, its body read (at most [`BODY_LIMIT`] bytes) for the
//! shared rewrite.

use ::http::header::{self, HeaderMap};
use ::http::{Response, StatusCode};
use bytes::Bytes;
use http_body::Body;
use http_body_util::{BodyExt, Full, Limited};

use crate::server::rewrite::answer::{self, is_problem_json_type, BODY_LIMIT};
use crate::server::rewrite::ProblemMapping;

/// Whether a response is left as it is: not an error, or already problem+json.
pub(super) fn passes_through(status: StatusCode, headers: &HeaderMap) -> bool {
    status.as_u16() < 400 || is_problem_json(headers)
}

/// `Content-Type: application/problem+json`, parameters and case aside.
fn is_problem_json(headers: &HeaderMap) -> bool {
    is_problem_json_type(headers.get(header::CONTENT_TYPE).map(|v| v.as_bytes()))
}

/// The request's `Accept-Language` lines, kept for the problems the layer may write.
pub(super) fn accept_language(request: &HeaderMap) -> HeaderMap {
    let mut kept = HeaderMap::new();
    for value in request.get_all(header::ACCEPT_LANGUAGE) {
        kept.append(header::ACCEPT_LANGUAGE, value.clone());
    }
    kept
}

/// The problem response for an error response that is not a problem yet.
pub(super) async fn rewrite<B>(
    mapping: &ProblemMapping,
    response: Response<B>,
    accept: &HeaderMap,
) -> Response<Full<Bytes>>
where
    B: Body,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let (parts, body) = response.into_parts();
    // A body over the limit, or one that fails, is read as no text: it is dropped anyway.
    let bytes = match Limited::new(body, BODY_LIMIT).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => Bytes::new(),
    };
    let text = String::from_utf8_lossy(&bytes);
    answer::rewrite(mapping, parts.status, &parts.headers, None, &text, accept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::http::HeaderValue;

    fn typed(content_type: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers
    }

    #[test]
    fn problem_json_is_recognised_whatever_its_case_and_parameters() {
        let not_found = StatusCode::NOT_FOUND;
        for problem in [
            "application/problem+json",
            "Application/Problem+JSON",
            "application/problem+json; charset=utf-8",
            " application/problem+json ;q=1",
        ] {
            assert!(passes_through(not_found, &typed(problem)), "{problem}");
        }
        for other in [
            "application/json",
            "text/plain",
            "application/problem+jsonx",
        ] {
            assert!(!passes_through(not_found, &typed(other)), "{other}");
        }
        assert!(!passes_through(not_found, &HeaderMap::new()));
        assert!(passes_through(StatusCode::OK, &typed("text/plain")));
    }
}

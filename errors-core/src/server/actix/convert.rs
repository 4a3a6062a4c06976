//! Between the `http` crate's types (version 1, this crate's) and actix-web's own (its
//! `http` 0.2 re-exports): status and headers, by their bytes.

use actix_web::http::header as actix_header;

/// actix-web's headers (its `http` 0.2 types) as this crate's `http` header map, for
/// [`ProblemResponse::with_accept_language`](crate::ProblemResponse::with_accept_language)
/// and the like (feature `actix`). A header that does not convert (none that actix
/// accepted) is left out.
pub fn to_http_headers(headers: &actix_header::HeaderMap) -> ::http::HeaderMap {
    let mut out = ::http::HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let name = ::http::HeaderName::from_bytes(name.as_str().as_bytes());
        let value = ::http::HeaderValue::from_bytes(value.as_bytes());
        if let (Ok(name), Ok(value)) = (name, value) {
            out.append(name, value);
        }
    }
    out
}

/// `http` headers as actix's, appended to `into`.
pub(super) fn append_actix_headers(
    headers: &::http::HeaderMap,
    into: &mut actix_header::HeaderMap,
) {
    for (name, value) in headers {
        let name = actix_header::HeaderName::from_bytes(name.as_str().as_bytes());
        let value = actix_header::HeaderValue::from_bytes(value.as_bytes());
        if let (Ok(name), Ok(value)) = (name, value) {
            into.append(name, value);
        }
    }
}

/// The request's `Accept-Language` lines as `http` headers, for the problems the middleware
/// may write.
pub(super) fn accept_language(headers: &actix_header::HeaderMap) -> ::http::HeaderMap {
    let mut kept = ::http::HeaderMap::new();
    for value in headers.get_all(actix_header::ACCEPT_LANGUAGE) {
        if let Ok(value) = ::http::HeaderValue::from_bytes(value.as_bytes()) {
            kept.append(::http::header::ACCEPT_LANGUAGE, value);
        }
    }
    kept
}

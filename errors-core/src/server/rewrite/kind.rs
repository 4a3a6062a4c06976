//! What an error response is: recognised from its status, and for axum's own rejections that
//! share a status, from their content type and the start of their text.

/// What went wrong, as the problem layer recognised it from an error response that was not
/// a problem yet (or from a panic). Mappings choose their answer by it.
///
/// A status that means one thing (404, 405, 408/504, 413) is recognised by itself. axum's
/// rejections that share a status (400, 415, 422) expose nothing but their text: they are
/// told apart by the fixed start of it, and only in a body of the content type axum gives
/// them (`text/plain; charset=utf-8`), so a handler's own JSON 400 is never taken for one.
/// Any other error response is [`Other`](ErrorKind::Other), answered by its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 400: the body is not JSON (axum's `JsonSyntaxError`).
    JsonSyntax,
    /// 422: the JSON does not fit the target type (axum's `JsonDataError`).
    JsonData,
    /// 415: a `Json` extractor met a request without `Content-Type: application/json`.
    MissingJsonContentType,
    /// 400: a path parameter does not parse (axum's `Path` rejections).
    Path,
    /// 400: a path parameter is not UTF-8 once percent-decoded.
    InvalidPathEncoding,
    /// 400: the query string does not deserialize (axum's `Query` rejection).
    Query,
    /// 400, 415 or 422: a form body or its content type (axum's `Form` rejections).
    Form,
    /// 413: the request body is over the limit.
    PayloadTooLarge,
    /// 404: no route (the fallback), or a handler's plain 404.
    NotFound,
    /// 405: the route exists, the method does not; its `Allow` header is kept.
    MethodNotAllowed,
    /// 408 or 504: the request timed out (for instance tower-http's `TimeoutLayer`).
    Timeout,
    /// 500: the handler panicked. Nothing of the panic message is sent.
    Panic,
    /// Any other error response: answered by its status.
    Other,
}

impl ErrorKind {
    /// A stable snake_case name, as logs show it.
    pub const fn name(self) -> &'static str {
        match self {
            ErrorKind::JsonSyntax => "json_syntax",
            ErrorKind::JsonData => "json_data",
            ErrorKind::MissingJsonContentType => "missing_json_content_type",
            ErrorKind::Path => "path",
            ErrorKind::InvalidPathEncoding => "invalid_path_encoding",
            ErrorKind::Query => "query",
            ErrorKind::Form => "form",
            ErrorKind::PayloadTooLarge => "payload_too_large",
            ErrorKind::NotFound => "not_found",
            ErrorKind::MethodNotAllowed => "method_not_allowed",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Panic => "panic",
            ErrorKind::Other => "other",
        }
    }

    /// The kind of an error response with this status, `Content-Type` and (start of) body
    /// text.
    pub(crate) fn recognise(status: u16, content_type: Option<&[u8]>, text: &str) -> ErrorKind {
        match status {
            404 => return ErrorKind::NotFound,
            405 => return ErrorKind::MethodNotAllowed,
            408 | 504 => return ErrorKind::Timeout,
            413 => return ErrorKind::PayloadTooLarge,
            _ => {}
        }
        if content_type != Some(AXUM_REJECTION_TYPE) {
            return ErrorKind::Other;
        }
        AXUM_WORDING
            .iter()
            .find(|(s, prefix, _)| *s == status && text.starts_with(prefix))
            .map_or(ErrorKind::Other, |(_, _, kind)| *kind)
    }
}

/// The `Content-Type` of axum's rejections (a `String` body).
const AXUM_REJECTION_TYPE: &[u8] = b"text/plain; charset=utf-8";

/// axum 0.8's rejections that share a status, by the start of their text; the first match
/// wins. Each line is pinned by a test that makes the rejection with axum itself.
const AXUM_WORDING: [(u16, &str, ErrorKind); 9] = [
    (
        400,
        "Failed to parse the request body as JSON",
        ErrorKind::JsonSyntax,
    ),
    (
        422,
        "Failed to deserialize the JSON body into the target type",
        ErrorKind::JsonData,
    ),
    (
        415,
        "Expected request with `Content-Type: application/json`",
        ErrorKind::MissingJsonContentType,
    ),
    (
        400,
        "Invalid URL: Invalid UTF-8",
        ErrorKind::InvalidPathEncoding,
    ),
    (400, "Invalid URL: ", ErrorKind::Path),
    (400, "Failed to deserialize query string", ErrorKind::Query),
    (400, "Failed to deserialize form", ErrorKind::Form),
    (422, "Failed to deserialize form", ErrorKind::Form),
    (
        415,
        "Form requests must have `Content-Type",
        ErrorKind::Form,
    ),
];

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    //! Each wording is pinned by making the rejection with axum itself: a rewording in a
    //! new axum fails here, not silently in production.

    use axum::body::Body;
    use axum::extract;
    use axum::routing::{get, post};
    use axum::Router;
    use tower::ServiceExt;

    use super::ErrorKind::{self, *};

    /// The axum whose wording [`super::AXUM_WORDING`] holds: a newer one must be checked
    /// against these tests before the lock moves.
    const AXUM_VERSION: &str = "0.8.";

    #[derive(serde::Deserialize)]
    struct Order {
        #[allow(dead_code)]
        amount: u64,
    }

    /// What the layer would recognise of axum's answer to `request`, after checking that
    /// the workspace's axum is the one the wording was read from.
    async fn recognised(request: http::Request<Body>) -> (u16, ErrorKind) {
        let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock"))
            .expect("the workspace's Cargo.lock");
        let locked = lock
            .split("[[package]]")
            .find(|p| p.contains("\nname = \"axum\"\n"))
            .and_then(|p| p.split("version = \"").nth(1))
            .and_then(|v| v.split('"').next())
            .expect("axum in Cargo.lock");
        assert!(
            locked.starts_with(AXUM_VERSION),
            "axum {locked}: check its rejection texts"
        );
        let app = Router::new()
            .route(
                "/json",
                post(|extract::Json(_): extract::Json<Order>| async { "ok" }),
            )
            .route(
                "/form",
                post(|extract::Form(_): extract::Form<Order>| async { "ok" }),
            )
            .route(
                "/orders/{id}",
                get(|extract::Path(_): extract::Path<u32>| async { "ok" }),
            )
            .route(
                "/names/{name}",
                get(|extract::Path(_): extract::Path<String>| async { "ok" }),
            )
            .route(
                "/search",
                get(|extract::Query(_): extract::Query<Order>| async { "ok" }),
            );
        let response = app.oneshot(request).await.unwrap();
        let status = response.status().as_u16();
        let content_type = response.headers().get(http::header::CONTENT_TYPE).cloned();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let kind = ErrorKind::recognise(status, content_type.as_ref().map(|v| v.as_bytes()), &text);
        (status, kind)
    }

    fn post_body(path: &str, content_type: Option<&str>, body: &str) -> http::Request<Body> {
        let mut request = http::Request::post(path);
        if let Some(value) = content_type {
            request = request.header("content-type", value);
        }
        request.body(Body::from(body.to_owned())).unwrap()
    }

    fn get_path(path: &str) -> http::Request<Body> {
        http::Request::get(path).body(Body::empty()).unwrap()
    }

    const JSON: Option<&str> = Some("application/json");
    const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

    #[tokio::test]
    async fn a_body_that_is_not_json() {
        assert_eq!(
            recognised(post_body("/json", JSON, "{\"amount\":")).await,
            (400, JsonSyntax)
        );
    }

    #[tokio::test]
    async fn json_that_does_not_fit() {
        assert_eq!(
            recognised(post_body("/json", JSON, r#"{"amount":"ten"}"#)).await,
            (422, JsonData)
        );
    }

    #[tokio::test]
    async fn json_without_its_content_type() {
        let sent = post_body("/json", None, r#"{"amount":1}"#);
        assert_eq!(recognised(sent).await, (415, MissingJsonContentType));
    }

    #[tokio::test]
    async fn a_path_parameter_that_does_not_parse() {
        assert_eq!(recognised(get_path("/orders/abc")).await, (400, Path));
    }

    #[tokio::test]
    async fn a_path_parameter_that_is_not_utf8() {
        assert_eq!(
            recognised(get_path("/names/%FF%FE")).await,
            (400, InvalidPathEncoding)
        );
    }

    #[tokio::test]
    async fn a_query_string_that_does_not_deserialize() {
        assert_eq!(
            recognised(get_path("/search?amount=ten")).await,
            (400, Query)
        );
    }

    #[tokio::test]
    async fn a_form_that_does_not_deserialize() {
        assert_eq!(
            recognised(post_body("/form", FORM, "amount=ten")).await,
            (422, Form)
        );
    }

    #[tokio::test]
    async fn a_form_without_its_content_type() {
        assert_eq!(
            recognised(post_body("/form", None, "amount=1")).await,
            (415, Form)
        );
    }

    #[test]
    fn statuses_that_mean_one_thing_need_no_text() {
        for (status, kind) in [
            (404, NotFound),
            (405, MethodNotAllowed),
            (408, Timeout),
            (504, Timeout),
            (413, PayloadTooLarge),
        ] {
            assert_eq!(ErrorKind::recognise(status, None, ""), kind, "{status}");
        }
    }

    #[test]
    fn the_wording_counts_only_in_axum_s_content_type_and_status() {
        let plain = Some(super::AXUM_REJECTION_TYPE);
        let text = "Failed to parse the request body as JSON: key must be a string";
        assert_eq!(ErrorKind::recognise(400, plain, text), JsonSyntax);
        // A handler's own JSON answer with the same words is not axum's rejection.
        assert_eq!(
            ErrorKind::recognise(400, Some(b"application/json"), text),
            Other
        );
        assert_eq!(ErrorKind::recognise(400, None, text), Other);
        // Nor under another status.
        assert_eq!(ErrorKind::recognise(401, plain, text), Other);
        assert_eq!(ErrorKind::recognise(400, plain, "bad request"), Other);
    }
}

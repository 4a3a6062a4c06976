//! What an error response is: recognised from its status and the start of its text.

/// What went wrong, as the problem layer recognised it from an error response that was not
/// a problem yet (or from a panic). Mappings choose their answer by it.
///
/// axum's built-in rejections are recognised by their status and the fixed start of their
/// plain-text body; any other error response is [`Other`](ErrorKind::Other), answered by
/// its status.
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

    /// The kind of an error response with this status and (start of) body text.
    pub(crate) fn recognise(status: u16, text: &str) -> ErrorKind {
        match status {
            404 => return ErrorKind::NotFound,
            405 => return ErrorKind::MethodNotAllowed,
            408 | 504 => return ErrorKind::Timeout,
            413 => return ErrorKind::PayloadTooLarge,
            _ => {}
        }
        let starts = |prefix: &str| text.starts_with(prefix);
        match status {
            400 if starts("Failed to parse the request body as JSON") => ErrorKind::JsonSyntax,
            422 if starts("Failed to deserialize the JSON body into the target type") => {
                ErrorKind::JsonData
            }
            415 if starts("Expected request with `Content-Type: application/json`") => {
                ErrorKind::MissingJsonContentType
            }
            400 if starts("Invalid URL: Invalid UTF-8") || starts("Invalid UTF-8 in `") => {
                ErrorKind::InvalidPathEncoding
            }
            400 if starts("Invalid URL: ") => ErrorKind::Path,
            400 if starts("Failed to deserialize query string") => ErrorKind::Query,
            400 | 422 if starts("Failed to deserialize form") => ErrorKind::Form,
            415 if starts("Form requests must have `Content-Type") => ErrorKind::Form,
            _ => ErrorKind::Other,
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorKind::{self, *};

    #[test]
    fn axum_rejection_texts_are_recognised_by_status_and_prefix() {
        let cases: [(u16, &str, ErrorKind); 12] = [
            (
                400,
                "Failed to parse the request body as JSON: key must be a string",
                JsonSyntax,
            ),
            (
                422,
                "Failed to deserialize the JSON body into the target type: missing field `a`",
                JsonData,
            ),
            (
                415,
                "Expected request with `Content-Type: application/json`",
                MissingJsonContentType,
            ),
            (400, "Invalid URL: Cannot parse `abc` to a `u32`", Path),
            (
                400,
                "Invalid URL: Invalid UTF-8 in `id`",
                InvalidPathEncoding,
            ),
            (
                400,
                "Failed to deserialize query string: invalid digit found in string",
                Query,
            ),
            (
                415,
                "Form requests must have `Content-Type: application/x-www-form-urlencoded`",
                Form,
            ),
            (
                413,
                "Failed to buffer the request body: length limit exceeded",
                PayloadTooLarge,
            ),
            (404, "", NotFound),
            (405, "", MethodNotAllowed),
            (504, "", Timeout),
            (401, "Failed to parse the request body as JSON", Other),
        ];
        for (status, text, kind) in cases {
            assert_eq!(ErrorKind::recognise(status, text), kind, "{status} {text}");
        }
        // The same text under another status is not that rejection.
        assert_eq!(ErrorKind::recognise(500, "Invalid URL: x"), Other);
        assert_eq!(ErrorKind::recognise(400, "bad request"), Other);
    }
}

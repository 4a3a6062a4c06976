//! Conversion into an `http::Response`, for any framework built on the `http` crate.

use ::http::Response;

use super::response::ProblemResponse;
use crate::catalog::to_problem::ToProblem;

impl<P: ToProblem> ProblemResponse<P> {
    /// The whole response: status, `Content-Type: application/problem+json`,
    /// `Content-Language` (the body's [`language`](Self::language); with
    /// [`with_accept_language`](Self::with_accept_language), `Vary: Accept-Language` too),
    /// `Retry-After` when [`retry_after`](Self::retry_after) is set, and
    /// the body. The cause kept with [`with_source`](Self::with_source) is not sent; with the
    /// feature `tracing`, it is logged with the one event this response records (see
    /// [`respond`](crate::respond)).
    ///
    /// ```
    /// use std::time::Duration;
    /// // A catalogue of your own; here, errors-core's test fixture.
    /// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
    /// use errors_core::ProblemResponse;
    /// use shop::Problem;
    ///
    /// let response: http::Response<Vec<u8>> = ProblemResponse::new(Problem::TooManyRequests)
    ///     .with_retry_after(Duration::from_millis(2500))
    ///     .to_http();
    /// assert_eq!(response.status(), 429);
    /// assert_eq!(response.headers()["content-type"], "application/problem+json");
    /// assert_eq!(response.headers()["retry-after"], "3");
    /// ```
    pub fn to_http<B: From<Vec<u8>>>(&self) -> Response<B> {
        self.to_http_as(None)
    }

    /// [`to_http`](Self::to_http), naming in the log event what the problem layer
    /// recognised (`kind`).
    pub(crate) fn to_http_as<B: From<Vec<u8>>>(&self, kind: Option<&str>) -> Response<B> {
        let mut sent = self.sent(kind);
        let mut response = Response::new(B::from(std::mem::take(&mut sent.body)));
        *response.status_mut() = sent.status;
        insert_sent_headers!(response.headers_mut(), sent, http::header);
        response
    }

    /// What this response sends, whatever the framework: the one place that decides the
    /// headers' values, and where a problem sent is logged and counted.
    pub(crate) fn sent(&self, kind: Option<&str>) -> Sent {
        let sent = Sent {
            status: self.status(),
            language: header_language(self.language()),
            vary: self.negotiated(),
            // Whole seconds, rounded up, so a client never retries too early.
            retry_after: self
                .retry_after()
                .map(|delay| delay.as_secs() + u64::from(delay.subsec_nanos() > 0)),
            body: self.to_json(),
        };
        super::trace::emitted(self, kind);
        #[cfg(feature = "opentelemetry")]
        super::telemetry::record(self);
        sent
    }
}

/// The headers of a problem response as it is sent (a [`Sent`]) inserted into `headers`, a
/// header map of the `http` crate or of actix-web (`$module`, its `header` module): the same
/// names and values either way.
macro_rules! insert_sent_headers {
    ($headers:expr, $sent:expr, $($module:ident)::+) => {{
        use $($module)::+::{HeaderValue, CONTENT_LANGUAGE, CONTENT_TYPE, RETRY_AFTER, VARY};
        let headers = $headers;
        headers.insert(CONTENT_TYPE, HeaderValue::from_static($crate::problem::details::PROBLEM_JSON));
        headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static($sent.language));
        if $sent.vary {
            headers.append(VARY, HeaderValue::from_static($crate::server::http::VARY_ON));
        }
        if let Some(seconds) = $sent.retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
    }};
}
pub(crate) use insert_sent_headers;

/// The `Vary` value of a response whose language was negotiated.
pub(crate) const VARY_ON: &str = "accept-language";

/// A problem response as it is sent, framework aside.
pub(crate) struct Sent {
    /// The HTTP status.
    pub(crate) status: ::http::StatusCode,
    /// `Content-Language`.
    pub(crate) language: &'static str,
    /// Whether `Vary: Accept-Language` is sent.
    pub(crate) vary: bool,
    /// `Retry-After`, in seconds.
    pub(crate) retry_after: Option<u64>,
    /// The problem+json body.
    pub(crate) body: Vec<u8>,
}

/// `tag` as a `Content-Language` value: a catalogue's tags are checked BCP 47 (letters,
/// digits, `-`), so this is the tag itself; anything else would be the default.
fn header_language(tag: &'static str) -> &'static str {
    let valid = !tag.is_empty() && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if valid {
        tag
    } else {
        super::response::CONTENT_LANGUAGE
    }
}

/// The response for any problem, with no `instance`, extra member or delay.
///
/// ```
/// use errors_core::respond::to_http_response;
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
/// use shop::Problem;
///
/// let response: http::Response<Vec<u8>> = to_http_response(Problem::AmountTooSmall);
/// assert_eq!(response.status(), 400);
/// assert_eq!(response.headers()["content-language"], "en");
/// ```
pub fn to_http_response<P: ToProblem, B: From<Vec<u8>>>(problem: P) -> Response<B> {
    ProblemResponse::new(problem).to_http()
}

#[cfg(test)]
mod tests {
    use super::header_language;

    #[test]
    fn a_language_tag_is_sent_as_it_is_and_anything_else_as_the_default() {
        assert_eq!(header_language("nb-NO"), "nb-NO");
        assert_eq!(header_language("en"), "en");
        // Never a value `from_static` would refuse.
        assert_eq!(header_language("nb\r\nx: y"), "en");
        assert_eq!(header_language(""), "en");
    }
}

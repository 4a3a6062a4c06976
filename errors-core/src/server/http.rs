//! Conversion into an `http::Response`, for any framework built on the `http` crate.

use ::http::header::{HeaderValue, CONTENT_LANGUAGE, CONTENT_TYPE, RETRY_AFTER, VARY};
use ::http::Response;

use super::response::ProblemResponse;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::PROBLEM_JSON;

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
        let mut response = Response::new(B::from(self.to_json()));
        *response.status_mut() = self.status();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        // A catalogue's tags are checked BCP 47 (letters, digits, `-`): always a valid value.
        let language = HeaderValue::from_str(self.language())
            .unwrap_or(HeaderValue::from_static(super::response::CONTENT_LANGUAGE));
        headers.insert(CONTENT_LANGUAGE, language);
        if self.negotiated() {
            headers.append(VARY, HeaderValue::from_static("accept-language"));
        }
        if let Some(delay) = self.retry_after() {
            // Whole seconds, rounded up, so a client never retries too early.
            let seconds = delay.as_secs() + u64::from(delay.subsec_nanos() > 0);
            headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        super::trace::emitted(self, kind);
        #[cfg(feature = "opentelemetry")]
        super::telemetry::record(self);
        response
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

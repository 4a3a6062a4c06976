//! An error response (or a panic) rewritten into a problem response, whatever the framework:
//! an adapter reads the start of the body, says what it recognised, and converts the result.

use std::any::Any;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};

use super::kind::ErrorKind;
use super::mapping::{AnyProblem, Failure, ProblemMapping};
use crate::catalog::info::ProblemTypeInfo;
use crate::catalog::to_problem::ToProblem;
use crate::catalog::vocabulary::RetryHint;
use crate::problem::details::{ProblemDetails, PROBLEM_JSON};
use crate::server::response::ProblemResponse;
use ::http::header::{self, HeaderMap, HeaderName};
use ::http::{Response, StatusCode};

/// How much of an error response's body the layer reads to recognise it: 16 KiB. A longer
/// body is dropped unread.
pub const BODY_LIMIT: usize = 16 * 1024;

/// The most of a 4xx body's text sent as `detail`, in bytes: 1 KiB.
pub const DETAIL_LIMIT: usize = 1024;

/// Headers that describe the body being replaced: they are not copied to the problem.
static BODY_HEADERS: [HeaderName; 9] = [
    header::CONTENT_TYPE,
    header::CONTENT_LENGTH,
    header::CONTENT_ENCODING,
    header::CONTENT_LANGUAGE,
    header::CONTENT_RANGE,
    header::CONTENT_LOCATION,
    header::CONTENT_DISPOSITION,
    header::ETAG,
    header::LAST_MODIFIED,
];

/// A `Content-Type` value (its bytes) that is `application/problem+json`, parameters and
/// case aside; for frameworks whose header types are not the `http` crate's.
pub(crate) fn is_problem_json_type(content_type: Option<&[u8]>) -> bool {
    let Some(value) = content_type else {
        return false;
    };
    // As this crate's own problems send it: no parsing needed.
    if value == PROBLEM_JSON.as_bytes() {
        return true;
    }
    std::str::from_utf8(value)
        .ok()
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case(PROBLEM_JSON))
}

/// The problem response for an error response that is not a problem yet: its status and
/// headers, the start of its body (`text`, at most [`BODY_LIMIT`] bytes) and what the
/// framework said it is (`known`); without that, the kind is recognised from the status, the
/// content type and the text.
pub(crate) fn rewrite<B: From<Vec<u8>>>(
    mapping: &ProblemMapping,
    status: StatusCode,
    headers: &HeaderMap,
    known: Option<ErrorKind>,
    text: &str,
    accept: &HeaderMap,
) -> Response<B> {
    let text = text.trim();
    let content_type = headers.get(header::CONTENT_TYPE).map(|v| v.as_bytes());
    let kind = known.unwrap_or_else(|| ErrorKind::recognise(status.as_u16(), content_type, text));
    let cause = if text.is_empty() {
        Cause(format!("{} response with no text", status.as_u16()))
    } else {
        Cause(format!("{} response: {text}", status.as_u16()))
    };
    let text = Some(text).filter(|t| !t.is_empty());
    let mut problem: Response<B> = answer(mapping, status, kind, text, cause, accept);
    // The problem's own headers win; every other header of the original is kept (`Allow`,
    // `Retry-After`, `WWW-Authenticate`, what other middleware added), all its values.
    // `Vary` lists add up: the original's (say `Origin`) stays beside `Accept-Language`.
    let own: Vec<HeaderName> = problem
        .headers()
        .keys()
        .filter(|name| **name != header::VARY)
        .cloned()
        .collect();
    for (name, value) in headers {
        if !BODY_HEADERS.contains(name) && !own.contains(name) {
            problem.headers_mut().append(name, value.clone());
        }
    }
    problem
}

/// The problem response for a panic in the service.
pub(crate) fn panicked<B: From<Vec<u8>>>(
    mapping: &ProblemMapping,
    payload: &(dyn Any + Send),
    accept: &HeaderMap,
) -> Response<B> {
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic payload that is not text");
    let cause = Cause(format!("the service panicked: {message}"));
    answer(
        mapping,
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorKind::Panic,
        None,
        cause,
        accept,
    )
}

/// The mapping's problem for a failure, its detail ruled, as a response.
fn answer<B: From<Vec<u8>>>(
    mapping: &ProblemMapping,
    status: StatusCode,
    kind: ErrorKind,
    text: Option<&str>,
    cause: Cause,
    accept: &HeaderMap,
) -> Response<B> {
    let failure = Failure { status, kind, text };
    // A mapping's closure that panics must not take the layer down: a plain problem then.
    let problem = catch_unwind(AssertUnwindSafe(|| mapping.answer(&failure)))
        .unwrap_or_else(|_| Box::new(ProblemDetails::plain(status.as_u16())) as AnyProblem);
    let detail = match failure.client_text() {
        Some(text) if mapping.body_is_detail(kind) => Detail::Body(truncate(text).to_owned()),
        _ => Detail::Own,
    };
    let answered = Answered { problem, detail };
    ProblemResponse::new(answered)
        .with_source(cause)
        .with_accept_language(accept)
        .to_http_as(Some(kind.name()))
}

/// At most `DETAIL_LIMIT` bytes, cut at a character boundary.
fn truncate(text: &str) -> &str {
    let mut end = text.len().min(DETAIL_LIMIT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Where the sent `detail` comes from.
enum Detail {
    /// The problem's own; masked for a 5xx that is no catalogue entry.
    Own,
    /// The original 4xx body's text.
    Body(String),
}

/// The mapping's problem with the layer's rule for `detail`.
struct Answered {
    problem: AnyProblem,
    detail: Detail,
}

impl ToProblem for Answered {
    fn status(&self) -> u16 {
        self.problem.status()
    }

    fn to_problem_details(&self) -> ProblemDetails {
        self.ruled(self.problem.to_problem_details())
    }

    fn retry_hint(&self) -> RetryHint {
        self.problem.retry_hint()
    }

    fn type_info(&self) -> Option<&'static ProblemTypeInfo> {
        self.problem.type_info()
    }

    fn entry_id(&self) -> Option<&'static str> {
        self.problem.entry_id()
    }

    fn locales(&self) -> &'static [&'static str] {
        self.problem.locales()
    }

    fn to_problem_details_in(&self, locale: &str) -> ProblemDetails {
        self.ruled(self.problem.to_problem_details_in(locale))
    }
}

impl Answered {
    /// The body with the layer's rule for `detail` applied.
    fn ruled(&self, mut details: ProblemDetails) -> ProblemDetails {
        match &self.detail {
            Detail::Body(text) => details.detail = Some(text.clone()),
            // Only an entry's own template may explain a server error to the client.
            Detail::Own if self.status() >= 500 && self.entry_id().is_none() => {
                details.detail = None;
            }
            Detail::Own => {}
        }
        details
    }
}

/// What the layer replaced, for logs only: the original text or the panic message.
#[derive(Debug)]
struct Cause(String);

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Cause {}

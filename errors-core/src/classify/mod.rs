//! Client side: turn whatever an API sent back into one typed problem, and know whether,
//! how and when to retry.
//!
//! [`classify`] takes the HTTP status, the headers and the body bytes, and works with any
//! generated catalogue (`P: CatalogProblem`). It reads every body a real server sends —
//! RFC 9457/7807 problem+json (also with `traceId`, `extraDetails`, `status` as a string or
//! missing or disagreeing), the gateway's `{"statusCode", "message"}`, legacy error arrays,
//! empty bodies, HTML or text from a proxy, invalid UTF-8, broken JSON, JSON of another
//! kind — never panics, and reads at most [`Limits::max_body`] bytes.
//!
//! The entry is identified in this order: the exact `type` URI of an entry; else the
//! `title` among the entries of the response's status (then of any status), the `detail`
//! matched against the templates of entries that share the title, recovering the parameter
//! values into the typed fields; else the `detail` against every template; the gateway's
//! message against the gateway entries; a legacy `errorCode`, then its message; else
//! `Unknown`. [`Classified`] records how ([`IdentifiedBy`]) and any status disagreement.
//!
//! ```
//! use errors_core::classify::{classify, IdentifiedBy};
//! use errors_core::http::HeaderMap;
//! use errors_core::vipps::Problem;
//!
//! let body = br#"{"type": "https://httpstatuses.io/404", "title": "Reference not found",
//!     "detail": "The reference order-9 does not exist for MSN 654321", "status": 404,
//!     "traceId": "f1c2"}"#;
//! let classified = classify::<Problem>(404, &HeaderMap::new(), body);
//! assert_eq!(
//!     classified.problem(),
//!     &Problem::ReferenceNotFound { reference: "order-9".into(), msn: "654321".into() }
//! );
//! assert_eq!(classified.identified_by(), IdentifiedBy::Title);
//! assert_eq!(classified.trace_id(), Some("f1c2"));
//! ```

mod body;
mod classified;
mod identify;
#[cfg(feature = "reqwest")]
mod reqwest;
mod retry;

pub use classified::{BodyShape, Classified, ExtraDetail, IdentifiedBy, LegacyError};
#[cfg(feature = "reqwest")]
pub use reqwest::classify_reqwest;
pub use retry::{DelaySource, Jitter, RetryAction, RetryAdvice, RetryPolicy};

use http::HeaderMap;
use serde_json::Value;

use self::body::{Body, Fields};
use self::identify::Identified;
use crate::{CatalogProblem, ProblemDetails, ProblemKind};

/// Bounds on what classification reads and keeps.
///
/// JSON nesting is bounded too: `serde_json` refuses more than 128 levels, and such a body
/// is classified as [`BodyShape::InvalidJson`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bodies longer than this are not parsed ([`BodyShape::TooLarge`]); the `reqwest`
    /// integration stops reading after it.
    pub max_body: usize,
    /// How much of an unparsed body is kept as [`Classified::raw_text`].
    pub max_raw_text: usize,
}

impl Default for Limits {
    /// 64 KiB of body, 4 KiB of raw text.
    fn default() -> Self {
        Limits {
            max_body: 64 * 1024,
            max_raw_text: 4 * 1024,
        }
    }
}

/// Classify a response from its status, headers and body, with the default [`Limits`].
pub fn classify<P: CatalogProblem>(status: u16, headers: &HeaderMap, body: &[u8]) -> Classified<P> {
    classify_with(&Limits::default(), status, headers, body)
}

/// Classify an `http::Response` whose body is bytes (`Vec<u8>`, `String`, `Bytes`, ...).
///
/// ```
/// use errors_core::classify::classify_response;
/// use errors_core::vipps::{Problem, ProblemType};
///
/// let response = errors_core::http::Response::builder()
///     .status(401)
///     .body(r#"{"statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}"#)
///     .unwrap();
/// let classified = classify_response::<Problem, _>(&response);
/// assert_eq!(classified.kind(), Some(ProblemType::GatewayMissingSubscriptionKey));
/// ```
pub fn classify_response<P: CatalogProblem, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Classified<P> {
    classify(
        response.status().as_u16(),
        response.headers(),
        response.body().as_ref(),
    )
}

/// Classify a response with explicit [`Limits`].
pub fn classify_with<P: CatalogProblem>(
    limits: &Limits,
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) -> Classified<P> {
    let mut classified = match body::read(body, limits) {
        Body::Problem(fields) => from_problem(status, fields),
        Body::Gateway(fields) => from_gateway(status, fields),
        Body::Legacy(items) => from_legacy(status, items),
        Body::Empty => unparsed(status, BodyShape::Empty),
        Body::OtherJson => unparsed(status, BodyShape::OtherJson),
        Body::InvalidJson => unparsed(status, BodyShape::InvalidJson),
        Body::Text => unparsed(status, BodyShape::Text),
        Body::TooLarge => unparsed(status, BodyShape::TooLarge),
    };
    if classified.shape != BodyShape::Empty && classified.raw_text_needed() {
        let (text, truncated) = body::bounded_text(body, limits.max_raw_text);
        classified.raw_text = Some(text);
        classified.raw_text_truncated = truncated;
    }
    classified.retry_after = retry::retry_after(headers);
    classified
}

impl<P: CatalogProblem> Classified<P> {
    fn raw_text_needed(&self) -> bool {
        matches!(
            self.shape,
            BodyShape::OtherJson | BodyShape::InvalidJson | BodyShape::Text | BodyShape::TooLarge
        )
    }
}

fn from_problem<P: CatalogProblem>(status: u16, fields: Fields<'_>) -> Classified<P> {
    let identified = identify::problem::<P>(status, &fields);
    let details = ProblemDetails {
        type_uri: fields.type_uri.map(String::from),
        title: fields.title.map(String::from),
        status: fields.status,
        detail: fields.detail.map(String::from),
        instance: fields.instance.map(String::from),
        extensions: fields.members,
    };
    assemble(status, BodyShape::Problem, identified, details, Vec::new())
}

fn from_gateway<P: CatalogProblem>(status: u16, fields: Fields<'_>) -> Classified<P> {
    let identified = fields
        .message
        .as_deref()
        .and_then(|m| identify::gateway::<P>(status, fields.status_code, m));
    let details = ProblemDetails {
        status: fields.status_code,
        detail: fields.message.map(String::from),
        extensions: fields.members,
        ..ProblemDetails::default()
    };
    assemble(status, BodyShape::Gateway, identified, details, Vec::new())
}

fn from_legacy<P: CatalogProblem>(status: u16, items: Vec<Value>) -> Classified<P> {
    let errors: Vec<LegacyError> = items
        .iter()
        .filter_map(|item| item.as_object().cloned().map(LegacyError::from_object))
        .collect();
    let identified = identify::legacy::<P>(status, &errors);
    let mut details = ProblemDetails {
        detail: errors.iter().find_map(|e| e.message.clone()),
        ..ProblemDetails::default()
    };
    if identified.as_ref().is_none_or(|i| i.problem.is_none()) {
        // `Unknown` keeps the whole list, so that the problem alone loses nothing.
        details
            .extensions
            .insert("errors".to_owned(), Value::Array(items));
    }
    assemble(status, BodyShape::Legacy, identified, details, errors)
}

fn unparsed<P: CatalogProblem>(status: u16, shape: BodyShape) -> Classified<P> {
    assemble(status, shape, None, ProblemDetails::default(), Vec::new())
}

/// The classified value: typed problem, or `Unknown` keeping everything received.
fn assemble<P: CatalogProblem>(
    status: u16,
    shape: BodyShape,
    identified: Option<Identified<P>>,
    mut details: ProblemDetails,
    legacy: Vec<LegacyError>,
) -> Classified<P> {
    let (kind, by, typed) = match identified {
        Some(i) => (Some(i.kind), i.by, i.problem),
        None => (None, IdentifiedBy::Unidentified, None),
    };
    let problem = match (typed, kind) {
        (Some(problem), Some(kind)) => {
            // Parameters live in the typed fields; the rest stays reachable in `details`.
            for param in kind.info().params {
                details.extensions.shift_remove(param.name);
            }
            problem
        }
        _ => {
            let mut kept = details.clone();
            kept.status.get_or_insert(status);
            P::unknown(kept)
        }
    };
    Classified {
        problem,
        kind,
        identified_by: by,
        status,
        shape,
        details,
        legacy,
        raw_text: None,
        raw_text_truncated: false,
        retry_after: None,
    }
}

//! Classification itself: read the body into its shape, identify the entry, and build the
//! classified value (typed problem, or `Unknown` keeping everything received).

use std::sync::OnceLock;

use http::HeaderMap;
use serde_json::Value;

use super::body::{Body, Gateway, LegacyScan};
use super::identify::Identified;
use super::limits::Limits;
use super::locales::Matched;
use super::received::{Fields, Received};
use super::retry;
use super::{body, identify, json};
use super::{BodyShape, Classified, IdentifiedBy};
use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;
use crate::problem::details::ProblemDetails;

/// Classify a response from its status, headers and body, with the default [`Limits`].
pub fn classify<P: CatalogProblem>(status: u16, headers: &HeaderMap, body: &[u8]) -> Classified<P> {
    classify_with(&Limits::default(), status, headers, body)
}

/// Classify an `http::Response` whose body is bytes (`Vec<u8>`, `String`, `Bytes`, ...).
///
/// ```
/// use errors_core::classify::classify_response;
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
/// use shop::{Problem, ProblemType};
///
/// let response = errors_core::http::Response::builder()
///     .status(429)
///     .body(r#"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}"#)
///     .unwrap();
/// let classified = classify_response::<Problem, _>(&response);
/// assert_eq!(classified.kind(), Some(ProblemType::GatewayRateLimitExceeded));
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
    let retry_after = if headers.is_empty() {
        None
    } else {
        retry::retry_after(headers)
    };
    let frame = |shape| Frame {
        status,
        shape,
        retry_after,
    };
    match body::read(body, limits) {
        Body::Problem(fields) => from_problem(frame(BodyShape::Problem), fields),
        Body::Gateway(fields, gateway) => from_gateway(frame(BodyShape::Gateway), fields, &gateway),
        Body::Legacy(text, items) => from_legacy(frame(BodyShape::Legacy), text, &items, body),
        Body::Empty => assemble(frame(BodyShape::Empty), None, Received::default()),
        Body::OtherJson => unparsed(frame(BodyShape::OtherJson), limits, body),
        Body::InvalidJson => unparsed(frame(BodyShape::InvalidJson), limits, body),
        Body::Text => unparsed(frame(BodyShape::Text), limits, body),
        Body::TooLarge => unparsed(frame(BodyShape::TooLarge), limits, body),
    }
}

/// What every classified value records besides the problem and the body's members.
struct Frame {
    status: u16,
    shape: BodyShape,
    retry_after: Option<std::time::Duration>,
}

fn from_problem<P: CatalogProblem>(frame: Frame, fields: Fields<'_>) -> Classified<P> {
    let identified = identify::problem::<P>(frame.status, &fields);
    assemble(frame, identified, fields.into_owned())
}

fn from_gateway<P: CatalogProblem>(
    frame: Frame,
    mut fields: Fields<'_>,
    gateway: &Gateway,
) -> Classified<P> {
    // The message is the detail, `statusCode` the body's status.
    fields.detail = gateway.message();
    fields.status = gateway.status_code();
    let identified = fields
        .detail()
        .and_then(|m| identify::gateway::<P>(frame.status, fields.status, m));
    assemble(frame, identified, fields.into_owned())
}

fn from_legacy<P: CatalogProblem>(
    frame: Frame,
    text: &str,
    items: &LegacyScan<'_>,
    body: &[u8],
) -> Classified<P> {
    let keys = || {
        items
            .iter()
            .map(|k| (k.code.as_deref(), k.message.as_deref()))
    };
    let identified = identify::legacy::<P>(frame.status, keys());
    // The list becomes `LegacyError`s only when asked for, from this copy.
    let received = Received::raw(text.into());
    if identified.as_ref().is_some_and(|i| i.problem.is_some()) {
        return assemble(frame, identified, received);
    }
    // `Unknown` keeps the whole list, so that the problem alone loses nothing.
    let mut kept = ProblemDetails::from_status(frame.status);
    kept.detail = keys().find_map(|(_, message)| message).map(str::to_owned);
    let list = serde_json::from_slice::<Value>(body).unwrap_or(Value::Null);
    kept.extensions.insert("errors".to_owned(), list);
    unknown(frame, identified, kept, received, false)
}

/// A body that was not read as JSON classification understands: `Unknown`, keeping the
/// start of the body as text.
fn unparsed<P: CatalogProblem>(frame: Frame, limits: &Limits, body: &[u8]) -> Classified<P> {
    let (text, truncated) = json::bounded_text(body, limits.max_raw_text);
    let kept = ProblemDetails::from_status(frame.status);
    unknown(frame, None, kept, Received::raw(text.into()), truncated)
}

/// The classified value: typed problem, or `Unknown` keeping everything received.
fn assemble<P: CatalogProblem>(
    frame: Frame,
    identified: Option<Identified<P>>,
    mut received: Received,
) -> Classified<P> {
    let (kind, by, problem, locale) = match identified {
        Some(Identified {
            kind,
            problem: Some(problem),
            by,
            locale,
        }) => (kind, by, problem, locale),
        identified => {
            let mut kept = received.to_problem_details();
            kept.status.get_or_insert(frame.status);
            return unknown(frame, identified, kept, received, false);
        }
    };
    // Parameters live in the typed fields; the rest stays reachable on the value.
    let params = kind.info().params;
    if !params.is_empty() && received.has_members() {
        received.remove_members(|name| params.iter().any(|p| p.name == name));
    }
    Classified {
        problem,
        kind: Some(kind),
        identified_by: by,
        locale,
        status: frame.status,
        shape: frame.shape,
        received,
        legacy: OnceLock::new(),
        raw_text_truncated: false,
        retry_after: frame.retry_after,
    }
}

/// `Unknown` with what was kept; `identified` names the entry when it is known but its
/// parameters are not.
fn unknown<P: CatalogProblem>(
    frame: Frame,
    identified: Option<Identified<P>>,
    kept: ProblemDetails,
    received: Received,
    raw_text_truncated: bool,
) -> Classified<P> {
    let (kind, identified_by, locale) = match identified {
        Some(i) => (Some(i.kind), i.by, i.locale),
        None => (None, IdentifiedBy::Unidentified, Matched::Nothing),
    };
    Classified {
        problem: P::unknown(kept),
        kind,
        identified_by,
        locale,
        status: frame.status,
        shape: frame.shape,
        received,
        legacy: OnceLock::new(),
        raw_text_truncated,
        retry_after: frame.retry_after,
    }
}

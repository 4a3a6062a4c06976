//! What classifying any response must give, checked by the `classify` fuzz target and by the
//! test that runs its seeds: never a panic, bounded output, consistent values.

use errors_core::classify::{classify_with, BodyShape, Classified, Limits, RetryPolicy};
use errors_core::http::header::RETRY_AFTER;
use errors_core::http::{HeaderMap, HeaderValue};
use errors_core::CatalogProblem;
use vipps_problems::Problem;

/// The limits every input is classified with (the defaults, spelled out).
pub const LIMITS: Limits = Limits {
    max_body: 64 * 1024,
    max_raw_text: 4 * 1024,
};

/// Classify one input: two bytes of HTTP status (little endian), one byte `n`, then `n`
/// bytes of `Retry-After` header value, then the body. `None` for an input shorter than
/// three bytes.
pub fn classify_input(input: &[u8]) -> Option<Classified<Problem>> {
    let [lo, hi, n, rest @ ..] = input else {
        return None;
    };
    let status = u16::from_le_bytes([*lo, *hi]);
    let (header, body) = rest.split_at(usize::from(*n).min(rest.len()));
    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_bytes(header) {
        headers.insert(RETRY_AFTER, value);
    }
    Some(classify_with(&LIMITS, status, &headers, body))
}

/// The checks every classified value passes; `true` when it is a typed problem.
pub fn check(c: &Classified<Problem>) -> bool {
    // Raw text is bounded (an invalid byte becomes a 3-byte replacement character).
    if let Some(raw) = c.raw_text() {
        assert!(raw.len() <= 3 * LIMITS.max_raw_text);
    }
    if matches!(c.shape(), BodyShape::Text | BodyShape::InvalidJson) {
        assert!(c.raw_text().is_some(), "unparsed text is kept");
    }
    let known = match (c.kind(), c.problem().as_unknown()) {
        (Some(kind), None) => {
            assert_eq!(c.problem().problem_type(), Some(kind));
            // A typed problem renders, and its rendering fits its own template.
            let detail = c.problem().to_string();
            assert!(Problem::from_detail(kind, &detail).is_some(), "{detail:?}");
            true
        }
        (_, Some(unknown)) => {
            assert!(unknown.status.is_some());
            false
        }
        (None, None) => panic!("a problem without a type must be Unknown"),
    };
    // Every accessor works on every value.
    let details = c.to_problem_details();
    let _ = serde_json::to_string(&details);
    let _ = (
        c.extensions(),
        c.extra_details(),
        c.trace_id(),
        c.server_delay(),
    );
    let advice = c.retry_advice(&RetryPolicy::default(), 0);
    if !advice.is_retryable() {
        assert!(advice.delay.is_none());
    }
    let _ = serde_json::to_string(&c.clone().into_occurrence());
    known
}

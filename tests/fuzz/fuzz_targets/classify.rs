//! Classify arbitrary responses: never a panic, bounded output, consistent values.
//!
//! Input layout: two bytes of HTTP status (little endian), one byte `n`, then `n` bytes of
//! `Retry-After` header value, then the body.

#![no_main]

use errors_core::classify::{classify_with, Classified, Limits, RetryPolicy};
use errors_core::http::header::{DATE, RETRY_AFTER};
use errors_core::http::{HeaderMap, HeaderValue};
use vipps_problems::Problem;
use errors_core::CatalogProblem;
use libfuzzer_sys::fuzz_target;

const LIMITS: Limits = Limits {
    max_body: 64 * 1024,
    max_raw_text: 4 * 1024,
};

fuzz_target!(|data: &[u8]| {
    let [lo, hi, n, rest @ ..] = data else {
        return;
    };
    let status = u16::from_le_bytes([*lo, *hi]);
    let (header, body) = rest.split_at(usize::from(*n).min(rest.len()));
    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_bytes(header) {
        headers.insert(RETRY_AFTER, value);
        headers.insert(DATE, HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"));
    }
    let classified: Classified<Problem> = classify_with(&LIMITS, status, &headers, body);
    check(&classified);
});

fn check(c: &Classified<Problem>) {
    // Raw text is bounded (an invalid byte becomes a 3-byte replacement character).
    if let Some(raw) = c.raw_text() {
        assert!(raw.len() <= 3 * LIMITS.max_raw_text);
    }
    match (c.kind(), c.problem().as_unknown()) {
        (Some(kind), None) => {
            assert_eq!(c.problem().problem_type(), Some(kind));
            // A typed problem renders, and its rendering fits its own template.
            let detail = c.problem().to_string();
            assert!(Problem::from_detail(kind, &detail).is_some(), "{detail:?}");
        }
        (_, Some(unknown)) => assert!(unknown.status.is_some()),
        (None, None) => panic!("a problem without a type must be Unknown"),
    }
    // Every accessor works on every value.
    let details = c.to_problem_details();
    let _ = serde_json::to_string(&details);
    let _ = (c.extensions(), c.extra_details(), c.trace_id(), c.server_delay());
    let advice = c.retry_advice(&RetryPolicy::default(), 0);
    if !advice.is_retryable() {
        assert!(advice.delay.is_none());
    }
    let _ = serde_json::to_string(&c.clone().into_occurrence());
}

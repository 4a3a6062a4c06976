//! The fuzz target's seed corpus, run as a test: every seed classifies without a panic and
//! gives a consistent value (the same checks as `fuzz/fuzz_targets/classify.rs`).

use std::path::Path;

use errors_core::classify::{classify_with, BodyShape, Classified, Limits, RetryPolicy};
use errors_core::http::header::RETRY_AFTER;
use errors_core::http::{HeaderMap, HeaderValue};
use errors_core::CatalogProblem;
use vipps_problems::Problem;

/// Seed layout: two bytes of status (little endian), one byte `n`, `n` bytes of
/// `Retry-After`, then the body.
fn run(seed: &[u8]) -> Classified<Problem> {
    let [lo, hi, n, rest @ ..] = seed else {
        panic!("a seed has at least three bytes");
    };
    let (header, body) = rest.split_at(usize::from(*n).min(rest.len()));
    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_bytes(header) {
        headers.insert(RETRY_AFTER, value);
    }
    classify_with(
        &Limits::default(),
        u16::from_le_bytes([*lo, *hi]),
        &headers,
        body,
    )
}

#[test]
fn every_seed_classifies_consistently() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/classify");
    let mut seen = 0;
    let mut known = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let c = run(&std::fs::read(&path).unwrap());
        let name = path.display();
        match (c.kind(), c.problem().as_unknown()) {
            (Some(kind), None) => {
                known += 1;
                assert_eq!(c.problem().problem_type(), Some(kind), "{name}");
                let detail = c.problem().to_string();
                assert!(Problem::from_detail(kind, &detail).is_some(), "{name}");
            }
            (_, Some(unknown)) => assert!(unknown.status.is_some(), "{name}"),
            (None, None) => panic!("{name}: typed problem without a type"),
        }
        if matches!(c.shape(), BodyShape::Text | BodyShape::InvalidJson) {
            assert!(c.raw_text().is_some(), "{name}");
        }
        let _ = (c.to_problem_details(), c.extensions(), c.extra_details());
        let _ = c.retry_advice(&RetryPolicy::default(), 0);
        seen += 1;
    }
    assert!(seen >= 20, "only {seen} seeds in {}", dir.display());
    assert!(known >= 10, "only {known} seeds identified");
}

//! One retry rule for every problem: for each status 400..=599, what a server sends as the
//! hint of a problem the catalogue does not describe and what a client advises after
//! classifying it come from `RetryHint::for_status`, and the client's advice only refines
//! the hint (delay, attempts), never contradicts it. Catalogue entries keep their own hint
//! on both sides.

use errors_core::classify::{classify, RetryAction, RetryAdvice, RetryPolicy};
use errors_core::http::{HeaderMap, HeaderValue};
use errors_core::{CatalogProblem, ProblemDetails, RetryHint, ToProblem};

mod shop {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}
use shop::{Problem, ProblemType};

/// The action a hint allows on the first attempt.
fn first_action(hint: RetryHint) -> RetryAction {
    match hint {
        RetryHint::Never => RetryAction::FixRequest,
        RetryHint::Backoff => RetryAction::Resend,
        RetryHint::Reauthenticate => RetryAction::Reauthenticate,
        other => panic!("a hint this test does not know yet: {other:?}"),
    }
}

fn agrees(advice: RetryAdvice, hint: RetryHint, why: &str) {
    assert_eq!(advice.action, first_action(hint), "{why}");
    assert_eq!(advice.is_retryable(), hint.is_retryable(), "{why}");
}

#[test]
fn every_status_has_one_hint_on_the_server_and_the_client() {
    let policy = RetryPolicy::default();
    let mut retry_after = HeaderMap::new();
    retry_after.insert("retry-after", HeaderValue::from_static("7"));
    let mut seen = std::collections::BTreeSet::new();
    for status in 400..=599u16 {
        let rule = RetryHint::for_status(status);
        seen.insert(rule);
        // Server side: a generic problem and a catalogue's `Unknown`.
        let generic = ProblemDetails::from_status(status);
        assert_eq!(generic.retry_hint(), rule, "ProblemDetails {status}");
        let unknown = Problem::unknown(generic.clone());
        assert_eq!(unknown.retry(), rule, "Unknown {status}");
        // Client side: bodies that identify nothing, with and without a status member.
        let bodies = [
            String::new(),
            "<html>proxy error</html>".to_owned(),
            r#"{"title":"Something else"}"#.to_owned(),
            format!(r#"{{"type":"https://example.com/other","status":{status}}}"#),
        ];
        for body in &bodies {
            for headers in [&HeaderMap::new(), &retry_after] {
                let c = classify::<Problem>(status, headers, body.as_bytes());
                let why = format!("{status} {body:?}");
                assert_eq!(c.kind(), None, "{why}");
                assert_eq!(c.retry_hint(), rule, "{why}");
                assert_eq!(c.problem().retry(), rule, "{why}");
                agrees(c.retry_advice(&policy, 0), rule, &why);
            }
        }
    }
    // The rule is not one answer for all: every hint occurs.
    assert_eq!(seen.len(), 3, "{seen:?}");
}

#[test]
fn catalogue_entries_keep_their_own_hint_on_both_sides() {
    let policy = RetryPolicy::default();
    for &kind in ProblemType::ALL {
        let problem = Problem::example(kind);
        let body = serde_json::to_vec(&problem).unwrap();
        let c = classify::<Problem>(kind.status(), &HeaderMap::new(), &body);
        assert_eq!(c.kind(), Some(kind));
        assert_eq!(problem.retry(), kind.retry());
        assert_eq!(c.retry_hint(), kind.retry());
        assert_eq!(c.problem().retry(), kind.retry());
        agrees(c.retry_advice(&policy, 0), kind.retry(), kind.id());
    }
}

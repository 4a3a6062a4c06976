//! The contract of the catch-all `Unknown`: it keeps whatever the catalogue does not
//! describe, whole and behind accessors; a later catalogue that describes it takes it out of
//! `Unknown` into its own variant. So a user's `match` that treats `Unknown` as "anything
//! else" keeps working after an upgrade, and one that looked inside `Unknown` would not: that
//! is why `UnknownProblem` is opaque.

use errors_core::classify::{classify, IdentifiedBy};
use errors_core::http::HeaderMap;

mod v1 {
    errors_macros::catalog!("tests/fixtures/shop-v1.yaml");
}
mod v2 {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}

const THROTTLED: &[u8] = br#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/too-many-requests","title":"Too Many Requests","status":429,"detail":"See more details in rate limiting topic.","traceId":"t-1"}"#;

#[test]
fn a_problem_the_catalogue_does_not_describe_is_kept_whole_behind_accessors() {
    let c = classify::<v1::Problem>(429, &HeaderMap::new(), THROTTLED);
    assert_eq!(c.identified_by(), IdentifiedBy::Unidentified);
    let v1::Problem::Unknown(unknown) = c.problem() else {
        panic!("v1 has no entry for this body: {:?}", c.problem());
    };
    assert_eq!(
        unknown.type_uri(),
        "https://developer.vippsmobilepay.com/problems/epayment/too-many-requests"
    );
    assert_eq!(unknown.status(), Some(429));
    assert_eq!(unknown.title(), Some("Too Many Requests"));
    assert_eq!(unknown.extensions()["traceId"], "t-1");
    // Nothing is lost: it serializes back to the same members.
    let again: serde_json::Value = serde_json::to_value(c.problem()).unwrap();
    assert_eq!(
        again,
        serde_json::from_slice::<serde_json::Value>(THROTTLED).unwrap()
    );
}

#[test]
fn a_new_entry_takes_its_responses_out_of_unknown() {
    let c = classify::<v2::Problem>(429, &HeaderMap::new(), THROTTLED);
    assert_eq!(c.problem(), &v2::Problem::TooManyRequests);
    assert_eq!(c.identified_by(), IdentifiedBy::TypeUri);
    assert_eq!(c.extensions()["traceId"], "t-1");

    // A match that names the variants it handles and treats `Unknown` as the rest gives
    // the same answer for the entries both versions know, and a better one for the rest.
    fn v1_action(p: &v1::Problem) -> &'static str {
        match p {
            v1::Problem::AmountTooSmall => "fix the amount",
            v1::Problem::Unknown(_) => "log and give up",
            _ => "handle",
        }
    }
    fn v2_action(p: &v2::Problem) -> &'static str {
        match p {
            v2::Problem::AmountTooSmall => "fix the amount",
            v2::Problem::TooManyRequests => "wait",
            v2::Problem::Unknown(_) => "log and give up",
            _ => "handle",
        }
    }
    let old = classify::<v1::Problem>(429, &HeaderMap::new(), THROTTLED);
    assert_eq!(v1_action(old.problem()), "log and give up");
    assert_eq!(v2_action(c.problem()), "wait");
    let amount = br#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/amount-too-small","status":400}"#;
    let (a1, a2) = (
        classify::<v1::Problem>(400, &HeaderMap::new(), amount),
        classify::<v2::Problem>(400, &HeaderMap::new(), amount),
    );
    assert_eq!(v1_action(a1.problem()), v2_action(a2.problem()));
}

//! A classifier from the catalogue for reqwest's own retries (cargo feature `retry-reqwest`).
//!
//! # What reqwest 0.13's `retry` can do
//!
//! reqwest 0.13 has a `retry` module: `ClientBuilder::retry(reqwest::retry::for_host(..))`
//! with `classify_fn`, `max_retries_per_request` and a retry budget (`max_extra_load`, 20%
//! extra requests by default, tower's `TpsBudget` inside). Its classifier sees the method,
//! the URI and the status or the error: **no headers and no body**. So, as of 0.13:
//!
//! - it cannot honour `Retry-After` nor a delay named in the message: it has no wait at all
//!   (its policy's future is an immediate `Ready`), so a throttled request is sent again at
//!   once and is throttled again;
//! - it cannot tell entries of one status apart (a 409 that is an idempotency conflict from
//!   one that would pass), nor see the `Idempotency-Key`;
//! - it cannot refresh a token, and has no time budget.
//!
//! What it can take is a status classifier, and [`retry_builder`] gives the catalogue's: an
//! answer is retried only when every entry of its status backs off and so would a problem of
//! that status the catalogue does not describe ([`retryable_status`]); an error without an
//! answer only for an idempotent method (its `Idempotency-Key` is out of sight). A problem
//! whose advice is to fix the request is never retried. For the other rules (`Retry-After`,
//! the body, token refresh, time budget) use [`middleware`](super::middleware) on top of
//! reqwest, or [`tower`](super::tower).
//!
//! ```
//! use errors_core::retry::reqwest::{retry_builder, retryable_status};
//! // A catalogue of your own; here, errors-core's test fixture.
//! mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
//! use shop::Problem;
//!
//! let retries = retry_builder::<Problem>(reqwest::retry::for_host("127.0.0.1"))
//!     .max_retries_per_request(3);
//! let client = reqwest::Client::builder().retry(retries).build().unwrap();
//! # drop(client);
//! assert!(retryable_status::<Problem>(503));
//! assert!(!retryable_status::<Problem>(409));
//! ```

use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::vocabulary::RetryHint;

/// Whether an answer of `status` may be sent again without reading it: every entry of that
/// status in catalogue `P` backs off, and so does [`RetryHint::for_status`] (for problems
/// the catalogue does not describe).
pub fn retryable_status<P: CatalogProblem>(status: u16) -> bool {
    RetryHint::for_status(status) == RetryHint::Backoff
        && P::Kind::all()
            .iter()
            .map(|kind| kind.info())
            .filter(|info| info.status == status)
            .all(|info| info.retry == RetryHint::Backoff)
}

/// `builder` with the catalogue's status classifier: see the [module](self).
pub fn retry_builder<P: CatalogProblem>(
    builder: reqwest::retry::Builder,
) -> reqwest::retry::Builder {
    builder.classify_fn(|attempt| match attempt.status() {
        Some(status) if retryable_status::<P>(status.as_u16()) => attempt.retryable(),
        Some(_) => attempt.success(),
        None if attempt.method().is_idempotent() => attempt.retryable(),
        None => attempt.success(),
    })
}

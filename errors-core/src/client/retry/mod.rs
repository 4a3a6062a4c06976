//! Retrying a request that met a problem: adapters for the client libraries' own retry
//! hooks that decide from the classification of each answer (its catalogue entry's
//! [`RetryHint`](crate::RetryHint), the server's delay), each behind its cargo feature:
//!
//! | feature | adapter |
//! | --- | --- |
//! | `retry-tower` | [`tower::ClassifiedPolicy`]: a `tower::retry::Policy` |
//! | `retry-reqwest-middleware` | [`middleware::ClassifiedRetry`]: a `reqwest-middleware` middleware that reads the body |
//! | `retry-backon` | [`backon::BackonRetry`], [`backon::when`], [`backon::adjust`] |
//! | `retry-reqwest` | [`reqwest::retry_builder`]: a status classifier for reqwest's own retries, and what they cannot do |
//!
//! They share one set of rules, [`RetryRules`], and one decision: a problem whose advice is
//! to fix the request is never sent again; one whose advice is to reauthenticate calls the
//! token refresh once, then is retried with the new `Authorization`; every retry carries
//! the first attempt's headers (its `Idempotency-Key`), and a request that got no answer is
//! sent again only if that is safe (an idempotent method or an `Idempotency-Key`); the wait is the server's
//! (`Retry-After` in seconds or as an HTTP date, else a delay named in the message), else
//! the policy's capped exponential backoff with jitter (seedable); attempts are bounded, a
//! wait that would end past the request's time budget is not started, and an optional
//! retry budget keeps retries a share of all requests. Each retry and each give-up is an
//! event ([`RetryRules::on_event`]).

#[cfg(feature = "retry")]
mod events;
#[cfg(feature = "retry")]
mod rules;
#[cfg(all(test, feature = "retry"))]
mod tests;
#[cfg(feature = "retry")]
mod tracker;

#[cfg(feature = "retry-backon")]
pub mod backon;
#[cfg(feature = "retry-reqwest-middleware")]
pub mod middleware;
#[cfg(feature = "retry-reqwest")]
pub mod reqwest;
#[cfg(feature = "retry-tower")]
pub mod tower;

#[cfg(feature = "retry")]
pub use events::{Cause, GiveUp, GiveUpReason, RetryEvent};
#[cfg(feature = "retry")]
pub use rules::{BoxError, RefreshFuture, RetryRules};

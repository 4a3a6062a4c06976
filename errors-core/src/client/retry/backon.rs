//! `backon` helpers: a `when` predicate and an `adjust` delay from a [`Classified`] (cargo
//! feature `retry-backon`).
//!
//! backon drives the loop and its `ExponentialBuilder` computes the delays (its jitter is
//! seedable with `with_jitter_seed`, off without `with_jitter`); these helpers decide from
//! the classification. [`when`] and [`adjust`] are the stateless rules: never retry a
//! problem whose advice is to fix the request, and wait for the server's delay
//! (`Retry-After`, a delay named in the message) rather than backon's when it names one.
//! [`BackonRetry`] adds the rest of [`RetryRules`] for one request: its time budget, the
//! retry budget shared across requests, the attempt bound, the token refresh (run by
//! [`BackonRetry::authorization`] at the start of the next attempt) and the events.
//!
//! ```
//! use std::time::Duration;
//! use backon::{ExponentialBuilder, Retryable};
//! use errors_core::classify::{classify, Classified};
//! use errors_core::http::HeaderMap;
//! use errors_core::retry::backon::BackonRetry;
//! use errors_core::retry::RetryRules;
//! // A catalogue of your own; here, errors-core's test fixture.
//! mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
//! use shop::Problem;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let attempts = std::sync::atomic::AtomicU32::new(0);
//! // Throttled once ("Try again in 0 seconds"), then a success.
//! let send = || async {
//!     if attempts.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
//!         let body = br#"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 0 seconds."}"#;
//!         return Err(classify::<Problem>(429, &HeaderMap::new(), body));
//!     }
//!     Ok("paid")
//! };
//! let retry = BackonRetry::<Problem>::new(RetryRules::new());
//! let backoff = ExponentialBuilder::default().with_min_delay(Duration::from_millis(10));
//! let answer = send
//!     .retry(backoff)
//!     .when(retry.when())
//!     .adjust(retry.adjust())
//!     .await;
//! assert_eq!(answer, Ok("paid"));
//! assert_eq!(retry.retries(), 1);
//! # }
//! ```

use std::marker::PhantomData;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use http::HeaderValue;

use super::tracker::{Backoff, Step, Tracker};
use super::{GiveUp, RetryRules};
use crate::catalog::problem::CatalogProblem;
use crate::catalog::vocabulary::RetryHint;
use crate::client::classify::Classified;

/// An error that may carry a classified answer: `None` for an error that got no whole
/// answer (a transport error), which is retried like a transient problem.
pub trait AsClassified<P: CatalogProblem> {
    /// The classified answer, if there was one.
    fn as_classified(&self) -> Option<&Classified<P>>;
}

impl<P: CatalogProblem> AsClassified<P> for Classified<P> {
    fn as_classified(&self) -> Option<&Classified<P>> {
        Some(self)
    }
}

/// Whether the problem may be retried at all: not when its advice is to fix the request.
pub fn when<P: CatalogProblem>(classified: &Classified<P>) -> bool {
    classified.retry_hint() != RetryHint::Never
}

/// The delay before the retry: the server's (`Retry-After`, a delay in the message) when it
/// names one, else backon's `proposed`; `None` (stop) when backon's retries are used up.
pub fn adjust<P: CatalogProblem>(
    classified: &Classified<P>,
    proposed: Option<Duration>,
) -> Option<Duration> {
    let proposed = proposed?;
    Some(
        classified
            .server_delay()
            .map_or(proposed, |(delay, _)| delay),
    )
}

/// [`RetryRules`] for one request retried by backon. Create one per request: it counts that
/// request's retries and time.
pub struct BackonRetry<P> {
    state: Mutex<State>,
    problem: PhantomData<fn() -> P>,
}

struct State {
    tracker: Tracker,
    refresh_pending: bool,
    token: Option<HeaderValue>,
    given_up: Option<GiveUp>,
}

impl<P: CatalogProblem> BackonRetry<P> {
    /// A request about to be sent under `rules`.
    pub fn new(rules: RetryRules) -> Self {
        BackonRetry {
            state: Mutex::new(State {
                tracker: Tracker::start(&rules),
                refresh_pending: false,
                token: None,
                given_up: None,
            }),
            problem: PhantomData,
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// backon's `when`: false for a problem whose advice is to fix the request (reported as
    /// given up), true otherwise; [`adjust`](Self::adjust) decides the rest.
    pub fn when<E: AsClassified<P>>(&self) -> impl FnMut(&E) -> bool + '_ {
        move |error| match error.as_classified() {
            Some(classified) if !when(classified) => {
                let mut state = self.state();
                if let Step::GiveUp(give_up) =
                    state.tracker.problem(classified, Backoff::Given(None))
                {
                    state.given_up = Some(give_up);
                }
                false
            }
            _ => true,
        }
    }

    /// backon's `adjust`: the wait before the retry, or `None` to stop (attempts, time
    /// budget, retry budget, a second reauthentication).
    pub fn adjust<E: AsClassified<P>>(
        &self,
    ) -> impl FnMut(&E, Option<Duration>) -> Option<Duration> + '_ {
        move |error, proposed| {
            let mut state = self.state();
            let backoff = Backoff::Given(proposed);
            let step = match error.as_classified() {
                Some(classified) => state.tracker.problem(classified, backoff),
                // The operation builds its request: it carries the `Idempotency-Key`.
                None => state.tracker.transport(&"no whole answer", true, backoff),
            };
            match step {
                Step::Retry { delay, refresh } => {
                    state.refresh_pending |= refresh;
                    Some(delay)
                }
                Step::GiveUp(give_up) => {
                    state.given_up = Some(give_up);
                    None
                }
            }
        }
    }

    /// The `Authorization` value for the next attempt: after a problem whose advice is to
    /// reauthenticate, the rules' token refresh runs here, once. `None` while no token was
    /// refreshed. Call it at the start of each attempt.
    pub async fn authorization(&self) -> Result<Option<HeaderValue>, GiveUp> {
        let refresh = {
            let mut state = self.state();
            if !std::mem::take(&mut state.refresh_pending) {
                return Ok(state.token.clone());
            }
            state.tracker.rules().refresh.clone()
        };
        let Some(refresh) = refresh else {
            return Ok(None);
        };
        let refreshed = refresh().await;
        let mut state = self.state();
        match refreshed {
            Ok(token) => {
                state.token = Some(token.clone());
                Ok(Some(token))
            }
            Err(error) => Err(state.tracker.refresh_failed(&error)),
        }
    }

    /// The retries made so far.
    pub fn retries(&self) -> u32 {
        self.state().tracker.retries()
    }

    /// Why the request was given up, once it was.
    pub fn given_up(&self) -> Option<GiveUp> {
        self.state().given_up.clone()
    }
}

impl<P> std::fmt::Debug for BackonRetry<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackonRetry").finish_non_exhaustive()
    }
}

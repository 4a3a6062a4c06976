//! What every retry adapter is configured with: one [`RetryRules`] value.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;
use tower::retry::budget::TpsBudget;

use super::events::RetryEvent;
use crate::client::classify::{Limits, RetryPolicy};

/// A boxed error, as token refreshers return.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What a token refresh returns: the new `Authorization` header value.
pub type RefreshFuture = Pin<Box<dyn Future<Output = Result<HeaderValue, BoxError>> + Send>>;

type Refresher = Arc<dyn Fn() -> RefreshFuture + Send + Sync>;
type Observer = Arc<dyn Fn(&RetryEvent<'_>) + Send + Sync>;

/// How the retry adapters retry: the backoff and attempt bound ([`RetryPolicy`]), a total
/// time budget per request, the body limits of classification, an optional retry budget
/// shared across requests, an optional token refresh and an optional observer.
///
/// Cheap to clone: clones share the retry budget, the refresh and the observer.
///
/// ```
/// use std::sync::Arc;
/// use std::time::Duration;
/// use errors_core::classify::{Jitter, RetryPolicy};
/// use errors_core::retry::RetryRules;
/// use tower::retry::budget::TpsBudget;
///
/// let rules = RetryRules::new()
///     .policy(RetryPolicy {
///         max_retries: 4,
///         initial_delay: Duration::from_millis(100),
///         max_delay: Duration::from_secs(2),
///         jitter: Jitter::Full,
///     })
///     .time_budget(Duration::from_secs(20))
///     .jitter_seed(7)
///     // At most 20% extra requests across every request sent with these rules.
///     .retry_budget(Arc::new(TpsBudget::new(Duration::from_secs(10), 1, 0.2)))
///     .on_event(|event| eprintln!("{event}"));
/// assert_eq!(rules.max_retries(), 4);
/// ```
#[derive(Clone)]
pub struct RetryRules {
    pub(crate) policy: RetryPolicy,
    pub(crate) time_budget: Duration,
    pub(crate) limits: Limits,
    seed: Option<u64>,
    draws: Arc<AtomicU64>,
    pub(crate) budget: Option<Arc<TpsBudget>>,
    pub(crate) refresh: Option<Refresher>,
    observer: Option<Observer>,
}

impl Default for RetryRules {
    fn default() -> Self {
        RetryRules::new()
    }
}

impl RetryRules {
    /// [`RetryPolicy::default`] (5 retries, 500 ms doubling up to 30 s, full jitter), a time
    /// budget of 60 s per request, [`Limits::default`], no retry budget, no token refresh.
    pub fn new() -> Self {
        RetryRules {
            policy: RetryPolicy::default(),
            time_budget: Duration::from_secs(60),
            limits: Limits::default(),
            seed: None,
            draws: Arc::new(AtomicU64::new(0)),
            budget: None,
            refresh: None,
            observer: None,
        }
    }

    /// The attempt bound and the backoff used when the server names no delay.
    pub fn policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// How long one request may take, from its first send to its last answer, waits
    /// included. A wait that would end past it (a huge `Retry-After`) is not started: the
    /// request gives up at once with [`GiveUpReason::OutOfTime`](super::GiveUpReason).
    pub fn time_budget(mut self, budget: Duration) -> Self {
        self.time_budget = budget;
        self
    }

    /// How much of an error body is read and classified.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Draw the backoff jitter from `seed`, so that delays repeat from run to run (tests).
    /// [`Jitter::None`](crate::classify::Jitter::None) in the policy switches jitter off.
    pub fn jitter_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// A retry budget shared by every request sent with these rules (and their clones): a
    /// retry is made only while the budget allows it, so retries stay a share of the
    /// requests. Each request deposits once, each retry withdraws once.
    pub fn retry_budget(mut self, budget: Arc<TpsBudget>) -> Self {
        self.budget = Some(budget);
        self
    }

    /// The token refresh for problems whose advice is to reauthenticate: called once per
    /// request, its value becomes the retry's `Authorization` header. Without one, such
    /// problems are not retried.
    pub fn token_refresh<F, Fut>(mut self, refresh: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<HeaderValue, BoxError>> + Send + 'static,
    {
        self.refresh = Some(Arc::new(move || Box::pin(refresh())));
        self
    }

    /// Called for every retry and every give-up, before the wait: for logs and counters.
    pub fn on_event(mut self, observer: impl Fn(&RetryEvent<'_>) + Send + Sync + 'static) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }

    /// How much of an error body is read and classified.
    pub fn body_limits(&self) -> Limits {
        self.limits
    }

    /// The retries allowed after the first request.
    pub fn max_retries(&self) -> u32 {
        self.policy.max_retries
    }

    pub(crate) fn emit(&self, event: &RetryEvent<'_>) {
        if let Some(observer) = &self.observer {
            observer(event);
        }
    }

    /// A uniform `u64` for jitter: from the seed when there is one, else random.
    pub(crate) fn draw(&self) -> u64 {
        let Some(seed) = self.seed else {
            return crate::client::classify::random_u64();
        };
        // std's `DefaultHasher::new()` has fixed keys: the same seed gives the same draws.
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        (seed, self.draws.fetch_add(1, Ordering::Relaxed)).hash(&mut hasher);
        hasher.finish()
    }
}

impl fmt::Debug for RetryRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryRules")
            .field("policy", &self.policy)
            .field("time_budget", &self.time_budget)
            .field("limits", &self.limits)
            .field("seed", &self.seed)
            .field("retry_budget", &self.budget.is_some())
            .field("token_refresh", &self.refresh.is_some())
            .finish_non_exhaustive()
    }
}

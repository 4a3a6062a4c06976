//! A [`tower::retry::Policy`] over classified responses (cargo feature `retry-tower`).
//!
//! [`ClassifiedPolicy`] classifies every answer of 400 and above and follows
//! [`RetryRules`]: it never retries a problem whose advice is to fix the request, waits for
//! `Retry-After` or a delay named in the message (else the policy's capped, jittered
//! backoff), and stops at the attempt bound, the time budget or the retry budget. Each
//! retry is a clone of the request, so its `Idempotency-Key` is the first attempt's. An
//! error of the inner service (no answer) is retried only when sending the request twice is
//! safe: an idempotent method, or an `Idempotency-Key`.
//!
//! The policy classifies bodies that are already read (`R: AsRef<[u8]>`: `Bytes`,
//! `Vec<u8>`, `String`): put it above a service that buffers them, within
//! [`Limits`](crate::classify::Limits). [`ClassifiedRetryLayer`] adds [`Authorize`] below
//! the retry, which is where a refreshed token ([`RetryRules::token_refresh`]) is set on the
//! retried request: a policy cannot change a request after its wait has begun.
//!
//! ```
//! use std::sync::atomic::{AtomicU32, Ordering};
//! use std::sync::Arc;
//! use std::time::Duration;
//! use errors_core::classify::{Jitter, RetryPolicy};
//! use errors_core::http::{Request, Response};
//! use errors_core::retry::tower::ClassifiedRetryLayer;
//! use errors_core::retry::RetryRules;
//! use tower::{service_fn, Layer, ServiceExt};
//! // A catalogue of your own; here, errors-core's test fixture.
//! mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let calls = Arc::new(AtomicU32::new(0));
//! let counted = calls.clone();
//! // Throttled once, then a success.
//! let api = service_fn(move |_request: Request<String>| {
//!     let call = counted.fetch_add(1, Ordering::SeqCst);
//!     async move {
//!         let response = if call == 0 {
//!             Response::builder().status(429).header("retry-after", "0").body(String::new())
//!         } else {
//!             Response::builder().status(200).body("done".to_owned())
//!         };
//!         Ok::<_, std::convert::Infallible>(response.unwrap())
//!     }
//! });
//! let rules = RetryRules::new().policy(RetryPolicy {
//!     max_retries: 3,
//!     initial_delay: Duration::from_millis(10),
//!     max_delay: Duration::from_secs(1),
//!     jitter: Jitter::None,
//! });
//! let client = ClassifiedRetryLayer::<shop::Problem>::new(rules).layer(api);
//! let request = Request::post("/orders").header("idempotency-key", "k-1").body(String::new());
//! let response = client.oneshot(request.unwrap()).await.unwrap();
//! assert_eq!(response.body(), "done");
//! assert_eq!(calls.load(Ordering::SeqCst), 2);
//! # }
//! ```

use std::fmt::Display;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use http::header::AUTHORIZATION;
use http::{HeaderValue, Request, Response};
use tokio::time::Instant;
use tower::retry::{Policy, Retry};

use super::tracker::{replay_safe, Backoff, Step, Tracker};
use super::RetryRules;
use crate::catalog::problem::CatalogProblem;
use crate::client::classify::classify_with;

/// The latest refreshed `Authorization` value, shared by the policy and [`Authorize`].
type TokenSlot = Arc<Mutex<Option<HeaderValue>>>;

/// When a request was first sent: kept in the extensions of its clones.
#[derive(Clone, Copy, Debug)]
struct FirstSent(Instant);

/// A `tower::retry::Policy` for `http` requests whose bodies can be cloned and responses
/// whose bodies are read, retrying by the classification of catalogue `P`.
pub struct ClassifiedPolicy<P> {
    rules: RetryRules,
    tracker: Option<Tracker>,
    token: TokenSlot,
    problem: PhantomData<fn() -> P>,
}

impl<P> ClassifiedPolicy<P> {
    /// A policy following `rules`. A refreshed token reaches the retry only through the
    /// [`Authorize`] service of [`token_setter`](Self::token_setter), below the retry.
    pub fn new(rules: RetryRules) -> Self {
        ClassifiedPolicy {
            rules,
            tracker: None,
            token: TokenSlot::default(),
            problem: PhantomData,
        }
    }

    /// The service that sets the refreshed token on the requests `inner` is sent.
    pub fn token_setter<S>(&self, inner: S) -> Authorize<S> {
        Authorize {
            inner,
            token: self.token.clone(),
        }
    }
}

impl<P> Clone for ClassifiedPolicy<P> {
    /// A policy for another request: the same rules and token, no retries yet.
    fn clone(&self) -> Self {
        ClassifiedPolicy {
            rules: self.rules.clone(),
            tracker: None,
            token: self.token.clone(),
            problem: PhantomData,
        }
    }
}

impl<P> std::fmt::Debug for ClassifiedPolicy<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClassifiedPolicy")
            .field("rules", &self.rules)
            .field("tracker", &self.tracker)
            .finish()
    }
}

impl<P, B, R, E> Policy<Request<B>, Response<R>, E> for ClassifiedPolicy<P>
where
    P: CatalogProblem,
    B: Clone,
    R: AsRef<[u8]>,
    E: Display,
{
    type Future = Pin<Box<dyn Future<Output = ()> + Send>>;

    fn retry(
        &mut self,
        request: &mut Request<B>,
        result: &mut Result<Response<R>, E>,
    ) -> Option<Self::Future> {
        let rules = &self.rules;
        let tracker = self.tracker.get_or_insert_with(|| {
            let first = request.extensions().get::<FirstSent>().map(|f| f.0);
            Tracker::start_at(rules, first.unwrap_or_else(Instant::now))
        });
        let step = match result {
            Ok(response) if response.status().as_u16() < 400 => return None,
            Ok(response) => {
                let status = response.status().as_u16();
                let body = response.body().as_ref();
                let classified =
                    classify_with::<P>(&rules.limits, status, response.headers(), body);
                tracker.problem(&classified, Backoff::Policy)
            }
            Err(error) => {
                let safe = replay_safe(request.method(), request.headers());
                tracker.transport(error, safe, Backoff::Policy)
            }
        };
        let Step::Retry { delay, refresh } = step else {
            return None;
        };
        let wait = tokio::time::sleep(delay);
        let refresh = match (refresh, &rules.refresh) {
            (true, Some(refresh)) => refresh(),
            _ => return Some(Box::pin(wait)),
        };
        let slot = self.token.clone();
        Some(Box::pin(async move {
            wait.await;
            // A failed refresh keeps the old token: the retry's answer then gives up.
            if let Ok(token) = refresh.await {
                *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(token);
            }
        }))
    }

    fn clone_request(&mut self, request: &Request<B>) -> Option<Request<B>> {
        let mut clone = Request::new(request.body().clone());
        *clone.method_mut() = request.method().clone();
        *clone.uri_mut() = request.uri().clone();
        *clone.version_mut() = request.version();
        // The same headers: the `Idempotency-Key` of the first attempt.
        *clone.headers_mut() = request.headers().clone();
        *clone.extensions_mut() = request.extensions().clone();
        if clone.extensions().get::<FirstSent>().is_none() {
            clone.extensions_mut().insert(FirstSent(Instant::now()));
        }
        Some(clone)
    }
}

/// Sets the latest refreshed token as `Authorization` on each request, then calls `inner`.
#[derive(Clone, Debug)]
pub struct Authorize<S> {
    inner: S,
    token: TokenSlot,
}

impl<S, B> tower_service::Service<Request<B>> for Authorize<S>
where
    S: tower_service::Service<Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        let token = self.token.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(token) = token {
            request.headers_mut().insert(AUTHORIZATION, token);
        }
        self.inner.call(request)
    }
}

/// `tower::retry::Retry` with a [`ClassifiedPolicy`] above [`Authorize`].
pub struct ClassifiedRetryLayer<P> {
    rules: RetryRules,
    problem: PhantomData<fn() -> P>,
}

impl<P> ClassifiedRetryLayer<P> {
    /// A layer following `rules`.
    pub fn new(rules: RetryRules) -> Self {
        ClassifiedRetryLayer {
            rules,
            problem: PhantomData,
        }
    }
}

impl<P> Clone for ClassifiedRetryLayer<P> {
    fn clone(&self) -> Self {
        ClassifiedRetryLayer::new(self.rules.clone())
    }
}

impl<P> std::fmt::Debug for ClassifiedRetryLayer<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClassifiedRetryLayer")
            .field("rules", &self.rules)
            .finish()
    }
}

impl<P, S> tower::Layer<S> for ClassifiedRetryLayer<P> {
    type Service = Retry<ClassifiedPolicy<P>, Authorize<S>>;

    fn layer(&self, inner: S) -> Self::Service {
        let policy = ClassifiedPolicy::new(self.rules.clone());
        let inner = policy.token_setter(inner);
        Retry::new(policy, inner)
    }
}

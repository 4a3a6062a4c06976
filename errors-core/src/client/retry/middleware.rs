//! A `reqwest-middleware` middleware that classifies and retries (cargo feature
//! `retry-reqwest-middleware`).
//!
//! `reqwest-retry`'s `RetryableStrategy` sees only the status and headers; [`ClassifiedRetry`]
//! reads the body of every answer of 400 and above (at most
//! [`Limits::max_body`](crate::classify::Limits) + 1 bytes, within the time budget),
//! classifies it and follows [`RetryRules`]. When it gives up, the caller gets the last
//! answer rebuilt from what was read: its status, headers and body (a body longer than the
//! limit reaches the caller cut there; its URL is reqwest's placeholder). A request that got
//! no whole answer (a refused connection, a body cut short or stalled past the time budget)
//! is retried like a transient problem when sending it twice is safe (an idempotent method,
//! or an `Idempotency-Key`) and, given up, fails with [`GiveUp`](super::GiveUp) as the
//! middleware error.
//!
//! Each retry is `Request::try_clone` of the first request: the same `Idempotency-Key`. A
//! request whose body is a stream cannot be cloned and is sent once, as it is.
//!
//! ```no_run
//! # async fn run() -> Result<(), reqwest_middleware::Error> {
//! use errors_core::retry::middleware::ClassifiedRetry;
//! use errors_core::retry::RetryRules;
//! use reqwest::header::HeaderValue;
//! // A catalogue of your own; here, errors-core's test fixture.
//! mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
//!
//! let rules = RetryRules::new()
//!     .token_refresh(|| async { Ok(HeaderValue::from_static("Bearer fresh")) });
//! let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
//!     .with(ClassifiedRetry::<shop::Problem>::new(rules))
//!     .build();
//! let response = client
//!     .post("http://127.0.0.1:8080/epayment/v1/payments/order-9/capture")
//!     .header("Idempotency-Key", "capture-order-9")
//!     .body(r#"{"modificationAmount":{"currency":"NOK","value":1000}}"#)
//!     .send()
//!     .await?;
//! println!("{}", response.status());
//! # Ok(())
//! # }
//! ```

use std::marker::PhantomData;

use http::header::AUTHORIZATION;
use http::Extensions;
use reqwest::{Request, Response};
use reqwest_middleware::{Error, Middleware, Next, Result};

use super::tracker::{replay_safe, Backoff, Step, Tracker};
use super::RetryRules;
use crate::catalog::problem::CatalogProblem;
use crate::client::classify::{classify_with, read_bounded};

/// Retries by the classification of catalogue `P`; see the [module](self).
pub struct ClassifiedRetry<P> {
    rules: RetryRules,
    problem: PhantomData<fn() -> P>,
}

impl<P> ClassifiedRetry<P> {
    /// A middleware following `rules`.
    pub fn new(rules: RetryRules) -> Self {
        ClassifiedRetry {
            rules,
            problem: PhantomData,
        }
    }
}

impl<P> std::fmt::Debug for ClassifiedRetry<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClassifiedRetry")
            .field("rules", &self.rules)
            .finish()
    }
}

/// One attempt's outcome.
enum Attempt {
    Success(Response),
    /// An answer of 400 and above, with the part of its body that was read.
    Problem(http::Response<Vec<u8>>),
    /// No whole answer.
    Failed(String),
}

#[async_trait::async_trait]
impl<P: CatalogProblem + 'static> Middleware for ClassifiedRetry<P> {
    async fn handle(
        &self,
        request: Request,
        extensions: &mut Extensions,
        next: Next<'_>,
    ) -> Result<Response> {
        let mut tracker = Tracker::start(&self.rules);
        let mut request = request;
        loop {
            let Some(mut replay) = request.try_clone() else {
                return next.run(request, extensions).await;
            };
            let step = match send(&tracker, request, extensions, next.clone()).await {
                Attempt::Success(response) => return Ok(response),
                Attempt::Problem(answer) => {
                    let limits = &self.rules.limits;
                    let status = answer.status().as_u16();
                    let classified =
                        classify_with::<P>(limits, status, answer.headers(), answer.body());
                    match tracker.problem(&classified, Backoff::Policy) {
                        Step::GiveUp(_) => return Ok(Response::from(answer)),
                        retry => retry,
                    }
                }
                Attempt::Failed(error) => {
                    let safe = replay_safe(replay.method(), replay.headers());
                    tracker.transport(&error, safe, Backoff::Policy)
                }
            };
            let (delay, refresh) = match step {
                Step::Retry { delay, refresh } => (delay, refresh),
                Step::GiveUp(give_up) => return Err(Error::middleware(give_up)),
            };
            tokio::time::sleep(delay).await;
            if let (true, Some(refresh)) = (refresh, &self.rules.refresh) {
                match refresh().await {
                    Ok(token) => replay.headers_mut().insert(AUTHORIZATION, token),
                    Err(error) => return Err(Error::middleware(tracker.refresh_failed(&error))),
                };
            }
            request = replay;
        }
    }
}

/// Send `request` and read an error answer's body, all within the time budget's rest.
async fn send(
    tracker: &Tracker,
    request: Request,
    extensions: &mut Extensions,
    next: Next<'_>,
) -> Attempt {
    let budget = tracker.remaining();
    let limits = tracker.rules().limits;
    let exchange = async {
        let mut response = next.run(request, extensions).await.map_err(|e| chain(&e))?;
        if response.status().as_u16() < 400 {
            return Ok(Attempt::Success(response));
        }
        let body = read_bounded(&mut response, &limits)
            .await
            .map_err(|e| format!("reading the body: {}", chain(&e)))?;
        let mut answer = http::Response::new(body);
        *answer.status_mut() = response.status();
        *answer.version_mut() = response.version();
        *answer.headers_mut() = std::mem::take(response.headers_mut());
        Ok(Attempt::Problem(answer))
    };
    match tokio::time::timeout(budget, exchange).await {
        Ok(Ok(attempt)) => attempt,
        Ok(Err(error)) => Attempt::Failed(error),
        Err(_) => Attempt::Failed(format!(
            "no whole answer within the time budget ({budget:?})"
        )),
    }
}

/// An error and its sources, as one line: reqwest's own message names no cause.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

//! The backon adapter: `Retryable::retry` with errors-core's `when` and `adjust`, over the
//! router in-process.

use std::time::Duration;

use axum::Router;
use backon::{ExponentialBuilder, Retryable};
use errors_core::classify::{classify_with, Classified};
use errors_core::retry::backon::{AsClassified, BackonRetry};
use errors_core::retry::RetryRules;
use vipps_problems::Problem;

use super::{answer, call_router, Client};
use crate::scenario::{Answer, Call};

/// Sends each call with backon's loop; errors-core decides from the classification.
#[derive(Clone)]
pub struct BackonClient {
    rules: RetryRules,
    router: Router,
}

impl BackonClient {
    pub fn new(rules: RetryRules, router: Router) -> Self {
        BackonClient { rules, router }
    }
}

/// An attempt that was not a success: the answer and its classification, or no answer.
enum Failed {
    Problem(Answer, Box<Classified<Problem>>),
    Transport(String),
}

impl AsClassified<Problem> for Failed {
    fn as_classified(&self) -> Option<&Classified<Problem>> {
        match self {
            Failed::Problem(_, classified) => Some(classified),
            Failed::Transport(_) => None,
        }
    }
}

impl Client for BackonClient {
    async fn send(&self, call: Call) -> Result<Answer, String> {
        let retry = BackonRetry::<Problem>::new(self.rules.clone());
        let limits = self.rules.body_limits();
        let attempt = || async {
            let mut request = call.to_request();
            if let Ok(Some(token)) = retry.authorization().await {
                request.headers_mut().insert("authorization", token);
            }
            let response = call_router(self.router.clone(), request)
                .await
                .map_err(|e| Failed::Transport(e.to_string()))?;
            let answer = answer(response);
            if answer.status < 400 {
                return Ok(answer);
            }
            let classified = classify_with(&limits, answer.status, &answer.headers, &answer.body);
            Err(Failed::Problem(answer, Box::new(classified)))
        };
        // backon's own backoff when the server names no delay, as many times as the rules allow.
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(100))
            .with_max_delay(Duration::from_secs(2))
            .with_max_times(self.rules.max_retries() as usize)
            .with_jitter()
            .with_jitter_seed(7);
        let result = attempt
            .retry(backoff)
            .when(retry.when())
            .adjust(retry.adjust())
            .await;
        match result {
            Ok(answer) | Err(Failed::Problem(answer, _)) => Ok(answer),
            Err(Failed::Transport(error)) => Err(error),
        }
    }
}

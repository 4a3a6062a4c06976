//! A per-client rate limit: a fixed window of requests per `Merchant-Serial-Number`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use errors_core::http::HeaderMap;
use errors_core::ProblemResponse;
use vipps_problems::Problem;

use crate::config::MSN_HEADER;

// tokio's clock: under paused time (tests) the window passes as the waits do.
use tokio::time::Instant;

/// Counts requests per client in fixed windows.
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    clients: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> Self {
        RateLimiter {
            limit,
            window,
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// Count one request of `client`; when over the limit, how long until the window ends.
    pub(crate) fn check(&self, client: &str) -> Result<(), Duration> {
        let now = Instant::now();
        // A poisoned map only lost a counter update: keep counting.
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        let (start, count) = clients.entry(client.to_owned()).or_insert((now, 0));
        if now.duration_since(*start) >= self.window {
            (*start, *count) = (now, 0);
        }
        if *count >= self.limit {
            return Err(self.window.saturating_sub(now.duration_since(*start)));
        }
        *count += 1;
        Ok(())
    }

    /// Count the request; once its client (`Merchant-Serial-Number`) used up its window, the
    /// 429 with `Retry-After` that answers it, in the language the request asks for.
    pub(crate) fn refuse(&self, request: &HeaderMap) -> Option<ProblemResponse<Problem>> {
        let client = request.get(MSN_HEADER).and_then(|v| v.to_str().ok());
        let wait = self.check(client.unwrap_or("anonymous")).err()?;
        let refused = ProblemResponse::new(Problem::TooManyRequests)
            .with_retry_after(wait)
            .with_accept_language(request);
        Some(refused)
    }
}

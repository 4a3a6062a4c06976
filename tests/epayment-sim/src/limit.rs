//! A per-client rate limit: a fixed window of requests per `Merchant-Serial-Number`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

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
}

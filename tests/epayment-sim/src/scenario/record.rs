//! The server side of the scenario: every request recorded, the first answer of every
//! capture lost after the capture was done.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use errors_core::classify::classify;
use errors_core::RetryHint;
use tokio::time::Instant;
use vipps_problems::Problem;

use super::CALL_HEADER;

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Attempt {
    /// The scenario call it belongs to.
    pub call: String,
    /// Its `Idempotency-Key`.
    pub key: Option<String>,
    /// When it arrived.
    pub arrived: Instant,
    /// When it was answered.
    pub answered: Instant,
    /// The status sent.
    pub status: u16,
    /// The `Retry-After` sent, in seconds.
    pub retry_after: Option<Duration>,
    /// The catalogue entry of the answer (`status_NNN` when none, `ok` for a success).
    pub cause: String,
    /// The retry hint of the answer.
    pub hint: RetryHint,
}

/// Every request of a run, shared by the server and the report.
#[derive(Clone, Default)]
pub struct Recorder {
    attempts: Arc<Mutex<Vec<Attempt>>>,
    /// The capture calls whose answer was already lost once.
    lost: Arc<Mutex<HashSet<String>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Recorder {
    /// The requests so far, in the order they were answered.
    pub fn attempts(&self) -> Vec<Attempt> {
        lock(&self.attempts).clone()
    }

    /// Whether this answer is the one to lose: the first success of a capture call.
    fn lose(&self, call: &str, status: u16) -> bool {
        status == 200 && call.starts_with("capture-") && lock(&self.lost).insert(call.to_owned())
    }
}

/// Middleware: record the request and its answer; lose the first answer of each capture.
pub async fn record(State(recorder): State<Recorder>, request: Request, next: Next) -> Response {
    let (call, key) = {
        let text = |name: &str| {
            let value = request.headers().get(name)?.to_str().ok()?;
            Some(value.to_owned())
        };
        (
            text(CALL_HEADER).unwrap_or_default(),
            text("idempotency-key"),
        )
    };
    let arrived = Instant::now();
    let response = next.run(request).await;
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, crate::BODY_LIMIT)
        .await
        .unwrap_or_default();
    let status = parts.status.as_u16();
    let (cause, hint) = if status < 400 {
        ("ok".to_owned(), RetryHint::Never)
    } else {
        let classified = classify::<Problem>(status, &parts.headers, &body);
        let cause = match classified.kind() {
            Some(kind) => errors_core::ProblemKind::info(kind).id().to_owned(),
            None => format!("status_{status}"),
        };
        (cause, classified.retry_hint())
    };
    let retry_after = parts
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok()?.parse().ok())
        .map(Duration::from_secs);
    let lost = recorder.lose(&call, status);
    lock(&recorder.attempts).push(Attempt {
        call,
        key,
        arrived,
        answered: Instant::now(),
        status: if lost { 503 } else { status },
        retry_after,
        cause: if lost { "status_503".to_owned() } else { cause },
        hint: if lost { RetryHint::Backoff } else { hint },
    });
    if lost {
        // Done, but the answer never reaches the client.
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    Response::from_parts(parts, Body::from(body))
}

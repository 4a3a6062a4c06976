//! Middleware: the rate limit per client.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use errors_core::ProblemResponse;
use vipps_problems::Problem;

use crate::config::MSN_HEADER;
use crate::state::State as Shared;

/// Middleware: answer 429 with `Retry-After` once a client used up its window, in the
/// language the request asks for.
pub async fn per_client(
    State(state): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let client = request
        .headers()
        .get(MSN_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("anonymous")
        .to_owned();
    match state.limiter.check(&client) {
        Ok(()) => next.run(request).await,
        Err(wait) => ProblemResponse::new(Problem::TooManyRequests)
            .with_retry_after(wait)
            .with_accept_language(request.headers())
            .into_response(),
    }
}

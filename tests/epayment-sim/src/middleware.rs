//! Middleware: the rate limit per client.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::state::State as Shared;

/// Middleware: answer 429 with `Retry-After` once a client used up its window, in the
/// language the request asks for.
pub async fn per_client(
    State(state): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    match state.limiter.refuse(request.headers()) {
        None => next.run(request).await,
        Some(refused) => refused.into_response(),
    }
}

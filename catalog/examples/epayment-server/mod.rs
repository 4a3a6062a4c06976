//! The simulated ePayment API: routes, in-memory state and the rules that produce the
//! catalogue's problems. Shared by the `epayment-server` example and the end-to-end tests.

mod body;
mod handlers;
mod limit;
mod store;

use std::sync::Arc;
use std::time::Duration;

use axum::routing::{get, post};
use axum::Router;
use errors_core::{ProblemDetails, ProblemResponse};
use vipps_problems::Problem;

/// What a handler answers when a rule is broken.
pub type Rejection = ProblemResponse<Problem>;

/// Tunables of the simulation.
#[derive(Clone, Debug)]
pub struct Config {
    /// Requests each client (`Merchant-Serial-Number`) may send per window.
    pub rate_limit: u32,
    /// The rate limit's window.
    pub rate_window: Duration,
    /// How long an operation holds its payment, as a call to the card acquirer would; a
    /// second request for the same reference meanwhile gets "Order processing".
    pub processing_time: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            rate_limit: 100,
            rate_window: Duration::from_secs(10),
            processing_time: Duration::from_millis(20),
        }
    }
}

/// Everything the handlers share.
pub struct State {
    config: Config,
    store: store::Store,
    limiter: limit::RateLimiter,
}

/// The API's routes, over fresh in-memory state.
pub fn router(config: Config) -> Router {
    let state = Arc::new(State {
        limiter: limit::RateLimiter::new(config.rate_limit, config.rate_window),
        store: store::Store::default(),
        config,
    });
    Router::new()
        .route("/epayment/v1/payments", post(handlers::create))
        .route("/epayment/v1/payments/{reference}", get(handlers::get))
        .route(
            "/epayment/v1/payments/{reference}/capture",
            post(handlers::capture),
        )
        .route(
            "/epayment/v1/payments/{reference}/cancel",
            post(handlers::cancel),
        )
        .route(
            "/epayment/v1/payments/{reference}/refund",
            post(handlers::refund),
        )
        .route(
            "/epayment/v1/test/payments/{reference}/approve",
            post(handlers::approve),
        )
        .fallback(|| async { ProblemResponse::new(Problem::NotFound) })
        .method_not_allowed_fallback(|| async {
            // No catalogue entry for 405: a plain RFC 9457 problem.
            ProblemDetails {
                title: Some("Method Not Allowed".into()),
                status: Some(405),
                ..ProblemDetails::default()
            }
        })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limit::per_client,
        ))
        .with_state(state)
}

/// Serve the API on `listener` until the future is dropped or `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(config))
        .with_graceful_shutdown(shutdown)
        .await
}

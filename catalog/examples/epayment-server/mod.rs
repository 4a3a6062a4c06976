//! The simulated ePayment API: routes, in-memory state and the rules that produce the
//! catalogue's problems. Shared by the `epayment-server` example and the end-to-end tests.

mod body;
mod handlers;
mod limit;
mod store;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use errors_core::ProblemResponse;
use tower_http::timeout::TimeoutLayer;
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

/// The largest request body read, in bytes; a larger one is a 413 problem.
pub const BODY_LIMIT: usize = 64 * 1024;

/// What a test may switch on or tighten; the example server uses the defaults.
#[derive(Clone, Debug)]
pub struct Faults {
    /// Serve `GET /epayment/v1/test/slow` (sleeps for `slow_for`) and
    /// `GET /epayment/v1/test/panic` (panics), to show what the problem layer makes of a
    /// timeout and a panic.
    pub routes: bool,
    /// How long the slow route sleeps.
    pub slow_for: Duration,
    /// How long a request may take before it is answered with a 504 problem.
    pub timeout: Duration,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            routes: false,
            slow_for: Duration::from_secs(60),
            timeout: Duration::from_secs(30),
        }
    }
}

/// Everything the handlers share.
pub struct State {
    config: Config,
    store: store::Store,
    limiter: limit::RateLimiter,
}

/// The API's routes over fresh in-memory state, with `faults`. Every error response, the ones axum writes before a
/// handler runs included (no route, wrong method, a path that is not UTF-8), a timeout and a
/// panic, leaves as a problem: the handlers' own through `ProblemResponse`, the rest rewritten
/// by the catalogue's problem layer.
pub fn router_with(config: Config, faults: Faults) -> Router {
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
        .merge(fault_routes(&faults))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limit::per_client,
        ))
        .with_state(state)
        // Inside the problem layer: its empty 504 becomes a problem like any other.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::GATEWAY_TIMEOUT,
            faults.timeout,
        ))
        .layer(vipps_problems::problem_layer())
}

/// The test-only routes, when `faults.routes` asks for them.
fn fault_routes(faults: &Faults) -> Router<Arc<State>> {
    if !faults.routes {
        return Router::new();
    }
    let slow_for = faults.slow_for;
    Router::new()
        .route(
            "/epayment/v1/test/slow",
            get(move || async move {
                tokio::time::sleep(slow_for).await;
                "done"
            }),
        )
        .route(
            "/epayment/v1/test/panic",
            get(|| async {
                panic!("a bug in a handler");
                #[allow(unreachable_code)]
                "never"
            }),
        )
}

/// Serve the API on `listener` until the future is dropped or `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, config, Faults::default(), shutdown).await
}

/// [`serve`] with `faults`.
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    config: Config,
    faults: Faults,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router_with(config, faults))
        .with_graceful_shutdown(shutdown)
        .await
}

//! The simulated ePayment API: routes, in-memory state and the rules that produce the
//! catalogue's problems. Shared by the `epayment-server` example and the end-to-end tests.

mod actix;
mod body;
mod config;
mod handlers;
mod limit;
mod middleware;
mod operations;
mod plain;
mod rejection;
mod state;
mod store;

#[cfg(feature = "scenario")]
pub mod scenario;

pub use actix::{app as actix_app, serve_actix, state as actix_state};
pub use config::{address_from_env, bench_setup, Config, Faults, BODY_LIMIT, MSN_HEADER};
pub use rejection::Rejection;

use std::sync::Arc;

use std::convert::Infallible;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post, Route};
use axum::Router;
use state::State;
use tower::{Layer, Service, ServiceBuilder};
use tower_http::timeout::TimeoutLayer;

/// The API's routes over fresh in-memory state, with `faults`. Every error response, the ones axum writes before a
/// handler runs included (no route, wrong method, a path that is not UTF-8), a timeout and a
/// panic, leaves as a problem: the handlers' own through `ProblemResponse`, the rest rewritten
/// by the catalogue's problem layer. (With `faults.routes`, one test-only route answers in
/// plain text instead: the load benchmark's baseline.)
pub fn router_with(config: Config, faults: Faults) -> Router {
    let state = Arc::new(State::new(config));
    let api = Router::new()
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
        .merge(fault_routes(&faults));
    // One layer per router, not one per middleware: every `Router::layer` call puts each
    // route in one more boxed service, cloned on every request.
    let api = api.layer(
        ServiceBuilder::new()
            .layer(vipps_problems::problem_layer())
            .layer(middleware(&state, &faults)),
    );
    let plain = plain::routes(&faults).layer(middleware(&state, &faults));
    // `merge` keeps the fallback of the router merged in: the API's, behind the problem layer.
    plain.merge(api).with_state(state)
}

/// The middleware every route has, as one layer: the timeout (inside the problem layer: its
/// empty 504 becomes a problem like any other), inside it the rate limit, innermost the body
/// limit.
fn middleware(
    state: &Arc<State>,
    faults: &Faults,
) -> impl Layer<
    Route,
    Service = impl Service<
        Request,
        Response = Response,
        Error = Infallible,
        Future = impl Send + 'static,
    > + Clone
                  + Send
                  + Sync
                  + 'static,
> + Clone
       + Send
       + Sync
       + 'static {
    ServiceBuilder::new()
        .layer(TimeoutLayer::with_status_code(
            StatusCode::GATEWAY_TIMEOUT,
            faults.timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::per_client,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
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

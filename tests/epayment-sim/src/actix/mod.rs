//! The same API on actix-web: the same operations over the same kind of state, the same
//! rate limit, body limit and timeout, every error response a problem through the
//! catalogue's problem middleware (`vipps_problems::problem_middleware`).

mod handlers;
mod middleware;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{error, web, App, HttpResponse, HttpServer};

use crate::config::{Config, Faults, BODY_LIMIT};
use crate::state::State;

/// The worker threads of one server: as many as the machine's cores, at most 4 (the tests
/// start many servers).
fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().min(4))
}

/// Serve the API on `listener` with actix-web, under `config` and with `faults`. The server
/// runs on worker threads of its own once awaited (or spawned) on a tokio or actix runtime,
/// and stops when its handle says so or the process ends.
pub fn serve_actix(
    listener: std::net::TcpListener,
    config: Config,
    faults: Faults,
) -> std::io::Result<Server> {
    let state = state(config);
    let server = HttpServer::new(move || app(state.clone(), faults.clone()))
        .workers(workers())
        .disable_signals()
        .listen(listener)?
        .run();
    Ok(server)
}

/// Fresh in-memory state under `config`: one per server, shared by its workers.
pub fn state(config: Config) -> web::Data<State> {
    web::Data::new(State::new(config))
}

/// The API's routes over `state`. The test-only plain-text route is in a scope of its own,
/// behind the same middleware without the problem middleware; everything else, the default
/// service of unmatched paths included, is behind it.
pub fn app(
    state: web::Data<State>,
    faults: Faults,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let plain = web::scope("/epayment/v1/test/plain")
        .wrap(from_fn(middleware::per_client))
        .wrap(from_fn(middleware::timeout))
        .route("/payments/{reference}", web::get().to(handlers::plain_get));
    // The routes under their common prefix, as the plain route is under its own: actix
    // matches a resource's pattern against what its scope left of the path, so both routes of
    // the load benchmark match `/payments/{reference}` against the same text.
    let v1 = web::scope("/epayment/v1")
        .service(web::resource("/payments").route(web::post().to(handlers::create)))
        .service(web::resource("/payments/{reference}").route(web::get().to(handlers::get)))
        .service(
            web::resource("/payments/{reference}/capture").route(web::post().to(handlers::capture)),
        )
        .service(
            web::resource("/payments/{reference}/cancel").route(web::post().to(handlers::cancel)),
        )
        .service(
            web::resource("/payments/{reference}/refund").route(web::post().to(handlers::refund)),
        )
        .service(
            web::resource("/test/payments/{reference}/approve")
                .route(web::post().to(handlers::approve)),
        )
        .configure(|routes| fault_routes(routes, &faults));
    let api = web::scope("")
        .wrap(from_fn(middleware::per_client))
        .wrap(from_fn(middleware::timeout))
        .wrap(vipps_problems::problem_middleware())
        .service(v1)
        .default_service(web::to(HttpResponse::NotFound));
    let routes = faults.routes;
    let app = App::new()
        .app_data(state)
        .app_data(web::Data::new(faults))
        .app_data(web::PayloadConfig::new(BODY_LIMIT))
        // A path parameter that does not decode (not UTF-8) is the client's mistake, a 400
        // as in axum; actix would answer 404.
        .app_data(web::PathConfig::default().error_handler(|err, _| error::ErrorBadRequest(err)));
    let app = if routes { app.service(plain) } else { app };
    app.service(api)
}

/// The test-only routes, when `faults.routes` asks for them.
fn fault_routes(routes: &mut web::ServiceConfig, faults: &Faults) {
    if !faults.routes {
        return;
    }
    let slow_for = faults.slow_for;
    routes
        .route(
            "/test/slow",
            web::get().to(move || async move {
                tokio::time::sleep(slow_for).await;
                "done"
            }),
        )
        .route("/test/panic", web::get().to(handlers::panics));
}

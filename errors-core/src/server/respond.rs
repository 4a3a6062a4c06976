//! Problems as HTTP responses: the entry's status, the problem+json body and the headers
//! clients rely on.
//!
//! [`ProblemResponse`] wraps anything that implements [`ToProblem`](crate::ToProblem) (a generated catalogue
//! problem, a `#[derive(Problem)]` type, a [`ProblemDetails`](crate::ProblemDetails)) with what belongs to one
//! response: `instance`, extra extension members, a `Retry-After` delay, and the error that
//! caused it, kept for logs and never sent.
//!
//! With the feature `tower`, [`ProblemLayer`] makes every error response of a tower service
//! (an axum `Router`) a problem: axum's plain-text rejections, the 404 fallback, 405, timeouts
//! and panics; see [`ProblemLayer`] and [`ProblemMapping`].
//!
//! With the feature `validation`, the axum extractors [`ValidJson`] and [`ValidQuery`] reject
//! an invalid request with a problem naming each field at fault by its path
//! (`extraDetails: [{"name": "amount.value", "reason": "..."}]`); see [`ValidationProblem`].
//! Their rejection is typed, a [`Rejection`]: a handler can match on what went wrong.
//!
//! With the feature `actix`, problems answer in actix-web handlers (`Responder`, and
//! `ResponseError` or a conversion into `actix_web::Error`, so a handler returns
//! `Result<T, Problem>` and uses `?`), and [`ProblemMiddleware`] does for actix what
//! [`ProblemLayer`] does for tower, with the same [`ProblemMapping`]; with `validation` too,
//! [`ValidJson`] and [`ValidQuery`] are actix extractors that answer exactly as in axum.
//!
//! ```
//! # #[cfg(feature = "actix")] {
//! use actix_web::{test, web, App, HttpResponse};
//! use errors_core::respond::{ProblemMapping, ProblemMiddleware};
//! # mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
//! use shop::Problem;
//!
//! async fn capture() -> Result<HttpResponse, Problem> {
//!     Err(Problem::PaymentStateConflict { state: "CAPTURED".into() })
//! }
//!
//! # actix_web::rt::System::new().block_on(async {
//! let app = App::new()
//!     .wrap(ProblemMiddleware::new(ProblemMapping::new()))
//!     .route("/capture", web::post().to(capture));
//! let app = test::init_service(app).await;
//! let response = test::call_service(&app, test::TestRequest::post().uri("/capture").to_request()).await;
//! assert_eq!(response.status(), 409);
//! assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
//! # });
//! # }
//! ```
//!
//! With the feature `opentelemetry`, every problem sent sets `error.type` (the entry id) and
//! `problem.type` (the type URI) on the current span and is counted by entry and status;
//! see [`telemetry`].
//!
//! With the feature `tracing`, every problem sent through [`ProblemResponse`] (its
//! [`to_http`](ProblemResponse::to_http), its axum `IntoResponse`, the layer) is one
//! `tracing` event, target `errors_core::problem`, at level `ERROR` for a 5xx and `INFO`
//! otherwise (a client's mistake is no alert), with the fields `status`, `type` (the type
//! URI), `id` (the catalogue entry, when it is one), `instance`, `kind` (the layer's
//! [`ErrorKind`], when the layer wrote the problem) and `source` (the cause kept with
//! [`with_source`](ProblemResponse::with_source), or the layer's original body or panic
//! message, with its chain). The source is logged and never sent. A response that is already
//! a problem passes the layer without a second event.

#[cfg(feature = "tower")]
pub use super::layer::{ProblemBody, ProblemLayer, ProblemService, ResponseFuture};
#[cfg(any(feature = "tower", feature = "actix"))]
pub use super::rewrite::{ErrorKind, Failure, ProblemMapping, BODY_LIMIT, DETAIL_LIMIT};

#[cfg(feature = "validation")]
pub use super::validate::{
    FieldError, Invalid, InvalidKind, PlainValidation, Rejection, ValidJson, ValidQuery,
    ValidationProblem,
};

#[cfg(feature = "actix")]
#[doc(hidden)]
pub use super::actix::{into_actix_error, into_actix_response};
#[cfg(feature = "actix")]
pub use super::actix::{
    to_http_headers, ProblemError, ProblemFuture, ProblemMiddleware, ProblemMiddlewareService,
};

#[cfg(feature = "opentelemetry")]
pub use super::telemetry;

pub use super::http::to_http_response;
pub use super::language::{negotiate_language, ACCEPT_LANGUAGE_LIMIT};
pub use super::response::{ProblemResponse, CONTENT_LANGUAGE};

#[cfg(feature = "axum")]
#[doc(hidden)]
pub use super::axum::into_axum_response;

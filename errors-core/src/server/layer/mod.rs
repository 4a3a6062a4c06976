//! The tower layer that makes every error response a problem (feature `tower`).

mod future;
mod read;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::task::{Context, Poll};

use ::http::{Request, Response};
use bytes::Bytes;
use http_body::Body;
use tower_layer::Layer;
use tower_service::Service;

pub use future::{ProblemBody, ResponseFuture};

use super::rewrite::ProblemMapping;
#[cfg(doc)]
use super::rewrite::{ErrorKind, BODY_LIMIT};

/// A tower [`Layer`] that makes every error response of the service it wraps
/// `application/problem+json` (feature `tower`).
///
/// It wraps any tower [`Service`] over `http` (an axum `Router`, a hyper
/// service, another layer's service):
///
/// - a response with status < 400, or already `application/problem+json`, passes through
///   untouched, byte for byte;
/// - any other error response (axum's plain-text rejections, the empty 404 of the fallback,
///   the 405 with its `Allow` header, a timeout, a handler's own plain 4xx/5xx) is rewritten
///   into the problem its [`ProblemMapping`] chooses, with the same status unless the mapping
///   names an entry of another. Its body is read (at most [`BODY_LIMIT`] bytes) to recognise
///   the [`ErrorKind`] and is then dropped: it goes to logs only, and becomes `detail` only
///   for a 4xx whose kind the mapping names in
///   [`detail_from_body`](ProblemMapping::detail_from_body). Headers that describe the old
///   body (`Content-*`, `ETag`, `Last-Modified`) are dropped, every other is kept (`Allow`,
///   `Retry-After`, `WWW-Authenticate`, ...);
/// - a panic in the service (while it is called or polled) becomes a 500 problem; nothing of
///   the panic message is sent (with the default `panic = "unwind"`; under `abort` there is
///   nothing to catch);
/// - a 5xx's `detail` is sent only when it is a catalogue entry's own template; otherwise it
///   is left out;
/// - the problems it writes answer in the language of the request's `Accept-Language`, as
///   [`ProblemResponse::with_accept_language`](crate::ProblemResponse::with_accept_language)
///   does (`Content-Language`, `Vary: Accept-Language`); a 4xx body's own text sent as
///   `detail` stays as it was written.
///
/// The layer needs no timer and no runtime: put tower-http's `TimeoutLayer` inside it
/// (`TimeoutLayer::with_status_code` chooses 408 or 504) and its empty response becomes an
/// [`ErrorKind::Timeout`] problem. With the feature `tracing`, each rewritten response is one
/// event (see [`respond`](crate::respond)) whose `source` is the original text or the panic
/// message.
///
/// ```
/// use axum::{routing::get, Router};
/// use errors_core::respond::{ProblemLayer, ProblemMapping};
/// use tower::ServiceExt;
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let mapping = ProblemMapping::new().status(500, shop::Problem::InternalError);
/// let app = Router::new()
///     .route("/orders/{id}", get(|axum::extract::Path(id): axum::extract::Path<u32>| async move {
///         format!("order {id}")
///     }))
///     .layer(ProblemLayer::new(mapping));
///
/// // No route: the fallback's empty 404 becomes a plain RFC 9457 problem.
/// let request = http::Request::get("/nowhere").body(axum::body::Body::empty()).unwrap();
/// let response = app.clone().oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// let body = axum::body::to_bytes(response.into_body(), 4096).await.unwrap();
/// assert_eq!(&body[..], br#"{"title":"Not Found","status":404}"#);
///
/// // axum's plain-text `Path` rejection: a 400 problem, its text not sent.
/// let request = http::Request::get("/orders/abc").body(axum::body::Body::empty()).unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 400);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// # }
/// ```
///
/// # Where to apply it with axum
///
/// Once, outside the rest of the middleware, so that it sees the fallback's 404, the 405,
/// every extractor's rejection and every other middleware's error. Each call of axum's
/// `Router::layer` wraps every route in one more boxed service that axum clones for each
/// request, so give the problem layer and the other middleware to `Router::layer` in one
/// `tower::ServiceBuilder`, the problem layer first:
///
/// ```
/// # use axum::{routing::get, Router};
/// # use errors_core::respond::ProblemLayer;
/// use std::time::Duration;
/// use tower::ServiceBuilder;
///
/// let app: Router = Router::new().route("/orders", get(|| async { "[]" })).layer(
///     ServiceBuilder::new()
///         .layer(ProblemLayer::default())
///         .layer(tower_http::timeout::TimeoutLayer::with_status_code(
///             http::StatusCode::GATEWAY_TIMEOUT,
///             Duration::from_secs(10),
///         )),
/// );
/// ```
///
/// Or around the whole router, as axum documents for middleware that must run before
/// routing: `axum::serve` takes axum's own response body, so map the response back with
/// `IntoResponse`:
///
/// ```
/// # use axum::{routing::get, Router};
/// # use errors_core::respond::ProblemLayer;
/// use axum::response::IntoResponse;
/// use tower::{ServiceBuilder, ServiceExt};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let router = Router::new().route("/orders", get(|| async { "[]" }));
/// let app = ServiceBuilder::new()
///     .map_response(IntoResponse::into_response)
///     .layer(ProblemLayer::default())
///     .service(router);
///
/// let request = http::Request::get("/nowhere").body(axum::body::Body::empty()).unwrap();
/// let response = app.clone().oneshot(request).await.unwrap();
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// // Served with `axum::serve(listener, app.into_make_service())`.
/// let _ = axum::ServiceExt::<axum::extract::Request>::into_make_service(app);
/// # }
/// ```
///
/// `ProblemLayer::default()` answers with plain RFC 9457 problems (`about:blank`, the
/// status, its reason phrase as `title`); a catalogue provides a [`ProblemMapping`] to its
/// entries.
#[derive(Clone, Debug, Default)]
pub struct ProblemLayer {
    mapping: Arc<ProblemMapping>,
}

impl ProblemLayer {
    /// A layer answering with `mapping`.
    pub fn new(mapping: ProblemMapping) -> Self {
        ProblemLayer {
            mapping: Arc::new(mapping),
        }
    }

    /// Its mapping.
    pub fn mapping(&self) -> &ProblemMapping {
        &self.mapping
    }
}

impl<S> Layer<S> for ProblemLayer {
    type Service = ProblemService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ProblemService {
            inner,
            mapping: self.mapping.clone(),
        }
    }
}

/// The [`Service`] of [`ProblemLayer`]: the inner service, its error responses rewritten.
#[derive(Clone, Debug)]
pub struct ProblemService<S> {
    inner: S,
    mapping: Arc<ProblemMapping>,
}

impl<S> ProblemService<S> {
    /// The inner service.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The inner service, unwrapped.
    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for ProblemService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Response = Response<ProblemBody<ResBody>>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let mapping = self.mapping.clone();
        // The problems the layer writes answer in the language the request asks for.
        let accept = read::accept_language(request.headers());
        // A service may panic when called as well as when polled.
        match catch_unwind(AssertUnwindSafe(|| self.inner.call(request))) {
            Ok(future) => ResponseFuture::new(future, mapping, accept),
            Err(payload) => ResponseFuture::panicked(mapping, &*payload, accept),
        }
    }
}

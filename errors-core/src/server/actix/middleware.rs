//! `ProblemMiddleware`: for actix-web what `ProblemLayer` is for tower, with the same
//! mapping and the same rules of the answer.

use std::future::{ready, Ready};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::Arc;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::Error;

use super::convert::accept_language;
use super::future::ProblemFuture;
use crate::server::rewrite::ProblemMapping;

/// An actix-web middleware that makes every error response of the app (or scope) it wraps
/// `application/problem+json` (feature `actix`).
///
/// The rules are [`ProblemLayer`](crate::respond::ProblemLayer)'s, with the same
/// [`ProblemMapping`]: a response below 400 or already a problem passes untouched; any other
/// error response becomes the mapping's problem (a plain one of its status by default),
/// its headers kept (`Allow`, `Retry-After`, ...), a 5xx's detail masked, in the request's
/// language, logged once with the feature `tracing`; a panicking handler is a 500 problem.
/// actix's own extractor errors are recognised by their type: `Json` payload errors
/// ([`ErrorKind::JsonSyntax`](crate::respond::ErrorKind::JsonSyntax), `JsonData`,
/// `MissingJsonContentType`, `PayloadTooLarge`), `Path`, `Query` and `Form` errors; the
/// empty 404 of an unmatched route, a 405 and a timeout's 408/504 by their status.
///
/// actix answers a resource's unmatched method with a 405 and its `Allow` header, which the
/// problem keeps.
///
/// ```
/// use actix_web::{test, web, App, HttpResponse};
/// use errors_core::respond::{ProblemMapping, ProblemMiddleware};
///
/// # #[actix_web::main]
/// # async fn main() {
/// let app = test::init_service(
///     App::new()
///         .wrap(ProblemMiddleware::new(ProblemMapping::new()))
///         .service(
///             web::resource("/orders/{id}").route(web::get().to(|id: web::Path<u32>| async move {
///                 HttpResponse::Ok().body(format!("order {id}"))
///             })),
///         ),
/// )
/// .await;
///
/// // actix's `Path` error (a 404 in actix): a problem, its text not sent.
/// let response = test::call_service(&app, test::TestRequest::get().uri("/orders/abc").to_request()).await;
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
///
/// // The wrong method: 405 with `Allow`.
/// let response = test::call_service(&app, test::TestRequest::delete().uri("/orders/1").to_request()).await;
/// assert_eq!(response.status(), 405);
/// assert_eq!(response.headers().get("allow").unwrap(), "GET");
/// let body = test::read_body(response).await;
/// assert_eq!(&body[..], br#"{"title":"Method Not Allowed","status":405}"#);
/// # }
/// ```
#[derive(Clone, Debug, Default)]
pub struct ProblemMiddleware {
    mapping: Arc<ProblemMapping>,
}

impl ProblemMiddleware {
    /// A middleware answering with `mapping`.
    pub fn new(mapping: ProblemMapping) -> Self {
        ProblemMiddleware {
            mapping: Arc::new(mapping),
        }
    }

    /// Its mapping.
    pub fn mapping(&self) -> &ProblemMapping {
        &self.mapping
    }
}

impl<S, B> Transform<S, ServiceRequest> for ProblemMiddleware
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = ProblemMiddlewareService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ProblemMiddlewareService {
            service: Rc::new(service),
            mapping: self.mapping.clone(),
        }))
    }
}

/// The service of [`ProblemMiddleware`]: the inner service, its error responses rewritten.
pub struct ProblemMiddlewareService<S> {
    service: Rc<S>,
    mapping: Arc<ProblemMapping>,
}

impl<S, B> Service<ServiceRequest> for ProblemMiddlewareService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = ProblemFuture<S::Future, B>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let mapping = self.mapping.clone();
        // The problems the middleware writes answer in the language the request asks for.
        let accept = accept_language(request.headers());
        // A service may panic when called as well as when polled.
        match catch_unwind(AssertUnwindSafe(|| self.service.call(request))) {
            Ok(future) => ProblemFuture::new(future, mapping, accept),
            Err(payload) => ProblemFuture::panicked(mapping, &*payload, accept),
        }
    }
}

//! The validation extractors as actix-web extractors: the request read the actix way, every
//! decision left to the shared rules.

use std::fmt;

use actix_web::dev::Payload;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest, ResponseError};
use futures_util::future::{ready, Either, LocalBoxFuture, Ready};
use futures_util::FutureExt;
use serde::de::DeserializeOwned;

use super::json::ValidJson;
use super::problem::ValidationProblem;
use super::query::ValidQuery;
use super::rejection::Rejection;
use crate::catalog::to_problem::ToProblem;
use crate::server::actix::respond::{actix_status, to_actix};

/// The body is read with actix's `Bytes` extractor, so the app's `web::PayloadConfig` limit
/// holds (a body over it is the plain 413 problem).
impl<T, V> FromRequest for ValidJson<T, V>
where
    T: DeserializeOwned + 'static,
    V: ValidationProblem + 'static,
    V::Problem: fmt::Debug + 'static,
{
    type Error = Rejection<V::Problem>;
    type Future = Either<
        Ready<Result<Self, Self::Error>>,
        LocalBoxFuture<'static, Result<Self, Self::Error>>,
    >;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let content_type = request.headers().get(CONTENT_TYPE).map(|v| v.as_bytes());
        if let Err(rejection) = Self::check_content_type(content_type) {
            return Either::Left(ready(Err(rejection)));
        }
        let body = Bytes::from_request(request, payload);
        Either::Right(
            async move {
                match body.await {
                    Ok(bytes) => Self::from_read(Ok(&bytes)),
                    Err(refused) => {
                        let status = refused.as_response_error().status_code().as_u16();
                        Self::from_read(Err((status, refused.to_string())))
                    }
                }
            }
            .boxed_local(),
        )
    }
}

impl<T, V> FromRequest for ValidQuery<T, V>
where
    T: DeserializeOwned,
    V: ValidationProblem,
    V::Problem: fmt::Debug + 'static,
{
    type Error = Rejection<V::Problem>;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(Self::from_request_query(Some(request.query_string())))
    }
}

/// A rejection answers as its problem; `Result<ValidJson<T, V>, Rejection<_>>` in a handler
/// looks at it first.
impl<P: ToProblem + fmt::Debug + 'static> ResponseError for Rejection<P> {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_status(self.status())
    }

    fn error_response(&self) -> actix_web::HttpResponse {
        to_actix(self.to_http())
    }
}

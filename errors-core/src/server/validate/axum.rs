//! The validation extractors as axum extractors: the request read the axum way, every
//! decision left to the shared rules.

use ::http::header::CONTENT_TYPE;
use ::http::request::Parts;
use axum_core::extract::{FromRequest, FromRequestParts, Request};
use bytes::Bytes;
use serde::de::DeserializeOwned;

use super::json::ValidJson;
use super::problem::ValidationProblem;
use super::query::ValidQuery;
use super::rejection::Rejection;

impl<T, V, S> FromRequest<S> for ValidJson<T, V>
where
    T: DeserializeOwned,
    V: ValidationProblem,
    S: Send + Sync,
{
    type Rejection = Rejection<V::Problem>;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let content_type = request.headers().get(CONTENT_TYPE).map(|v| v.as_bytes());
        Self::check_content_type(content_type)?;
        match Bytes::from_request(request, state).await {
            Ok(bytes) => Self::from_read(Ok(&bytes)),
            Err(refused) => Self::from_read(Err((refused.status().as_u16(), refused.body_text()))),
        }
    }
}

impl<T, V, S> FromRequestParts<S> for ValidQuery<T, V>
where
    T: DeserializeOwned,
    V: ValidationProblem,
    S: Send + Sync,
{
    type Rejection = Rejection<V::Problem>;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Self::from_request_query(parts.uri.query())
    }
}

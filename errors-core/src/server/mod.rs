//! The server wing: a problem as an HTTP response (status, problem+json body, `Retry-After`,
//! `Content-Language`), the tower layer that makes every error response a problem, the
//! validation extractors, one `tracing` event per problem, and OpenAPI through utoipa.
//!
//! Its public face is [`respond`] (`errors_core::respond`); the files beside it hold one
//! job each.

#[cfg(feature = "http")]
pub mod respond;

#[cfg(feature = "http")]
pub(crate) mod http;
#[cfg(feature = "http")]
mod language;
#[cfg(feature = "http")]
pub(crate) mod response;
#[cfg(feature = "opentelemetry")]
pub mod telemetry;
#[cfg(feature = "http")]
mod trace;

#[cfg(feature = "actix")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "tower")]
mod layer;
#[cfg(any(feature = "tower", feature = "actix"))]
mod rewrite;
#[cfg(feature = "validation")]
mod validate;

#[cfg(feature = "utoipa")]
pub(crate) mod openapi;

#[cfg(all(test, feature = "http"))]
mod tests;

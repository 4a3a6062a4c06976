//! Problems as HTTP responses: the entry's status, the problem+json body and the headers
//! clients rely on.
//!
//! [`ProblemResponse`] wraps anything that implements [`ToProblem`](crate::ToProblem) (a generated catalogue
//! problem, a `#[derive(Problem)]` type, a [`ProblemDetails`](crate::ProblemDetails)) with what belongs to one
//! response: `instance`, extra extension members, a `Retry-After` delay, and the error that
//! caused it, kept for logs and never sent.

mod http;
mod response;

#[cfg(feature = "axum")]
mod axum;

pub use self::http::to_http_response;
pub use response::{ProblemResponse, CONTENT_LANGUAGE};

#[cfg(feature = "axum")]
#[doc(hidden)]
pub use self::axum::into_axum_response;

#[cfg(test)]
mod tests;

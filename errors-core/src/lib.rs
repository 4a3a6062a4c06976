//! The runtime of typed RFC 9457 problem catalogues.
//!
//! A catalogue (YAML, one entry per problem type) is turned into Rust by `errors-codegen` in a
//! build script, or by `errors-macros`' `catalog!`; the generated enums use this crate:
//!
//! - [`ProblemDetails`]: the generic `application/problem+json` value, lossless.
//! - [`ProblemKind`] and [`CatalogProblem`]: the traits every generated catalogue implements,
//!   so HTTP integrations and classification work with any catalogue.
//! - [`classify`]: turn whatever an API sent back into a typed problem, with retry advice.
//! - [`retry`]: retry adapters for tower, reqwest-middleware, backon and reqwest (features
//!   `retry-*`), deciding from the classification.
//! - `respond` (features `http`, `axum`, `tower`, `tracing`): problems as HTTP responses, a
//!   tower layer that makes every error response of a server a problem, one log event each.
//!
//! The Vipps MobilePay catalogue is the `vipps-problems` crate, built on this one.
//!
//! ```
//! use errors_core::{ProblemDetails, RetryHint, ToProblem};
//!
//! let body = r#"{"type":"https://example.com/problems/out-of-stock","title":"Out of stock",
//!               "status":409,"detail":"Only 2 left","sku":"A-1"}"#;
//! let problem: ProblemDetails = serde_json::from_str(body).unwrap();
//! assert_eq!(problem.status, Some(409));
//! assert_eq!(problem.extensions["sku"], "A-1");
//! assert_eq!(problem.retry_hint(), RetryHint::Never);
//! ```

pub mod classify;
pub mod retry;

mod catalog;
mod catalog_problem;
mod extensions;
mod hint;
pub mod locale;
mod names;
mod occurrence;
#[cfg(feature = "utoipa")]
mod openapi;
mod problem_details;
mod segment;
mod status;
mod template;
mod to_problem;
mod unknown;

#[cfg(feature = "http")]
pub mod respond;

#[doc(hidden)]
pub mod __private;

pub use catalog::{
    Fault, Link, ParamInfo, ParamKind, ParamValue, ProblemKind, ProblemTypeInfo, UnknownTypeUri,
    WireShape,
};
pub use catalog_problem::{CatalogProblem, Localized};
pub use extensions::Extensions;
pub use hint::RetryHint;
pub use http;
pub use occurrence::Occurrence;
pub use problem_details::{ProblemDetails, PROBLEM_JSON};
pub use to_problem::ToProblem;
pub use unknown::UnknownProblem;

#[cfg(feature = "http")]
pub use respond::ProblemResponse;

/// `axum::response::IntoResponse` for a type that implements [`ToProblem`]; expands to
/// nothing unless errors-core's `axum` feature is on. Generated and derived types call it,
/// so they answer as problems in axum handlers without depending on axum themselves.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {
        impl<$($generics)*> $crate::__private::axum_core::response::IntoResponse for $ty
        where
            $ty: $crate::ToProblem,
            $($bounds)*
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::respond::into_axum_response(self)
            }
        }
    };
}

/// Expands to nothing: errors-core's `axum` feature is off.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {};
}

/// `utoipa::IntoResponses` for a generated per-operation enum `$op` of the catalogue-wide
/// problem `$problem`, documenting operation `$id`; expands to nothing unless errors-core's
/// `utoipa` feature is on, so generated code needs no feature of the user's crate (and
/// stays warning-free in a crate without one).
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_responses {
    ($op:ty, $problem:ty, $id:literal) => {
        impl $crate::__private::utoipa::IntoResponses for $op {
            fn responses() -> $crate::__private::OperationResponses {
                $crate::__private::operation_responses::<$problem>($id, |problem| {
                    <$op as ::core::convert::TryFrom<$problem>>::try_from(problem).is_ok()
                })
            }
        }
    };
}

/// Expands to nothing: errors-core's `utoipa` feature is off.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_responses {
    ($op:ty, $problem:ty, $id:literal) => {};
}

// The generated code of `catalog!` names `::errors_core`: in this crate's own tests, that is
// this crate.
#[cfg(test)]
extern crate self as errors_core;

/// A small fixture catalogue for this crate's own tests.
#[cfg(test)]
pub(crate) mod shop {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}

//! RFC 9457 problem details, typed from a catalogue.
//!
//! - [`ProblemDetails`]: the generic `application/problem+json` value, lossless.
//! - [`ProblemKind`] and [`CatalogProblem`]: the traits every generated catalogue implements,
//!   so HTTP integrations and classification work with any catalogue.
//! - [`vipps`]: the shipped catalogue (Vipps MobilePay ePayment, platform and API gateway
//!   errors), generated at build time from `catalog/*.yaml`.
//!
//! ```
//! use errors_core::vipps::{Problem, ProblemType};
//!
//! let problem = Problem::ReferenceNotFound {
//!     reference: "order-9".into(),
//!     msn: "654321".into(),
//! };
//! assert_eq!(problem.to_string(), "The reference order-9 does not exist for MSN 654321");
//! assert_eq!(problem.problem_type(), Some(ProblemType::ReferenceNotFound));
//! assert_eq!(ProblemType::ReferenceNotFound.status(), 404);
//!
//! let json = serde_json::to_string(&problem).unwrap();
//! let back: Problem = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, problem);
//! ```

pub mod classify;

mod catalog;
mod occurrence;
mod problem_details;
mod retry;
mod template;

#[cfg(feature = "http")]
pub mod respond;

#[doc(hidden)]
pub mod __private;

pub use catalog::{
    CatalogProblem, Fault, Link, ParamInfo, ParamKind, ParamValue, ProblemKind, ProblemTypeInfo,
    ToProblem, UnknownTypeUri, WireShape,
};
pub use http;
pub use occurrence::Occurrence;
pub use problem_details::{ProblemDetails, PROBLEM_JSON};
pub use retry::RetryHint;
pub use template::TemplateSegment;

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

/// The shipped catalogue: Vipps MobilePay ePayment, platform and API gateway problems.
///
/// Generated at build time from `catalog/*.yaml`; see the crate README for the tour.
pub mod vipps {
    include!(concat!(env!("OUT_DIR"), "/vipps.rs"));
}

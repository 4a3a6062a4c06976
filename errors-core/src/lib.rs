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

/// The shipped catalogue: Vipps MobilePay ePayment, platform and API gateway problems.
///
/// Generated at build time from `catalog/*.yaml`; see the crate README for the tour.
pub mod vipps {
    include!(concat!(env!("OUT_DIR"), "/vipps.rs"));
}

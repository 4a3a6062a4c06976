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

#![cfg_attr(docsrs, feature(doc_cfg))]

// The wings, in the order the data flows: the problem value, what every catalogue
// provides, then the client and the server sides. Each imports from the module that
// defines a name, never through these re-exports.
mod catalog;
mod client;
mod problem;
mod server;

#[doc(hidden)]
pub mod __private;

pub use catalog::info::{Link, ParamInfo, ProblemTypeInfo};
pub use catalog::kind::{ProblemKind, UnknownTypeUri};
pub use catalog::locale;
pub use catalog::occurrence::Occurrence;
pub use catalog::problem::{CatalogProblem, Localized};
pub use catalog::to_problem::ToProblem;
pub use catalog::unknown::UnknownProblem;
pub use catalog::vocabulary::{Fault, ParamKind, RetryHint, WireShape};
pub use client::{classify, retry};
pub use http;
pub use problem::details::{ProblemDetails, PROBLEM_JSON};
pub use problem::extensions::Extensions;
pub use problem::param_value::ParamValue;

#[cfg(feature = "http")]
pub use server::respond;
#[cfg(feature = "http")]
pub use server::response::ProblemResponse;

// The generated code of `catalog!` names `::errors_core`: in this crate's own tests, that is
// this crate.
#[cfg(test)]
extern crate self as errors_core;

#[cfg(test)]
mod shop;

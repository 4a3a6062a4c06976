//! Every documented error of the Vipps MobilePay ePayment API, the platform errors around it
//! and the API gateway's own errors, as typed RFC 9457 problems.
//!
//! The types are generated at build time from the YAML catalogue beside this crate's
//! `Cargo.toml` (`epayment.yaml`, `platform.yaml`, `gateway.yaml`), by `errors-codegen`:
//!
//! - [`ProblemType`]: one fieldless variant per entry, with the facts of the catalogue
//!   (`type_uri()`, `title()`, `status()`, `retry()`, ...);
//! - [`Problem`]: one variant per entry with its template parameters as fields, plus a
//!   catch-all for any other problem. `Display` is the rendered detail; serde reads and
//!   writes `application/problem+json`;
//! - one enum per ePayment operation ([`CreatePaymentError`], [`CapturePaymentError`], ...):
//!   exactly the problems that operation can return, plus `Other` keeping any other
//!   [`Problem`] whole; `From` into [`Problem`], `TryFrom` back.
//!
//! The runtime they use is [`errors_core`], re-exported here: classification of responses
//! ([`errors_core::classify`]), and, behind this crate's `http` and `axum` features, problem
//! responses for servers; with `tower`, [`problem_layer`] makes every error response of a
//! server one of this catalogue's problems (or a plain RFC 9457 one), and `tracing` logs
//! each problem sent; with `validation`, [`Json`] and [`Query`] reject an invalid request
//! with `validation_error`, naming each field at fault in `extraDetails`.
//!
//! The [`guide`] tells the rest, chapter by chapter.
//!
//! ```
//! use vipps_problems::{Problem, ProblemType};
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

//!
//! # OpenAPI with utoipa
//!
//! With the `utoipa` feature, each operation's enum is `utoipa::IntoResponses`: one response
//! per status it can answer with, a named example per entry (the body the generated OpenAPI
//! document shows), the body a `$ref` to `ProblemDetails`, which is `utoipa::ToSchema`.
//! utoipa collects no schema from an `IntoResponses` type, so register it with
//! `components(schemas(ProblemDetails))`:
//!
//! ```
//! # #[cfg(feature = "utoipa")] {
//! use utoipa::OpenApi;
//! use vipps_problems::errors_core::ProblemDetails;
//! use vipps_problems::CapturePaymentError;
//!
//! /// Capture a reserved payment.
//! #[utoipa::path(post, path = "/epayment/v1/payments/{reference}/capture",
//!     operation_id = "capturePayment",
//!     params(("reference" = String, Path, description = "The payment's reference")),
//!     responses((status = 200, description = "Captured"), CapturePaymentError))]
//! async fn capture() {}
//!
//! #[derive(OpenApi)]
//! #[openapi(paths(capture), components(schemas(ProblemDetails)))]
//! struct ApiDoc;
//!
//! let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
//! let not_found = &doc["paths"]["/epayment/v1/payments/{reference}/capture"]["post"]
//!     ["responses"]["404"]["content"]["application/problem+json"];
//! assert_eq!(not_found["schema"]["$ref"], "#/components/schemas/ProblemDetails");
//! let example = &not_found["examples"]["reference_not_found"]["value"];
//! assert_eq!(example["detail"], "The reference acme-shop-123-order123abc does not exist for MSN 123456");
//! // Only the problems capturePayment can return: `invalid_phone_number` is createPayment's.
//! assert!(doc.to_string().find("invalid_phone_number").is_none());
//! # }
//! ```

#![cfg_attr(docsrs, feature(doc_cfg))]

pub use errors_core;

// Its examples run as doctests of the tests package, where every feature is on.
#[cfg(not(doctest))]
pub mod guide;

#[cfg(any(feature = "tower", feature = "actix"))]
mod server;
#[cfg(feature = "tower")]
pub use server::problem_layer;
#[cfg(any(feature = "tower", feature = "actix"))]
pub use server::problem_mapping;
#[cfg(feature = "actix")]
pub use server::problem_middleware;

#[cfg(feature = "validation")]
mod validation;
#[cfg(feature = "validation")]
pub use validation::{Json, Query, Validation};

mod generated;
pub use generated::*;

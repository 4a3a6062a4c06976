//! Client side: turn whatever an API sent back into one typed problem, and know whether,
//! how and when to retry.
//!
//! [`classify`] takes the HTTP status, the headers and the body bytes, and works with any
//! generated catalogue (`P: CatalogProblem`). It reads every body a real server sends —
//! RFC 9457/7807 problem+json (also with `traceId`, `extraDetails`, `status` as a string or
//! missing or disagreeing), the gateway's `{"statusCode", "message"}`, legacy error arrays,
//! empty bodies, HTML or text from a proxy, invalid UTF-8, broken JSON, JSON of another
//! kind — never panics, and reads at most [`Limits::max_body`] bytes.
//!
//! The entry is identified in this order: the exact `type` URI of an entry; else the
//! `title` among the entries of the response's status (then of any status), the `detail`
//! matched against the templates of entries that share the title, recovering the parameter
//! values into the typed fields; else the `detail` against every template; the gateway's
//! message against the gateway entries; a legacy `errorCode`, then its message; else
//! `Unknown`. [`Classified`] records how ([`IdentifiedBy`]) and any status disagreement.
//!
//! ```
//! use errors_core::classify::{classify, IdentifiedBy};
//! use errors_core::http::HeaderMap;
//! // A catalogue of your own; here, errors-core's test fixture.
//! mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
//! use shop::Problem;
//!
//! let body = br#"{"type": "https://httpstatuses.io/404", "title": "Reference not found",
//!     "detail": "The reference order-9 does not exist for MSN 654321", "status": 404,
//!     "traceId": "f1c2"}"#;
//! let classified = classify::<Problem>(404, &HeaderMap::new(), body);
//! assert_eq!(
//!     classified.problem(),
//!     &Problem::ReferenceNotFound { reference: "order-9".into(), msn: "654321".into() }
//! );
//! assert_eq!(classified.identified_by(), IdentifiedBy::Title);
//! assert_eq!(classified.trace_id().as_deref(), Some("f1c2"));
//! ```

mod body;
mod classified;
mod identify;
mod json;
mod limits;
mod locales;
mod received;
mod records;
#[cfg(feature = "reqwest")]
mod reqwest;
mod retry;
mod run;

pub use classified::{BodyShape, Classified, IdentifiedBy};
pub use limits::Limits;
pub use records::{ExtraDetail, LegacyError};
#[cfg(feature = "reqwest")]
pub use reqwest::classify_reqwest;
#[cfg(feature = "retry-reqwest-middleware")]
pub(crate) use reqwest::read_bounded;
#[cfg(feature = "retry")]
pub(crate) use retry::random_u64;
pub use retry::{DelaySource, Jitter, RetryAction, RetryAdvice, RetryPolicy};
pub use run::{classify, classify_response, classify_with};

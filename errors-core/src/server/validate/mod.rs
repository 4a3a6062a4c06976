//! Extractors for axum that name each field at fault (feature `validation`).
//!
//! [`ValidJson`] reads a JSON body and [`ValidQuery`] a query string through
//! `serde_path_to_error`, so a rejection names the failing field by its path
//! (`amount.value`, `items[0].sku`, `page`). A body that is not JSON, and a request without
//! a JSON `Content-Type`, are rejected too. Every rejection is a problem of the catalogue's
//! shape: the [`ValidationProblem`] named by the extractor's second type parameter chooses
//! the problem from the [`Invalid`] request, and the response carries each field as an
//! `extraDetails` item, `{"name": "amount.value", "reason": "..."}`, which clients read with
//! `Classified::extra_details()`.
//!
//! ```
//! use axum::{routing::post, Router};
//! use errors_core::respond::{Invalid, ValidJson, ValidationProblem};
//! use errors_core::ProblemDetails;
//! use tower::ServiceExt;
//!
//! /// This API answers every invalid request with its own problem type.
//! struct ShopValidation;
//! impl ValidationProblem for ShopValidation {
//!     type Problem = ProblemDetails;
//!     fn problem(_invalid: &Invalid) -> ProblemDetails {
//!         ProblemDetails {
//!             type_uri: Some("https://shop.example/problems/invalid-request".into()),
//!             title: Some("Invalid request".into()),
//!             ..ProblemDetails::from_status(400)
//!         }
//!     }
//! }
//!
//! #[derive(serde::Deserialize)]
//! struct Order { amount: Amount }
//! #[derive(serde::Deserialize)]
//! struct Amount { value: u64 }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let app = Router::new().route(
//!     "/orders",
//!     post(|ValidJson(order, ..): ValidJson<Order, ShopValidation>| async move {
//!         order.amount.value.to_string()
//!     }),
//! );
//! let request = http::Request::post("/orders")
//!     .header("content-type", "application/json")
//!     .body(axum::body::Body::from(r#"{"amount": {"value": "ten"}}"#))
//!     .unwrap();
//! let response = app.oneshot(request).await.unwrap();
//! assert_eq!(response.status(), 400);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! let body = axum::body::to_bytes(response.into_body(), 4096).await.unwrap();
//! let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
//! assert_eq!(body["extraDetails"][0]["name"], "amount.value");
//! # }
//! ```
//!
//! A body that cannot be read at all (over the route's `DefaultBodyLimit`, or broken off)
//! is no validation mistake: it is answered with a plain RFC 9457 problem of axum's status
//! (413 for a body over the limit), so that it is `application/problem+json` with or
//! without a problem layer.

#[cfg(feature = "actix")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
mod invalid;
mod json;
mod problem;
mod query;
mod rejection;

pub use invalid::{FieldError, Invalid, InvalidKind};
pub use json::ValidJson;
pub use problem::{PlainValidation, ValidationProblem};
pub use query::ValidQuery;
pub use rejection::Rejection;

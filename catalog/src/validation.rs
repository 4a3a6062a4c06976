//! Invalid requests answered with this catalogue's `validation_error` (feature
//! `validation`): axum extractors whose rejection names each field at fault.

use errors_core::respond::{Invalid, ValidJson, ValidQuery, ValidationProblem};

use crate::generated::Problem;

/// Every invalid request is the platform's `validation_error` (400), each field at fault an
/// item of `extraDetails`: `[{"name": "amount.value", "reason": "..."}]`. That covers a
/// body that is not JSON (`body`), a missing or non-JSON `Content-Type` (`Content-Type`),
/// JSON of the wrong shape and a query parameter that does not parse (their paths).
///
/// ```
/// use axum::{routing::post, Router};
/// use errors_core::respond::ValidJson;
/// use tower::ServiceExt;
/// use vipps_problems::{Problem, ProblemType};
///
/// #[derive(serde::Deserialize)]
/// struct Capture { #[serde(rename = "modificationAmount")] amount: Amount }
/// #[derive(serde::Deserialize)]
/// struct Amount { value: u64 }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let app = Router::new().route(
///     "/capture",
///     post(|ValidJson(c, ..): vipps_problems::Json<Capture>| async move { c.amount.value.to_string() }),
/// );
/// let request = http::Request::post("/capture")
///     .header("content-type", "application/json")
///     .body(axum::body::Body::from(r#"{"modificationAmount": {"value": true}}"#))
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// let (head, body) = response.into_parts();
/// let body = axum::body::to_bytes(body, 4096).await.unwrap();
/// let seen = errors_core::classify::classify::<Problem>(head.status.as_u16(), &head.headers, &body);
/// assert_eq!(seen.kind(), Some(ProblemType::ValidationError));
/// assert_eq!(seen.extra_details()[0].name, "modificationAmount.value");
/// # }
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Validation;

impl ValidationProblem for Validation {
    type Problem = Problem;

    fn problem(_invalid: &Invalid) -> Problem {
        Problem::ValidationError
    }
}

/// A JSON body whose rejection is [`Validation`]'s `validation_error`.
pub type Json<T> = ValidJson<T, Validation>;

/// A query string whose rejection is [`Validation`]'s `validation_error`.
pub type Query<T> = ValidQuery<T, Validation>;

//! The typed rejection of the validation extractors: what was wrong with a request and the
//! problem that answers it. The one place that decides what a rejection becomes, whatever
//! the framework: an extractor only reads the request and hands its findings here.

use std::fmt;

use super::invalid::{FieldError, Invalid};
use super::problem::ValidationProblem;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::ProblemDetails;
use crate::server::response::ProblemResponse;

/// Why a validation extractor ([`ValidJson`](super::ValidJson),
/// [`ValidQuery`](super::ValidQuery)) refused a request, with the problem that answers it.
///
/// `P` is the problem type of the extractor's [`ValidationProblem`]. The rejection answers
/// as its problem by itself (axum's `IntoResponse`); a handler that takes
/// `Result<ValidJson<T, V>, Rejection<V::Problem>>` can look at what went wrong first:
///
/// ```
/// use axum::{response::IntoResponse, routing::post, Router};
/// use errors_core::respond::{InvalidKind, Rejection, ValidJson};
/// use errors_core::ProblemDetails;
/// use tower::ServiceExt;
///
/// #[derive(serde::Deserialize)]
/// struct Order { amount: u64 }
///
/// async fn create(order: Result<ValidJson<Order>, Rejection<ProblemDetails>>) -> axum::response::Response {
///     match order {
///         Ok(ValidJson(order, ..)) => order.amount.to_string().into_response(),
///         // What went wrong, typed: the kind of mistake and each field's path.
///         Err(rejection) => {
///             let invalid = rejection.as_invalid().expect("the body was read");
///             assert_eq!(invalid.kind(), InvalidKind::JsonData);
///             assert_eq!(rejection.fields()[0].name, "amount");
///             assert_eq!(rejection.status(), 422);
///             rejection.into_response()
///         }
///     }
/// }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let app = Router::new().route("/orders", post(create));
/// let request = http::Request::post("/orders")
///     .header("content-type", "application/json")
///     .body(axum::body::Body::from(r#"{"amount": "ten"}"#))
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 422);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// # }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Rejection<P: ToProblem> {
    /// The request was read, and fields of it are invalid, or its `Content-Type` is not
    /// JSON.
    Invalid {
        /// What was wrong, field by field.
        invalid: Invalid,
        /// The problem the extractor's [`ValidationProblem`] chose for it, with each field
        /// as an `extraDetails` item.
        problem: ProblemResponse<P>,
    },
    /// The body could not be read at all (over the body limit, broken off): no field is at
    /// fault, and the answer is the plain problem of the framework's status.
    Unreadable {
        /// The plain problem of the status ([`ProblemDetails::plain`]), with the
        /// framework's text as `detail` for a 4xx.
        problem: ProblemResponse<ProblemDetails>,
    },
}

impl<P: ToProblem> Rejection<P> {
    /// The rejection of an invalid request, answered as `V` says.
    pub fn invalid<V: ValidationProblem<Problem = P>>(invalid: Invalid) -> Self {
        let problem = V::respond(&invalid);
        Rejection::Invalid { invalid, problem }
    }

    /// The rejection of a body that could not be read: the plain problem of `status`, the
    /// framework's `text` as its detail for a 4xx (a 5xx's text is never sent).
    pub fn unreadable(status: u16, text: impl Into<String>) -> Self {
        let problem = ProblemDetails {
            detail: Some(text.into()).filter(|_| (400..500).contains(&status)),
            ..ProblemDetails::plain(status)
        };
        Rejection::Unreadable {
            problem: ProblemResponse::new(problem),
        }
    }

    /// What was wrong field by field; `None` for a body that could not be read.
    pub fn as_invalid(&self) -> Option<&Invalid> {
        match self {
            Rejection::Invalid { invalid, .. } => Some(invalid),
            Rejection::Unreadable { .. } => None,
        }
    }

    /// Each field at fault, by its path (`amount.value`, `items[0].sku`, `Content-Type`);
    /// none for a body that could not be read.
    pub fn fields(&self) -> &[FieldError] {
        self.as_invalid().map_or(&[], Invalid::fields)
    }

    /// The HTTP status the rejection is answered with.
    pub fn status(&self) -> u16 {
        match self {
            Rejection::Invalid { problem, .. } => problem.status().as_u16(),
            Rejection::Unreadable { problem } => problem.status().as_u16(),
        }
    }

    /// The response as an `http::Response`, for any framework built on the `http` crate.
    pub fn to_http<B: From<Vec<u8>>>(&self) -> ::http::Response<B> {
        match self {
            Rejection::Invalid { problem, .. } => problem.to_http(),
            Rejection::Unreadable { problem } => problem.to_http(),
        }
    }
}

impl<P: ToProblem> fmt::Display for Rejection<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Invalid { invalid, .. } => {
                write!(f, "invalid request: {}", invalid.summary())
            }
            Rejection::Unreadable { problem } => {
                let details = problem.problem();
                write!(f, "unreadable request body ({})", problem.status().as_u16())?;
                match &details.detail {
                    Some(text) => write!(f, ": {text}"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl<P: ToProblem + fmt::Debug> std::error::Error for Rejection<P> {}

//! `axum::response::IntoResponse` for problems.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

use super::response::ProblemResponse;
use crate::catalog::occurrence::Occurrence;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::ProblemDetails;

impl<P: ToProblem> IntoResponse for ProblemResponse<P> {
    fn into_response(self) -> Response {
        self.to_http::<Body>()
    }
}

impl<P: CatalogProblem> IntoResponse for Occurrence<P> {
    fn into_response(self) -> Response {
        ProblemResponse::from(self).into_response()
    }
}

impl IntoResponse for ProblemDetails {
    fn into_response(self) -> Response {
        ProblemResponse::new(self).into_response()
    }
}

#[cfg(feature = "validation")]
impl<P: ToProblem> IntoResponse for super::validate::Rejection<P> {
    fn into_response(self) -> Response {
        self.to_http::<Body>()
    }
}

/// The axum response of any problem; generated and derived types call it from their
/// `IntoResponse` implementation.
pub fn into_axum_response<P: ToProblem>(problem: P) -> Response {
    ProblemResponse::new(problem).into_response()
}

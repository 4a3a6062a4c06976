//! Which problem answers an invalid request, and the responses for the requests that cannot
//! be read: shared by the JSON and query extractors.

use axum_core::response::{IntoResponse, Response};

use super::invalid::Invalid;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::ProblemDetails;
use crate::server::response::ProblemResponse;

/// Which problem answers an invalid request: a catalogue's choice, named as the second type
/// parameter of [`ValidJson`](super::ValidJson) and [`ValidQuery`](super::ValidQuery).
pub trait ValidationProblem {
    /// The problem type sent.
    type Problem: ToProblem;

    /// The problem for this invalid request.
    fn problem(invalid: &Invalid) -> Self::Problem;

    /// The response: [`problem`](Self::problem) with each field at fault as an item of the
    /// extension member `extraDetails`. Override it to name the member otherwise, or to add
    /// members of your own.
    fn respond(invalid: &Invalid) -> ProblemResponse<Self::Problem> {
        ProblemResponse::new(Self::problem(invalid))
            .with_extension("extraDetails", invalid.to_json())
    }
}

/// Plain RFC 9457 problems for invalid requests, for an API without a validation entry: the
/// status of [`InvalidKind::status`](super::InvalidKind::status), its reason phrase as `title`, the fields as `detail`
/// (and as `extraDetails`).
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainValidation;

impl ValidationProblem for PlainValidation {
    type Problem = ProblemDetails;

    fn problem(invalid: &Invalid) -> ProblemDetails {
        let status = invalid.kind().status();
        ProblemDetails {
            title: ::http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .map(str::to_owned),
            detail: Some(invalid.summary()),
            ..ProblemDetails::from_status(status)
        }
    }
}

/// The rejection of an invalid request, as the [`ValidationProblem`] `V` answers it.
pub(crate) fn reject<V: ValidationProblem>(invalid: &Invalid) -> Response {
    V::respond(invalid).into_response()
}

/// A body that could not be read: a plain problem of axum's status.
pub(crate) fn unreadable(status: ::http::StatusCode, text: String) -> Response {
    let problem = ProblemDetails {
        title: status.canonical_reason().map(str::to_owned),
        detail: Some(text).filter(|_| status.is_client_error()),
        ..ProblemDetails::from_status(status.as_u16())
    };
    ProblemResponse::new(problem).into_response()
}

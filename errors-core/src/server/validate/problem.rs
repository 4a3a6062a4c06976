//! Which problem answers an invalid request: the catalogue's choice, shared by the JSON and
//! query extractors.

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
        ProblemDetails {
            detail: Some(invalid.summary()),
            ..ProblemDetails::plain(invalid.kind().status())
        }
    }
}

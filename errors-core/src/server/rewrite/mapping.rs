//! Which problem answers which error response: by kind, then by status, else a plain one.

use std::fmt;
use std::sync::Arc;

use ::http::StatusCode;

use super::ErrorKind;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::ProblemDetails;

/// A problem to send, of any type.
pub(crate) type AnyProblem = Box<dyn ToProblem + Send>;

type Answer = Arc<dyn Fn(&Failure<'_>) -> AnyProblem + Send + Sync>;

/// The error response (or panic) the problem layer is answering, as a mapping's closure
/// sees it.
#[derive(Clone, Copy, Debug)]
pub struct Failure<'a> {
    pub(crate) status: StatusCode,
    pub(crate) kind: ErrorKind,
    pub(crate) text: Option<&'a str>,
}

impl Failure<'_> {
    /// The status of the error response (500 for a panic).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// What the layer recognised.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The start of the plain-text body, trimmed; only for a 4xx with a non-empty body.
    /// A 5xx's text is for logs only, so it is `None` here.
    pub fn client_text(&self) -> Option<&str> {
        self.text.filter(|_| self.status.is_client_error())
    }
}

/// Which problem the problem layer sends for each error response it rewrites.
///
/// An answer for the [`ErrorKind`] wins over one for the status; without either, the answer
/// is a plain RFC 9457 problem (`about:blank`) with the response's status and its reason
/// phrase as `title`. A later rule for the same kind or status replaces the earlier one.
/// A problem's own status is sent: map a kind to an entry of another status and the
/// response takes the entry's.
///
/// ```
/// use errors_core::respond::{ErrorKind, ProblemMapping};
/// use errors_core::ProblemDetails;
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
///
/// let mapping = ProblemMapping::new()
///     .status(500, shop::Problem::InternalError)
///     .status(429, shop::Problem::TooManyRequests)
///     .kind_with(ErrorKind::JsonData, |failure| ProblemDetails {
///         title: Some("Unprocessable body".into()),
///         status: Some(failure.status().as_u16()),
///         ..ProblemDetails::default()
///     })
///     .detail_from_body(ErrorKind::JsonData);
/// # let _ = mapping;
/// ```
#[derive(Clone, Default)]
pub struct ProblemMapping {
    by_kind: Vec<(ErrorKind, Answer)>,
    by_status: Vec<(u16, Answer)>,
    detail_from_body: Vec<ErrorKind>,
}

impl ProblemMapping {
    /// No rules: every error response becomes a plain problem of its status.
    pub fn new() -> Self {
        Self::default()
    }

    /// Answer responses of this kind with `problem`.
    pub fn kind<P>(self, kind: ErrorKind, problem: P) -> Self
    where
        P: ToProblem + Clone + Send + Sync + 'static,
    {
        self.kind_with(kind, move |_| problem.clone())
    }

    /// Answer responses of this kind with the problem `answer` makes of the failure.
    pub fn kind_with<P, F>(mut self, kind: ErrorKind, answer: F) -> Self
    where
        P: ToProblem + Send + 'static,
        F: Fn(&Failure<'_>) -> P + Send + Sync + 'static,
    {
        self.by_kind.retain(|(k, _)| *k != kind);
        self.by_kind.push((kind, boxed(answer)));
        self
    }

    /// Answer responses with this status (and no rule for their kind) with `problem`.
    pub fn status<P>(self, status: u16, problem: P) -> Self
    where
        P: ToProblem + Clone + Send + Sync + 'static,
    {
        self.status_with(status, move |_| problem.clone())
    }

    /// Answer responses with this status (and no rule for their kind) with the problem
    /// `answer` makes of the failure.
    pub fn status_with<P, F>(mut self, status: u16, answer: F) -> Self
    where
        P: ToProblem + Send + 'static,
        F: Fn(&Failure<'_>) -> P + Send + Sync + 'static,
    {
        self.by_status.retain(|(s, _)| *s != status);
        self.by_status.push((status, boxed(answer)));
        self
    }

    /// For a 4xx of this kind, send the start of the original plain-text body (at most
    /// [`DETAIL_LIMIT`](super::DETAIL_LIMIT) bytes) as `detail`, in place of the problem's
    /// own. Never for a 5xx: its text goes to logs only.
    pub fn detail_from_body(mut self, kind: ErrorKind) -> Self {
        if !self.detail_from_body.contains(&kind) {
            self.detail_from_body.push(kind);
        }
        self
    }

    /// Whether the body's text becomes the detail for this kind (4xx only; checked there).
    pub(crate) fn body_is_detail(&self, kind: ErrorKind) -> bool {
        self.detail_from_body.contains(&kind)
    }

    /// The problem for `failure`: by kind, then by status, else a plain one.
    pub(crate) fn answer(&self, failure: &Failure<'_>) -> AnyProblem {
        let status = failure.status.as_u16();
        let rule = self
            .by_kind
            .iter()
            .find(|(kind, _)| *kind == failure.kind)
            .map(|(_, answer)| answer)
            .or_else(|| {
                self.by_status
                    .iter()
                    .find(|(s, _)| *s == status)
                    .map(|(_, answer)| answer)
            });
        match rule {
            Some(answer) => answer(failure),
            None => Box::new(ProblemDetails::plain(status)),
        }
    }
}

fn boxed<P, F>(answer: F) -> Answer
where
    P: ToProblem + Send + 'static,
    F: Fn(&Failure<'_>) -> P + Send + Sync + 'static,
{
    Arc::new(move |failure: &Failure<'_>| Box::new(answer(failure)) as AnyProblem)
}

impl fmt::Debug for ProblemMapping {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds: Vec<ErrorKind> = self.by_kind.iter().map(|(k, _)| *k).collect();
        let statuses: Vec<u16> = self.by_status.iter().map(|(s, _)| *s).collect();
        f.debug_struct("ProblemMapping")
            .field("kinds", &kinds)
            .field("statuses", &statuses)
            .field("detail_from_body", &self.detail_from_body)
            .finish()
    }
}

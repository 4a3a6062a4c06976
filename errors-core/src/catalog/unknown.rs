//! The catch-all of a generated problem enum: a problem the catalogue does not describe.

use std::fmt;

use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;

/// A problem outside the catalogue, kept whole: the payload of a generated enum's
/// `Unknown` variant.
///
/// It is opaque on purpose (smithy-rs's lesson for its `Unhandled` errors). Adding an entry
/// to the catalogue moves the responses it describes out of `Unknown` and into their own
/// variant, so code that recognised a problem by looking inside `Unknown` (its type URI,
/// title or status) silently stops seeing it after an upgrade. Match on the catalogue's
/// variants and treat `Unknown` as "anything else"; read its members through the accessors
/// to log or forward them, not to tell problems apart.
///
/// ```
/// use errors_core::{ProblemDetails, UnknownProblem};
///
/// let body = r#"{"type":"https://example.com/problems/new","title":"New","status":409,"hint":1}"#;
/// let unknown = UnknownProblem::new(serde_json::from_str::<ProblemDetails>(body).unwrap());
/// assert_eq!(unknown.type_uri(), "https://example.com/problems/new");
/// assert_eq!(unknown.status(), Some(409));
/// assert_eq!(unknown.extensions()["hint"], 1);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownProblem(Box<ProblemDetails>);

impl UnknownProblem {
    /// Keep `details` as a problem the catalogue does not describe.
    pub fn new(details: ProblemDetails) -> Self {
        UnknownProblem(Box::new(details))
    }

    /// The whole body as received or built.
    pub fn details(&self) -> &ProblemDetails {
        &self.0
    }

    /// The body, taken out.
    pub fn into_details(self) -> ProblemDetails {
        *self.0
    }

    /// The type URI, `about:blank` when absent.
    pub fn type_uri(&self) -> &str {
        self.0.type_or_blank()
    }

    /// The `title` member.
    pub fn title(&self) -> Option<&str> {
        self.0.title.as_deref()
    }

    /// The `status` member.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }

    /// The `detail` member.
    pub fn detail(&self) -> Option<&str> {
        self.0.detail.as_deref()
    }

    /// The `instance` member.
    pub fn instance(&self) -> Option<&str> {
        self.0.instance.as_deref()
    }

    /// Every other member, in order.
    pub fn extensions(&self) -> &Extensions {
        &self.0.extensions
    }
}

impl From<ProblemDetails> for UnknownProblem {
    fn from(details: ProblemDetails) -> Self {
        UnknownProblem::new(details)
    }
}

impl AsRef<ProblemDetails> for UnknownProblem {
    fn as_ref(&self) -> &ProblemDetails {
        &self.0
    }
}

impl fmt::Debug for UnknownProblem {
    /// As the body: `ProblemDetails { .. }`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for UnknownProblem {
    /// As [`ProblemDetails`]'s: the detail, else the title, else the status, else the type.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

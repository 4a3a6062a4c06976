//! What the catalogue says about one problem type, its parameters and its links: the tables
//! generated code builds through `__private`'s versioned constructors.

use super::vocabulary::{ParamKind, RetryHint, WireShape};
use crate::problem::segment::TemplateSegment;

/// A document related to a problem type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    pub(crate) title: &'static str,
    pub(crate) href: &'static str,
}

impl Link {
    /// The link text.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The target URL.
    pub const fn href(&self) -> &'static str {
        self.href
    }
}

/// A template parameter of a problem type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParamInfo {
    pub(crate) name: &'static str,
    pub(crate) kind: ParamKind,
    pub(crate) example: &'static str,
    pub(crate) description: Option<&'static str>,
}

impl ParamInfo {
    /// Placeholder, field and extension member name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Its type.
    pub const fn kind(&self) -> ParamKind {
        self.kind
    }

    /// A realistic value, as the detail shows it.
    pub const fn example(&self) -> &'static str {
        self.example
    }

    /// What the value is.
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }
}

/// Everything the catalogue says about one problem type, read through its accessors.
///
/// Generated code builds these tables through a `#[doc(hidden)]` constructor of
/// `errors_core::__private`, so a field added later breaks no one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemTypeInfo {
    pub(crate) id: &'static str,
    pub(crate) api: &'static str,
    pub(crate) type_uri: &'static str,
    pub(crate) title: &'static str,
    pub(crate) status: u16,
    pub(crate) status_reason: Option<&'static str>,
    pub(crate) detail_template: &'static str,
    pub(crate) segments: &'static [TemplateSegment],
    pub(crate) params: &'static [ParamInfo],
    pub(crate) comment: Option<&'static str>,
    pub(crate) links: &'static [Link],
    pub(crate) retry: RetryHint,
    pub(crate) sent_as: WireShape,
    pub(crate) error_code: Option<&'static str>,
    pub(crate) retired: Option<&'static str>,
    /// `type_uri`, `title`, the detail template and the parameter names go into JSON as
    /// they are: no character to escape.
    pub(crate) plain_text: bool,
}

impl ProblemTypeInfo {
    /// Stable snake_case id.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The API group (catalogue file) it belongs to.
    pub const fn api(&self) -> &'static str {
        self.api
    }

    /// The type URI clients match on.
    pub const fn type_uri(&self) -> &'static str {
        self.type_uri
    }

    /// Short summary; not unique.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// HTTP status.
    pub const fn status(&self) -> u16 {
        self.status
    }

    /// Why the catalogue assigned this status.
    pub const fn status_reason(&self) -> Option<&'static str> {
        self.status_reason
    }

    /// The detail template, `{name}` for parameters.
    pub const fn detail_template(&self) -> &'static str {
        self.detail_template
    }

    /// The detail template split into literal text and parameter slots: what rendering
    /// and matching read. Support for generated code.
    #[doc(hidden)]
    pub const fn segments(&self) -> &'static [TemplateSegment] {
        self.segments
    }

    /// Template parameters.
    pub const fn params(&self) -> &'static [ParamInfo] {
        self.params
    }

    /// Advice for integrators.
    pub const fn comment(&self) -> Option<&'static str> {
        self.comment
    }

    /// Related documents.
    pub const fn links(&self) -> &'static [Link] {
        self.links
    }

    /// Whether and how to retry.
    pub const fn retry(&self) -> RetryHint {
        self.retry
    }

    /// The body shape it arrives in.
    pub const fn sent_as(&self) -> WireShape {
        self.sent_as
    }

    /// Legacy `errorCode`, for legacy entries.
    pub const fn error_code(&self) -> Option<&'static str> {
        self.error_code
    }

    /// Why it was retired, when it is no longer sent.
    pub const fn retired(&self) -> Option<&'static str> {
        self.retired
    }
}

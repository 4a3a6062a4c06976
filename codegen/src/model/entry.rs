//! One problem type of the model, its parameters and its links.

use crate::diagnostic::Location;

use super::{ParamKind, Retry, SentAs, Template};

/// The statuses a problem may have: client and server errors.
pub const PROBLEM_STATUSES: std::ops::RangeInclusive<u16> = 400..=599;

/// One problem type.
#[derive(Clone, Debug)]
pub struct Entry {
    pub(crate) id: String,
    pub(crate) variant: String,
    pub(crate) api: String,
    pub(crate) type_uri: String,
    pub(crate) title: String,
    pub(crate) status: u16,
    pub(crate) status_reason: Option<String>,
    pub(crate) detail: Template,
    pub(crate) params: Vec<Param>,
    pub(crate) comment: Option<String>,
    pub(crate) links: Vec<Link>,
    pub(crate) retry: Retry,
    pub(crate) sent_as: SentAs,
    pub(crate) error_code: Option<String>,
    pub(crate) retired: Option<String>,
    pub(crate) every_operation: bool,
    pub(crate) location: Location,
}

impl Entry {
    /// The stable snake_case id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The Rust variant name (CamelCase of the id).
    pub fn variant(&self) -> &str {
        &self.variant
    }

    /// The API group it belongs to.
    pub fn api(&self) -> &str {
        &self.api
    }

    /// The absolute type URI: the identifier clients match on.
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// The short summary; not unique.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The HTTP status, 400..=599.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Why this status was assigned.
    pub fn status_reason(&self) -> Option<&str> {
        self.status_reason.as_deref()
    }

    /// The detail template.
    pub fn detail(&self) -> &Template {
        &self.detail
    }

    /// The declared template parameters, in order.
    pub fn params(&self) -> &[Param] {
        &self.params
    }

    /// Extra advice for integrators.
    pub fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }

    /// Related documents.
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// Whether and how to retry.
    pub fn retry(&self) -> Retry {
        self.retry
    }

    /// The body shape it arrives in.
    pub fn sent_as(&self) -> SentAs {
        self.sent_as
    }

    /// The legacy error code, for `legacy` entries.
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// Why it was retired, for entries that are no longer sent.
    pub fn retired(&self) -> Option<&str> {
        self.retired.as_deref()
    }

    /// Whether every operation of the catalogue can return it (platform and gateway
    /// errors), so that it belongs to every operation's error set without being listed.
    pub fn every_operation(&self) -> bool {
        self.every_operation
    }

    /// Where the entry starts in its file.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The detail rendered with each parameter's example value.
    pub fn example_detail(&self) -> String {
        self.render_example(&self.detail)
    }

    /// `template` (this entry's, in some locale) rendered with each parameter's example.
    pub(crate) fn render_example(&self, template: &Template) -> String {
        template.render(|name| {
            self.params
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.example.clone())
                .unwrap_or_default()
        })
    }
}

/// One template parameter.
#[derive(Clone, Debug)]
pub struct Param {
    pub(crate) name: String,
    pub(crate) kind: ParamKind,
    pub(crate) example: String,
    pub(crate) description: Option<String>,
}

impl Param {
    /// The snake_case name: placeholder, Rust field and extension member.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its Rust type.
    pub fn kind(&self) -> ParamKind {
        self.kind
    }

    /// A realistic value, as written in the catalogue.
    pub fn example(&self) -> &str {
        &self.example
    }

    /// What it is.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

/// A related document.
#[derive(Clone, Debug)]
pub struct Link {
    pub(crate) title: String,
    pub(crate) href: String,
}

impl Link {
    /// The link text.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// An http(s) URL.
    pub fn href(&self) -> &str {
        &self.href
    }
}

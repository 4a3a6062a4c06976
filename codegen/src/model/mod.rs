//! Stage 3: the validated catalogue, one model that every emitter reads.

pub mod template;

use std::path::PathBuf;

use crate::diagnostic::Location;
pub use crate::load::spec::{ParamKindSpec as ParamKind, RetrySpec as Retry, SentAsSpec as SentAs};
pub use template::{Segment, Template};

/// The whole catalogue: every API group and every entry, in file order.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// One group per file, sorted by file name.
    pub apis: Vec<Api>,
    /// Every entry of every file, in file order.
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// Type URIs that identify no entry, with `{status}` standing for the status.
    pub fn generic_types(&self) -> Vec<&str> {
        let mut all: Vec<&str> = Vec::new();
        for t in self.apis.iter().flat_map(|a| &a.generic_types) {
            if !all.contains(&t.as_str()) {
                all.push(t);
            }
        }
        all
    }

    /// The entries of one API group.
    pub fn entries_of<'a>(&'a self, api: &'a Api) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.api == api.api)
    }
}

/// One catalogue file: an API and the defaults of its entries.
#[derive(Clone, Debug)]
pub struct Api {
    /// snake_case group name.
    pub api: String,
    /// Human name.
    pub name: String,
    /// One paragraph about the API.
    pub description: Option<String>,
    /// Base of relative type URIs.
    pub type_base: Option<String>,
    /// Generic type URIs the live API sends.
    pub generic_types: Vec<String>,
    /// The file, as shown to people.
    pub file: PathBuf,
}

/// One problem type.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Stable snake_case id.
    pub id: String,
    /// The Rust variant name (CamelCase of the id).
    pub variant: String,
    /// The API group it belongs to.
    pub api: String,
    /// The absolute type URI: the identifier clients match on.
    pub type_uri: String,
    /// Short summary; not unique.
    pub title: String,
    /// HTTP status, 400..=599.
    pub status: u16,
    /// Why this status was assigned.
    pub status_reason: Option<String>,
    /// The detail template.
    pub detail: Template,
    /// Declared template parameters.
    pub params: Vec<Param>,
    /// Extra advice for integrators.
    pub comment: Option<String>,
    /// Related documents.
    pub links: Vec<Link>,
    /// Whether and how to retry.
    pub retry: Retry,
    /// The body shape it arrives in.
    pub sent_as: SentAs,
    /// Legacy error code, for `legacy` entries.
    pub error_code: Option<String>,
    /// Why it was retired, for entries that are no longer sent.
    pub retired: Option<String>,
    /// Where the entry starts.
    pub location: Location,
}

impl Entry {
    /// The detail rendered with each parameter's example value.
    pub fn example_detail(&self) -> String {
        self.detail.render(|name| {
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
    /// snake_case name: placeholder, Rust field and extension member.
    pub name: String,
    /// Its Rust type.
    pub kind: ParamKind,
    /// A realistic value.
    pub example: String,
    /// What it is.
    pub description: Option<String>,
}

/// A related document.
#[derive(Clone, Debug)]
pub struct Link {
    /// The link text.
    pub title: String,
    /// An http(s) URL.
    pub href: String,
}

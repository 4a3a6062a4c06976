//! The shapes of a catalogue file as written in YAML, before validation.
//!
//! Fields are `Option` because a missing or mistyped field is reported and loading goes on:
//! every mistake of a run is found at once.

use super::decode::{members, Decode, Result};
use super::tree::Node;
use crate::model::{Link, Param, Retry, SentAs};

/// File-level defaults for entries that leave a field out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DefaultsSpec {
    /// Default retry hint.
    pub retry: Option<Retry>,
    /// Default wire shape.
    pub sent_as: Option<SentAs>,
    /// Default of `every_operation`: whether every operation can return the file's entries.
    pub every_operation: Option<bool>,
}

/// The keys a file may have at its top level.
pub const FILE_KEYS: &[&str] = &[
    "api",
    "name",
    "description",
    "locale",
    "type_base",
    "generic_types",
    "defaults",
    "operations",
    "entries",
];

/// The keys an operation may have.
pub const OPERATION_KEYS: &[&str] = &["id", "summary", "entries"];

/// The keys an entry may have.
pub const ENTRY_KEYS: &[&str] = &[
    "id",
    "type",
    "title",
    "status",
    "status_reason",
    "detail",
    "params",
    "comment",
    "links",
    "retry",
    "sent_as",
    "error_code",
    "retired",
    "every_operation",
];

/// A file's top level, as written.
#[derive(Clone, Debug, Default)]
pub struct FileSpec {
    /// Group name, snake_case.
    pub api: Option<String>,
    /// Human name of the API.
    pub name: Option<String>,
    /// One paragraph about the API.
    pub description: Option<String>,
    /// The language of its titles and details (BCP 47), `en` when no file says.
    pub locale: Option<String>,
    /// Base that relative `type` values resolve against.
    pub type_base: Option<String>,
    /// Type URIs the live API sends that identify no entry; `{status}` stands for the status.
    pub generic_types: Vec<String>,
    /// Defaults for entries.
    pub defaults: DefaultsSpec,
    /// The operations the file declares, in file order.
    pub operations: Vec<OperationSpec>,
    /// The entries, in file order.
    pub entries: Vec<EntrySpec>,
}

/// One operation of the API, as written: its id and the entries it can return.
#[derive(Clone, Debug, Default)]
pub struct OperationSpec {
    /// Position of the operation in the file's `operations` list.
    pub index: usize,
    /// The operation id, as in the API's OpenAPI (`operationId`).
    pub id: Option<String>,
    /// One line about the operation.
    pub summary: Option<String>,
    /// The ids of the entries it can return, as written (each with its position in the list).
    pub entries: Vec<(usize, String)>,
    /// Whether `entries` is present and every item decoded.
    pub entries_complete: bool,
}

/// One entry, as written; `None` where the field is absent or was reported as mistyped.
#[derive(Clone, Debug, Default)]
pub struct EntrySpec {
    /// Position of the entry in the file's `entries` list.
    pub index: usize,
    /// Stable snake_case id.
    pub id: Option<String>,
    /// Type URI, absolute or relative to the file's `type_base`.
    pub type_uri: Option<String>,
    /// Short summary.
    pub title: Option<String>,
    /// HTTP status, read wide so that an out-of-range value gets its own message.
    pub status: Option<i64>,
    /// Why this status was assigned.
    pub status_reason: Option<String>,
    /// Detail template.
    pub detail: Option<String>,
    /// Template parameters that decoded.
    pub params: Vec<Param>,
    /// Whether every parameter decoded (if not, the template is not checked against them).
    pub params_complete: bool,
    /// Extra advice.
    pub comment: Option<String>,
    /// Related documents.
    pub links: Vec<Link>,
    /// Retry hint.
    pub retry: Option<Retry>,
    /// Wire shape.
    pub sent_as: Option<SentAs>,
    /// Legacy error code.
    pub error_code: Option<String>,
    /// Why the entry was retired, if it was.
    pub retired: Option<String>,
    /// Whether every operation can return it (platform and gateway errors).
    pub every_operation: Option<bool>,
}

impl Decode for DefaultsSpec {
    fn decode(node: &Node) -> Result<Self> {
        let mut defaults = DefaultsSpec::default();
        let known = ["retry", "sent_as", "every_operation"];
        members(node, "DefaultsSpec", &known, |key, value| {
            match key {
                "retry" => defaults.retry = Option::decode(value)?,
                "sent_as" => defaults.sent_as = Option::decode(value)?,
                _ => defaults.every_operation = Option::decode(value)?,
            }
            Ok(())
        })?;
        Ok(defaults)
    }
}

//! The records of a catalogue file as written in YAML, before validation.
//!
//! Fields are `Option` because a missing or mistyped field is reported and loading goes on:
//! every mistake of a run is found at once. Their types are the model's own where the model
//! keeps the value as written (`Retry`, `Param`, `Link`, ...); validation turns the rest.

use super::decode::{members, Decode, Result};
use super::record::{record, Listed};
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

/// The keys `defaults` may have.
pub const DEFAULTS_KEYS: &[&str] = &["retry", "sent_as", "every_operation"];

record! {
    /// A file's top level, as written.
    pub struct FileSpec, keys FILE_KEYS {
        /// Group name, snake_case.
        "api" => api: Option<String> = required,
        /// Human name of the API.
        "name" => name: Option<String> = required_text,
        /// One paragraph about the API.
        "description" => description: Option<String> = optional_text,
        /// The language of its titles and details (BCP 47), `en` when no file says.
        "locale" => locale: Option<String> = optional,
        /// Base that relative `type` values resolve against.
        "type_base" => type_base: Option<String> = optional,
        /// Type URIs the live API sends that identify no entry; `{status}` stands for it.
        "generic_types" => generic_types: Vec<String> = list,
        /// Defaults for entries.
        "defaults" => defaults: DefaultsSpec = optional_or_default,
        /// The operations the file declares, in file order.
        "operations" => operations: Vec<OperationSpec> = by_hand,
        /// The entries, in file order.
        "entries" => entries: Vec<EntrySpec> = by_hand,
        ;
    }
}

record! {
    /// One operation of the API, as written: its id and the entries it can return.
    pub struct OperationSpec, keys OPERATION_KEYS {
        /// The operation id, as in the API's OpenAPI (`operationId`).
        "id" => id: Option<String> = required,
        /// One line about the operation.
        "summary" => summary: Option<String> = optional_text,
        /// The ids of the entries it can return, as written (each with its list position).
        "entries" => entries: Vec<(usize, String)> = by_hand,
        ;
        /// Position of the operation in the file's `operations` list.
        index: usize,
        /// Whether `entries` is present and every item decoded.
        entries_complete: bool,
    }
}

record! {
    /// One entry, as written; `None` where the field is absent or was reported as mistyped.
    pub struct EntrySpec, keys ENTRY_KEYS {
        /// Stable snake_case id.
        "id" => id: Option<String> = required,
        /// Type URI, absolute or relative to the file's `type_base`.
        "type" => type_uri: Option<String> = optional,
        /// Short summary.
        "title" => title: Option<String> = required_text,
        /// HTTP status, read wide so that an out-of-range value gets its own message.
        "status" => status: Option<i64> = required,
        /// Why this status was assigned.
        "status_reason" => status_reason: Option<String> = optional_text,
        /// Detail template.
        "detail" => detail: Option<String> = required_text,
        /// Template parameters (if not all decoded, the template is not checked against them).
        "params" => params: Listed<Param> = list_checked,
        /// Extra advice.
        "comment" => comment: Option<String> = optional_text,
        /// Related documents.
        "links" => links: Vec<Link> = list,
        /// Retry hint.
        "retry" => retry: Option<Retry> = optional,
        /// Wire shape.
        "sent_as" => sent_as: Option<SentAs> = optional,
        /// Legacy error code.
        "error_code" => error_code: Option<String> = optional,
        /// Why the entry was retired, if it was.
        "retired" => retired: Option<String> = optional_text,
        /// Whether every operation can return it (platform and gateway errors).
        "every_operation" => every_operation: Option<bool> = optional,
        ;
        /// Position of the entry in the file's `entries` list.
        index: usize,
    }
}

impl Decode for DefaultsSpec {
    fn decode(node: &Node) -> Result<Self> {
        let mut defaults = DefaultsSpec::default();
        members(node, "DefaultsSpec", DEFAULTS_KEYS, |key, value| {
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

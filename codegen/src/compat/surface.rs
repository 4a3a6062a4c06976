//! The published surface of a catalogue: per entry, the facts that code and clients
//! depend on, and per operation its error set (the variants of its generated enum).
//! Wording (title, detail text, comment, links, an operation's summary) is not part of it;
//! the set of locales is.

use serde::{Deserialize, Serialize};

use crate::model::{Catalog, Entry, Operation, ParamKind, Retry, SentAs};

/// The surface of every entry and every operation, each sorted by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Surface {
    /// One record per id, sorted by id.
    pub entries: Vec<SurfaceEntry>,
    /// One record per operation id, sorted by id.
    #[serde(default)]
    pub operations: Vec<SurfaceOperation>,
    /// The locales of titles and details, sorted (the source's among them).
    #[serde(default)]
    pub locales: Vec<String>,
}

/// What an operation publishes: its generated enum's variants, one per entry of its set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SurfaceOperation {
    /// The operation id (its enum is named after it).
    pub id: String,
    /// The ids of every entry it can return, those every operation can return included,
    /// sorted.
    pub entries: Vec<String>,
    /// A tombstone: the operation was removed (a breaking change that was accepted); kept
    /// with its last set, so that an operation that comes back is compared with it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

impl SurfaceOperation {
    /// The surface of one operation.
    pub fn of(o: &Operation) -> SurfaceOperation {
        let mut entries = o.entries.clone();
        entries.sort();
        SurfaceOperation {
            id: o.id.clone(),
            entries,
            removed: false,
        }
    }
}

/// What an entry publishes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SurfaceEntry {
    /// The stable id (the Rust variant name).
    pub id: String,
    /// The type URI.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// The HTTP status.
    pub status: u16,
    /// Parameter names and kinds, in order (Rust fields and extension members).
    #[serde(default)]
    pub params: Vec<SurfaceParam>,
    /// The retry hint.
    pub retry: Retry,
    /// The wire shape.
    pub sent_as: SentAs,
    /// The legacy error code, for legacy entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Whether the entry is retired (still known, no longer sent).
    #[serde(default)]
    pub retired: bool,
    /// A tombstone: the entry was removed from the catalogue (a breaking change that was
    /// accepted); kept so that its id and type URI are never used again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

/// One parameter of the surface.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SurfaceParam {
    /// The name: Rust field and extension member.
    pub name: String,
    /// `string` or `integer`.
    pub kind: ParamKind,
}

impl Surface {
    /// The surface of a validated catalogue.
    pub fn of(catalog: &Catalog) -> Surface {
        let mut entries: Vec<SurfaceEntry> = catalog.entries.iter().map(SurfaceEntry::of).collect();
        entries.sort_by(|a, b| a.id.cmp(&b.id));
        let mut operations: Vec<SurfaceOperation> = catalog
            .operations
            .iter()
            .map(SurfaceOperation::of)
            .collect();
        operations.sort_by(|a, b| a.id.cmp(&b.id));
        let mut locales: Vec<String> = catalog.locales().into_iter().map(str::to_owned).collect();
        locales.sort();
        Surface {
            entries,
            operations,
            locales,
        }
    }

    /// The record of the operation `id`.
    pub fn operation(&self, id: &str) -> Option<&SurfaceOperation> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// The record of `id`.
    pub fn get(&self, id: &str) -> Option<&SurfaceEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The record with type URI `uri` other than `except_id`.
    pub fn by_type(&self, uri: &str, except_id: &str) -> Option<&SurfaceEntry> {
        self.entries
            .iter()
            .find(|e| e.type_uri == uri && e.id != except_id)
    }
}

impl SurfaceEntry {
    /// The surface of one entry.
    pub fn of(e: &Entry) -> SurfaceEntry {
        SurfaceEntry {
            id: e.id.clone(),
            type_uri: e.type_uri.clone(),
            status: e.status,
            params: e
                .params
                .iter()
                .map(|p| SurfaceParam {
                    name: p.name.clone(),
                    kind: p.kind,
                })
                .collect(),
            retry: e.retry,
            sent_as: e.sent_as,
            error_code: e.error_code.clone(),
            retired: e.retired.is_some(),
            removed: false,
        }
    }
}

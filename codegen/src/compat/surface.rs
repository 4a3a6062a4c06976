//! The published surface of a catalogue: per entry, the facts that code and clients
//! depend on. Wording (title, detail text, comment, links) is not part of it.

use serde::{Deserialize, Serialize};

use crate::model::{Catalog, Entry, ParamKind, Retry, SentAs};

/// The surface of every entry, sorted by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Surface {
    /// One record per id, sorted by id.
    pub entries: Vec<SurfaceEntry>,
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
        Surface { entries }
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

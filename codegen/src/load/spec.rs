//! The shapes of a catalogue file as written in YAML, before validation.
//!
//! Fields are `Option` because a missing or mistyped field is reported and loading goes on:
//! every mistake of a run is found at once.

use serde::{Deserialize, Serialize};

/// How a retry hint is written in YAML.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RetrySpec {
    /// The request must be fixed before it is sent again.
    Never,
    /// Transient: send the same request, with the same `Idempotency-Key`, after a delay.
    Backoff,
    /// Refresh the credentials (access token), then send again.
    Reauthenticate,
}

/// How the problem travels on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentAsSpec {
    /// RFC 9457 / RFC 7807 `application/problem+json`.
    Problem,
    /// The API gateway's `{"statusCode": N, "message": "..."}`.
    Gateway,
    /// A legacy array of `{errorGroup, errorCode, errorMessage}` objects.
    Legacy,
}

/// The Rust type of a template parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ParamKindSpec {
    /// Any text; a Rust `String`.
    #[default]
    String,
    /// A non-negative whole number; a Rust `u64`.
    Integer,
}

/// One template parameter as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamSpec {
    /// The placeholder name, also the Rust field and the extension member name.
    pub name: String,
    /// `string` (default) or `integer`.
    #[serde(default)]
    pub kind: ParamKindSpec,
    /// A realistic value, used in docs, examples and tests.
    #[serde(deserialize_with = "scalar_as_string")]
    pub example: String,
    /// What the value is.
    #[serde(default)]
    pub description: Option<String>,
}

/// One link as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkSpec {
    /// The link text.
    pub title: String,
    /// The target, an http(s) URL.
    pub href: String,
}

/// File-level defaults for entries that leave a field out.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultsSpec {
    /// Default retry hint.
    #[serde(default)]
    pub retry: Option<RetrySpec>,
    /// Default wire shape.
    #[serde(default)]
    pub sent_as: Option<SentAsSpec>,
    /// Default of `every_operation`: whether every operation can return the file's entries.
    #[serde(default)]
    pub every_operation: Option<bool>,
}

/// The keys a file may have at its top level.
pub const FILE_KEYS: &[&str] = &[
    "api",
    "name",
    "description",
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
    pub params: Vec<ParamSpec>,
    /// Whether every parameter decoded (if not, the template is not checked against them).
    pub params_complete: bool,
    /// Extra advice.
    pub comment: Option<String>,
    /// Related documents.
    pub links: Vec<LinkSpec>,
    /// Retry hint.
    pub retry: Option<RetrySpec>,
    /// Wire shape.
    pub sent_as: Option<SentAsSpec>,
    /// Legacy error code.
    pub error_code: Option<String>,
    /// Why the entry was retired, if it was.
    pub retired: Option<String>,
    /// Whether every operation can return it (platform and gateway errors).
    pub every_operation: Option<bool>,
}

/// Accept `57`, `true` or `"57"` where a string is meant: examples are text.
fn scalar_as_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_any(ScalarAsString)
}

struct ScalarAsString;

impl ScalarAsString {
    /// The message the catalogue has always given, naming the kind as `describe` does.
    fn not_a_scalar<E: serde::de::Error>(kind: &str) -> Result<String, E> {
        Err(E::custom(format!(
            "invalid type: {kind}, expected a string"
        )))
    }
}

impl<'de> serde::de::Visitor<'de> for ScalarAsString {
    type Value = String;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }

    fn visit_bool<E>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    /// Written as YAML writes it: `.inf`, `.nan`, `1.5`, `1000.0`, `1e20`.
    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        Ok(if v.is_nan() {
            ".nan".to_owned()
        } else if v.is_infinite() {
            if v < 0.0 { "-.inf" } else { ".inf" }.to_owned()
        } else {
            format!("{v:?}")
        })
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<String, E> {
        Self::not_a_scalar("null")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Self::not_a_scalar("a list")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Self::not_a_scalar("a mapping")
    }
}

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
}

/// The keys a file may have at its top level.
pub const FILE_KEYS: &[&str] = &[
    "api",
    "name",
    "description",
    "type_base",
    "generic_types",
    "defaults",
    "entries",
];

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
    /// The entries, in file order.
    pub entries: Vec<EntrySpec>,
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
}

/// Accept `57`, `true` or `"57"` where a string is meant: examples are text.
fn scalar_as_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    use serde::de::Error;
    match serde_yaml::Value::deserialize(d)? {
        serde_yaml::Value::String(s) => Ok(s),
        serde_yaml::Value::Number(n) => Ok(n.to_string()),
        serde_yaml::Value::Bool(b) => Ok(b.to_string()),
        other => Err(D::Error::custom(format!(
            "invalid type: {}, expected a string",
            describe(&other)
        ))),
    }
}

/// A few words naming the kind of a YAML value, for messages.
pub fn describe(value: &serde_yaml::Value) -> &'static str {
    match value {
        serde_yaml::Value::Null => "null",
        serde_yaml::Value::Bool(_) => "a boolean",
        serde_yaml::Value::Number(_) => "a number",
        serde_yaml::Value::String(_) => "a string",
        serde_yaml::Value::Sequence(_) => "a list",
        serde_yaml::Value::Mapping(_) => "a mapping",
        serde_yaml::Value::Tagged(_) => "a tagged value",
    }
}

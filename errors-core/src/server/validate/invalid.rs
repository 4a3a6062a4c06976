//! What was wrong with a request: the kind of mistake and each field at fault.

use serde_json::{json, Value};

/// One field at fault: its path in the request (`amount.value`, `items[0].sku`, a query
/// parameter's name, a header's name, or `body` for the body as a whole) and why.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FieldError {
    /// The path of the field, as clients name it.
    pub name: String,
    /// What is wrong with it.
    pub reason: String,
}

impl FieldError {
    /// A field and the reason it failed.
    pub fn new(name: impl Into<String>, reason: impl Into<String>) -> Self {
        FieldError {
            name: name.into(),
            reason: reason.into(),
        }
    }

    /// `{"name": ..., "reason": ...}`, the shape of one `extraDetails` item.
    pub fn to_json(&self) -> Value {
        json!({"name": self.name, "reason": self.reason})
    }
}

/// Which part of the request was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvalidKind {
    /// The body is not JSON at all (or has text after the JSON value).
    JsonSyntax,
    /// The body is JSON, but a field is missing or of the wrong type or value.
    JsonData,
    /// The request has no `Content-Type`, or one that is not JSON.
    ContentType,
    /// A query parameter is missing, or does not deserialize.
    Query,
}

impl InvalidKind {
    /// The status a server without a catalogue of its own answers with: 415 for the content
    /// type, 422 for JSON of the wrong shape, 400 otherwise (as axum's own rejections).
    pub const fn status(self) -> u16 {
        match self {
            InvalidKind::ContentType => 415,
            InvalidKind::JsonData => 422,
            InvalidKind::JsonSyntax | InvalidKind::Query => 400,
        }
    }
}

/// A rejected request: what kind of mistake, and each field at fault (at least one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    kind: InvalidKind,
    fields: Vec<FieldError>,
}

impl Invalid {
    /// A rejection of this kind naming these fields.
    pub fn new(kind: InvalidKind, fields: Vec<FieldError>) -> Self {
        Invalid { kind, fields }
    }

    /// What was rejected.
    pub fn kind(&self) -> InvalidKind {
        self.kind
    }

    /// Each field at fault, in order.
    pub fn fields(&self) -> &[FieldError] {
        &self.fields
    }

    /// The fields as a JSON array of `{"name", "reason"}` objects (`extraDetails`).
    pub fn to_json(&self) -> Value {
        Value::Array(self.fields.iter().map(FieldError::to_json).collect())
    }

    /// One line for all fields: `amount.value: invalid type: ...; reference: is required`.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .map(|f| format!("{}: {}", f.name, f.reason))
            .collect();
        parts.join("; ")
    }

    /// The rejection of a body that `serde_path_to_error` could not read.
    pub(crate) fn from_json(err: &serde_path_to_error::Error<serde_json::Error>) -> Self {
        let inner = err.inner();
        let message = without_position(inner);
        if !inner.is_data() {
            let reason = format!("is not valid JSON: {inner}");
            return Invalid::new(
                InvalidKind::JsonSyntax,
                vec![FieldError::new("body", reason)],
            );
        }
        let field = field_error(&err.path().to_string(), &message);
        Invalid::new(InvalidKind::JsonData, vec![field])
    }

    /// The rejection of a query string that `serde_path_to_error` could not read.
    pub(crate) fn from_query(
        err: &serde_path_to_error::Error<serde_urlencoded::de::Error>,
    ) -> Self {
        let field = field_error(&err.path().to_string(), &err.inner().to_string());
        Invalid::new(InvalidKind::Query, vec![field])
    }
}

/// The field for a path and serde's message. A missing field is named by its own path
/// (`amount.value`, "is required"), not by the object that lacks it.
fn field_error(path: &str, message: &str) -> FieldError {
    let parent = match path {
        "." | "" | "?" => None,
        path => Some(path),
    };
    if let Some(missing) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        let name = match parent {
            Some(parent) => format!("{parent}.{missing}"),
            None => missing.to_owned(),
        };
        return FieldError::new(name, "is required");
    }
    FieldError::new(parent.unwrap_or("body"), message)
}

/// serde_json's message without its ` at line L column C`.
fn without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

//! The small vocabularies of the model: retry hints, wire shapes, parameter kinds.
//!
//! Kept apart from their YAML spellings in `load`, so that the public model does not
//! depend on how a file is read. `#[non_exhaustive]`: a catalogue may learn new values.

/// Whether and how a client may send the request again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "docs", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "docs", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Retry {
    /// The request must be fixed before it is sent again.
    Never,
    /// Transient: send the same request, with the same `Idempotency-Key`, after a delay.
    Backoff,
    /// Refresh the credentials (access token), then send again.
    Reauthenticate,
}

/// How the problem travels on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "docs", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "docs", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SentAs {
    /// RFC 9457 / RFC 7807 `application/problem+json`.
    Problem,
    /// The API gateway's `{"statusCode": N, "message": "..."}`.
    Gateway,
    /// A legacy array of `{errorGroup, errorCode, errorMessage}` objects.
    Legacy,
}

/// The Rust type of a template parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "docs", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "docs", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ParamKind {
    /// Any text; a Rust `String`.
    String,
    /// A non-negative whole number; a Rust `u64`.
    Integer,
}

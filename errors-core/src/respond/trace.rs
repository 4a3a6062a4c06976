//! One `tracing` event per problem a server sends (feature `tracing`).
//!
//! Target `errors_core::problem`; level by the status class: `ERROR` for 5xx (the server is
//! at fault and someone should look), `INFO` for everything else (the client must change
//! its request; a flood of client mistakes is no alert). Fields: `status`, `type` (the type
//! URI, `about:blank` when absent), `id` (the catalogue entry, when the problem is one),
//! `instance` (when set), `kind` (what the problem layer recognised, when it wrote the
//! problem) and `source` (the cause and its chain, for logs only: it is never sent).

use std::error::Error;

use crate::ProblemDetails;

/// What one event says about a problem being sent.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) struct Emitted<'a> {
    pub status: u16,
    pub body: &'a ProblemDetails,
    pub id: Option<&'static str>,
    pub kind: Option<&'a str>,
    pub source: Option<&'a (dyn Error + 'static)>,
}

/// Record the event; nothing without the `tracing` feature.
#[cfg(feature = "tracing")]
pub(crate) fn emitted(e: Emitted<'_>) {
    let type_uri = e.body.type_or_blank();
    let instance = e.body.instance.as_deref();
    let source = e.source.map(chain);
    let source = source.as_deref();
    if e.status >= 500 {
        tracing::error!(target: "errors_core::problem", status = e.status, "type" = type_uri,
            id = e.id, instance, kind = e.kind, source, "problem sent");
    } else {
        tracing::info!(target: "errors_core::problem", status = e.status, "type" = type_uri,
            id = e.id, instance, kind = e.kind, source, "problem sent");
    }
}

/// Record the event; nothing without the `tracing` feature.
#[cfg(not(feature = "tracing"))]
pub(crate) fn emitted(_: Emitted<'_>) {}

/// An error and its sources, `outer: inner: innermost`.
#[cfg(feature = "tracing")]
fn chain(error: &(dyn Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut next = error.source();
    while let Some(cause) = next {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        next = cause.source();
    }
    text
}

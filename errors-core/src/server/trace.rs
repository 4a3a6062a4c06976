//! One `tracing` event per problem a server sends (feature `tracing`).
//!
//! Target `errors_core::problem`; level by the status class: `ERROR` for 5xx (the server is
//! at fault and someone should look), `INFO` for everything else (the client must change
//! its request; a flood of client mistakes is no alert). Fields: `status`, `type` (the type
//! URI, `about:blank` when absent), `id` (the catalogue entry, when the problem is one),
//! `instance` (when set), `kind` (what the problem layer recognised, when it wrote the
//! problem) and `source` (the cause and its chain, for logs only: it is never sent).

#[cfg(feature = "tracing")]
use std::error::Error;

use super::response::ProblemResponse;
use crate::catalog::to_problem::ToProblem;

/// Record the event for `response`, naming what the problem layer recognised (`kind`);
/// nothing without the `tracing` feature.
#[cfg(feature = "tracing")]
pub(crate) fn emitted<P: ToProblem>(response: &ProblemResponse<P>, kind: Option<&str>) {
    let status = response.status().as_u16();
    // Only for the event: the body sent is written without it.
    let body = response.body();
    let type_uri = body.type_or_blank();
    let instance = body.instance.as_deref();
    let id = response.problem().entry_id();
    let source = response.cause().map(chain);
    let source = source.as_deref();
    if status >= 500 {
        tracing::error!(target: "errors_core::problem", status, "type" = type_uri,
            id, instance, kind, source, "problem sent");
    } else {
        tracing::info!(target: "errors_core::problem", status, "type" = type_uri,
            id, instance, kind, source, "problem sent");
    }
}

/// Record the event for `response`; nothing without the `tracing` feature.
#[cfg(not(feature = "tracing"))]
pub(crate) fn emitted<P: ToProblem>(_: &ProblemResponse<P>, _: Option<&str>) {}

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

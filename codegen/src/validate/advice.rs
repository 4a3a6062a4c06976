//! Warnings that do not stop generation: entries that leave integrators without advice.

use crate::diagnostic::Diagnostic;
use crate::model::Entry;

/// Warn about an entry that has neither a comment nor a link: its docs say no more than
/// its detail, so people who hit it have nowhere to turn.
pub fn check_advice(entry: &Entry, diags: &mut Vec<Diagnostic>) {
    if entry.comment.is_none() && entry.links.is_empty() {
        diags.push(Diagnostic::warning(
            entry.location.clone(),
            format!(
                "entry `{}` has no comment and no links: add a `comment` or a `links` item so integrators know what to do",
                entry.id
            ),
        ));
    }
}

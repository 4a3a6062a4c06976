//! Changes of operations and their error sets.
//!
//! Each operation is a `#[non_exhaustive]` enum with a variant per entry of its set and
//! `Other` for anything else. An entry that leaves a set takes its variant with it: a
//! server handler that builds it, and a client `match` arm that names it, stop compiling,
//! so that is breaking, as is a removed operation (its enum is gone). An entry that joins a
//! set is a new variant: code compiles as before (the enum is `#[non_exhaustive]`, so every
//! `match` already has a wildcard arm), and responses of that problem, which a client saw in
//! `Other` or its wildcard, now arrive as the variant; compatible, and said in the message.

use super::change::ChangeKind;
use super::surface::{Surface, SurfaceOperation};

/// Push every change of operations from `old` to `new`.
pub(super) fn changes(
    old: &Surface,
    new: &Surface,
    push: &mut impl FnMut(&str, ChangeKind, String),
) {
    for o in &old.operations {
        let id = o.id.as_str();
        match new.operation(id) {
            None if o.removed => {}
            None => push(
                id,
                ChangeKind::OperationRemoved,
                format!("operation `{id}` removed: its enum is gone, with every variant"),
            ),
            Some(n) => {
                if o.removed {
                    push(
                        id,
                        ChangeKind::OperationRestored,
                        format!("operation `{id}` is back (it was removed); compared with its last published set"),
                    );
                }
                set(o, n, push);
            }
        }
    }
    for n in &new.operations {
        if old.operation(&n.id).is_none() {
            push(
                &n.id,
                ChangeKind::OperationAdded,
                format!("new operation `{}` ({} entries)", n.id, n.entries.len()),
            );
        }
    }
}

/// The entries that left and joined one operation's set.
fn set(
    o: &SurfaceOperation,
    n: &SurfaceOperation,
    push: &mut impl FnMut(&str, ChangeKind, String),
) {
    let id = o.id.as_str();
    for e in o.entries.iter().filter(|e| !n.entries.contains(e)) {
        push(
            id,
            ChangeKind::OperationEntryRemoved,
            format!("operation `{id}`: entry `{e}` no longer in its set (code that builds or matches that variant of its enum stops compiling)"),
        );
    }
    for e in n.entries.iter().filter(|e| !o.entries.contains(e)) {
        push(
            id,
            ChangeKind::OperationEntryAdded,
            format!("operation `{id}`: entry `{e}` joins its set (its responses now arrive as that variant, no longer as `Other`)"),
        );
    }
}

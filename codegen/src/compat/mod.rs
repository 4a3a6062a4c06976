//! Compatibility: what a catalogue publishes, how two catalogues differ, and a lock file
//! that keeps the published surface so an accidental breaking edit is caught without git.
//!
//! Breaking: an entry removed, an id or type URI reused, a type URI, status, wire shape or
//! legacy error code changed, a parameter removed, renamed, added or of another kind, a
//! retry hint made stricter. Compatible: title, detail wording, comment, links, status
//! reason, new entries, retiring an entry, a retry hint made looser.
//!
//! Operations: an operation removed, or an entry leaving its set, is breaking (its enum or
//! variant is gone: a handler or a `match` naming it stops compiling). A new operation, and
//! an entry joining a set (a new variant of a `#[non_exhaustive]` enum), are compatible.
//!
//! Locales: a locale removed is breaking (clients matching its titles lose them); a locale
//! added, and every edit of a translation, are compatible.

mod change;
pub mod diff;
mod locales;
pub mod lock;
mod operations;
pub mod surface;

pub use diff::{diff_catalogs, diff_surfaces, Change, ChangeKind};
pub use lock::{Lock, LOCK_FILE};
pub use surface::{Surface, SurfaceEntry, SurfaceOperation, SurfaceParam};

//! Compatibility: what a catalogue publishes, how two catalogues differ, and a lock file
//! that keeps the published surface so an accidental breaking edit is caught without git.
//!
//! Breaking: an entry removed, an id or type URI reused, a type URI, status, wire shape or
//! legacy error code changed, a parameter removed, renamed, added or of another kind, a
//! retry hint made stricter. Compatible: title, detail wording, comment, links, status
//! reason, new entries, retiring an entry, a retry hint made looser.

pub mod diff;
pub mod lock;
pub mod surface;

pub use diff::{diff_catalogs, diff_surfaces, Change, ChangeKind};
pub use lock::{Lock, LOCK_FILE};
pub use surface::{Surface, SurfaceEntry, SurfaceParam};

//! Compare two catalogues, or a lock and a catalogue, and classify every change.

pub use super::change::{Change, ChangeKind};
use super::surface::{Surface, SurfaceEntry};
use crate::model::{Catalog, Entry, Retry};

/// Every change from `old` to `new`, breaking ones first, then by id.
pub fn diff_catalogs(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = surface_changes(&Surface::of(old), &Surface::of(new));
    for n in &new.entries {
        if let Some(o) = old.entries.iter().find(|o| o.id == n.id) {
            wording(o, n, &mut changes);
        }
    }
    super::locales::translation_changes(old, new, &mut changes);
    sort(changes)
}

/// Every change from surface `old` (a lock, or an older catalogue) to `new`.
pub fn diff_surfaces(old: &Surface, new: &Surface) -> Vec<Change> {
    sort(surface_changes(old, new))
}

fn sort(mut changes: Vec<Change>) -> Vec<Change> {
    changes
        .sort_by(|a, b| (!a.is_breaking(), &a.id, a.kind).cmp(&(!b.is_breaking(), &b.id, b.kind)));
    changes
}

fn surface_changes(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    let mut push = |id: &str, kind, message: String| {
        out.push(Change {
            id: id.to_owned(),
            kind,
            message,
        })
    };
    for o in &old.entries {
        let id = &o.id;
        match new.get(id) {
            None if o.removed => {}
            None => {
                let message = match new.by_type(&o.type_uri, id) {
                    Some(other) => format!(
                        "entry `{id}` removed: its type URI now belongs to entry `{}` (ids are Rust variant names and never change)",
                        other.id
                    ),
                    None => format!(
                        "entry `{id}` removed: retire it instead (`retired: <why>`); entries are never deleted"
                    ),
                };
                push(id, ChangeKind::EntryRemoved, message);
            }
            Some(n) if o.removed && n.type_uri == o.type_uri => {
                push(
                    id,
                    ChangeKind::EntryRestored,
                    format!("entry `{id}` is back (it was removed)"),
                );
                compare(o, n, new, &mut push);
            }
            Some(_) if o.removed => push(
                id,
                ChangeKind::Reused,
                format!("entry `{id}`: this id belonged to an entry that was removed; ids are never reused, choose another"),
            ),
            Some(n) => compare(o, n, new, &mut push),
        }
    }
    for n in &new.entries {
        if old.get(&n.id).is_some() {
            continue;
        }
        match old.by_type(&n.type_uri, &n.id) {
            Some(o) if o.removed => push(
                &n.id,
                ChangeKind::Reused,
                format!(
                    "entry `{}`: type URI `{}` belonged to the removed entry `{}`; type URIs are never reused",
                    n.id, n.type_uri, o.id
                ),
            ),
            _ => push(&n.id, ChangeKind::EntryAdded, format!("new entry `{}`", n.id)),
        }
    }
    super::operations::changes(old, new, &mut push);
    super::locales::locale_changes(&old.locales, &new.locales, &mut out);
    out
}

fn compare(
    o: &SurfaceEntry,
    n: &SurfaceEntry,
    new: &Surface,
    push: &mut impl FnMut(&str, ChangeKind, String),
) {
    let id = o.id.as_str();
    if o.type_uri != n.type_uri {
        match new.by_type(&o.type_uri, id) {
            Some(other) => push(id, ChangeKind::Reused, format!(
                "entry `{id}`: the id now names another problem type (`{}`), and its type URI `{}` moved to entry `{}`",
                n.type_uri, o.type_uri, other.id
            )),
            None => push(id, ChangeKind::TypeUriChanged, format!(
                "entry `{id}`: type URI changed from `{}` to `{}`", o.type_uri, n.type_uri
            )),
        }
    }
    if o.status != n.status {
        push(
            id,
            ChangeKind::StatusChanged,
            format!(
                "entry `{id}`: status changed from {} to {}",
                o.status, n.status
            ),
        );
    }
    params(o, n, push);
    if o.retry != n.retry {
        let (kind, how) = if rank(n.retry) > rank(o.retry) {
            (ChangeKind::RetryStricter, "stricter")
        } else {
            (ChangeKind::RetryLooser, "looser")
        };
        push(
            id,
            kind,
            format!(
                "entry `{id}`: retry hint made {how}, from `{}` to `{}`",
                o.retry.name(),
                n.retry.name()
            ),
        );
    }
    if o.sent_as != n.sent_as {
        push(
            id,
            ChangeKind::WireShapeChanged,
            format!(
                "entry `{id}`: sent as `{}` instead of `{}`",
                n.sent_as.name(),
                o.sent_as.name()
            ),
        );
    }
    if o.error_code != n.error_code {
        push(
            id,
            ChangeKind::ErrorCodeChanged,
            format!(
                "entry `{id}`: legacy error code changed from {} to {}",
                show(o.error_code.as_deref()),
                show(n.error_code.as_deref())
            ),
        );
    }
    match (o.retired, n.retired) {
        (false, true) => push(
            id,
            ChangeKind::EntryRetired,
            format!("entry `{id}` retired"),
        ),
        (true, false) => push(
            id,
            ChangeKind::EntryRestored,
            format!("entry `{id}` is no longer retired"),
        ),
        _ => {}
    }
}

/// Removed and added names are paired in order as renames; the rest are removals or additions.
fn params(o: &SurfaceEntry, n: &SurfaceEntry, push: &mut impl FnMut(&str, ChangeKind, String)) {
    let id = o.id.as_str();
    let removed: Vec<_> = o
        .params
        .iter()
        .filter(|p| !n.params.iter().any(|q| q.name == p.name))
        .collect();
    let added: Vec<_> = n
        .params
        .iter()
        .filter(|p| !o.params.iter().any(|q| q.name == p.name))
        .collect();
    for (i, p) in removed.iter().enumerate() {
        match added.get(i) {
            Some(q) => push(
                id,
                ChangeKind::ParamRenamed,
                format!(
                    "entry `{id}`: parameter `{}` renamed to `{}`",
                    p.name, q.name
                ),
            ),
            None => push(
                id,
                ChangeKind::ParamRemoved,
                format!("entry `{id}`: parameter `{}` removed", p.name),
            ),
        }
    }
    for q in added.iter().skip(removed.len()) {
        push(
            id,
            ChangeKind::ParamAdded,
            format!(
                "entry `{id}`: parameter `{}` added (code that builds the variant must set it)",
                q.name
            ),
        );
    }
    for p in &o.params {
        if let Some(q) = n
            .params
            .iter()
            .find(|q| q.name == p.name && q.kind != p.kind)
        {
            push(
                id,
                ChangeKind::ParamKindChanged,
                format!(
                    "entry `{id}`: parameter `{}` changed kind from {} to {}",
                    p.name,
                    p.kind.name(),
                    q.kind.name()
                ),
            );
        }
    }
}

/// How much a retry hint forbids: backoff (retry as is) < reauthenticate < never.
fn rank(r: Retry) -> u8 {
    match r {
        Retry::Backoff => 0,
        Retry::Reauthenticate => 1,
        Retry::Never => 2,
    }
}

fn show(s: Option<&str>) -> String {
    s.map_or_else(|| "none".to_owned(), |s| format!("`{s}`"))
}

/// Compatible changes of text: they reach people, not code.
fn wording(o: &Entry, n: &Entry, out: &mut Vec<Change>) {
    let id = &n.id;
    let mut push = |kind, what: &str, from: &str, to: &str| {
        out.push(Change {
            id: id.clone(),
            kind,
            message: format!("entry `{id}`: {what} changed from {from:?} to {to:?}"),
        })
    };
    if o.title != n.title {
        push(ChangeKind::TitleChanged, "title", &o.title, &n.title);
    }
    if o.detail.source != n.detail.source {
        push(
            ChangeKind::DetailChanged,
            "detail",
            &o.detail.source,
            &n.detail.source,
        );
    }
    if o.comment != n.comment {
        push(
            ChangeKind::CommentChanged,
            "comment",
            o.comment.as_deref().unwrap_or(""),
            n.comment.as_deref().unwrap_or(""),
        );
    }
    let links = |e: &Entry| {
        e.links
            .iter()
            .map(|l| format!("{} <{}>", l.title, l.href))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if links(o) != links(n) {
        push(ChangeKind::LinksChanged, "links", &links(o), &links(n));
    }
    if o.status_reason != n.status_reason {
        push(
            ChangeKind::StatusReasonChanged,
            "status reason",
            o.status_reason.as_deref().unwrap_or(""),
            n.status_reason.as_deref().unwrap_or(""),
        );
    }
    if o.api != n.api {
        push(ChangeKind::ApiChanged, "API group", &o.api, &n.api);
    }
}

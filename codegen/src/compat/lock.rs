//! The lock file: the published surface of the catalogue, committed beside it
//! (`catalog/catalog.lock`, JSON). `check` compares the catalogue with it and rejects
//! breaking edits; `lock` rewrites it. Retired and removed entries stay in it, so their
//! ids and type URIs are never used again.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::diff::{diff_surfaces, Change};
use super::surface::{Surface, SurfaceEntry, SurfaceOperation};
use crate::diagnostic::{Diagnostic, Error, Location};
use crate::model::Catalog;

/// The lock's file name inside the catalogue directory. Not `*.yaml`: it is no catalogue file.
pub const LOCK_FILE: &str = "catalog.lock";

/// Version of the lock format written. Format 2 added `operations`, format 3 `locales`; an
/// older lock is still read, and its first rewrite records them.
pub const FORMAT: u32 = 3;

const COMMENT: &str = "The published surface of the problem catalogue, checked by `errors-codegen check`. Written by `errors-codegen lock`; do not edit by hand.";

/// A lock file's content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    #[serde(rename = "$comment", default)]
    comment: String,
    /// The format version.
    pub format: u32,
    /// Every entry ever published, sorted by id.
    pub entries: Vec<SurfaceEntry>,
    /// Every operation ever published, with its error set, sorted by id.
    #[serde(default)]
    pub operations: Vec<SurfaceOperation>,
    /// The locales of titles and details, sorted.
    #[serde(default)]
    pub locales: Vec<String>,
}

impl Lock {
    /// A lock of exactly this surface.
    pub fn new(surface: Surface) -> Lock {
        Lock {
            comment: COMMENT.to_owned(),
            format: FORMAT,
            entries: surface.entries,
            operations: surface.operations,
            locales: surface.locales,
        }
    }

    /// The recorded surface, tombstones included.
    pub fn surface(&self) -> Surface {
        Surface {
            entries: self.entries.clone(),
            operations: self.operations.clone(),
            locales: self.locales.clone(),
        }
    }

    /// Read the lock at `path`; `Ok(None)` when there is none. A lock that does not
    /// parse is a diagnostic at its line and column, shown with the `display` path.
    pub fn read(path: &Path, display: &Path) -> Result<Option<(Lock, String)>, Error> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(Error::Io {
                    path: path.to_path_buf(),
                    source,
                })
            }
        };
        let lock = Lock::parse(&text, display)
            .map_err(|d| Error::Catalog(crate::Diagnostics::new(vec![d])))?;
        Ok(Some((lock, text)))
    }

    /// Parse a lock's text.
    pub fn parse(text: &str, display: &Path) -> Result<Lock, Diagnostic> {
        let at = |line: usize, col: usize| Location {
            file: display.to_path_buf(),
            line: line.max(1),
            col: col.max(1),
        };
        let lock: Lock = serde_json::from_str(text).map_err(|e| {
            let message = match e.to_string().find(" at line ") {
                Some(i) => e.to_string()[..i].to_owned(),
                None => e.to_string(),
            };
            Diagnostic::error(
                at(e.line(), e.column()),
                format!("lock file is not valid: {message}; rewrite it with `errors-codegen lock`"),
            )
        })?;
        if !(1..=FORMAT).contains(&lock.format) {
            return Err(Diagnostic::error(
                at(1, 1),
                format!(
                    "lock file format {} is not supported (expected {FORMAT})",
                    lock.format
                ),
            ));
        }
        Ok(lock)
    }

    /// The lock as pretty JSON, ending with a newline.
    pub fn render(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }

    /// The lock after accepting `catalog`: its surface, plus every entry and operation of
    /// this lock that the catalogue no longer has, kept as a tombstone.
    pub fn updated(&self, catalog: &Catalog) -> Lock {
        let mut surface = Surface::of(catalog);
        for old in &self.entries {
            if surface.get(&old.id).is_none() {
                let mut gone = old.clone();
                gone.removed = true;
                surface.entries.push(gone);
            }
        }
        surface.entries.sort_by(|a, b| a.id.cmp(&b.id));
        for old in &self.operations {
            if surface.operation(&old.id).is_none() {
                let mut gone = old.clone();
                gone.removed = true;
                surface.operations.push(gone);
            }
        }
        surface.operations.sort_by(|a, b| a.id.cmp(&b.id));
        Lock::new(surface)
    }

    /// The changes from this lock to `catalog`, classified.
    pub fn changes(&self, catalog: &Catalog) -> Vec<Change> {
        diff_surfaces(&self.surface(), &Surface::of(catalog))
    }

    /// Compare `catalog` with this lock: an error per breaking change, placed at the entry
    /// (or, for a removed entry, at its record in the lock), and a warning per compatible
    /// change that the lock does not record yet.
    pub fn check(&self, catalog: &Catalog, display: &Path, text: &str) -> Vec<Diagnostic> {
        let shown = display.display();
        self.changes(catalog)
            .into_iter()
            .map(|change| {
                let entry = catalog.entries.iter().find(|e| e.id == change.id);
                let translation = catalog.translation(&change.id);
                let at = match (entry, catalog.operation(&change.id), translation) {
                    (Some(e), _, _) => e.location.clone(),
                    (None, Some(o), _) => o.location.clone(),
                    (None, None, Some(t)) => Location::new(&t.file, 1, 1),
                    (None, None, None) => locate_id(text, &change.id, display),
                };
                if change.is_breaking() {
                    Diagnostic::error(at, format!(
                        "{}: breaking against {shown}; revert it (to change what an entry means, retire it and add a new one), or accept it with `errors-codegen lock --allow-breaking`",
                        change.message
                    ))
                } else {
                    Diagnostic::warning(at, format!(
                        "{}: not yet in {shown}; run `errors-codegen lock`",
                        change.message
                    ))
                }
            })
            .collect()
    }
}

/// Where `"id": "<id>"` stands in the lock's text, or for a locale its `"<tag>"` among the
/// locales (line 1 if it cannot be found).
fn locate_id(text: &str, id: &str, display: &Path) -> Location {
    let record = format!("\"id\": {}", serde_json::Value::from(id));
    let tag = format!("{},", serde_json::Value::from(id));
    let last_tag = serde_json::Value::from(id).to_string();
    let at = |needle: &str| {
        text.lines().enumerate().find_map(|(i, l)| {
            (l.trim() == needle).then(|| (i + 1, l.find(needle).unwrap_or(0) + 1))
        })
    };
    if let Some((line, col)) = at(&tag).or_else(|| at(&last_tag)) {
        return Location {
            file: display.to_path_buf(),
            line,
            col,
        };
    }
    let needle = record;
    let (line, col) = text
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.find(&needle).map(|c| (i + 1, l[..c].chars().count() + 1)))
        .unwrap_or((1, 1));
    Location {
        file: display.to_path_buf(),
        line,
        col,
    }
}

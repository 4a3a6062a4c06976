//! Translation files: `locales/<tag>.yaml` beside the catalogue, one per locale, keyed by
//! entry id, each entry with its `title` and `detail` in that language.
//!
//! ```yaml
//! locale: nb
//! entries:
//!   reference_not_found:
//!     title: Fant ikke referansen
//!     detail: Referansen {reference} finnes ikke for MSN {msn}
//! ```

use std::path::{Path, PathBuf};

use super::fields::Fields;
use super::record::Reader;
use super::tree::{describe, Node, Seg, Value};
use super::LoadedFile;
use crate::diagnostic::{Diagnostic, Error};

/// The folder of translation files, inside the catalogue directory.
pub const LOCALES_DIR: &str = "locales";

/// The keys a translation file may have at its top level.
pub const TRANSLATION_KEYS: &[&str] = &["locale", "entries"];

/// The keys one translated entry may have.
pub const TEXT_KEYS: &[&str] = &["title", "detail"];

/// A translation file, as written.
#[derive(Clone, Debug, Default)]
pub struct TranslationSpec {
    /// The BCP 47 tag of its language.
    pub locale: Option<String>,
    /// The translated entries, in file order.
    pub entries: Vec<TextSpec>,
}

/// The texts of one entry in one language, as written.
#[derive(Clone, Debug, Default)]
pub struct TextSpec {
    /// The entry id (the key).
    pub id: String,
    /// The translated title.
    pub title: Option<String>,
    /// The translated detail template.
    pub detail: Option<String>,
}

/// The path of the translated entry `id`.
pub fn text_path(id: &str) -> Vec<Seg> {
    vec![Seg::Key("entries".into()), Seg::Key(id.into())]
}

/// Whether `path` is a translation file: a file of a `locales` folder.
pub fn is_translation(path: &Path) -> bool {
    path.parent()
        .and_then(Path::file_name)
        .is_some_and(|name| name == LOCALES_DIR)
}

/// The translation files of the catalogue in `dir`: every `locales/*.yaml` / `*.yml`,
/// sorted by name; none when there is no `locales` folder.
pub fn translation_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let dir = dir.join(LOCALES_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    match super::catalog_files(&dir) {
        Ok(files) => Ok(files),
        Err(Error::NoCatalog(_)) => Ok(Vec::new()),
        Err(other) => Err(other),
    }
}

/// Decode a translation file.
pub fn decode_translation(
    file: &LoadedFile,
    root: &Node,
    diags: &mut Vec<Diagnostic>,
) -> TranslationSpec {
    let Value::Map(map) = &root.value else {
        diags.push(Diagnostic::error(
            file.location(1, 1),
            format!(
                "a translation file must be a mapping with `locale` and `entries`, found {}",
                describe(&root.value)
            ),
        ));
        return TranslationSpec::default();
    };
    let mut f = Fields {
        file,
        map,
        path: Vec::new(),
        owner: "translation file".into(),
        diags,
    };
    f.reject_unknown(TRANSLATION_KEYS);
    let mut spec = TranslationSpec {
        locale: f.required("locale"),
        entries: Vec::new(),
    };
    match f.get("entries").map(|node| &node.value) {
        None => f.diags.push(Diagnostic::error(
            file.location(1, 1),
            "translation file: missing required field `entries`",
        )),
        Some(Value::Map(items)) => {
            for (key, value) in items {
                if let Some(text) = decode_text(file, key, value, f.diags) {
                    spec.entries.push(text);
                }
            }
        }
        Some(Value::Null) => {}
        Some(other) => f.diags.push(Diagnostic::error(
            file.at(&[Seg::Key("entries".into())]),
            format!(
                "translation file: field `entries`: invalid type: {}, expected a mapping of entry ids to their `title` and `detail`",
                describe(other)
            ),
        )),
    }
    spec
}

fn decode_text(
    file: &LoadedFile,
    key: &Node,
    value: &Node,
    diags: &mut Vec<Diagnostic>,
) -> Option<TextSpec> {
    let Some(id) = key.as_str() else {
        diags.push(Diagnostic::error(
            file.location(key.pos.line, key.pos.col),
            format!(
                "translation file: an entry id is text, found {}",
                describe(&key.value)
            ),
        ));
        return None;
    };
    let path = text_path(id);
    let Value::Map(map) = &value.value else {
        diags.push(Diagnostic::error(
            file.at(&path),
            format!(
                "entry `{id}`: expected a mapping with `title` and `detail`, found {}",
                describe(&value.value)
            ),
        ));
        return None;
    };
    let mut f = Fields {
        file,
        map,
        path,
        owner: format!("entry `{id}`"),
        diags,
    };
    f.reject_unknown(TEXT_KEYS);
    Some(TextSpec {
        id: id.to_owned(),
        title: f.required_text("title"),
        detail: f.required_text("detail"),
    })
}

//! Stage 3: the validated catalogue, one model that every emitter reads.
//!
//! Read-only from outside the crate: fields are reached through accessor methods, so the
//! model can grow without breaking a caller, and only validation builds it.

mod entry;
mod kinds;
mod operation;
mod template;
mod translation;

use std::path::{Path, PathBuf};

pub use entry::{Entry, Link, Param, PROBLEM_STATUSES};
pub use kinds::{ParamKind, Retry, SentAs, Vocabulary};
pub use operation::Operation;
pub use template::{Segment, Template};
pub use translation::{Text, Translation};

/// The whole catalogue: every API group and every entry, in file order.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// One group per file, sorted by file name.
    pub(crate) apis: Vec<Api>,
    /// Every entry of every file, in file order.
    pub(crate) entries: Vec<Entry>,
    /// Every operation of every file, in file order.
    pub(crate) operations: Vec<Operation>,
    /// The locale of the titles and details above.
    pub(crate) source_locale: String,
    /// The other locales, sorted by tag.
    pub(crate) translations: Vec<Translation>,
}

impl Catalog {
    /// One group per catalogue file, sorted by file name.
    pub fn apis(&self) -> &[Api] {
        &self.apis
    }

    /// Every entry of every file, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every operation of every file, in file order; each with the entries it can return.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this id, if any.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// The operations that can return the entry `id`, in catalogue order (every operation
    /// for an entry with `every_operation: true`).
    pub fn operations_returning<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Operation> + 'a {
        self.operations.iter().filter(move |o| o.returns(id))
    }

    /// The entry with this id, if any.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Type URIs that identify no entry, with `{status}` standing for the status.
    pub fn generic_types(&self) -> Vec<&str> {
        let mut all: Vec<&str> = Vec::new();
        for t in self.apis.iter().flat_map(|a| &a.generic_types) {
            if !all.contains(&t.as_str()) {
                all.push(t);
            }
        }
        all
    }

    /// The most parameters any entry has: the generated code pads every entry's values to it.
    pub fn max_params(&self) -> usize {
        self.entries
            .iter()
            .map(|e| e.params.len())
            .max()
            .unwrap_or(0)
    }

    /// The entries of one API group.
    pub fn entries_of<'a>(&'a self, api: &'a Api) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.api == api.api)
    }
}

impl Catalog {
    /// The locale (BCP 47) the catalogue's own titles and details are written in: the
    /// files' `locale`, `en` when none says.
    pub fn source_locale(&self) -> &str {
        &self.source_locale
    }

    /// Every locale the catalogue's texts exist in: the source locale first, then each
    /// translation, sorted by tag.
    pub fn locales(&self) -> Vec<&str> {
        let others = self.translations.iter().map(|t| t.locale.as_str());
        std::iter::once(self.source_locale.as_str())
            .chain(others)
            .collect()
    }

    /// The translations, sorted by tag.
    pub fn translations(&self) -> &[Translation] {
        &self.translations
    }

    /// The translation for `locale` (ASCII case ignored), if the catalogue has one.
    pub fn translation(&self, locale: &str) -> Option<&Translation> {
        self.translations
            .iter()
            .find(|t| t.locale.eq_ignore_ascii_case(locale))
    }

    /// The entry's title in `locale`: the translation's when it has one, else the source's.
    pub fn title_in<'a>(&'a self, entry: &'a Entry, locale: &str) -> &'a str {
        self.text_in(entry, locale)
            .map_or(&entry.title, |t| &t.title)
    }

    /// The entry's detail template in `locale`, falling back to the source's.
    pub fn detail_in<'a>(&'a self, entry: &'a Entry, locale: &str) -> &'a Template {
        self.text_in(entry, locale)
            .map_or(&entry.detail, |t| &t.detail)
    }

    /// The entry's detail in `locale`, rendered with each parameter's example value.
    pub fn example_detail_in(&self, entry: &Entry, locale: &str) -> String {
        entry.render_example(self.detail_in(entry, locale))
    }

    /// The entry's own texts in `locale`, when that is a translation and it is translated.
    pub fn text_in(&self, entry: &Entry, locale: &str) -> Option<&Text> {
        let position = self.entries.iter().position(|e| e.id == entry.id)?;
        self.translation(locale)?.text_at(position)
    }
}

/// One catalogue file: an API and the defaults of its entries.
#[derive(Clone, Debug)]
pub struct Api {
    pub(crate) api: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) type_base: Option<String>,
    pub(crate) generic_types: Vec<String>,
    pub(crate) file: PathBuf,
}

impl Api {
    /// The snake_case group name (the file's `api`).
    pub fn api(&self) -> &str {
        &self.api
    }

    /// The human name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// One paragraph about the API.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The base that relative type URIs are resolved against.
    pub fn type_base(&self) -> Option<&str> {
        self.type_base.as_deref()
    }

    /// Generic type URIs the live API sends, which identify no entry.
    pub fn generic_types(&self) -> &[String] {
        &self.generic_types
    }

    /// The file, as shown to people.
    pub fn file(&self) -> &Path {
        &self.file
    }
}

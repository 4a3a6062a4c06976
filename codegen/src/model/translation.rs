//! The catalogue's titles and details in other languages than its source locale.

use std::path::{Path, PathBuf};

use super::{Catalog, Entry, Template};

/// The texts of the catalogue in one locale other than the source.
#[derive(Clone, Debug)]
pub struct Translation {
    pub(crate) locale: String,
    pub(crate) file: PathBuf,
    /// By entry position in [`Catalog::entries`]; `None` for an untranslated entry.
    pub(crate) texts: Vec<Option<Text>>,
}

/// The title and detail template of one entry in one locale.
#[derive(Clone, Debug)]
pub struct Text {
    pub(crate) title: String,
    pub(crate) detail: Template,
}

impl Translation {
    /// The BCP 47 tag, as written in its file.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The translation file, as shown to people.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The texts of the entry at `position` of [`Catalog::entries`], if it is translated.
    pub fn text_at(&self, position: usize) -> Option<&Text> {
        self.texts.get(position)?.as_ref()
    }

    /// How many entries it translates.
    pub fn translated(&self) -> usize {
        self.texts.iter().flatten().count()
    }
}

impl Text {
    /// The translated title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The translated detail template; its placeholders are those of the source's.
    pub fn detail(&self) -> &Template {
        &self.detail
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

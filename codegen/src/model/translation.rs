//! The catalogue's titles and details in other languages than its source locale.

use std::path::{Path, PathBuf};

use super::Template;

/// The texts of the catalogue in one locale other than the source.
#[derive(Clone, Debug)]
pub struct Translation {
    pub(crate) locale: String,
    pub(crate) file: PathBuf,
    /// By entry position in `Catalog::entries`; `None` for an untranslated entry.
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

    /// The texts of the entry at `position` of `Catalog::entries`, if it is translated.
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

//! A catalogue's titles and details in its other locales, as the generator writes them.

use crate::catalog::index::Index;
use crate::problem::segment::TemplateSegment;

/// One entry's title and detail template in one locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalText {
    pub(crate) title: &'static str,
    pub(crate) detail_template: &'static str,
    pub(crate) segments: &'static [TemplateSegment],
}

impl LocalText {
    /// The title in this locale.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The detail template in this locale, `{name}` for parameters (the source's names).
    pub const fn detail_template(&self) -> &'static str {
        self.detail_template
    }

    /// The template split into literal text and parameter slots. Support for generated
    /// code.
    #[doc(hidden)]
    pub const fn segments(&self) -> &'static [TemplateSegment] {
        self.segments
    }
}

/// The translations of one catalogue, generated beside its table: its locales (the source
/// first) and, per translation, each entry's texts and the classification index over them.
/// Support for generated code: it builds one with `__private::translations_v1`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Translations {
    pub(crate) locales: &'static [&'static str],
    /// Rows per chunk of `texts`, as a shift when it is a power of two (what the generator
    /// writes): no division on the way to a text.
    pub(crate) chunk: usize,
    pub(crate) chunk_shift: Option<u32>,
    /// Per translation (`locales[1..]`), by entry position in chunks of `chunk` rows: `None`
    /// for an entry it leaves untranslated (the source text is sent).
    pub(crate) texts: &'static [&'static [&'static [Option<LocalText>]]],
    /// Per translation, the index classification scans, over its texts.
    pub(crate) indexes: &'static [Index],
}

/// A catalogue with no translations, written in English: what code generated before
/// translations existed reports.
pub(crate) static ENGLISH_ONLY: Translations = Translations {
    locales: &["en"],
    chunk: 1,
    chunk_shift: Some(0),
    texts: &[],
    indexes: &[],
};

impl Translations {
    /// Every locale, the source first.
    pub(crate) fn locales(&self) -> &'static [&'static str] {
        self.locales
    }

    /// The texts of the entry at `position` in locale `locale` (an index of `locales`);
    /// `None` for the source locale and for an untranslated entry.
    pub(crate) fn text(&self, locale: usize, position: usize) -> Option<&'static LocalText> {
        let chunks = self.texts.get(locale.checked_sub(1)?)?;
        let (at, row) = match self.chunk_shift {
            Some(shift) => (position >> shift, position & (self.chunk - 1)),
            None => (position / self.chunk.max(1), position % self.chunk.max(1)),
        };
        chunks.get(at)?.get(row)?.as_ref()
    }

    /// The index of translation `locale` (an index of `locales`, not the source's).
    pub(crate) fn index(&self, locale: usize) -> Option<&'static Index> {
        self.indexes.get(locale.checked_sub(1)?)
    }
}

#[cfg(test)]
mod tests {
    use super::{LocalText, Translations};
    use crate::__private::{text_v1, translations_v1, TranslationsV1};

    const fn text(title: &'static str) -> Option<LocalText> {
        Some(text_v1(title, title, &[]))
    }

    static ROWS: [Option<LocalText>; 5] = [text("a"), text("b"), None, text("d"), text("e")];

    /// The same five rows in chunks of `chunk`.
    fn chunked(chunk: usize) -> Translations {
        let chunks: Vec<&'static [Option<LocalText>]> = ROWS.chunks(chunk).collect();
        translations_v1(TranslationsV1 {
            locales: &["en", "nb"],
            chunk,
            texts: Box::leak(Box::new([&*Box::leak(chunks.into_boxed_slice())])),
            indexes: &[],
        })
    }

    #[test]
    fn a_text_is_found_in_chunks_of_any_size() {
        for chunk in [1, 2, 3, 4, 8] {
            let t = chunked(chunk);
            let titles: Vec<Option<&str>> =
                (0..6).map(|at| t.text(1, at).map(|x| x.title())).collect();
            assert_eq!(
                titles,
                [Some("a"), Some("b"), None, Some("d"), Some("e"), None],
                "chunk {chunk}"
            );
            // The source locale has no table of its own; nor has a locale beyond the list.
            assert!(t.text(0, 0).is_none() && t.text(2, 0).is_none());
        }
    }
}

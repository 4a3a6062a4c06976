//! The catalogue's titles and details in its other languages, and choosing among them.
//!
//! A catalogue is written in one source locale (`en` unless it says) and may carry
//! translations (`locales/<tag>.yaml` beside it). The generator writes every locale's texts
//! as static tables, so a localised problem is rendered as the source one is: from static
//! segments, straight into the output, without allocating. The type URI, the status and the
//! extension members never change with the locale; only `title` and `detail` do.
//!
//! ```
//! use errors_core::locale::lookup;
//!
//! let locales = ["en", "nb"];
//! assert_eq!(lookup(&locales, "nb"), Some(1));
//! assert_eq!(lookup(&locales, "nb-NO"), Some(1)); // a more specific tag falls back
//! assert_eq!(lookup(&locales, "EN-gb"), Some(0)); // case does not matter
//! assert_eq!(lookup(&locales, "da"), None);
//! ```

use std::fmt;

use serde::{Serialize, Serializer};

use crate::catalog::TemplateSegment;
use crate::classify::index::Index;
use crate::{CatalogProblem, ProblemDetails, ProblemKind};

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

/// The position in `locales` of the locale that serves `tag` (BCP 47, ASCII case ignored):
/// the same tag, else the tag with its last subtags cut one by one (`nb-NO` → `nb`, as
/// RFC 4647's lookup does), else the first locale that is a more specific form of it
/// (`nb` → `nb-NO`). `None` when none does.
pub fn lookup(locales: &[&str], tag: &str) -> Option<usize> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    let same = |candidate: &str| {
        locales
            .iter()
            .position(|l| l.eq_ignore_ascii_case(candidate))
    };
    let mut range = tag;
    loop {
        if let Some(at) = same(range) {
            return Some(at);
        }
        let Some((shorter, _)) = range.rsplit_once('-') else {
            break;
        };
        // A single-letter subtag (`x-`, an extension's singleton) means nothing alone.
        range = match shorter.rsplit_once('-') {
            Some((before, last)) if last.len() == 1 => before,
            _ => shorter,
        };
    }
    locales.iter().position(|l| {
        l.as_bytes().get(tag.len()) == Some(&b'-')
            && l.get(..tag.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(tag))
    })
}

/// A catalogue problem with its title and detail in one of the catalogue's locales, made by
/// [`CatalogProblem::localized`]: it serializes as problem+json and displays as its detail,
/// like the problem itself, with the locale's texts.
///
/// Serializing writes straight into the output, as the problem does: nothing is allocated
/// beyond the output buffer.
pub struct Localized<'a, P> {
    pub(crate) problem: &'a P,
    pub(crate) locale: usize,
}

impl<'a, P: CatalogProblem> Localized<'a, P> {
    /// `problem` in the locale at `locale` of its catalogue's locales.
    pub(crate) fn new(problem: &'a P, locale: usize) -> Self {
        Localized { problem, locale }
    }

    /// The locale used (the catalogue's source locale when the one asked for is missing).
    pub fn locale(&self) -> &'static str {
        let locales = P::Kind::locales();
        locales
            .get(self.locale)
            .or(locales.first())
            .copied()
            .unwrap_or("en")
    }

    /// The problem itself.
    pub fn problem(&self) -> &'a P {
        self.problem
    }

    /// The title in this locale (for `Unknown`, the one received).
    pub fn title(&self) -> &'a str {
        self.problem.title_in(self.locale)
    }

    /// The body in this locale, as a value.
    pub fn to_problem_details(&self) -> ProblemDetails {
        self.problem.details_in(self.locale)
    }
}

impl<P: CatalogProblem> Serialize for Localized<'_, P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.problem.serialize_in(self.locale, serializer)
    }
}

impl<P: CatalogProblem> fmt::Display for Localized<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt_in(self.locale, f)
    }
}

impl<P: CatalogProblem> fmt::Debug for Localized<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localized")
            .field("problem", self.problem)
            .field("locale", &self.locale())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::{lookup, LocalText, Translations};
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

    #[test]
    fn lookup_falls_back_from_specific_to_general_and_the_reverse() {
        let locales = ["en", "nb", "da-DK"];
        assert_eq!(lookup(&locales, "nb"), Some(1));
        assert_eq!(lookup(&locales, "NB-no"), Some(1));
        assert_eq!(lookup(&locales, "nb-Latn-NO-x-oslo"), Some(1));
        assert_eq!(lookup(&locales, "da"), Some(2));
        assert_eq!(lookup(&locales, "da-DK"), Some(2));
        assert_eq!(lookup(&locales, "d"), None);
        assert_eq!(lookup(&locales, "fi"), None);
        assert_eq!(lookup(&locales, ""), None);
        assert_eq!(lookup(&locales, "-"), None);
        assert_eq!(lookup(&locales, "nb-"), Some(1));
        assert_eq!(lookup(&[], "nb"), None);
        // Text that is no tag at all finds nothing, and never panics.
        assert_eq!(lookup(&["nø-X", "en"], "n"), None);
        assert_eq!(lookup(&locales, "ø"), None);
    }
}

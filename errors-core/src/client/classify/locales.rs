//! Identification in every locale of a catalogue: the index of each, and matching a detail
//! against an entry's template in one locale or in any.

use crate::catalog::index::Index;
use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;

/// Which locale of the catalogue the body's texts matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Matched {
    /// The locale at this position matched while identifying.
    At(u16),
    /// The entry was known by its type URI or legacy code: the locale is that of its
    /// title (else detail), found when asked for, off the path of every response.
    OfTexts,
    /// No text of the catalogue matched.
    Nothing,
}

impl Matched {
    /// The locale at `position`.
    pub(crate) fn at(position: usize) -> Matched {
        u16::try_from(position).map_or(Matched::Nothing, Matched::At)
    }
}

/// The classification index of each locale, with its position among the catalogue's
/// locales: the source's first, then each translation's.
pub(super) fn indexes<P: CatalogProblem>() -> impl Iterator<Item = (usize, &'static Index)> {
    let translations = P::Kind::translations();
    let others = (1..translations.locales().len())
        .filter_map(move |locale| Some((locale, translations.index(locale)?)));
    std::iter::once((0, P::Kind::classify_index())).chain(others)
}

/// `from_detail` in `locale`, on the text as received and then trimmed.
pub(super) fn match_detail<P: CatalogProblem>(
    kind: P::Kind,
    locale: usize,
    detail: &str,
) -> Option<P> {
    let matched = |text: &str| match locale {
        0 => P::from_detail(kind, text),
        _ => P::from_detail_in(kind, locale, text),
    };
    matched(detail).or_else(|| {
        let trimmed = detail.trim();
        (trimmed.len() != detail.len())
            .then(|| matched(trimmed))
            .flatten()
    })
}

/// The problem from `detail` in the first locale whose template of `kind` fits it, and
/// that locale.
pub(super) fn match_detail_any<P: CatalogProblem>(
    kind: P::Kind,
    detail: &str,
) -> Option<(usize, P)> {
    let count = P::Kind::translations().locales().len().max(1);
    (0..count).find_map(|locale| Some((locale, match_detail::<P>(kind, locale, detail)?)))
}

/// The locale a body of a known entry is written in: the first whose title of the entry is
/// `title` (ASCII case and outer spaces aside), else whose template fits `detail`.
pub(crate) fn body_locale<P: CatalogProblem>(
    kind: P::Kind,
    title: Option<&str>,
    detail: Option<&str>,
) -> Option<usize> {
    let position = kind.position();
    if let Some(title) = title.map(str::trim) {
        let found = indexes::<P>().find(|(_, index)| {
            index
                .titles
                .get(position)
                .is_some_and(|t| !t.is_empty() && t.eq_ignore_ascii_case(title))
        });
        if let Some((locale, _)) = found {
            return Some(locale);
        }
    }
    let detail = detail?;
    match_detail_any::<P>(kind, detail).map(|(locale, _)| locale)
}

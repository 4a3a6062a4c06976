//! The trait of a catalogue's typed problem enum: what generic code (classification,
//! responses, localisation) asks of it.

use std::fmt::{self, Debug, Display};

use serde::de::DeserializeOwned;
use serde::{Serialize, Serializer};

use crate::catalog::kind::ProblemKind;
use crate::catalog::locale::lookup;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::ProblemDetails;
use crate::problem::param_value::ParamValue;

/// The typed problem enum of a catalogue: one variant per entry, plus `Unknown`.
pub trait CatalogProblem:
    ToProblem
    + Clone
    + Debug
    + Display
    + PartialEq
    + Send
    + Sync
    + Serialize
    + DeserializeOwned
    + 'static
{
    /// The catalogue's fieldless enum of problem types.
    type Kind: ProblemKind;

    /// The problem type, `None` for `Unknown`.
    fn problem_type(&self) -> Option<Self::Kind>;
    /// A problem of type `kind` with each parameter set to its example value.
    fn example(kind: Self::Kind) -> Self;
    /// Recover the parameters of `kind` from a rendered detail; `None` when it does not fit.
    fn from_detail(kind: Self::Kind, detail: &str) -> Option<Self>;
    /// The typed problem for a received body: by exact type URI, parameters read from
    /// extension members (or the detail), else `Unknown` keeping the body.
    fn from_problem_details(details: ProblemDetails) -> Self;
    /// Wrap a problem outside the catalogue.
    fn unknown(details: ProblemDetails) -> Self;
    /// The kept body, for `Unknown`.
    fn as_unknown(&self) -> Option<&ProblemDetails>;
    /// The parameters and their values, in template order.
    fn params(&self) -> Vec<(&'static str, ParamValue<'_>)>;

    /// The problem with its title and detail in the catalogue's locale that serves `locale`
    /// (a BCP 47 tag, matched by [`lookup`](crate::locale::lookup)), else in its source
    /// locale: serialize it, display it, or take its body.
    fn localized(&self, locale: &str) -> Localized<'_, Self> {
        let at = lookup(Self::Kind::locales(), locale).unwrap_or(0);
        Localized::new(self, at)
    }

    /// Recover the parameters of `kind` from a detail written in the locale at `locale` of
    /// [`ProblemKind::locales`]. Support for generated code; the default knows the source
    /// locale only.
    #[doc(hidden)]
    fn from_detail_in(kind: Self::Kind, locale: usize, detail: &str) -> Option<Self> {
        (locale == 0)
            .then(|| Self::from_detail(kind, detail))
            .flatten()
    }

    /// The title in the locale at `locale`. Support for [`Localized`](Localized).
    #[doc(hidden)]
    fn title_in(&self, locale: usize) -> &str {
        let _ = locale;
        match self.problem_type() {
            Some(kind) => kind.info().title,
            None => self
                .as_unknown()
                .and_then(|d| d.title.as_deref())
                .unwrap_or(""),
        }
    }

    /// The body in the locale at `locale`. Support for [`Localized`](Localized).
    #[doc(hidden)]
    fn details_in(&self, locale: usize) -> ProblemDetails {
        let _ = locale;
        self.to_problem_details()
    }

    /// problem+json in the locale at `locale`. Support for [`Localized`](Localized).
    #[doc(hidden)]
    fn serialize_in<S: Serializer>(&self, locale: usize, serializer: S) -> Result<S::Ok, S::Error> {
        let _ = locale;
        self.serialize(serializer)
    }

    /// The detail in the locale at `locale`. Support for [`Localized`](Localized).
    #[doc(hidden)]
    fn fmt_in(&self, locale: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = locale;
        Display::fmt(self, f)
    }
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

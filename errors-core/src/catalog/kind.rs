//! The trait of a catalogue's fieldless enum of problem types, and the error of a type URI
//! it does not have.

use std::fmt::{self, Debug, Display};
use std::hash::Hash;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::index::Index;
use super::info::ProblemTypeInfo;
use super::translations::{self, Translations};

/// A type URI that no entry of the catalogue has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownTypeUri(pub String);

impl Display for UnknownTypeUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no problem type of the catalogue has the type URI `{}`",
            self.0
        )
    }
}

impl std::error::Error for UnknownTypeUri {}

/// The fieldless enum of a catalogue's problem types.
pub trait ProblemKind:
    Copy + Eq + Hash + Debug + Display + Send + Sync + Serialize + DeserializeOwned + 'static
{
    /// Every problem type, in catalogue order.
    fn all() -> &'static [Self];
    /// What the catalogue says about this type.
    fn info(self) -> &'static ProblemTypeInfo;
    /// The problem type with this exact type URI.
    fn from_type_uri(uri: &str) -> Option<Self>;
    /// Type URIs the live API sends that identify no entry; `{status}` stands for the status.
    fn generic_type_uris() -> &'static [&'static str];
    /// The catalogue's facts packed for classification, generated beside its table.
    #[doc(hidden)]
    fn classify_index() -> &'static Index;

    /// The locales the catalogue's titles and details exist in (BCP 47 tags): its source
    /// locale first, then each translation.
    fn locales() -> &'static [&'static str] {
        Self::translations().locales()
    }

    /// The position of this problem type in [`all`](Self::all). Support for classification;
    /// generated code answers without a search.
    #[doc(hidden)]
    fn position(self) -> usize {
        Self::all()
            .iter()
            .position(|k| *k == self)
            .unwrap_or(usize::MAX)
    }

    /// The catalogue's translations, generated beside its table (code generated before
    /// translations existed has none: English only).
    #[doc(hidden)]
    fn translations() -> &'static Translations {
        &translations::ENGLISH_ONLY
    }

    /// Whether `uri` identifies nothing by itself: `about:blank` or a generic per-status URI.
    fn is_generic_type_uri(uri: &str) -> bool {
        uri == "about:blank"
            || Self::generic_type_uris().iter().any(|pattern| {
                let Some((head, tail)) = pattern.split_once("{status}") else {
                    return uri == *pattern;
                };
                uri.len() > head.len() + tail.len()
                    && uri.starts_with(head)
                    && uri.ends_with(tail)
                    && uri[head.len()..uri.len() - tail.len()]
                        .bytes()
                        .all(|b| b.is_ascii_digit())
            })
    }
}

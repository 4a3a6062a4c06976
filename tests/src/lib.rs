//! Cross-crate tests live in `tests/`; fixtures in `fixtures/`. Nothing is exported.

// The README's Rust examples compile and run as doctests of this package, whose
// dev-dependencies are every published crate.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}

// The guide's chapters, in the crate docs of vipps-problems, run here with every feature on.
#[cfg(doctest)]
#[doc = include_str!("../../catalog/src/guide/using.md")]
mod guide_using {}
#[cfg(doctest)]
#[doc = include_str!("../../catalog/src/guide/classifying.md")]
mod guide_classifying {}
#[cfg(doctest)]
#[doc = include_str!("../../catalog/src/guide/retrying.md")]
mod guide_retrying {}
#[cfg(doctest)]
#[doc = include_str!("../../catalog/src/guide/servers.md")]
mod guide_servers {}
#[cfg(doctest)]
#[doc = include_str!("../../catalog/src/guide/languages.md")]
mod guide_languages {}

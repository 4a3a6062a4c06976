//! Cross-crate tests live in `tests/`; fixtures in `fixtures/`. Nothing is exported.

// The README's Rust examples compile and run as doctests of this package, whose
// dev-dependencies are every published crate.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}

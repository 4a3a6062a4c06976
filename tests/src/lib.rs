//! Cross-crate tests live in `tests/`; fixtures in `fixtures/`. Nothing is exported.

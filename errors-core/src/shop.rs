//! A small fixture catalogue for this crate's own tests.

errors_macros::catalog!("tests/fixtures/shop.yaml");

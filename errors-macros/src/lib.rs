//! Proc macros for `errors-core`. The `catalog!` macro and `#[derive(Problem)]` arrive with
//! the server issue; this crate already depends on the same generator as build scripts.

//! Proc macros for `errors-core`.
//!
//! - [`catalog!`](catalog!): the catalogue generator of `errors-codegen` as a macro, for a
//!   crate with its own catalogue and no build script.
//! - [`#[derive(Problem)]`](derive@Problem): `errors_core::ToProblem` (and, with errors-core's
//!   `axum` feature, `IntoResponse`) for a hand-written error enum or struct.
//!
//! The code both macros generate names `::errors_core` and `::thiserror`: a crate that uses
//! them depends on `errors-core` and `thiserror` (and `serde` is reached through errors-core).

mod catalog;
mod derive;

use proc_macro::TokenStream;

/// Generate a catalogue's typed problems in place: `ProblemType` and `Problem`, exactly as
/// `errors_codegen::Config::compile` writes them for a build script.
///
/// The path (a `*.yaml` file, or a directory whose `*.yaml` files make the catalogue) is
/// relative to the crate's `Cargo.toml` directory (`CARGO_MANIFEST_DIR`). Every mistake in
/// the catalogue becomes a `compile_error!` with its `file:line:col`. The files are
/// included with `include_bytes!`, so editing one recompiles the crate; a file added to the
/// directory is seen at the next rebuild of the crate.
///
/// ```ignore
/// mod shop {
///     errors_macros::catalog!("catalog");
/// }
/// let problem = shop::Problem::example(shop::ProblemType::OutOfStock);
/// ```
///
/// The generated code needs `errors-core` and `thiserror` among the crate's dependencies.
#[proc_macro]
pub fn catalog(input: TokenStream) -> TokenStream {
    catalog::expand(input.into()).into()
}

/// Implement `errors_core::ToProblem` for a hand-written error type, so it is sent as a
/// problem+json response like the generated types (`IntoResponse` too, when errors-core's
/// `axum` feature is on).
///
/// On a struct, or on each variant of an enum, either give the facts:
///
/// - `status = 409` (required): the HTTP status, 400..=599;
/// - `type = "https://..."`: the type URI (absent: `about:blank`);
/// - `title = "..."`: the summary (absent: the status's reason phrase);
/// - `retry = "never" | "backoff" | "reauthenticate"` (absent: back off on 423, 429 and
///   5xx, never otherwise);
/// - `detail = "..."`: a fixed detail. Absent, a 4xx's detail is its `Display` text and a 5xx
///   has none, since the `Display` of a server error often quotes its source;
///
/// or name a catalogue entry: `entry = "reference_not_found"`, with `kind = path::ProblemType`
/// on the type or variant for a catalogue other than errors-core's `vipps`. The type URI,
/// title, status and retry hint are then the entry's, and the detail is its template filled
/// from the fields, so clients classify the body as that entry.
///
/// Named fields become extension members (`#[problem(rename = "extraDetails")]` to rename,
/// `#[problem(skip)]` to leave out); fields marked `#[source]`, `#[from]` or `#[backtrace]`,
/// or named `source` or `backtrace`, are never sent. Each sent field must implement
/// `serde::Serialize`.
///
/// ```ignore
/// #[derive(Debug, thiserror::Error, errors_macros::Problem)]
/// #[error("only {available} of {sku} left")]
/// #[problem(type = "https://shop.example/problems/out-of-stock", title = "Out of stock", status = 409)]
/// struct OutOfStock { sku: String, available: u32 }
/// ```
#[proc_macro_derive(Problem, attributes(problem))]
pub fn derive_problem(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

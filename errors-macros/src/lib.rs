//! Proc macros for `errors-core`.
//!
//! - [`catalog!`](catalog!): the catalogue generator of `errors-codegen` as a macro, for a
//!   crate with its own catalogue and no build script.
//! - [`#[derive(Problem)]`](derive@Problem): `errors_core::ToProblem` (and, with errors-core's
//!   `axum` feature, `IntoResponse`) for a hand-written error enum or struct.
//!
//! The code both macros generate names `::errors_core` only: a crate that uses them depends
//! on `errors-core` (`serde` is reached through it).

mod catalog;
mod derive;

use proc_macro::TokenStream;

/// Generate a catalogue's typed problems in place: `ProblemType` and `Problem`, exactly as
/// `errors_codegen::Config::compile` writes them for a build script.
///
/// The path (a `*.yaml` file, or a directory whose `*.yaml` files make the catalogue, with
/// its translations in `locales/`) is relative to the crate's `Cargo.toml` directory
/// (`CARGO_MANIFEST_DIR`); several paths, separated by commas, make one catalogue of all
/// their files (a file of a `locales` folder is a translation). Every mistake in
/// the catalogue becomes a `compile_error!` with its `file:line:col`. The files are
/// included with `include_bytes!`, so editing one recompiles the crate; a file added to the
/// directory is seen at the next rebuild of the crate.
///
/// ```
/// mod shop {
///     // Relative to this crate's Cargo.toml.
///     errors_macros::catalog!("tests/fixtures/shop.yaml");
/// }
/// use errors_core::ToProblem;
///
/// let problem = shop::Problem::OutOfStock { available: 2, sku: "A-1".into() };
/// assert_eq!(problem.status(), 409);
/// assert_eq!(problem.to_string(), "Only 2 of A-1 left.");
/// ```
///
/// The generated code needs `errors-core` among the crate's dependencies.
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
/// - `retry = "never" | "backoff" | "reauthenticate"` (absent:
///   `errors_core::RetryHint::for_status`, the rule for any problem the catalogue does not
///   describe);
/// - `detail = "..."`: a fixed detail. Absent, a 4xx's detail is its `Display` text and a 5xx
///   has none, since the `Display` of a server error often quotes its source;
///
/// or name a catalogue entry: `entry = "reference_not_found"`, of the catalogue whose
/// fieldless enum `kind = path::ProblemType` names on the type or variant (absent: the
/// `ProblemType` in scope where the derive is used). The type URI,
/// title, status and retry hint are then the entry's, and the detail is its template filled
/// from the fields, so clients classify the body as that entry: name the fields after the
/// entry's parameters. An unknown entry is a compile error on the `entry` string.
///
/// Named fields become extension members (`#[problem(rename = "extraDetails")]` to rename,
/// `#[problem(skip)]` to leave out); fields marked `#[source]`, `#[from]` or `#[backtrace]`,
/// or named `source` or `backtrace`, are never sent. Each sent field must implement
/// `serde::Serialize`.
///
/// ```
/// use errors_core::ToProblem;
/// use vipps_problems::ProblemType; // the catalogue of `entry = "..."` below
///
/// #[derive(Debug, thiserror::Error, errors_macros::Problem)]
/// #[error("only {available} of {sku} left")]
/// #[problem(type = "https://shop.example/problems/out-of-stock", title = "Out of stock", status = 409)]
/// struct OutOfStock { sku: String, available: u32 }
///
/// #[derive(Debug, thiserror::Error, errors_macros::Problem)]
/// enum PaymentError {
///     #[error("no payment {reference}")]
///     #[problem(entry = "reference_not_found")]
///     NotFound { reference: String, msn: String },
///     #[error("storage: {0}")]
///     #[problem(status = 503, title = "Storage unavailable")]
///     Storage(#[from] std::io::Error),
/// }
///
/// let body = OutOfStock { sku: "A-1".into(), available: 2 }.to_problem_details();
/// assert_eq!(body.detail.as_deref(), Some("only 2 of A-1 left"));
/// assert_eq!(body.extensions["available"], 2);
///
/// let missing = PaymentError::NotFound { reference: "order-9".into(), msn: "654321".into() };
/// assert_eq!(missing.status(), 404);
/// let storage = PaymentError::from(std::io::Error::other("db-7 refused"));
/// assert_eq!(storage.to_problem_details().detail, None); // the source is not sent
/// ```
#[proc_macro_derive(Problem, attributes(problem))]
pub fn derive_problem(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

//! Turn a YAML catalogue of HTTP API problem types (RFC 9457) into Rust and documentation.
//!
//! The stages follow the data, and are private: the files are read with the position of
//! every key, every rule is checked (all mistakes at once, each at `file:line:col`), the
//! validated [`Catalog`] is built, and Rust is written from it. What is public is the way
//! in ([`Config`], [`compile`], [`load_catalog`], [`load_texts`], [`load_bytes`]), what can go wrong
//! ([`Error`], [`Diagnostics`]) and the read-only catalogue model ([`Catalog`], [`Entry`],
//! ...).
//!
//! In a build script, the whole job is one call:
//!
//! ```no_run
//! // In build.rs's `main`:
//! if let Err(err) = errors_codegen::Config::new()
//!     .catalog_dir("catalog")
//!     .compile("problems.rs")
//! {
//!     eprintln!("{err}");
//!     std::process::exit(1);
//! }
//! ```
//!
//! and the crate includes the result with
//! `include!(concat!(env!("OUT_DIR"), "/problems.rs"));`.
//!
//! The model can be read too, here from a catalogue held in memory:
//!
//! ```
//! let yaml = r#"
//! api: shop
//! name: Shop API
//! type_base: https://shop.example/problems/
//! entries:
//!   - id: out_of_stock
//!     type: out-of-stock
//!     title: Out of stock
//!     status: 409
//!     detail: Only {available} of {sku} left
//!     params:
//!       - name: sku
//!         example: A-1
//!       - name: available
//!         kind: integer
//!         example: 2
//! "#;
//! let files = [("catalog/shop.yaml".into(), yaml.to_owned())];
//! let (catalog, warnings) = errors_codegen::load_texts(&files)?;
//! let entry = catalog.entry("out_of_stock").expect("declared above");
//! assert_eq!(entry.variant(), "OutOfStock");
//! assert_eq!(entry.type_uri(), "https://shop.example/problems/out-of-stock");
//! assert_eq!(entry.example_detail(), "Only 2 of A-1 left");
//! // Not a mistake, but worth fixing: the entry has neither a comment nor links.
//! assert!(!warnings.has_errors() && warnings.iter().count() == 1);
//! # Ok::<(), errors_codegen::Error>(())
//! ```
//!
//! # Features
//!
//! - `docs` (off by default): the module `emit`, with the documentation formats
//!   (Markdown, HTML, JSON, OpenAPI) and the example bodies, and the module `compat`: the
//!   published surface of a catalogue, the diff of two, the lock file. A build script
//!   needs none of it.
//! - `clients` (off by default): the module `emit::clients`, which writes a self-contained
//!   client of the catalogue in TypeScript (an ES module with its declarations) or Python
//!   (a package): typed problems, `classify` with the Rust classifier's rules, retry advice,
//!   operation sets and every locale's texts. The CLI's `client` command uses it.
//!
//! # Guide
//!
//! The [`guide`] describes the catalogue's format ([`guide::catalogue`]) and how to
//! generate your own catalogue's types ([`guide::own_catalogue`]).

#![cfg_attr(docsrs, feature(doc_cfg))]

mod config;
mod diagnostic;
#[cfg(any(feature = "docs", feature = "clients"))]
pub mod emit;
#[cfg(not(any(feature = "docs", feature = "clients")))]
mod emit;
pub mod guide;
mod load;
mod model;
mod validate;
mod write;

#[cfg(test)]
mod schema_agrees;

#[cfg(feature = "docs")]
pub mod compat;

pub use config::{compile, load_bytes, load_catalog, load_texts, Config};
pub use diagnostic::{Diagnostic, Diagnostics, Error, Location, Severity};
pub use model::{
    Api, Catalog, Entry, Link, Operation, Param, ParamKind, Retry, Segment, SentAs, Template, Text,
    Translation, Vocabulary, PROBLEM_STATUSES,
};
pub use validate::names::{is_snake_case, variant_name};
pub use validate::uri::is_absolute_uri;
pub use write::write_if_changed;

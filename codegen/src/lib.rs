//! Turn a YAML catalogue of HTTP API problem types into Rust and documentation.
//!
//! The stages follow the data: [`load`] reads the files with the position of every key,
//! [`validate`] checks every rule and builds the [`model`], and [`emit`] writes Rust
//! (for `errors-core` or any crate's build.rs) and docs.
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

pub mod compat;
pub mod config;
pub mod diagnostic;
pub mod emit;
pub mod load;
pub mod model;
pub mod validate;
mod write;

pub use config::{compile, load_catalog, load_texts, Config};
pub use diagnostic::{Diagnostic, Diagnostics, Error, Location, Severity};
pub use model::Catalog;
pub use write::write_if_changed;

//! Stage 4: from the model to files people and compilers read.
//!
//! Rust is always built: it is what a build script needs. The documentation formats and
//! the example bodies come with the `docs` feature, the TypeScript and Python clients with
//! the `clients` feature.

#[cfg(feature = "clients")]
pub mod clients;
#[cfg(feature = "docs")]
pub mod example;
#[cfg(feature = "docs")]
pub mod html;
#[cfg(feature = "docs")]
pub mod json;
#[cfg(feature = "docs")]
pub mod markdown;
#[cfg(feature = "docs")]
pub mod openapi;
#[cfg(feature = "docs")]
pub mod ordered;
pub(crate) mod rust;

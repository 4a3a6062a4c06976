//! The generator's tests as one binary: each file is a module.

#[cfg(feature = "docs")]
mod compat;
#[cfg(feature = "docs")]
mod compat_locales;
#[cfg(feature = "docs")]
mod compat_operations;
mod diagnostics;
mod loading;

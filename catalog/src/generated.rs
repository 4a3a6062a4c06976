//! The types generated at build time from the catalogue's YAML (by `build.rs`), in a module
//! of their own so that the rest of the crate names them like any other module.

include!(concat!(env!("OUT_DIR"), "/vipps.rs"));

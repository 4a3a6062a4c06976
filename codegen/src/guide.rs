//! The guide: the catalogue's format, and how to generate your own catalogue's types. Each
//! chapter is a module with nothing in it but its text.

#[doc = include_str!("guide/catalogue.md")]
pub mod catalogue {}

#[doc = include_str!("guide/own_catalogue.md")]
pub mod own_catalogue {}

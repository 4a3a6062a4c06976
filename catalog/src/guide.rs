//! The guide: how to use the generated types, classify and retry as a client, answer with
//! problems as a server, and speak more than one language. Each chapter is a module with
//! nothing in it but its text; its examples compile and run as tests.
//!
//! The catalogue's format, and how to bring your own, are in the crate docs of
//! `errors-codegen`; maintaining a catalogue (its commands, what is breaking, the lock) in
//! the README of `errors-codegen-cli`.

#[doc = include_str!("guide/using.md")]
pub mod using {}

#[doc = include_str!("guide/classifying.md")]
pub mod classifying {}

#[doc = include_str!("guide/retrying.md")]
pub mod retrying {}

#[doc = include_str!("guide/servers.md")]
pub mod servers {}

#[doc = include_str!("guide/languages.md")]
pub mod languages {}

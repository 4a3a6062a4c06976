//! The command line's tests as one binary: each file is a module.

mod cli;
mod client;
mod committed_output;
mod exit_codes;
mod explain;
mod locales;

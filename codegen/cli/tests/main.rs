//! The command line's tests as one binary: each file is a module.

mod cli;
mod committed_output;
mod explain;
mod locales;

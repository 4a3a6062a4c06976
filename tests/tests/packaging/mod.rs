//! Helpers of `packaged.rs`: running cargo, unpacking `.crate` files, and the consumer
//! workspace that depends on them.

pub mod archive;
pub mod cargo;
pub mod consumers;

//! Stage 4: from the model to files people and compilers read.

pub mod markdown;
pub mod rust;

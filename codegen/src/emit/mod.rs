//! Stage 4: from the model to files people and compilers read.

pub mod example;
pub mod html;
pub mod json;
pub mod markdown;
pub mod openapi;
pub mod rust;

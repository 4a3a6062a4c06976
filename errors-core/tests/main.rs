//! errors-core's tests against small fixture catalogues, as one binary: each file is a module.

#[cfg(all(feature = "tower", feature = "axum"))]
mod layer_support;

#[cfg(feature = "actix")]
mod actix_support;

mod actix_middleware;
mod actix_validation;
mod catch_all;
mod layer_rejections;
mod layer_rules;
mod layer_tracing;
mod retry_adapters;
mod retry_rule;
mod validation_rejections;

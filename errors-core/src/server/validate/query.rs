//! `ValidQuery`: a query string, each mistake named by its parameter.

use std::marker::PhantomData;

use serde::de::DeserializeOwned;

use super::invalid::Invalid;
use super::problem::{PlainValidation, ValidationProblem};
use super::rejection::Rejection;

/// The query string as a `T`; an invalid one is answered by the [`ValidationProblem`] `V`
/// (feature `validation`). A parameter of the wrong type is named by its name, a missing
/// one too (reason "is required"). No query string reads as an empty one.
#[derive(Clone, Copy, Debug, Default)]
pub struct ValidQuery<T, V = PlainValidation>(pub T, pub PhantomData<fn() -> V>);

impl<T, V> ValidQuery<T, V> {
    /// The parameters.
    pub fn into_inner(self) -> T {
        self.0
    }

    /// Read a query string (without its `?`) as a `T`; the rejection names the parameter.
    pub fn from_query(query: &str) -> Result<Self, Invalid>
    where
        T: DeserializeOwned,
    {
        let parsed = form_urlencoded::parse(query.as_bytes());
        let deserializer = serde_urlencoded::Deserializer::new(parsed);
        serde_path_to_error::deserialize(deserializer)
            .map(|value| ValidQuery(value, PhantomData))
            .map_err(|err| Invalid::from_query(&err))
    }
}

#[cfg_attr(not(any(feature = "axum", feature = "actix")), allow(dead_code))]
impl<T: DeserializeOwned, V: ValidationProblem> ValidQuery<T, V> {
    /// The query string (without its `?`; none reads as empty), or the rejection that
    /// answers it. Every framework's extractor calls it.
    pub(crate) fn from_request_query(query: Option<&str>) -> Result<Self, Rejection<V::Problem>> {
        Self::from_query(query.unwrap_or_default()).map_err(Rejection::invalid::<V>)
    }
}

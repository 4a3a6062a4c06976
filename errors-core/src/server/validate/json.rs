//! `ValidJson`: a JSON body, each mistake named by the path of its field.

use std::marker::PhantomData;

use serde::de::DeserializeOwned;

use super::invalid::{FieldError, Invalid, InvalidKind};
use super::problem::{PlainValidation, ValidationProblem};
use super::rejection::Rejection;

/// A JSON request body of type `T`; an invalid one is answered by the [`ValidationProblem`]
/// `V` (feature `validation`).
///
/// Rejected, each as a problem naming the field at fault: a request whose `Content-Type` is
/// not `application/json` (or `application/*+json`; the field is `Content-Type`), a body
/// that is not JSON or has text after the value (the field is `body`), and JSON that does
/// not fit `T`: a field of the wrong type or value (`amount.value`, `items[0].sku`), or a
/// missing one (named by its own path, reason "is required").
#[derive(Clone, Copy, Debug, Default)]
pub struct ValidJson<T, V = PlainValidation>(pub T, pub PhantomData<fn() -> V>);

impl<T, V> ValidJson<T, V> {
    /// The body.
    pub fn into_inner(self) -> T {
        self.0
    }

    /// Read `bytes` as a `T`; the rejection says which field failed.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Invalid>
    where
        T: DeserializeOwned,
    {
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        let value = serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|err| Invalid::from_json(&err))?;
        deserializer.end().map_err(|err| {
            let reason = format!("is not valid JSON: {err}");
            Invalid::new(
                InvalidKind::JsonSyntax,
                vec![FieldError::new("body", reason)],
            )
        })?;
        Ok(ValidJson(value, PhantomData))
    }
}

// Without a framework, nothing extracts; the rules stay for `from_bytes`'s users.
#[cfg_attr(not(any(feature = "axum", feature = "actix")), allow(dead_code))]
impl<T: DeserializeOwned, V: ValidationProblem> ValidJson<T, V> {
    /// The rejection of a request whose `Content-Type` (its value's bytes) is not JSON;
    /// checked before the body is read. Every framework's extractor calls it.
    pub(crate) fn check_content_type(
        content_type: Option<&[u8]>,
    ) -> Result<(), Rejection<V::Problem>> {
        if is_json(content_type) {
            return Ok(());
        }
        let field = FieldError::new("Content-Type", "must be application/json");
        let invalid = Invalid::new(InvalidKind::ContentType, vec![field]);
        Err(Rejection::invalid::<V>(invalid))
    }

    /// The body as the framework read it: the bytes, or the status and text of the
    /// framework's refusal (over the limit, broken off). Every framework's extractor calls it.
    pub(crate) fn from_read(
        read: Result<&[u8], (u16, String)>,
    ) -> Result<Self, Rejection<V::Problem>> {
        let bytes = read.map_err(|(status, text)| Rejection::unreadable(status, text))?;
        Self::from_bytes(bytes).map_err(Rejection::invalid::<V>)
    }
}

/// `application/json` or `application/<anything>+json`, parameters and case aside.
#[cfg_attr(not(any(feature = "axum", feature = "actix")), allow(dead_code))]
fn is_json(content_type: Option<&[u8]>) -> bool {
    let Some(value) = content_type.and_then(|v| std::str::from_utf8(v).ok()) else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.split_once('/') {
        Some(("application", subtype)) => subtype == "json" || subtype.ends_with("+json"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_json;

    #[test]
    fn json_content_types() {
        let check = |value: &str| {
            let mut headers = ::http::HeaderMap::new();
            headers.insert(::http::header::CONTENT_TYPE, value.parse().unwrap());
            is_json(
                headers
                    .get(::http::header::CONTENT_TYPE)
                    .map(|v| v.as_bytes()),
            )
        };
        assert!(check("application/json"));
        assert!(check("Application/JSON; charset=utf-8"));
        assert!(check("application/problem+json"));
        assert!(!check("text/plain"));
        assert!(!check("application/jsonx"));
        assert!(!check("text/json"));
        assert!(!check(""));
        assert!(!is_json(None));
    }
}

//! `ValidJson`: a JSON body, each mistake named by the path of its field.

use std::marker::PhantomData;

use axum_core::extract::{FromRequest, Request};
use bytes::Bytes;
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

impl<T, V, S> FromRequest<S> for ValidJson<T, V>
where
    T: DeserializeOwned,
    V: ValidationProblem,
    S: Send + Sync,
{
    type Rejection = Rejection<V::Problem>;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(request.headers()) {
            let field = FieldError::new("Content-Type", "must be application/json");
            let invalid = Invalid::new(InvalidKind::ContentType, vec![field]);
            return Err(Rejection::invalid::<V>(invalid));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                Rejection::unreadable(rejection.status().as_u16(), rejection.body_text())
            })?;
        Self::from_bytes(&bytes).map_err(Rejection::invalid::<V>)
    }
}

/// `application/json` or `application/<anything>+json`, parameters and case aside.
fn is_json(headers: &::http::HeaderMap) -> bool {
    let Some(value) = headers
        .get(::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
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
            is_json(&headers)
        };
        assert!(check("application/json"));
        assert!(check("Application/JSON; charset=utf-8"));
        assert!(check("application/problem+json"));
        assert!(!check("text/plain"));
        assert!(!check("application/jsonx"));
        assert!(!check("text/json"));
        assert!(!check(""));
        assert!(!is_json(&::http::HeaderMap::new()));
    }
}

//! Example bodies of an entry, built from the example value of each parameter: the
//! problem+json that the generated Rust serializes, and the shape the live API sends.

use std::fmt;

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::ordered::Object;
use crate::model::{Catalog, Entry, Param, ParamKind, Retry, SentAs};

/// The `application/problem+json` body of the entry with example parameters, member for
/// member what the generated `Problem::example(kind)` serializes: `type`, `title`,
/// `status`, `detail`, then each parameter as an extension member, in that order.
pub fn problem_json(e: &Entry) -> Object {
    with_texts(e, &e.title, e.example_detail())
}

/// `problem_json` with the title and detail of `locale`, as the generated
/// `Problem::example(kind).localized(locale)` serializes it.
pub fn problem_json_in(catalog: &Catalog, e: &Entry, locale: &str) -> Object {
    let detail = catalog.example_detail_in(e, locale);
    with_texts(e, catalog.title_in(e, locale), detail)
}

fn with_texts(e: &Entry, title: &str, detail: String) -> Object {
    let mut body = Object::new();
    body.push("type", Value::from(e.type_uri.as_str()));
    body.push("title", Value::from(title));
    body.push("status", Value::from(e.status));
    body.push("detail", Value::from(detail));
    for p in &e.params {
        body.push(p.name.as_str(), param_value(p));
    }
    body
}

/// A body as the live API sends it: one object, or an array of them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WireBody {
    /// problem+json, or the gateway's `{"statusCode", "message"}`.
    Object(Object),
    /// A legacy array of `{errorCode, errorMessage}`.
    Array(Vec<Object>),
}

impl Serialize for WireBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WireBody::Object(object) => object.serialize(serializer),
            WireBody::Array(objects) => objects.serialize(serializer),
        }
    }
}

/// Compact JSON, members in order.
impl fmt::Display for WireBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&serde_json::to_string(self).map_err(|_| fmt::Error)?)
    }
}

/// The body as the live API sends it: problem+json, the gateway's
/// `{"statusCode", "message"}`, or a legacy array of `{errorCode, errorMessage}`.
pub fn wire_body(e: &Entry) -> WireBody {
    match e.sent_as {
        SentAs::Problem => WireBody::Object(problem_json(e)),
        SentAs::Gateway => {
            let mut body = Object::new();
            body.push("statusCode", Value::from(e.status));
            body.push("message", Value::from(e.example_detail()));
            WireBody::Object(body)
        }
        SentAs::Legacy => {
            let mut error = Object::new();
            let code = e.error_code.as_deref().unwrap_or_default();
            error.push("errorCode", Value::from(code));
            error.push("errorMessage", Value::from(e.example_detail()));
            WireBody::Array(vec![error])
        }
    }
}

/// The example value as JSON: a number for integer parameters, else a string.
pub fn param_value(p: &Param) -> Value {
    match p.kind {
        ParamKind::Integer => p
            .example
            .parse::<u64>()
            .map_or_else(|_| Value::from(p.example.as_str()), Value::from),
        ParamKind::String => Value::from(p.example.as_str()),
    }
}

/// What a retry hint asks of a client, in a few words.
pub fn retry_advice(r: Retry) -> &'static str {
    match r {
        Retry::Never => "do not retry as is: fix the request first",
        Retry::Backoff => "retry the same request, with the same Idempotency-Key, after a delay",
        Retry::Reauthenticate => "get a new access token, then retry",
    }
}

/// The media type and shape of a wire body, for people.
pub fn sent_as_description(s: SentAs) -> &'static str {
    match s {
        SentAs::Problem => "application/problem+json (RFC 9457)",
        SentAs::Gateway => "API gateway JSON {\"statusCode\": N, \"message\": \"...\"}",
        SentAs::Legacy => "legacy JSON array [{\"errorCode\": \"...\", \"errorMessage\": \"...\"}]",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOP: &str = "api: shop\nname: Shop\ntype_base: https://shop.example/p/\nentries:\n  \
        - id: out_of_stock\n    type: out-of-stock\n    title: Out of stock\n    status: 409\n    \
        detail: Only {available} of {sku}\n    params:\n      - name: sku\n        example: A-1\n      \
        - name: available\n        kind: integer\n        example: 2\n    comment: Restocked weekly.\n  \
        - id: too_many\n    type: too-many\n    title: Too many\n    status: 429\n    \
        detail: Slow down\n    sent_as: gateway\n    comment: Wait.\n";

    fn entries() -> Vec<Entry> {
        let files = [("shop.yaml".into(), SHOP.to_owned())];
        let (catalog, _) = crate::load_texts(&files).unwrap();
        catalog.entries
    }

    #[test]
    fn bodies_keep_the_problem_json_member_order() {
        let entries = entries();
        assert_eq!(
            problem_json(&entries[0]).to_string(),
            r#"{"type":"https://shop.example/p/out-of-stock","title":"Out of stock","status":409,"detail":"Only 2 of A-1","sku":"A-1","available":2}"#
        );
        assert_eq!(
            wire_body(&entries[1]).to_string(),
            r#"{"statusCode":429,"message":"Slow down"}"#
        );
    }
}

//! Example bodies of an entry, built from the example value of each parameter: the
//! problem+json that the generated Rust serializes, and the shape the live API sends.

use serde_json::{json, Map, Value};

use crate::model::{Entry, Param, ParamKind, Retry, SentAs};

/// The `application/problem+json` body of the entry with example parameters, member for
/// member what the generated `Problem::example(kind)` serializes: `type`, `title`,
/// `status`, `detail`, then each parameter as an extension member.
pub fn problem_json(e: &Entry) -> Value {
    let mut body = Map::new();
    body.insert("type".into(), Value::from(e.type_uri.as_str()));
    body.insert("title".into(), Value::from(e.title.as_str()));
    body.insert("status".into(), Value::from(e.status));
    body.insert("detail".into(), Value::from(e.example_detail()));
    for p in &e.params {
        body.insert(p.name.clone(), param_value(p));
    }
    Value::Object(body)
}

/// The body as the live API sends it: problem+json, the gateway's
/// `{"statusCode", "message"}`, or a legacy array of `{errorCode, errorMessage}`.
pub fn wire_body(e: &Entry) -> Value {
    match e.sent_as {
        SentAs::Problem => problem_json(e),
        SentAs::Gateway => json!({ "statusCode": e.status, "message": e.example_detail() }),
        SentAs::Legacy => json!([{
            "errorCode": e.error_code.as_deref().unwrap_or_default(),
            "errorMessage": e.example_detail(),
        }]),
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

/// The catalogue word for a retry hint.
pub fn retry_name(r: Retry) -> &'static str {
    match r {
        Retry::Never => "never",
        Retry::Backoff => "backoff",
        Retry::Reauthenticate => "reauthenticate",
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

/// The catalogue word for a wire shape.
pub fn sent_as_name(s: SentAs) -> &'static str {
    match s {
        SentAs::Problem => "problem",
        SentAs::Gateway => "gateway",
        SentAs::Legacy => "legacy",
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

/// The kind of a parameter as written in the catalogue.
pub fn kind_name(k: ParamKind) -> &'static str {
    match k {
        ParamKind::String => "string",
        ParamKind::Integer => "integer",
    }
}

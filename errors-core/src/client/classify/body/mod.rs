//! Read a response body into one of the shapes servers send, within bounds.
//!
//! The body is checked to be UTF-8 once, then JSON objects are read in one pass into
//! spans of the body (no copy unless a JSON string has escapes); every other member is kept
//! as its raw JSON text, turned into a `serde_json::Value` only if someone asks. Nothing here
//! panics: every failure is a shape ([`Body::InvalidJson`], [`Body::Text`], ...).
//!
//! `object.rs` reads problem and gateway objects, `legacy.rs` legacy error lists,
//! `values.rs` the single values (keys, text members, statuses).

mod fast;
mod legacy;
mod members;
pub(crate) use self::legacy::{errors as legacy_errors, LegacyScan};
mod object;
mod values;

use serde::de::IgnoredAny;

pub(crate) use self::members::Gateway;
use self::object::read_object;
use super::json::depth_within;
use super::limits::Limits;
use super::received::Fields;

/// What a body turned out to be.
pub(crate) enum Body<'a> {
    /// Nothing, or only whitespace.
    Empty,
    /// A JSON object with problem members (`type`, `title`, `detail`, ...) or none we know.
    Problem(Fields<'a>),
    /// A JSON object with the gateway's `statusCode` / `message` and no problem members.
    Gateway(Fields<'a>, Gateway),
    /// A JSON array of objects: legacy error lists (the text, and what identification
    /// needs of each object).
    Legacy(&'a str, LegacyScan<'a>),
    /// Valid JSON of another kind: a number, a string, `null`, an array of non-objects.
    OtherJson,
    /// Looked like JSON but is not: truncated, invalid UTF-8, nested too deep.
    InvalidJson,
    /// Not JSON: HTML from a proxy, plain text.
    Text,
    /// Larger than [`Limits::max_body`]: not parsed.
    TooLarge,
}

/// Decide the shape of `bytes` and read it.
pub(crate) fn read<'a>(bytes: &'a [u8], limits: &Limits) -> Body<'a> {
    if bytes.len() > limits.max_body {
        return Body::TooLarge;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Some(&first) = bytes.iter().find(|b| !b.is_ascii_whitespace()) else {
        return Body::Empty;
    };
    let looks_like_json = matches!(
        first,
        b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
    );
    if !looks_like_json {
        return Body::Text;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return if matches!(first, b'{' | b'[') {
            Body::InvalidJson
        } else {
            Body::Text
        };
    };
    match first {
        // The usual objects are read directly; the others, and every error, by serde_json.
        b'{' => match fast::read_object(text).map_or_else(|| read_object(text), Ok) {
            Ok((mut fields, gateway)) => {
                if fields.has_problem_members() || gateway.is_empty() {
                    gateway.keep_as_members(&mut fields);
                    Body::Problem(fields)
                } else {
                    Body::Gateway(fields, gateway)
                }
            }
            Err(_) => Body::InvalidJson,
        },
        b'[' => match fast::read_legacy(text).map_or_else(|| legacy::scan_with_serde(text), Ok) {
            Ok(Some(items)) => Body::Legacy(text, items),
            Ok(None) => Body::OtherJson,
            // An array of something else; `IgnoredAny` skips without a depth limit.
            Err(_)
                if depth_within(text, 128) && serde_json::from_str::<IgnoredAny>(text).is_ok() =>
            {
                Body::OtherJson
            }
            Err(_) => Body::InvalidJson,
        },
        _ => match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => Body::OtherJson,
            // `not found`, `true story`: text that starts like a JSON literal.
            Err(_) => Body::Text,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::classify::json::{bounded_text, value_of};

    fn shape(body: &[u8]) -> &'static str {
        match read(body, &Limits::default()) {
            Body::Empty => "empty",
            Body::Problem(_) => "problem",
            Body::Gateway(..) => "gateway",
            Body::Legacy(..) => "legacy",
            Body::OtherJson => "other_json",
            Body::InvalidJson => "invalid_json",
            Body::Text => "text",
            Body::TooLarge => "too_large",
        }
    }

    #[test]
    fn tells_the_shapes_apart() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b" \r\n\t", "empty"),
            (b"\xEF\xBB\xBF{\"title\":\"x\"}", "problem"),
            (b"{}", "problem"),
            (b"{\"statusCode\":429,\"message\":\"m\"}", "gateway"),
            (b"{\"message\":\"m\"}", "gateway"),
            (b"[{\"errorCode\":\"35\"}]", "legacy"),
            (b"[]", "other_json"),
            (b"[1,2]", "other_json"),
            (b"[{}, 1]", "other_json"),
            (b"42", "other_json"),
            (b"\"text\"", "other_json"),
            (b"null", "other_json"),
            (b"{\"title\":\"cut", "invalid_json"),
            (b"{\"title\":\"\xff\"}", "invalid_json"),
            (b"[{\"errorCode\":", "invalid_json"),
            (b"[{\"errorCode\":\"1\"}] x", "invalid_json"),
            (b"not found", "text"),
            (b"<html><body>502 Bad Gateway</body></html>", "text"),
            (b"\xff\xfe", "text"),
            (b"nul\xff", "text"),
        ];
        for (body, expected) in cases {
            assert_eq!(shape(body), *expected, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn borrows_plain_strings_and_unescapes_the_rest() {
        let body = br#"{"title":"plain","detail":"line\nbreak","x\u0041":1}"#;
        let Body::Problem(fields) = read(body, &Limits::default()) else {
            panic!("not a problem");
        };
        assert_eq!(fields.title(), Some("plain"));
        assert_eq!(fields.detail(), Some("line\nbreak"));
        let members: Vec<(&str, &str)> = fields.members().collect();
        assert_eq!(members, [("xA", "1")]);
    }

    #[test]
    fn keeps_mistyped_members_and_gateway_members_of_problems() {
        let body =
            br#"{"title":7,"status":"abc","detail":"d","message":"m","statusCode":400,"z":null}"#;
        let Body::Problem(fields) = read(body, &Limits::default()) else {
            panic!("not a problem");
        };
        assert_eq!(fields.title(), None);
        let members: Vec<(&str, &str)> = fields.members().collect();
        assert_eq!(
            members,
            [
                ("title", "7"),
                ("status", "\"abc\""),
                ("message", "\"m\""),
                ("statusCode", "400"),
                ("z", "null")
            ]
        );
    }

    #[test]
    fn reads_status_as_number_or_numeric_string() {
        for (json, status) in [
            (r#"{"status":404}"#, Some(404)),
            (r#"{"status":"400"}"#, Some(400)),
            (r#"{"status":" 409 "}"#, Some(409)),
            (r#"{"status":4040}"#, None),
            (r#"{"status":404.5}"#, None),
            (r#"{"status":-1}"#, None),
            (r#"{"status":null}"#, None),
        ] {
            let Body::Problem(fields) = read(json.as_bytes(), &Limits::default()) else {
                panic!("not a problem: {json}");
            };
            assert_eq!(fields.status, status, "{json}");
        }
    }

    #[test]
    fn reads_legacy_codes_as_text_or_number() {
        let body = br#"[{"errorCode":81,"errorMessage":"m","x":[1]},{"code":"C","message":"n","field":"f","contextId":"c"}]"#;
        let Body::Legacy(text, scan) = read(body, &Limits::default()) else {
            panic!("not legacy");
        };
        let keys: Vec<_> = scan
            .iter()
            .map(|k| (k.code.as_deref(), k.message.as_deref()))
            .collect();
        assert_eq!(keys, [(Some("81"), Some("m")), (Some("C"), Some("n"))]);
        let items = legacy_errors(text);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].code.as_deref(), Some("81"));
        assert_eq!(items[0].extensions["x"], serde_json::json!([1]));
        assert_eq!(items[1].code.as_deref(), Some("C"));
        assert_eq!(items[1].message.as_deref(), Some("n"));
        assert_eq!(items[1].field.as_deref(), Some("f"));
        assert_eq!(items[1].context_id.as_deref(), Some("c"));
    }

    #[test]
    fn refuses_bodies_over_the_limit_and_deep_nesting() {
        let limits = Limits {
            max_body: 8,
            ..Limits::default()
        };
        assert!(matches!(read(b"{\"a\":12345}", &limits), Body::TooLarge));
        let nested = |n: usize| format!(r#"{{"a":{}"]["{}}}"#, "[".repeat(n), "]".repeat(n));
        assert!(matches!(
            read(nested(10_000).as_bytes(), &Limits::default()),
            Body::InvalidJson
        ));
        assert!(matches!(
            read(nested(127).as_bytes(), &Limits::default()),
            Body::InvalidJson
        ));
        let allowed = nested(126);
        let Body::Problem(fields) = read(allowed.as_bytes(), &Limits::default()) else {
            panic!("126 levels in a member are allowed");
        };
        // ... and stay readable as a value.
        assert!(!value_of(fields.member("a").unwrap()).is_null());
        let legacy = format!(r#"[{{"x":{}{}}}]"#, "[".repeat(200), "]".repeat(200));
        assert!(matches!(
            read(legacy.as_bytes(), &Limits::default()),
            Body::InvalidJson
        ));
    }

    #[test]
    fn cuts_text_on_a_character_boundary() {
        assert_eq!(bounded_text("abc".as_bytes(), 3), ("abc".to_owned(), false));
        assert_eq!(bounded_text("aøb".as_bytes(), 2), ("a".to_owned(), true));
        assert_eq!(
            bounded_text(b"a\xffb", 10),
            ("a\u{FFFD}b".to_owned(), false)
        );
    }
}

//! Read a response body into one of the shapes servers send, within bounds.
//!
//! JSON objects are read in one pass into borrowed text fields (no copy unless the JSON
//! string has escapes); members nobody names are kept as `serde_json::Value`s. Nothing here
//! panics: every failure is a shape ([`Body::InvalidJson`], [`Body::Text`], ...).

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::Limits;
use crate::problem_details::parse_status;

/// What a body turned out to be.
pub(crate) enum Body<'a> {
    /// Nothing, or only whitespace.
    Empty,
    /// A JSON object with problem members (`type`, `title`, `detail`, ...) or none we know.
    Problem(Fields<'a>),
    /// A JSON object with the gateway's `statusCode` / `message` and no problem members.
    Gateway(Fields<'a>),
    /// A JSON array of objects: legacy error lists.
    Legacy(Vec<Value>),
    /// Valid JSON of another kind: a number, a string, `null`, an array of non-objects.
    OtherJson,
    /// Looked like JSON but is not: truncated, invalid UTF-8, nested too deep.
    InvalidJson,
    /// Not JSON: HTML from a proxy, plain text.
    Text,
    /// Larger than [`Limits::max_body`]: not parsed.
    TooLarge,
}

/// The members of a JSON object that classification reads, borrowed from the body.
#[derive(Default)]
pub(crate) struct Fields<'a> {
    pub type_uri: Option<Cow<'a, str>>,
    pub title: Option<Cow<'a, str>>,
    /// `status` as a number or a numeric string.
    pub status: Option<u16>,
    pub detail: Option<Cow<'a, str>>,
    pub instance: Option<Cow<'a, str>>,
    /// The gateway's `statusCode`.
    pub status_code: Option<u16>,
    /// The gateway's `message`.
    pub message: Option<Cow<'a, str>>,
    /// Every other member, and standard members of the wrong JSON type, in order.
    pub members: Map<String, Value>,
}

impl Fields<'_> {
    fn has_problem_members(&self) -> bool {
        self.type_uri.is_some()
            || self.title.is_some()
            || self.detail.is_some()
            || self.status.is_some()
            || self.instance.is_some()
    }

    /// A problem object that also carries `statusCode` / `message` keeps them as members.
    fn gateway_members_to_extensions(&mut self) {
        if let Some(code) = self.status_code.take() {
            self.members.insert("statusCode".into(), Value::from(code));
        }
        if let Some(message) = self.message.take() {
            self.members
                .insert("message".into(), Value::String(message.into_owned()));
        }
    }
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
    match first {
        b'{' => match serde_json::from_slice::<Fields<'_>>(bytes) {
            Ok(mut fields) => {
                if fields.has_problem_members() {
                    fields.gateway_members_to_extensions();
                    Body::Problem(fields)
                } else if fields.message.is_some() || fields.status_code.is_some() {
                    Body::Gateway(fields)
                } else {
                    Body::Problem(fields)
                }
            }
            Err(_) => Body::InvalidJson,
        },
        b'[' => match serde_json::from_slice::<Vec<Value>>(bytes) {
            Ok(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
                Body::Legacy(items)
            }
            Ok(_) => Body::OtherJson,
            Err(_) => Body::InvalidJson,
        },
        b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
            match serde_json::from_slice::<de::IgnoredAny>(bytes) {
                Ok(_) => Body::OtherJson,
                // `not found`, `true story`: text that starts like a JSON literal.
                Err(_) => Body::Text,
            }
        }
        _ => Body::Text,
    }
}

/// The start of the body as text, at most `max` bytes, invalid UTF-8 replaced.
/// Returns the text and whether it was cut.
pub(crate) fn bounded_text(bytes: &[u8], max: usize) -> (String, bool) {
    if bytes.len() <= max {
        return (String::from_utf8_lossy(bytes).into_owned(), false);
    }
    let mut cut = &bytes[..max];
    // Do not split a UTF-8 sequence at the cut: drop an incomplete trailing one.
    if let Err(e) = std::str::from_utf8(cut) {
        if e.error_len().is_none() {
            cut = &cut[..e.valid_up_to()];
        }
    }
    (String::from_utf8_lossy(cut).into_owned(), true)
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(FieldsVisitor)
    }
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields::default();
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            let slot = match key.as_ref() {
                "type" => &mut fields.type_uri,
                "title" => &mut fields.title,
                "detail" => &mut fields.detail,
                "instance" => &mut fields.instance,
                "message" => &mut fields.message,
                "status" | "statusCode" => {
                    let value: Value = map.next_value()?;
                    match parse_status(&value) {
                        Some(n) if key == "status" => fields.status = Some(n),
                        Some(n) => fields.status_code = Some(n),
                        None => {
                            fields.members.insert(key.into_owned(), value);
                        }
                    }
                    continue;
                }
                _ => {
                    let value: Value = map.next_value()?;
                    fields.members.insert(key.into_owned(), value);
                    continue;
                }
            };
            match map.next_value::<Member<'de>>()? {
                Member::Text(text) => *slot = Some(text),
                // Mistyped standard member: kept under its own name, as `ProblemDetails` does.
                Member::Other(value) => {
                    fields.members.insert(key.into_owned(), value);
                }
            }
        }
        Ok(fields)
    }
}

/// A JSON string, borrowed from the body when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(v)))
    }
}

/// A member that should be a string but may be any JSON value.
enum Member<'a> {
    Text(Cow<'a, str>),
    Other(Value),
}

impl<'de> Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Member<'de>, E> {
        Ok(Member::Other(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Member<'de>, E> {
        Ok(Member::Other(Value::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Member<'de>, E> {
        Ok(Member::Other(Value::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Member<'de>, E> {
        Ok(Member::Other(Value::from(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Member<'de>, E> {
        Ok(Member::Other(Value::Null))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Member<'de>, A::Error> {
        Value::deserialize(MapAccessDeserializer::new(map)).map(Member::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Member<'de>, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(Member::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(body: &[u8]) -> &'static str {
        match read(body, &Limits::default()) {
            Body::Empty => "empty",
            Body::Problem(_) => "problem",
            Body::Gateway(_) => "gateway",
            Body::Legacy(_) => "legacy",
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
            (b"42", "other_json"),
            (b"\"text\"", "other_json"),
            (b"null", "other_json"),
            (b"{\"title\":\"cut", "invalid_json"),
            (b"{\"title\":\"\xff\"}", "invalid_json"),
            (b"[{\"errorCode\":", "invalid_json"),
            (b"not found", "text"),
            (b"<html><body>502 Bad Gateway</body></html>", "text"),
            (b"\xff\xfe", "text"),
        ];
        for (body, expected) in cases {
            assert_eq!(shape(body), *expected, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn borrows_plain_strings_and_unescapes_the_rest() {
        let body = br#"{"title":"plain","detail":"line\nbreak"}"#;
        let Body::Problem(fields) = read(body, &Limits::default()) else {
            panic!("not a problem");
        };
        assert!(matches!(fields.title, Some(Cow::Borrowed("plain"))));
        assert_eq!(fields.detail.as_deref(), Some("line\nbreak"));
    }

    #[test]
    fn keeps_mistyped_members_and_gateway_members_of_problems() {
        let body = br#"{"title":7,"status":"abc","detail":"d","message":"m","statusCode":400}"#;
        let Body::Problem(fields) = read(body, &Limits::default()) else {
            panic!("not a problem");
        };
        assert_eq!(fields.title, None);
        assert_eq!(fields.members["title"], 7);
        assert_eq!(fields.members["status"], "abc");
        assert_eq!(fields.members["message"], "m");
        assert_eq!(fields.members["statusCode"], 400);
    }

    #[test]
    fn refuses_bodies_over_the_limit_and_deep_nesting() {
        let limits = Limits {
            max_body: 8,
            ..Limits::default()
        };
        assert!(matches!(read(b"{\"a\":12345}", &limits), Body::TooLarge));
        let deep = format!("{{\"a\":{}{}}}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(
            read(deep.as_bytes(), &Limits::default()),
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

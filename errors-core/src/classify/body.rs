//! Read a response body into one of the shapes servers send, within bounds.
//!
//! The body is checked to be UTF-8 once, then JSON objects are read in one pass into
//! borrowed text (no copy unless a JSON string has escapes); every other member is kept as
//! its raw JSON text, turned into a `serde_json::Value` only if someone asks. Nothing here
//! panics: every failure is a shape ([`Body::InvalidJson`], [`Body::Text`], ...).

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::value::RawValue;
use serde_json::Value;

use super::received::{Fields, Text};
use super::{LegacyError, Limits};

/// What a body turned out to be.
pub(crate) enum Body<'a> {
    /// Nothing, or only whitespace.
    Empty,
    /// A JSON object with problem members (`type`, `title`, `detail`, ...) or none we know.
    Problem(Fields<'a>),
    /// A JSON object with the gateway's `statusCode` / `message` and no problem members.
    Gateway(Fields<'a>, Gateway),
    /// A JSON array of objects: legacy error lists.
    Legacy(Vec<LegacyError>),
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
        b'{' => match read_object(text) {
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
        b'[' => match serde_json::from_str::<Vec<LegacyObject>>(text) {
            Ok(items) if !items.is_empty() => {
                Body::Legacy(items.into_iter().map(|LegacyObject(e)| e).collect())
            }
            Ok(_) => Body::OtherJson,
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

/// The gateway's `message` and `statusCode`, read aside with the position each member had
/// among the others, so that a problem object can keep them as members in place.
#[derive(Default)]
pub(crate) struct Gateway {
    /// The message text, its member name, and how many members came before it.
    message: Option<(usize, Text, Text)>,
    /// The status, its member name and raw JSON, and how many members came before it.
    status_code: Option<(usize, Text, Text, u16)>,
}

impl Gateway {
    fn is_empty(&self) -> bool {
        self.message.is_none() && self.status_code.is_none()
    }

    /// The `message` member's text.
    pub fn message(&self) -> Option<Text> {
        self.message.map(|(_, _, text)| text)
    }

    /// The `statusCode` member's value.
    pub fn status_code(&self) -> Option<u16> {
        self.status_code.map(|(.., code)| code)
    }

    /// Put them back among the members, where they were (rare: problem objects seldom
    /// carry them).
    fn keep_as_members(self, fields: &mut Fields<'_>) {
        let message = self.message.map(|(at, name, text)| {
            let json = Value::String(fields.get(text).to_owned()).to_string();
            (at, name, fields.locate(Cow::Owned(json)))
        });
        let code = self.status_code.map(|(at, name, raw, _)| (at, name, raw));
        let mut both: Vec<(usize, Text, Text)> = message.into_iter().chain(code).collect();
        both.sort_by_key(|(at, ..)| *at);
        for (shift, (at, name, raw)) in both.into_iter().enumerate() {
            let at = (at + shift).min(fields.members.len());
            fields.members.insert(at, (name, raw));
        }
    }
}

/// The start of the body as text, at most `max` bytes, invalid UTF-8 replaced.
/// Returns the text and whether it was cut.
pub(crate) fn bounded_text(bytes: &[u8], max: usize) -> (String, bool) {
    if bytes.len() <= max {
        // `from_utf8` checks valid text much faster than the lossy conversion walks it.
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        };
        return (text, false);
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

/// The text of a raw JSON string, borrowed when it has no escapes.
pub(crate) fn text_of(raw: &RawValue) -> Option<Cow<'_, str>> {
    json_string(raw.get())
}

/// The text of a JSON string value (valid JSON), borrowed when it has no escapes.
pub(crate) fn json_string(json: &str) -> Option<Cow<'_, str>> {
    let json = json.trim();
    let inner = json.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains('\\') {
        return Some(Cow::Borrowed(inner));
    }
    serde_json::from_str::<String>(json).ok().map(Cow::Owned)
}

/// A status as a number or a numeric string, within 100..=999.
fn status_of(raw: &RawValue) -> Option<u16> {
    let text = match text_of(raw) {
        Some(text) => text,
        None => Cow::Borrowed(raw.get()),
    };
    let n: u64 = text.trim().parse().ok()?;
    u16::try_from(n).ok().filter(|n| (100..=999).contains(n))
}

/// How deep a member may nest, so that the whole body stays within `serde_json`'s limit of
/// 128 levels when a member is read as a `Value` later.
const MAX_MEMBER_DEPTH: usize = 126;

/// A member's raw JSON, refused when it nests deeper than [`MAX_MEMBER_DEPTH`]. Raw members
/// are skipped without recursion, so the depth is checked here, on structured members only.
fn bounded<E: de::Error>(raw: &RawValue) -> Result<&RawValue, E> {
    let json = raw.get();
    // Nesting n levels takes 2n bytes: short values need no scan.
    let may_be_deep = json.len() > 2 * MAX_MEMBER_DEPTH;
    if may_be_deep && json.starts_with(['[', '{']) && !depth_within(json, MAX_MEMBER_DEPTH) {
        return Err(E::custom("JSON nested too deep"));
    }
    Ok(raw)
}

fn depth_within(json: &str, max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in json.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return false;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    true
}

/// A raw JSON value as a `serde_json::Value` (the raw text is always valid JSON).
pub(crate) fn value_of(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap_or(Value::Null)
}

/// Read a JSON object into [`Fields`] borrowing from `text`.
fn read_object(text: &str) -> serde_json::Result<(Fields<'_>, Gateway)> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let fields = FieldsSeed(text).deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(fields)
}

/// Reads an object into [`Fields`]; knows the source, so that text becomes spans of it.
struct FieldsSeed<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for FieldsSeed<'de> {
    type Value = (Fields<'de>, Gateway);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'de> {
    type Value = (Fields<'de>, Gateway);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Fields::new(self.0);
        let mut gateway = Gateway::default();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let slot = match key.as_ref() {
                "type" => Slot::Type,
                "title" => Slot::Title,
                "detail" => Slot::Detail,
                "instance" => Slot::Instance,
                "message" => Slot::Message,
                "statusCode" => Slot::StatusCode,
                "status" => Slot::Status,
                _ => Slot::Other,
            };
            if let Slot::Type | Slot::Title | Slot::Detail | Slot::Instance | Slot::Message = slot {
                let text = match map.next_value::<Member<'de>>()? {
                    Member::Text(text) => fields.locate(text),
                    Member::Other(raw) => {
                        let member = (fields.locate(key), fields.locate(Cow::Owned(raw)));
                        fields.members.push(member);
                        continue;
                    }
                };
                match slot {
                    Slot::Type => fields.type_uri = Some(text),
                    Slot::Title => fields.title = Some(text),
                    Slot::Detail => fields.detail = Some(text),
                    Slot::Instance => fields.instance = Some(text),
                    _ => {
                        let at = fields.members.len();
                        gateway.message = Some((at, fields.locate(key), text));
                    }
                }
                continue;
            }
            if let Slot::Status = slot {
                match map.next_value::<StatusMember>()? {
                    StatusMember::Valid(n) => fields.status = Some(n),
                    // Mistyped: kept under its own name, as `ProblemDetails` does.
                    StatusMember::Other(raw) => {
                        let member = (fields.locate(key), fields.locate(Cow::Owned(raw)));
                        fields.members.push(member);
                    }
                }
                continue;
            }
            let raw = bounded(map.next_value::<&'de RawValue>()?)?;
            let member = (fields.locate(key), fields.locate(Cow::Borrowed(raw.get())));
            match (slot, status_of(raw)) {
                (Slot::StatusCode, Some(n)) => {
                    gateway.status_code = Some((fields.members.len(), member.0, member.1, n));
                }
                // Other members, and mistyped ones kept under their own name, as
                // `ProblemDetails` does.
                _ => fields.members.push(member),
            }
        }
        Ok((fields, gateway))
    }
}

/// A `status` member: a number or a numeric string within 100..=999, or another JSON value
/// kept as its JSON text.
enum StatusMember {
    Valid(u16),
    Other(String),
}

impl StatusMember {
    fn of(n: u64) -> Option<u16> {
        u16::try_from(n).ok().filter(|n| (100..=999).contains(n))
    }

    fn other<E>(value: Value) -> Result<StatusMember, E> {
        Ok(StatusMember::Other(value.to_string()))
    }
}

impl<'de> Deserialize<'de> for StatusMember {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StatusVisitor)
    }
}

struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = StatusMember;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<StatusMember, E> {
        match StatusMember::of(v) {
            Some(n) => Ok(StatusMember::Valid(n)),
            None => StatusMember::other(Value::from(v)),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<StatusMember, E> {
        match v.trim().parse().ok().and_then(StatusMember::of) {
            Some(n) => Ok(StatusMember::Valid(n)),
            None => StatusMember::other(Value::from(v)),
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<StatusMember, E> {
        StatusMember::other(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<StatusMember, E> {
        StatusMember::other(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<StatusMember, E> {
        StatusMember::other(Value::from(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<StatusMember, E> {
        StatusMember::other(Value::Null)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<StatusMember, A::Error> {
        StatusMember::other(Value::deserialize(MapAccessDeserializer::new(map))?)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<StatusMember, A::Error> {
        StatusMember::other(Value::deserialize(SeqAccessDeserializer::new(seq))?)
    }
}

/// Which member a key names.
#[derive(Clone, Copy)]
enum Slot {
    Type,
    Title,
    Detail,
    Instance,
    Message,
    StatusCode,
    Status,
    Other,
}

/// A standard member: text as expected (read in one pass, borrowed when it has no
/// escapes), or another JSON value kept as its JSON text.
enum Member<'a> {
    Text(Cow<'a, str>),
    Other(String),
}

impl<'de> Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl MemberVisitor {
    fn other<E>(value: Value) -> Result<Member<'static>, E> {
        Ok(Member::Other(value.to_string()))
    }
}

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
        Self::other(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Member<'de>, E> {
        Self::other(Value::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Member<'de>, E> {
        Self::other(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Member<'de>, E> {
        Self::other(Value::from(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Member<'de>, E> {
        Self::other(Value::Null)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Member<'de>, A::Error> {
        Self::other(Value::deserialize(MapAccessDeserializer::new(map))?)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Member<'de>, A::Error> {
        Self::other(Value::deserialize(SeqAccessDeserializer::new(seq))?)
    }
}

/// One object of a legacy array, read straight into a [`LegacyError`].
struct LegacyObject(LegacyError);

impl<'de> Deserialize<'de> for LegacyObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(LegacyVisitor)
    }
}

struct LegacyVisitor;

impl<'de> Visitor<'de> for LegacyVisitor {
    type Value = LegacyObject;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LegacyObject, A::Error> {
        let mut error = LegacyError::default();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let slot = match key.as_ref() {
                "errorGroup" => &mut error.group,
                "errorCode" => &mut error.code,
                "code" if error.code.is_none() => &mut error.code,
                "errorMessage" => &mut error.message,
                "message" if error.message.is_none() => &mut error.message,
                "field" => &mut error.field,
                "contextId" => &mut error.context_id,
                _ => {
                    let value = map.next_value::<Value>()?;
                    error.extensions.insert(key.into_owned(), value);
                    continue;
                }
            };
            match map.next_value::<Member<'de>>()? {
                Member::Text(text) => *slot = Some(text.into_owned()),
                // A code sent as a number is kept as its decimal text.
                Member::Other(raw) if raw.starts_with(|c: char| c.is_ascii_digit()) => {
                    *slot = Some(raw)
                }
                Member::Other(raw) => {
                    error.extensions.insert(key.into_owned(), value_of(&raw));
                }
            }
        }
        Ok(LegacyObject(error))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<LegacyObject, A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }
}

/// An object key, borrowed from the body when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(body: &[u8]) -> &'static str {
        match read(body, &Limits::default()) {
            Body::Empty => "empty",
            Body::Problem(_) => "problem",
            Body::Gateway(..) => "gateway",
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
        let Body::Legacy(items) = read(body, &Limits::default()) else {
            panic!("not legacy");
        };
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

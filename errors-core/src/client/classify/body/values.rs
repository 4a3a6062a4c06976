//! Single values of an object: keys, members that should be text, statuses.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A `status` member: a number or a numeric string (kept, borrowed when it can be) within
/// 100..=999, or another JSON value kept as its JSON text.
pub(super) enum StatusMember<'a> {
    Valid(u16, Option<Cow<'a, str>>),
    Other(String),
}

impl StatusMember<'_> {
    fn other<'a, E>(value: Value) -> Result<StatusMember<'a>, E> {
        Ok(StatusMember::Other(value.to_string()))
    }

    fn text<E>(text: Cow<'_, str>) -> Result<StatusMember<'_>, E> {
        match crate::problem::status::from_text(&text) {
            Some(n) => Ok(StatusMember::Valid(n, Some(text))),
            None => StatusMember::other(Value::from(text.into_owned())),
        }
    }
}

impl<'de> Deserialize<'de> for StatusMember<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StatusVisitor)
    }
}

struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = StatusMember<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        match crate::problem::status::from_number(v) {
            Some(n) => Ok(StatusMember::Valid(n, None)),
            None => StatusMember::other(Value::from(v)),
        }
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        StatusMember::text(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        StatusMember::text(Cow::Owned(v.to_owned()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        StatusMember::other(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        StatusMember::other(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        StatusMember::other(Value::from(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        StatusMember::other(Value::Null)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        StatusMember::other(Value::deserialize(MapAccessDeserializer::new(map))?)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        StatusMember::other(Value::deserialize(SeqAccessDeserializer::new(seq))?)
    }
}

/// A standard member: text as expected (read in one pass, borrowed when it has no
/// escapes), or another JSON value kept as its JSON text.
pub(super) enum Member<'a> {
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

/// An object key, borrowed from the body when it has no escapes.
pub(super) struct Key<'a>(pub Cow<'a, str>);

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

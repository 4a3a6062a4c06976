//! Problem and gateway objects, read into spans of the body.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::members::{Gateway, Slot};
use super::values::{Key, Member, StatusMember};
use crate::client::classify::json::bounded;
use crate::client::classify::received::Fields;

/// Read a JSON object into [`Fields`] borrowing from `text`.
pub(super) fn read_object(text: &str) -> serde_json::Result<(Fields<'_>, Gateway)> {
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
            match Slot::of(&key) {
                slot @ Slot::Text(_) => match map.next_value::<Member<'de>>()? {
                    Member::Text(text) => slot.place_text(&mut fields, &mut gateway, key, text),
                    // Mistyped: kept under its own name, as `ProblemDetails` does.
                    Member::Other(raw) => fields.keep(key, Cow::Owned(raw)),
                },
                slot @ Slot::Status(_) => match map.next_value::<StatusMember<'de>>()? {
                    StatusMember::Valid(n, text) => {
                        slot.place_status(&mut fields, &mut gateway, key, n, text)
                    }
                    StatusMember::Other(raw) => fields.keep(key, Cow::Owned(raw)),
                },
                Slot::Other => {
                    let raw = bounded(map.next_value::<&'de RawValue>()?)?;
                    fields.keep(key, Cow::Borrowed(raw.get()));
                }
            }
        }
        Ok((fields, gateway))
    }
}

//! Legacy error lists: each object read straight into a [`LegacyError`].

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::value_of;
use super::values::{Key, Member};
use crate::classify::LegacyError;

/// One object of a legacy array, read straight into a [`LegacyError`].
pub(super) struct LegacyObject(pub LegacyError);

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

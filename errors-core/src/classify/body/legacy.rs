//! Legacy error lists: each object read straight into a [`LegacyError`].

use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::value_of;
use super::values::{Key, Member};
use crate::classify::LegacyError;

/// A legacy array, each object read straight into a [`LegacyError`].
pub(super) struct LegacyList(pub Vec<LegacyError>);

impl<'de> Deserialize<'de> for LegacyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(ListVisitor)
    }
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = LegacyList;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LegacyList, A::Error> {
        // Legacy lists seldom hold more than one error. Each is read in place: the struct
        // is large, and moving it out of every layer of the deserializer costs more than
        // reading it.
        let mut items = Vec::with_capacity(1);
        loop {
            let mut error = LegacyError::default();
            if seq.next_element_seed(LegacyObject(&mut error))?.is_none() {
                break;
            }
            items.push(error);
        }
        Ok(LegacyList(items))
    }
}

/// Reads one object of a legacy array into the error it holds.
struct LegacyObject<'a>(&'a mut LegacyError);

impl<'de> DeserializeSeed<'de> for LegacyObject<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LegacyObject<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let error = self.0;
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
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }
}

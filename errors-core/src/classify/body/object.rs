//! Problem and gateway objects, read into spans of the body.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use super::values::{Key, Member, StatusMember};
use crate::classify::json::bounded;
use crate::classify::received::{Fields, Text};

/// The gateway's `message` and `statusCode`, read aside with the position each member had
/// among the others, so that a problem object can keep them as members in place.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Gateway {
    /// The message text, its member name, and how many members came before it.
    pub(super) message: Option<(usize, Text, Text)>,
    /// The status, its member name, the text when it was sent as a string, and how many
    /// members came before it.
    pub(super) status_code: Option<(usize, Text, u16, Option<Text>)>,
}

impl Gateway {
    pub(super) fn is_empty(&self) -> bool {
        self.message.is_none() && self.status_code.is_none()
    }

    /// The `message` member's text.
    pub fn message(&self) -> Option<Text> {
        self.message.map(|(_, _, text)| text)
    }

    /// The `statusCode` member's value.
    pub fn status_code(&self) -> Option<u16> {
        self.status_code.map(|(_, _, code, _)| code)
    }

    /// Put them back among the members, where they were (rare: problem objects seldom
    /// carry them).
    pub(super) fn keep_as_members(self, fields: &mut Fields<'_>) {
        if self.is_empty() {
            return;
        }
        let message = self.message.map(|(at, name, text)| {
            let json = Value::String(fields.get(text).to_owned()).to_string();
            (at, name, fields.locate(Cow::Owned(json)))
        });
        let code = self.status_code.map(|(at, name, code, text)| {
            let json = match text {
                Some(text) => Value::String(fields.get(text).to_owned()).to_string(),
                None => code.to_string(),
            };
            (at, name, fields.locate(Cow::Owned(json)))
        });
        let mut both: Vec<(usize, Text, Text)> = message.into_iter().chain(code).collect();
        both.sort_by_key(|(at, ..)| *at);
        for (shift, (at, name, raw)) in both.into_iter().enumerate() {
            let at = (at + shift).min(fields.members.len());
            fields.members.insert(at, (name, raw));
        }
    }
}

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
            if let Slot::Status | Slot::StatusCode = slot {
                match map.next_value::<StatusMember<'de>>()? {
                    StatusMember::Valid(n, _) if matches!(slot, Slot::Status) => {
                        fields.status = Some(n);
                    }
                    StatusMember::Valid(n, text) => {
                        let (at, name) = (fields.members.len(), fields.locate(key));
                        let text = text.map(|t| fields.locate(t));
                        gateway.status_code = Some((at, name, n, text));
                    }
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
            fields.members.push(member);
        }
        Ok((fields, gateway))
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

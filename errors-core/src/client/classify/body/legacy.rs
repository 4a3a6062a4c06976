//! Legacy error lists: read once to identify the entry, with text borrowed from the body,
//! and into [`LegacyError`]s only when someone asks for them.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::values::{Key, Member};
use crate::client::classify::json::value_of;
use crate::client::classify::records::LegacyError;
use crate::problem::extensions::Extensions;

/// What identification needs of one object of a legacy array.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct LegacyKeys<'a> {
    /// `errorCode`, else `code`.
    pub code: Option<Cow<'a, str>>,
    /// `errorMessage`, else `message`.
    pub message: Option<Cow<'a, str>>,
}

/// What a key of a legacy error object names: the one rule both readers follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LegacyKey {
    /// `errorGroup`.
    Group,
    /// `errorCode`, else `code`.
    Code,
    /// `errorMessage`, else `message`.
    Message,
    /// `field`.
    Field,
    /// `contextId`.
    ContextId,
    /// Anything else, and a `code` or `message` after the code or message is known: an
    /// extension member.
    Other,
}

impl LegacyKey {
    /// Every key with a slot of its own.
    pub(super) const NAMES: [&'static str; 7] = [
        "errorGroup",
        "errorCode",
        "code",
        "errorMessage",
        "message",
        "field",
        "contextId",
    ];

    /// The slot `key` names, given whether the object's code and message are already known.
    pub(super) fn of(key: &str, has_code: bool, has_message: bool) -> LegacyKey {
        match key {
            "errorGroup" => LegacyKey::Group,
            "errorCode" => LegacyKey::Code,
            "code" if !has_code => LegacyKey::Code,
            "errorMessage" => LegacyKey::Message,
            "message" if !has_message => LegacyKey::Message,
            "field" => LegacyKey::Field,
            "contextId" => LegacyKey::ContextId,
            _ => LegacyKey::Other,
        }
    }
}

/// A non-empty legacy array as read for identification. The first object is kept inline:
/// lists seldom hold more than one.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct LegacyScan<'a> {
    first: LegacyKeys<'a>,
    rest: Vec<LegacyKeys<'a>>,
}

impl<'a> LegacyScan<'a> {
    pub(super) fn new(first: LegacyKeys<'a>, rest: Vec<LegacyKeys<'a>>) -> Self {
        LegacyScan { first, rest }
    }

    /// Each object, in order.
    pub fn iter(&self) -> impl Iterator<Item = &LegacyKeys<'a>> {
        std::iter::once(&self.first).chain(&self.rest)
    }
}

/// Read a JSON array of objects for identification, by serde_json; `None` when it is empty.
pub(super) fn scan_with_serde(text: &str) -> serde_json::Result<Option<LegacyScan<'_>>> {
    let (mut first, mut rest) = (None, Vec::new());
    read_list(text, |item| {
        let keys = LegacyKeys {
            code: item.code,
            message: item.message,
        };
        match first {
            None => first = Some(keys),
            Some(_) => rest.push(keys),
        }
    })?;
    Ok(first.map(|first| LegacyScan { first, rest }))
}

/// The objects of a legacy array that [`scan_with_serde`] (or the direct reader) read, as
/// [`LegacyError`]s.
pub(crate) fn errors(text: &str) -> Vec<LegacyError> {
    let mut errors = Vec::with_capacity(1);
    // The same reading as the scan's, of the same text: it does not fail.
    let _ = read_list(text, |item| errors.push(item.into_owned()));
    errors
}

/// Read `text`, a JSON array of objects, handing each object to `each`.
fn read_list<'de>(text: &'de str, each: impl FnMut(Item<'de>)) -> serde_json::Result<()> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    deserializer.deserialize_seq(ListVisitor(each))?;
    deserializer.end()
}

/// The members of one legacy object, borrowed from the body when they have no escapes.
#[derive(Default)]
struct Item<'a> {
    group: Option<Cow<'a, str>>,
    code: Option<Cow<'a, str>>,
    message: Option<Cow<'a, str>>,
    field: Option<Cow<'a, str>>,
    context_id: Option<Cow<'a, str>>,
    extensions: Extensions,
}

impl Item<'_> {
    fn into_owned(self) -> LegacyError {
        LegacyError {
            group: self.group.map(Cow::into_owned),
            code: self.code.map(Cow::into_owned),
            message: self.message.map(Cow::into_owned),
            field: self.field.map(Cow::into_owned),
            context_id: self.context_id.map(Cow::into_owned),
            extensions: self.extensions,
        }
    }
}

struct ListVisitor<F>(F);

impl<'de, F: FnMut(Item<'de>)> Visitor<'de> for ListVisitor<F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        loop {
            // Read in place: moving the item out of every layer of the deserializer costs
            // more than reading it.
            let mut item = Item::default();
            if seq.next_element_seed(ItemSeed(&mut item))?.is_none() {
                return Ok(());
            }
            (self.0)(item);
        }
    }
}

/// Reads one object of a legacy array into the item it holds.
struct ItemSeed<'a, 'de>(&'a mut Item<'de>);

impl<'de> DeserializeSeed<'de> for ItemSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ItemSeed<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let item = self.0;
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let slot = match LegacyKey::of(&key, item.code.is_some(), item.message.is_some()) {
                LegacyKey::Group => &mut item.group,
                LegacyKey::Code => &mut item.code,
                LegacyKey::Message => &mut item.message,
                LegacyKey::Field => &mut item.field,
                LegacyKey::ContextId => &mut item.context_id,
                LegacyKey::Other => {
                    let value = map.next_value::<Value>()?;
                    item.extensions.insert(key.into_owned(), value);
                    continue;
                }
            };
            match map.next_value::<Member<'de>>()? {
                Member::Text(text) => *slot = Some(text),
                // A code sent as a number is kept as its decimal text.
                Member::Other(raw) if raw.starts_with(|c: char| c.is_ascii_digit()) => {
                    *slot = Some(Cow::Owned(raw))
                }
                Member::Other(raw) => {
                    item.extensions.insert(key.into_owned(), value_of(&raw));
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }
}

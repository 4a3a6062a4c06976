//! Which member of an object a key names, and where its value goes: the one rule that both
//! body readers (the direct one and serde_json's) follow. They differ only in how they read
//! a value.

use std::borrow::Cow;

use serde_json::Value;

use crate::client::classify::received::{Fields, Text};

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

/// What a key of a problem or gateway object names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    /// A member whose value must be text: `type`, `title`, `detail`, `instance`, `message`.
    Text(TextMember),
    /// A status: `status`, or the gateway's `statusCode`.
    Status(StatusKey),
    /// Any other member, kept as raw JSON.
    Other,
}

/// The members whose value is text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TextMember {
    Type,
    Title,
    Detail,
    Instance,
    /// The gateway's `message`.
    Message,
}

/// The members that hold a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum StatusKey {
    /// The problem's `status`.
    Status,
    /// The gateway's `statusCode`.
    StatusCode,
}

impl Slot {
    /// The slot `key` names.
    pub(super) fn of(key: &str) -> Slot {
        match key {
            "type" => Slot::Text(TextMember::Type),
            "title" => Slot::Text(TextMember::Title),
            "detail" => Slot::Text(TextMember::Detail),
            "instance" => Slot::Text(TextMember::Instance),
            "message" => Slot::Text(TextMember::Message),
            "status" => Slot::Status(StatusKey::Status),
            "statusCode" => Slot::Status(StatusKey::StatusCode),
            _ => Slot::Other,
        }
    }

    /// Put the text of member `key` where it belongs (a text slot).
    pub(super) fn place_text<'a>(
        self,
        fields: &mut Fields<'a>,
        gateway: &mut Gateway,
        key: Cow<'a, str>,
        text: Cow<'a, str>,
    ) {
        let text = fields.locate(text);
        match self {
            Slot::Text(TextMember::Type) => fields.type_uri = Some(text),
            Slot::Text(TextMember::Title) => fields.title = Some(text),
            Slot::Text(TextMember::Detail) => fields.detail = Some(text),
            Slot::Text(TextMember::Instance) => fields.instance = Some(text),
            _ => {
                let at = fields.members.len();
                gateway.message = Some((at, fields.locate(key), text));
            }
        }
    }

    /// Put status `n` of member `key` where it belongs (a status slot); `text` when it was
    /// sent as a string.
    pub(super) fn place_status<'a>(
        self,
        fields: &mut Fields<'a>,
        gateway: &mut Gateway,
        key: Cow<'a, str>,
        n: u16,
        text: Option<Cow<'a, str>>,
    ) {
        if self == Slot::Status(StatusKey::Status) {
            fields.status = Some(n);
            return;
        }
        let (at, name) = (fields.members.len(), fields.locate(key));
        let text = text.map(|t| fields.locate(t));
        gateway.status_code = Some((at, name, n, text));
    }
}

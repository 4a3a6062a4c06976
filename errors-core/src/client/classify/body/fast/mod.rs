//! A direct reader for the bodies servers usually send: objects with strings without
//! escapes, integer statuses and plain extension members; legacy lists of objects with text
//! members only. It reads them into the same values as `serde_json` does (`object.rs`,
//! `legacy.rs`), in one pass over the bytes without the generic deserializer's machinery.
//! Anything else (an escape, a mistyped standard member, a number that is not a plain
//! status, deep nesting, broken JSON) makes it give up, and `serde_json` reads the body:
//! that reading decides what every body means, and this one agrees with it wherever it
//! answers (tested on generated bodies).

use std::borrow::Cow;

use super::legacy::{LegacyKey, LegacyKeys, LegacyScan};
use super::members::{Gateway, Slot};
use crate::client::classify::received::Fields;

/// Deeper members are left to `serde_json`, which also bounds their depth.
const MAX_DEPTH: usize = 32;

/// Read `text`, a JSON object, or give up (`None`).
pub(super) fn read_object(text: &str) -> Option<(Fields<'_>, Gateway)> {
    checked(text, object_directly(text), || {
        super::object::read_object(text).ok()
    })
}

/// Read `text`, a JSON array of legacy objects (`None` inside when it is empty), or give
/// up. Only the members that `legacy.rs` reads as text are read here, each once.
pub(super) fn read_legacy(text: &str) -> Option<Option<LegacyScan<'_>>> {
    checked(text, legacy_directly(text), || {
        super::legacy::scan_with_serde(text).ok()
    })
}

/// Under the crate's unit tests and under the fuzzer (`--cfg fuzzing`), every direct
/// reading is checked against serde_json's. Never in a user's build, debug or not: there a
/// disagreement must not become a panic.
fn checked<T: PartialEq + std::fmt::Debug>(
    text: &str,
    direct: Option<T>,
    by_serde: impl FnOnce() -> Option<T>,
) -> Option<T> {
    if let (true, Some(direct)) = (cfg!(any(test, fuzzing)), &direct) {
        assert_eq!(
            Some(direct),
            by_serde().as_ref(),
            "read differently: {text:?}"
        );
    }
    direct
}

fn object_directly(text: &str) -> Option<(Fields<'_>, Gateway)> {
    let mut reader = Reader::new(text);
    let mut fields = Fields::new(text);
    let mut gateway = Gateway::default();
    reader.skip_whitespace();
    reader.sequence(b'{', b'}', |reader| {
        let key = reader.key()?;
        reader.member(key, &mut fields, &mut gateway)
    })?;
    reader.at_end().then_some((fields, gateway))
}

fn legacy_directly(text: &str) -> Option<Option<LegacyScan<'_>>> {
    let mut reader = Reader::new(text);
    let (mut first, mut rest) = (None, Vec::new());
    reader.skip_whitespace();
    reader.sequence(b'[', b']', |reader| {
        let keys = reader.legacy_object()?;
        match first {
            None => first = Some(keys),
            Some(_) => rest.push(keys),
        }
        Some(())
    })?;
    reader
        .at_end()
        .then(|| first.map(|first| LegacyScan::new(first, rest)))
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    /// Whether only whitespace is left.
    fn at_end(&mut self) -> bool {
        self.skip_whitespace();
        self.at == self.bytes.len()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// `open`, items separated by commas, `close`: an object or an array, each item read
    /// by `item` (whitespace around items is skipped here).
    fn sequence(
        &mut self,
        open: u8,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        self.expect(open)?;
        self.skip_whitespace();
        if self.peek()? == close {
            self.at += 1;
            return Some(());
        }
        loop {
            item(self)?;
            self.skip_whitespace();
            match self.next()? {
                b',' => self.skip_whitespace(),
                b if b == close => return Some(()),
                _ => return None,
            }
        }
    }

    /// An object member's key and the colon after it.
    fn key(&mut self) -> Option<&'a str> {
        let key = self.string()?;
        self.skip_whitespace();
        self.expect(b':')?;
        self.skip_whitespace();
        Some(key)
    }

    /// One member's value, stored as `read_object` stores it.
    fn member(
        &mut self,
        key: &'a str,
        fields: &mut Fields<'a>,
        gateway: &mut Gateway,
    ) -> Option<()> {
        match Slot::of(key) {
            // A mistyped standard member is kept under its own name: left to serde_json.
            slot @ Slot::Text(_) => {
                let text = Cow::Borrowed(self.string()?);
                slot.place_text(fields, gateway, Cow::Borrowed(key), text);
            }
            slot @ Slot::Status(_) => {
                let (status, text) = if self.peek()? == b'"' {
                    let text = self.string()?;
                    (
                        crate::problem::status::from_text(text)?,
                        Some(Cow::Borrowed(text)),
                    )
                } else {
                    let start = self.at;
                    self.number()?;
                    let digits = self.text.get(start..self.at)?;
                    (crate::problem::status::from_text(digits)?, None)
                };
                slot.place_status(fields, gateway, Cow::Borrowed(key), status, text);
            }
            Slot::Other => {
                let start = self.at;
                self.value(0)?;
                let raw = self.text.get(start..self.at)?;
                fields.keep(Cow::Borrowed(key), Cow::Borrowed(raw));
            }
        }
        Some(())
    }

    /// One object of a legacy list whose members are all text that `legacy.rs` keeps, each
    /// given once (a repeated or other member is left to serde_json).
    fn legacy_object(&mut self) -> Option<LegacyKeys<'a>> {
        let mut keys = LegacyKeys::default();
        let mut seen = [false; LegacyKey::NAMES.len()];
        self.sequence(b'{', b'}', |reader| {
            let key = reader.key()?;
            let slot = LegacyKey::NAMES.iter().position(|&k| k == key)?;
            let seen = seen.get_mut(slot)?;
            if *seen {
                return None;
            }
            *seen = true;
            let text = Cow::Borrowed(reader.string()?);
            match LegacyKey::of(key, keys.code.is_some(), keys.message.is_some()) {
                LegacyKey::Code => keys.code = Some(text),
                LegacyKey::Message => keys.message = Some(text),
                // A code or message given twice: an extension member, left to serde_json.
                LegacyKey::Other => return None,
                _ => {}
            }
            Some(())
        })?;
        Some(keys)
    }

    /// A string without escapes: its text between the quotes.
    fn string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + special_at(self.bytes.get(start..)?);
        // A quote ends it; an escape or a control character is left to serde_json.
        (self.bytes.get(end) == Some(&b'"')).then_some(())?;
        self.at = end + 1;
        self.text.get(start..end)
    }

    /// A JSON number, as the grammar has it.
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.some_digits()?;
        }
        Some(())
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word).then_some(())?;
        self.at = end;
        Some(())
    }

    /// Skip any JSON value, checking it as the grammar has it.
    fn value(&mut self, depth: usize) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'[' if depth < MAX_DEPTH => self.sequence(b'[', b']', |r| r.value(depth + 1)),
            b'{' if depth < MAX_DEPTH => self.sequence(b'{', b'}', |r| {
                r.key()?;
                r.value(depth + 1)
            }),
            _ => None,
        }
    }
}

/// The position of the first quote, backslash or control character in `bytes` (its length
/// when there is none). Sixteen bytes are tested at a time, without branches, in a form the
/// compiler vectorises.
fn special_at(bytes: &[u8]) -> usize {
    const CHUNK: usize = 16;
    let special = |b: u8| u8::from(b == b'"') | u8::from(b == b'\\') | u8::from(b < 0x20);
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut at = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(0, |any, &b| any | special(b)) != 0 {
            break;
        }
        at += CHUNK;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest
        .iter()
        .position(|&b| special(b) != 0)
        .unwrap_or(rest.len())
}

#[cfg(test)]
mod tests;

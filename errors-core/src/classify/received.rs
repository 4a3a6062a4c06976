//! What the body said, owned cheaply: one copy of the JSON text and positions into it.
//!
//! Text without escapes is a span of the copy; extension members stay raw JSON until read.
//! This keeps classification to a handful of allocations however many members a body has.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::body::{value_of, Fields};
use crate::ProblemDetails;

/// Text held by [`Received`]: a span of its source, or (start = [`Text::OWNED`]) the entry
/// `end` of its owned texts. Eight bytes, so that the classified value stays small to move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Text {
    start: u32,
    end: u32,
}

impl Text {
    const OWNED: u32 = u32::MAX;
}

/// The members of a received body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Received {
    source: Box<str>,
    /// Texts that are not in `source` as they are (they had escapes).
    owned: Vec<Box<str>>,
    type_uri: Option<Text>,
    title: Option<Text>,
    detail: Option<Text>,
    instance: Option<Text>,
    status: Option<u16>,
    /// Name and raw JSON value of every extension member, in order.
    members: Vec<(Text, Text)>,
}

impl Received {
    /// Own the fields of a problem object; `detail` is the gateway's message for that shape.
    pub fn from_fields(
        f: Fields<'_>,
        detail: Option<Cow<'_, str>>,
        status: Option<u16>,
    ) -> Self {
        let source = f.source;
        let mut owned = Vec::new();
        let mut own = |text: Cow<'_, str>| locate(source, text, &mut owned);
        let type_uri = f.type_uri.map(&mut own);
        let title = f.title.map(&mut own);
        let detail = detail.map(&mut own);
        let instance = f.instance.map(&mut own);
        let members = f.members.into_iter().map(|(k, v)| (own(k), own(v))).collect();
        Received {
            source: source.into(),
            owned,
            type_uri,
            title,
            detail,
            instance,
            status,
            members,
        }
    }

    /// Only a detail (legacy lists).
    pub fn from_detail(detail: Option<String>) -> Self {
        let mut owned = Vec::new();
        let detail = detail.map(|d| locate("", Cow::Owned(d), &mut owned));
        Received {
            owned,
            detail,
            ..Received::default()
        }
    }

    fn get(&self, text: Text) -> &str {
        text_in(&self.source, &self.owned, text)
    }

    fn opt(&self, text: Option<Text>) -> Option<&str> {
        text.map(|t| self.get(t))
    }

    pub fn type_uri(&self) -> Option<&str> {
        self.opt(self.type_uri)
    }

    pub fn title(&self) -> Option<&str> {
        self.opt(self.title)
    }

    pub fn status(&self) -> Option<u16> {
        self.status
    }

    pub fn detail(&self) -> Option<&str> {
        self.opt(self.detail)
    }

    pub fn instance(&self) -> Option<&str> {
        self.opt(self.instance)
    }

    /// Name and raw JSON of each extension member, in order.
    pub fn members(&self) -> impl Iterator<Item = (&str, &str)> {
        self.members.iter().map(|&(k, v)| (self.get(k), self.get(v)))
    }

    /// The raw JSON of the last member called `name` (a later duplicate wins, as in a map).
    pub fn member(&self, name: &str) -> Option<&str> {
        self.members()
            .filter(|(k, _)| *k == name)
            .last()
            .map(|(_, v)| v)
    }

    /// Drop the members that became typed parameters.
    pub fn remove_members(&mut self, declared: impl Fn(&str) -> bool) {
        let (source, owned) = (&self.source, &self.owned);
        self.members
            .retain(|&(k, _)| !declared(text_in(source, owned, k)));
    }

    pub fn extensions(&self) -> Map<String, Value> {
        self.members()
            .map(|(k, raw)| (k.to_owned(), value_of(raw)))
            .collect()
    }

    pub fn to_problem_details(&self) -> ProblemDetails {
        ProblemDetails {
            type_uri: self.type_uri().map(str::to_owned),
            title: self.title().map(str::to_owned),
            status: self.status,
            detail: self.detail().map(str::to_owned),
            instance: self.instance().map(str::to_owned),
            extensions: self.extensions(),
        }
    }
}

fn text_in<'s>(source: &'s str, owned: &'s [Box<str>], text: Text) -> &'s str {
    if text.start == Text::OWNED {
        owned.get(text.end as usize).map_or("", |s| s)
    } else {
        source.get(text.start as usize..text.end as usize).unwrap_or_default()
    }
}

/// Where `text` sits in `source`: a span when it is borrowed from it, else an owned entry.
fn locate(source: &str, text: Cow<'_, str>, owned: &mut Vec<Box<str>>) -> Text {
    if let Cow::Borrowed(s) = text {
        let start = (s.as_ptr() as usize).wrapping_sub(source.as_ptr() as usize);
        let end = start.wrapping_add(s.len());
        if start <= end && end <= source.len() {
            if let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) {
                if start != Text::OWNED {
                    return Text { start, end };
                }
            }
        }
    }
    let end = u32::try_from(owned.len()).unwrap_or(u32::MAX);
    owned.push(text.into_owned().into_boxed_str());
    Text {
        start: Text::OWNED,
        end,
    }
}

//! What the body said, owned cheaply: one copy of the JSON text and positions into it.
//!
//! Text without escapes is a span of the copy; extension members stay raw JSON until read.
//! This keeps classification to a handful of allocations however many members a body has.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::body::{value_of, Fields};
use crate::ProblemDetails;

/// Text held by [`Received`]: a span of its source, or owned (unescaped) text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Text {
    Span(usize, usize),
    Owned(Box<str>),
}

/// The members of a received body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Received {
    source: Box<str>,
    type_uri: Option<Text>,
    title: Option<Text>,
    status: Option<u16>,
    detail: Option<Text>,
    instance: Option<Text>,
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
        let own = |text: Option<Cow<'_, str>>| text.map(|t| locate(source, t));
        let members = f
            .members
            .into_iter()
            .map(|(k, v)| (locate(source, k), locate(source, v)))
            .collect();
        Received {
            source: source.into(),
            type_uri: own(f.type_uri),
            title: own(f.title),
            status,
            detail: own(detail),
            instance: own(f.instance),
            members,
        }
    }

    /// Only a detail (legacy lists).
    pub fn from_detail(detail: Option<String>) -> Self {
        Received {
            detail: detail.map(|d| Text::Owned(d.into())),
            ..Received::default()
        }
    }

    fn get<'s>(&'s self, text: &'s Text) -> &'s str {
        match text {
            Text::Span(from, to) => self.source.get(*from..*to).unwrap_or_default(),
            Text::Owned(s) => s,
        }
    }

    fn opt<'s>(&'s self, text: &'s Option<Text>) -> Option<&'s str> {
        text.as_ref().map(|t| self.get(t))
    }

    pub fn type_uri(&self) -> Option<&str> {
        self.opt(&self.type_uri)
    }

    pub fn title(&self) -> Option<&str> {
        self.opt(&self.title)
    }

    pub fn status(&self) -> Option<u16> {
        self.status
    }

    pub fn detail(&self) -> Option<&str> {
        self.opt(&self.detail)
    }

    pub fn instance(&self) -> Option<&str> {
        self.opt(&self.instance)
    }

    /// Name and raw JSON of each extension member, in order.
    pub fn members(&self) -> impl Iterator<Item = (&str, &str)> {
        self.members.iter().map(|(k, v)| (self.get(k), self.get(v)))
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
        let source = &self.source;
        self.members.retain(|(k, _)| {
            let name = match k {
                Text::Span(from, to) => source.get(*from..*to).unwrap_or_default(),
                Text::Owned(s) => s,
            };
            !declared(name)
        });
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

/// Where `text` sits in `source`: a span when it is borrowed from it, else owned.
fn locate(source: &str, text: Cow<'_, str>) -> Text {
    match text {
        Cow::Borrowed(s) => {
            let start = (s.as_ptr() as usize).wrapping_sub(source.as_ptr() as usize);
            if start <= source.len() && s.len() <= source.len() - start {
                Text::Span(start, start + s.len())
            } else {
                Text::Owned(s.into())
            }
        }
        Cow::Owned(s) => Text::Owned(s.into_boxed_str()),
    }
}

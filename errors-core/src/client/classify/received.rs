//! What a body said, held cheaply: the JSON text and positions into it.
//!
//! Text without escapes is a span of the source; extension members stay raw JSON until
//! read. Parsing fills a [`Fields`] that borrows the body; the classified value keeps a
//! [`Received`], the same with one copy of the body. This keeps classification to a handful
//! of allocations however many members a body has.

use std::borrow::Cow;

use super::json::value_of;
use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;

/// Text held by [`Members`]: a span of its source, or (start = [`Text::OWNED`]) the entry
/// `end` of its owned texts. Eight bytes, so that the classified value stays small to move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Text {
    start: u32,
    end: u32,
}

impl Text {
    const OWNED: u32 = u32::MAX;
}

/// The members of a JSON object: problem members, the gateway's, and the rest raw.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Members<S> {
    source: S,
    /// Texts that are not in `source` as they are (they had escapes, or were re-written).
    owned: Vec<Box<str>>,
    pub type_uri: Option<Text>,
    pub title: Option<Text>,
    pub detail: Option<Text>,
    pub instance: Option<Text>,
    /// `status` as a number or a numeric string (the gateway's `statusCode`).
    pub status: Option<u16>,
    /// Name and raw JSON value of every other member (and of mistyped standard members),
    /// in order.
    pub members: Vec<(Text, Text)>,
}

/// Members borrowed from the body being classified.
pub(crate) type Fields<'a> = Members<&'a str>;

/// Members kept by a classified value, with its own copy of the body.
pub(crate) type Received = Members<Box<str>>;

impl<'a> Fields<'a> {
    pub fn new(source: &'a str) -> Self {
        Members {
            source,
            owned: Vec::new(),
            type_uri: None,
            title: None,
            detail: None,
            instance: None,
            status: None,
            members: Vec::new(),
        }
    }

    /// Keep member `name` with its raw JSON, after the others.
    pub fn keep(&mut self, name: Cow<'_, str>, raw: Cow<'_, str>) {
        let member = (self.locate(name), self.locate(raw));
        self.members.push(member);
    }

    /// Where `text` sits: a span when it is borrowed from the source, else an owned entry.
    pub fn locate(&mut self, text: Cow<'_, str>) -> Text {
        if let Cow::Borrowed(s) = text {
            let start = (s.as_ptr() as usize).wrapping_sub(self.source.as_ptr() as usize);
            let end = start.wrapping_add(s.len());
            if start <= end && end <= self.source.len() {
                if let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) {
                    if start != Text::OWNED {
                        return Text { start, end };
                    }
                }
            }
        }
        let end = u32::try_from(self.owned.len()).unwrap_or(u32::MAX);
        self.owned.push(text.into_owned().into_boxed_str());
        Text {
            start: Text::OWNED,
            end,
        }
    }

    /// Keep them beyond the body: copy the source once.
    pub fn into_owned(self) -> Received {
        Members {
            source: self.source.into(),
            owned: self.owned,
            type_uri: self.type_uri,
            title: self.title,
            detail: self.detail,
            instance: self.instance,
            status: self.status,
            members: self.members,
        }
    }
}

impl Received {
    /// No members: text kept as it is (the start of an unparsed body, a legacy list).
    pub fn raw(text: Box<str>) -> Self {
        Members {
            source: text,
            ..Received::default()
        }
    }
}

impl<S: AsRef<str>> Members<S> {
    /// The text the members are spans of (the raw text, for an unparsed body).
    pub fn source(&self) -> &str {
        self.source.as_ref()
    }

    pub fn has_members(&self) -> bool {
        !self.members.is_empty()
    }

    pub fn get(&self, text: Text) -> &str {
        if text.start == Text::OWNED {
            self.owned.get(text.end as usize).map_or("", |s| s)
        } else {
            let range = text.start as usize..text.end as usize;
            self.source.as_ref().get(range).unwrap_or_default()
        }
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

    pub fn detail(&self) -> Option<&str> {
        self.opt(self.detail)
    }

    pub fn instance(&self) -> Option<&str> {
        self.opt(self.instance)
    }

    pub fn has_problem_members(&self) -> bool {
        self.type_uri.is_some()
            || self.title.is_some()
            || self.detail.is_some()
            || self.status.is_some()
            || self.instance.is_some()
    }

    /// Name and raw JSON of each extension member, in order.
    pub fn members(&self) -> impl Iterator<Item = (&str, &str)> {
        self.members
            .iter()
            .map(|&(k, v)| (self.get(k), self.get(v)))
    }

    /// The raw JSON of the last member called `name` (a later duplicate wins, as in a map).
    pub fn member(&self, name: &str) -> Option<&str> {
        self.members
            .iter()
            .rev()
            .find(|&&(k, _)| self.get(k) == name)
            .map(|&(_, v)| self.get(v))
    }

    /// Drop the members whose names satisfy `drop`.
    pub fn remove_members(&mut self, drop: impl Fn(&str) -> bool) {
        let mut members = std::mem::take(&mut self.members);
        members.retain(|&(k, _)| !drop(self.get(k)));
        self.members = members;
    }

    pub fn extensions(&self) -> Extensions {
        if self.members.is_empty() {
            return Extensions::new();
        }
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

//! Reading the model's small values straight from the tree: the vocabularies (by the
//! spelling table of `model::kinds`), template parameters and links.
//!
//! The enum and struct names in messages (`enum RetrySpec`, `struct ParamSpec`) are part of
//! the diagnostics' wording, which stays fixed whatever the Rust types are called.

use super::decode::{members, non_empty, required, scalar_text, variant, Decode, Result, Text};
use super::tree::Node;
use crate::model::{Link, Param, ParamKind, Retry, SentAs};

/// The keys a parameter may have.
pub const PARAM_KEYS: &[&str] = &["name", "kind", "example", "description"];

/// The keys a link may have.
pub const LINK_KEYS: &[&str] = &["title", "href"];

impl Decode for Retry {
    fn decode(node: &Node) -> Result<Self> {
        variant(node, "RetrySpec")
    }
}

impl Decode for SentAs {
    fn decode(node: &Node) -> Result<Self> {
        variant(node, "SentAsSpec")
    }
}

impl Decode for ParamKind {
    fn decode(node: &Node) -> Result<Self> {
        variant(node, "ParamKindSpec")
    }
}

impl Decode for Param {
    fn decode(node: &Node) -> Result<Self> {
        let (mut name, mut kind, mut example, mut description) = (None, None, None, None);
        members(node, "ParamSpec", PARAM_KEYS, |key, value| {
            match key {
                "name" => name = Some(String::decode(value)?),
                "kind" => kind = Some(ParamKind::decode(value)?),
                "example" => example = Some(non_empty(scalar_text(value)?)?),
                _ => description = Option::<Text>::decode(value)?.map(|text| text.0),
            }
            Ok(())
        })?;
        Ok(Param {
            name: required(name, "name")?,
            // A parameter is text unless it says otherwise.
            kind: kind.unwrap_or(ParamKind::String),
            example: required(example, "example")?,
            description,
        })
    }
}

impl Decode for Link {
    fn decode(node: &Node) -> Result<Self> {
        let (mut title, mut href) = (None, None);
        members(node, "LinkSpec", LINK_KEYS, |key, value| {
            match key {
                "title" => title = Some(Text::decode(value)?.0),
                _ => href = Some(String::decode(value)?),
            }
            Ok(())
        })?;
        Ok(Link {
            title: required(title, "title")?,
            href: required(href, "href")?,
        })
    }
}

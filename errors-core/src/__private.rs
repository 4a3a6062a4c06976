//! Support for generated code. Not a public API: it changes without notice.

pub use serde;
pub use serde_json;

#[cfg(feature = "axum")]
pub use axum_core;

use std::fmt::Display;

use serde::ser::{SerializeMap, Serializer};

use crate::{ParamValue, ProblemDetails, ProblemTypeInfo};

/// The detail of a catalogue problem: fixed text, or the template's pieces in order.
pub enum Detail<'a> {
    /// An entry without parameters: the text is known at compile time.
    Static(&'static str),
    /// An entry with parameters: literals and values, written straight into the output.
    Pieces(&'a [Piece<'a>]),
}

/// One piece of a rendered detail.
pub enum Piece<'a> {
    /// Literal text or a text parameter.
    Str(&'a str),
    /// A whole-number parameter.
    Int(u64),
}

impl Display for Piece<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Piece::Str(s) => f.write_str(s),
            Piece::Int(n) => Display::fmt(n, f),
        }
    }
}

/// Pieces written one after the other, without `format_args!` machinery.
struct Joined<'a>(&'a [Piece<'a>]);

impl Display for Joined<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|p| p.fmt(f))
    }
}

/// Write a catalogue problem as problem+json without building an intermediate value:
/// `type`, `title`, `status`, `detail`, then each parameter as an extension member.
pub fn serialize_known<S: Serializer>(
    serializer: S,
    info: &ProblemTypeInfo,
    detail: Detail<'_>,
    params: &[(&str, ParamValue<'_>)],
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(4 + params.len()))?;
    map.serialize_entry("type", info.type_uri)?;
    map.serialize_entry("title", info.title)?;
    map.serialize_entry("status", &info.status)?;
    match detail {
        Detail::Static(text) => map.serialize_entry("detail", text)?,
        Detail::Pieces(pieces) => map.serialize_entry("detail", &Rendered(&Joined(pieces)))?,
    }
    for (name, value) in params {
        map.serialize_entry(name, value)?;
    }
    map.end()
}

/// Serializes a `Display` value as a string, without allocating one first.
struct Rendered<'a>(&'a dyn Display);

impl serde::Serialize for Rendered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// The body of a catalogue problem, as a value.
pub fn to_details(
    info: &ProblemTypeInfo,
    detail: String,
    params: &[(&str, ParamValue<'_>)],
) -> ProblemDetails {
    ProblemDetails {
        type_uri: Some(info.type_uri.to_owned()),
        title: Some(info.title.to_owned()),
        status: Some(info.status),
        detail: Some(detail),
        instance: None,
        extensions: params
            .iter()
            .map(|(name, value)| ((*name).to_owned(), serde_json::Value::from(*value)))
            .collect(),
    }
}

/// A text parameter read from an extension member.
pub fn ext_str(details: &ProblemDetails, name: &str) -> Option<String> {
    details.extensions.get(name)?.as_str().map(str::to_owned)
}

/// A whole-number parameter read from an extension member (a number or a numeric string).
pub fn ext_u64(details: &ProblemDetails, name: &str) -> Option<u64> {
    match details.extensions.get(name)? {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => parse_u64(s),
        _ => None,
    }
}

/// Split `s` at the first occurrence of `literal`: the text before it and after it.
pub fn split_first<'a>(s: &'a str, literal: &str) -> Option<(&'a str, &'a str)> {
    let at = find(s, literal)?;
    Some((s.get(..at)?, s.get(at + literal.len()..)?))
}

/// The first occurrence of `needle` in `haystack`. Details are short, and building the
/// two-way searcher of `str::find` costs more than scanning them; long texts (a hostile
/// body) still get its linear-time search.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    const SHORT: usize = 512;
    if haystack.len() > SHORT {
        return haystack.find(needle);
    }
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let last = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last {
        i += h[i..=last].iter().position(|&b| b == first)?;
        if h[i + 1..i + n.len()] == *rest {
            // A UTF-8 needle starts with a leading byte, so `i` is a character boundary.
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A whole number written as rendering writes it: ASCII digits, no sign, no leading zero.
pub fn parse_u64(s: &str) -> Option<u64> {
    let canonical = !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s.len() == 1 || !s.starts_with('0'));
    if canonical {
        s.parse().ok()
    } else {
        None
    }
}

/// `http::StatusCode` for a catalogue status (always valid: 400..=599).
pub fn status_code(status: u16) -> http::StatusCode {
    http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// Support for `#[derive(Problem)]`: a field as an extension member. A value serde cannot
/// represent as JSON (a map with non-string keys, a failing `Serialize`) is left out rather
/// than failing the whole response.
pub fn insert_member<T: serde::Serialize + ?Sized>(
    members: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
    value: &T,
) {
    if let Ok(value) = serde_json::to_value(value) {
        members.insert(name.to_owned(), value);
    }
}

/// Support for `#[derive(Problem)]`: the body of a type that states its own facts. Without a
/// title, the status's reason phrase.
pub fn own_problem(
    type_uri: Option<&str>,
    title: Option<&str>,
    status: u16,
    detail: Option<String>,
    members: serde_json::Map<String, serde_json::Value>,
) -> ProblemDetails {
    let title = title.or_else(|| status_code(status).canonical_reason());
    ProblemDetails {
        type_uri: type_uri.map(str::to_owned),
        title: title.map(str::to_owned),
        status: Some(status),
        detail,
        instance: None,
        extensions: members,
    }
}

/// Support for `#[derive(Problem)]`: the body of a type that names a catalogue entry, with
/// the detail rendered from the entry's template and the fields, as the generated type
/// would render it.
pub fn entry_problem(
    info: &ProblemTypeInfo,
    members: serde_json::Map<String, serde_json::Value>,
) -> ProblemDetails {
    ProblemDetails {
        type_uri: Some(info.type_uri.to_owned()),
        title: Some(info.title.to_owned()),
        status: Some(info.status),
        detail: Some(render_template(info.detail_template, &members)),
        instance: None,
        extensions: members,
    }
}

/// Fill `{name}` placeholders from `members`: strings as they are, other values as JSON.
/// `{{` and `}}` stand for literal braces; a placeholder without a member stays as written.
pub fn render_template(
    template: &str,
    members: &serde_json::Map<String, serde_json::Value>,
) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if rest[at..].starts_with("{{") || rest[at..].starts_with("}}") {
            out.push_str(&rest[at..=at]);
            rest = &after[1..];
            continue;
        }
        let close = after.find('}').filter(|_| rest[at..].starts_with('{'));
        let Some(close) = close else {
            // A lone brace is text.
            out.push_str(&rest[at..=at]);
            rest = after;
            continue;
        };
        let name = &after[..close];
        match members.get(name) {
            Some(serde_json::Value::String(s)) => out.push_str(s),
            Some(other) => out.push_str(&other.to_string()),
            None => out.push_str(&rest[at..at + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_like_str_find() {
        for (h, n) in [
            ("", ""),
            ("", "a"),
            ("abc", ""),
            ("abc", "abc"),
            ("abc", "abcd"),
            ("aab", "ab"),
            ("øab", "ab"),
            ("ab ab", "b a"),
            ("x cannot be cancelled. y", " cannot be cancelled. "),
        ] {
            assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
        }
        let long = format!("{}needle", "a".repeat(600));
        assert_eq!(find(&long, "needle"), Some(600));
    }

    proptest! {
        #[test]
        fn finds_like_str_find_on_any_text(h in "[ab ø.]{0,40}", n in "[ab ø.]{0,4}") {
            prop_assert_eq!(find(&h, &n), h.find(n.as_str()));
        }
    }

    #[test]
    fn templates_render_strings_bare_unescape_braces_and_keep_unknown_placeholders() {
        let members: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(r#"{"reference": "order-9", "seconds": 57}"#).unwrap();
        assert_eq!(
            render_template(
                "Reference {reference}: try in {seconds} s {missing} {{x}} } {",
                &members
            ),
            "Reference order-9: try in 57 s {missing} {x} } {"
        );
    }
}

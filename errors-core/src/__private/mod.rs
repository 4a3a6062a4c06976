//! Support for generated code. Not a public API: it changes without notice, except the
//! versioned table constructors (`info_v1`, ...), which stay so that generated code keeps
//! compiling.

pub use serde;
pub use serde_json;

mod known;
mod locale;
mod macros;
mod render;
mod stack_text;
mod tables;
pub use crate::catalog::index::{index_v1, Index as ClassifyIndex, IndexV1};
pub use crate::catalog::translations::{LocalText, Translations};
pub use crate::problem::details::append_json;
pub use crate::problem::segment::TemplateSegment;
pub use known::{display, serialize_known, write_known};
pub use locale::{
    details_in, display_in, match_detail_in, serialize_in, template_in, text_v1, title_in,
    translations_v1, write_in, TranslationsV1,
};
pub use tables::{info_v1, link_v1, param_v1, InfoV1};

#[cfg(feature = "actix")]
pub use actix_web;
#[cfg(feature = "axum")]
pub use axum_core;

#[cfg(feature = "utoipa")]
pub use crate::server::openapi::operation_responses;
#[cfg(feature = "utoipa")]
pub use utoipa;
/// What `utoipa::IntoResponses::responses` returns.
#[cfg(feature = "utoipa")]
pub type OperationResponses =
    std::collections::BTreeMap<String, utoipa::openapi::RefOr<utoipa::openapi::response::Response>>;

use std::borrow::Cow;
use std::fmt;

use crate::catalog::info::ProblemTypeInfo;
use crate::catalog::vocabulary::ParamKind;
use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;
use crate::problem::param_value::ParamValue;
use crate::problem::status::reason_phrase;
use crate::problem::template::match_segments;
use render::{details_with, own};

/// The parameters of a catalogue problem with their names, in declaration order.
pub fn named_params<'a>(
    info: &ProblemTypeInfo,
    values: &[ParamValue<'a>],
) -> Vec<(&'static str, ParamValue<'a>)> {
    info.params
        .iter()
        .zip(own(info, values))
        .map(|(param, value)| (param.name, *value))
        .collect()
}

/// The body of a catalogue problem, as a value.
pub fn to_details(info: &ProblemTypeInfo, values: &[ParamValue<'_>]) -> ProblemDetails {
    details_with(info, info.title, info.segments, values)
}

/// The example text of each parameter, padded with empty texts to `N`.
pub fn example_texts<const N: usize>(info: &ProblemTypeInfo) -> [&'static str; N] {
    let mut texts = [""; N];
    for (text, param) in texts.iter_mut().zip(info.params) {
        *text = param.example;
    }
    texts
}

/// The value of each parameter from its text, padded to `N`; `None` when a whole-number
/// parameter is not written as rendering writes one.
pub fn values_from_texts<'t, const N: usize>(
    info: &ProblemTypeInfo,
    texts: &[&'t str; N],
) -> Option<[ParamValue<'t>; N]> {
    let mut values = [ParamValue::Int(0); N];
    for ((value, text), param) in values.iter_mut().zip(texts).zip(info.params) {
        *value = match param.kind {
            ParamKind::String => ParamValue::Str(text),
            ParamKind::Integer => ParamValue::Int(parse_u64(text)?),
        };
    }
    Some(values)
}

/// A text field from its value (the generator pairs text fields with text values).
pub fn text(value: ParamValue<'_>) -> String {
    match value {
        ParamValue::Str(s) => s.to_owned(),
        ParamValue::Int(n) => n.to_string(),
    }
}

/// A whole-number field from its value (the generator pairs number fields with numbers).
pub fn int(value: ParamValue<'_>) -> u64 {
    match value {
        ParamValue::Int(n) => n,
        ParamValue::Str(s) => parse_u64(s).unwrap_or_default(),
    }
}

/// `Debug` of a catalogue problem, as `#[derive(Debug)]` writes a variant with fields.
pub fn debug(
    f: &mut fmt::Formatter<'_>,
    variant: &str,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) -> fmt::Result {
    let values = own(info, values);
    if values.is_empty() {
        return f.write_str(variant);
    }
    let mut s = f.debug_struct(variant);
    for (param, value) in info.params.iter().zip(values) {
        match value {
            ParamValue::Str(text) => s.field(param.name, text),
            ParamValue::Int(n) => s.field(param.name, n),
        };
    }
    s.finish()
}

/// The text of each parameter in `detail`, padded to `N`; `None` when it does not fit.
pub fn match_detail<'d, const N: usize>(
    info: &ProblemTypeInfo,
    detail: &'d str,
) -> Option<[&'d str; N]> {
    match_segments(info.segments, detail)
}

/// Call `build` with the text of each parameter read from the extension members (a string
/// member for a text parameter; a number or numeric string for a whole number); `None` when
/// one is missing or of another kind.
pub fn with_member_texts<T, const N: usize>(
    details: &ProblemDetails,
    info: &ProblemTypeInfo,
    build: impl FnOnce(&[&str; N]) -> Option<T>,
) -> Option<T> {
    let mut owned: [Cow<'_, str>; N] = std::array::from_fn(|_| Cow::Borrowed(""));
    for (slot, param) in owned.iter_mut().zip(info.params) {
        *slot = match (param.kind, details.extensions.get(param.name)?) {
            (_, serde_json::Value::String(s)) => Cow::Borrowed(s.as_str()),
            (ParamKind::Integer, serde_json::Value::Number(n)) => {
                Cow::Owned(n.as_u64()?.to_string())
            }
            _ => return None,
        };
    }
    build(&owned.each_ref().map(|text| &**text))
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
    members: &mut Extensions,
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
    members: Extensions,
) -> ProblemDetails {
    let title = title.or_else(|| reason_phrase(status));
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
pub fn entry_problem(info: &ProblemTypeInfo, members: Extensions) -> ProblemDetails {
    ProblemDetails {
        type_uri: Some(info.type_uri.to_owned()),
        title: Some(info.title.to_owned()),
        status: Some(info.status),
        detail: Some(render_with_members(info, &members)),
        instance: None,
        extensions: members,
    }
}

/// The entry's detail with each parameter taken from `members`: strings as they are, other
/// values as JSON; a parameter without a member stays as its placeholder.
fn render_with_members(info: &ProblemTypeInfo, members: &Extensions) -> String {
    let mut out = String::new();
    for segment in info.segments {
        match *segment {
            TemplateSegment::Literal(text) => out.push_str(text),
            TemplateSegment::Param(i) => {
                let name = info.params.get(i).map_or("", |p| p.name);
                match members.get(name) {
                    Some(serde_json::Value::String(s)) => out.push_str(s),
                    Some(other) => out.push_str(&other.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_details_take_strings_bare_other_values_as_json_and_keep_missing_placeholders() {
        let info = crate::shop::ProblemType::ReferenceNotFound.info();
        let members = |json: &str| -> Extensions { serde_json::from_str(json).unwrap() };
        assert_eq!(
            render_with_members(info, &members(r#"{"reference": "order-9", "msn": 654321}"#)),
            "The reference order-9 does not exist for MSN 654321"
        );
        assert_eq!(
            render_with_members(info, &members(r#"{"msn": "654321"}"#)),
            "The reference {reference} does not exist for MSN 654321"
        );
    }
}

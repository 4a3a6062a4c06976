//! Rendering a catalogue problem from a title and detail segments (the source's or a
//! translation's): what serializing, `ProblemDetails` and `Display` share.

use std::fmt;

use serde::ser::{SerializeMap, Serializer};

use super::stack_text::StackText;
use crate::catalog::info::ProblemTypeInfo;
use crate::problem::details::ProblemDetails;
use crate::problem::param_value::ParamValue;
use crate::problem::segment::TemplateSegment;
use crate::problem::template::render;

/// The parameters of a catalogue problem that are its own: `values` comes padded to the
/// largest parameter count of the catalogue.
pub(crate) fn own<'v, 'a>(
    info: &ProblemTypeInfo,
    values: &'v [ParamValue<'a>],
) -> &'v [ParamValue<'a>] {
    &values[..info.params.len().min(values.len())]
}

/// The rendered detail, as a `Display` value that writes straight into its output.
pub(crate) struct Detail<'a> {
    pub(crate) segments: &'a [TemplateSegment],
    pub(crate) values: &'a [ParamValue<'a>],
}

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        render(self.segments, self.values, f)
    }
}

impl serde::Serialize for Detail<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Fixed text, or the detail rendered on the stack: one string, no formatting
        // machinery. Only a detail too long for the stack is written piece by piece.
        if let [TemplateSegment::Literal(text)] = self.segments {
            return serializer.serialize_str(text);
        }
        let rendered = StackText::render(self.segments, self.values);
        match rendered.as_ref().and_then(StackText::as_str) {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

/// `serialize_known` with the title and detail segments of some locale.
pub(crate) fn serialize_with<S: Serializer>(
    serializer: S,
    info: &ProblemTypeInfo,
    title: &str,
    segments: &[TemplateSegment],
    values: &[ParamValue<'_>],
) -> Result<S::Ok, S::Error> {
    let values = own(info, values);
    let mut map = serializer.serialize_map(Some(4 + values.len()))?;
    map.serialize_entry("type", info.type_uri)?;
    map.serialize_entry("title", title)?;
    map.serialize_entry("status", &info.status)?;
    map.serialize_entry("detail", &Detail { segments, values })?;
    for (param, value) in info.params.iter().zip(values) {
        map.serialize_entry(param.name, value)?;
    }
    map.end()
}

/// `to_details` with the title and detail segments of some locale.
pub(crate) fn details_with(
    info: &ProblemTypeInfo,
    title: &str,
    segments: &[TemplateSegment],
    values: &[ParamValue<'_>],
) -> ProblemDetails {
    let values = own(info, values);
    ProblemDetails {
        type_uri: Some(info.type_uri.to_owned()),
        title: Some(title.to_owned()),
        status: Some(info.status),
        detail: Some(Detail { segments, values }.to_string()),
        instance: None,
        extensions: info
            .params
            .iter()
            .zip(values)
            .map(|(param, value)| (param.name.to_owned(), serde_json::Value::from(*value)))
            .collect(),
    }
}

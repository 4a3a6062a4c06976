//! One catalogue problem as generated code hands it over (its table row and parameter
//! values): its own parameters, its detail rendered, its problem+json serialized or written
//! straight onto a buffer, without escaping the catalogue's text that needs none.

use std::fmt;

use serde::ser::Serializer;

use super::render::{own, serialize_with};
use crate::catalog::info::ProblemTypeInfo;
use crate::problem::details::append_json;
use crate::problem::param_value::ParamValue;
use crate::problem::segment::TemplateSegment;
use crate::problem::template::render;

/// `Display` of a catalogue problem: its detail, rendered from the template.
pub fn display(
    f: &mut fmt::Formatter<'_>,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) -> fmt::Result {
    render(info.segments, own(info, values), f)
}

/// Write a catalogue problem as problem+json without building an intermediate value:
/// `type`, `title`, `status`, `detail`, then each parameter as an extension member.
pub fn serialize_known<S: Serializer>(
    serializer: S,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) -> Result<S::Ok, S::Error> {
    serialize_with(serializer, info, info.title, info.segments, values)
}

/// Append a catalogue problem to `out`, the bytes [`serialize_known`] writes. The
/// catalogue's text is copied as it is when it needs no escaping (as the table knows), and
/// so is a text value that needs none (checked here): the detail is written segment by
/// segment, with no formatting machinery. A catalogue whose text needs escaping goes through
/// the serializer.
pub fn write_known(out: &mut Vec<u8>, info: &ProblemTypeInfo, values: &[ParamValue<'_>]) {
    if !info.plain_text {
        return append_json(out, &Known { info, values });
    }
    let values = own(info, values);
    for part in [
        "{\"type\":\"",
        info.type_uri,
        "\",\"title\":\"",
        info.title,
        "\",\"status\":",
    ] {
        out.extend_from_slice(part.as_bytes());
    }
    write_int(out, u64::from(info.status));
    out.extend_from_slice(b",\"detail\":\"");
    for segment in info.segments {
        match *segment {
            TemplateSegment::Literal(text) => out.extend_from_slice(text.as_bytes()),
            TemplateSegment::Param(i) => match values.get(i) {
                Some(ParamValue::Str(text)) => write_str_contents(out, text),
                Some(ParamValue::Int(n)) => write_int(out, *n),
                None => {}
            },
        }
    }
    out.push(b'"');
    for (param, value) in info.params.iter().zip(values) {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(param.name.as_bytes());
        out.extend_from_slice(b"\":");
        match *value {
            ParamValue::Str(text) => {
                out.push(b'"');
                write_str_contents(out, text);
                out.push(b'"');
            }
            ParamValue::Int(n) => write_int(out, n),
        }
    }
    out.push(b'}');
}

/// `text` as the inside of a JSON string: copied when it needs no escaping, else escaped by
/// the serializer (and its quotes taken off).
fn write_str_contents(out: &mut Vec<u8>, text: &str) {
    if !text.bytes().any(|b| ESCAPED[usize::from(b)]) {
        return out.extend_from_slice(text.as_bytes());
    }
    let start = out.len();
    // Writing a string into a `Vec` cannot fail.
    if serde_json::to_writer(&mut *out, text).is_ok() {
        out.pop();
        out.remove(start);
    } else {
        out.truncate(start);
    }
}

/// The bytes JSON escapes in a string: control characters, `"` and `\\`.
static ESCAPED: [bool; 256] = {
    let mut escaped = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        escaped[b] = true;
        b += 1;
    }
    escaped[b'"' as usize] = true;
    escaped[b'\\' as usize] = true;
    escaped
};

/// A whole number as JSON writes it.
fn write_int(out: &mut Vec<u8>, n: u64) {
    // Writing a number into a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *out, &n);
}

/// A catalogue problem that serializes through [`serialize_known`].
struct Known<'a> {
    info: &'a ProblemTypeInfo,
    values: &'a [ParamValue<'a>],
}

impl serde::Serialize for Known<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_known(serializer, self.info, self.values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::__private::{info_v1, param_v1, InfoV1};
    use crate::catalog::vocabulary::{ParamKind, RetryHint, WireShape};
    use crate::problem::segment::TemplateSegment as S;

    /// An entry with `title` and the template `segments` (its text `template`).
    fn entry(
        title: &'static str,
        template: &'static str,
        segments: &'static [S],
    ) -> ProblemTypeInfo {
        static PARAMS: [crate::catalog::info::ParamInfo; 2] = [
            param_v1("name", ParamKind::String, "x", None),
            param_v1("count", ParamKind::Integer, "1", None),
        ];
        info_v1(InfoV1 {
            id: "odd",
            api: "test",
            type_uri: "https://example.com/problems/odd",
            title,
            status: 409,
            status_reason: None,
            detail_template: template,
            segments,
            params: &PARAMS,
            comment: None,
            links: &[],
            retry: RetryHint::Never,
            sent_as: WireShape::Problem,
            error_code: None,
            retired: None,
        })
    }

    /// What `write_known` writes, and what the serializer writes for the same problem.
    fn both(info: &ProblemTypeInfo, values: &[ParamValue<'_>]) -> (String, String) {
        let mut out = b"[".to_vec();
        write_known(&mut out, info, values);
        let written = String::from_utf8(out).unwrap();
        let serialized = serde_json::to_string(&Known { info, values }).unwrap();
        (written, format!("[{serialized}"))
    }

    #[test]
    fn text_that_needs_escaping_is_escaped_wherever_it_is() {
        static PLAIN: [S; 4] = [
            S::Literal("Not "),
            S::Param(0),
            S::Literal(" x"),
            S::Param(1),
        ];
        let plain = entry("Odd", "Not {name} x{count}", &PLAIN);
        assert!(plain.plain_text);
        let quoted_title = entry("An \"odd\" one", "Not {name} x{count}", &PLAIN);
        assert!(!quoted_title.plain_text);
        static QUOTED: [S; 3] = [S::Literal("Not \""), S::Param(0), S::Literal("\"")];
        let quoted_template = entry("Odd", "Not \"{name}\"", &QUOTED);
        assert!(!quoted_template.plain_text);
        // A value to escape, and one a JSON string carries as it is.
        let values = [ParamValue::Str("a\\b\"c\nd é"), ParamValue::Int(42)];
        let plain_values = [ParamValue::Str("abc é"), ParamValue::Int(7)];
        for info in [&plain, &quoted_title, &quoted_template] {
            for values in [&values, &plain_values] {
                let (written, serialized) = both(info, values);
                assert_eq!(written, serialized);
            }
        }
        let (written, _) = both(&plain, &values);
        assert_eq!(
            written,
            r#"[{"type":"https://example.com/problems/odd","title":"Odd","status":409,"detail":"Not a\\b\"c\nd é x42","name":"a\\b\"c\nd é","count":42}"#
        );
    }

    #[test]
    fn a_detail_too_long_for_the_stack_is_serialized_as_it_is_displayed() {
        static SEGMENTS: [S; 2] = [S::Literal("Not "), S::Param(0)];
        let info = entry("Odd", "Not {name}", &SEGMENTS);
        let long = "é\\\"".repeat(200);
        let values = [ParamValue::Str(&long), ParamValue::Int(1)];
        let (written, serialized) = both(&info, &values);
        assert_eq!(written, serialized);
        let body: serde_json::Value = serde_json::from_str(&written[1..]).unwrap();
        assert_eq!(body["detail"], format!("Not {long}"));
    }
}

//! The generic RFC 9457 problem details object, kept whole.

use std::fmt;

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use crate::problem::extensions::Extensions;

/// The media type of a problem details body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem details object.
///
/// Reading is lenient and loses nothing: `status` may be a number or a numeric string, and a
/// standard member of the wrong JSON type is kept in `extensions` under its own name.
/// Extension members keep their order ([`Extensions`]).
///
/// ```
/// use errors_core::ProblemDetails;
///
/// let body = r#"{"type":"https://httpstatuses.io/404","title":"Reference not found",
///               "status":"404","traceId":"abc","extraDetails":[]}"#;
/// let p: ProblemDetails = serde_json::from_str(body).unwrap();
/// assert_eq!(p.status, Some(404));
/// assert_eq!(p.extensions["traceId"], "abc");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProblemDetails {
    /// The `type` member: a URI identifying the problem type (`about:blank` when absent).
    pub type_uri: Option<String>,
    /// A short, human-readable summary of the problem type.
    pub title: Option<String>,
    /// The HTTP status code the origin server generated.
    pub status: Option<u16>,
    /// A human-readable explanation of this occurrence.
    pub detail: Option<String>,
    /// A URI reference identifying this occurrence.
    pub instance: Option<String>,
    /// Every other member, in the order received.
    pub extensions: Extensions,
}

impl ProblemDetails {
    /// A problem with only a status, as RFC 9457 `about:blank` problems are.
    pub fn from_status(status: u16) -> Self {
        ProblemDetails {
            status: Some(status),
            ..Self::default()
        }
    }

    /// The plain RFC 9457 problem of a status: no `type` (so `about:blank`), the status's
    /// reason phrase as `title`. What a server answers with where no catalogue entry does:
    /// the problem layer, its mapping and the validation extractors all build it here.
    ///
    /// ```
    /// use errors_core::ProblemDetails;
    ///
    /// let problem = ProblemDetails::plain(413);
    /// assert_eq!(problem.type_or_blank(), "about:blank");
    /// assert_eq!(problem.title.as_deref(), Some("Payload Too Large"));
    /// assert_eq!(problem.status, Some(413));
    /// ```
    pub fn plain(status: u16) -> Self {
        ProblemDetails {
            title: super::status::reason_phrase(status).map(str::to_owned),
            ..Self::from_status(status)
        }
    }

    /// The type URI, `about:blank` when absent (RFC 9457 §3.1.1).
    pub fn type_or_blank(&self) -> &str {
        self.type_uri.as_deref().unwrap_or("about:blank")
    }

    /// Read a problem from the members of a JSON object, keeping every member: standard
    /// members of the right type become fields, everything else stays in `extensions`.
    pub fn from_members(mut object: Extensions) -> Self {
        let mut take_string = |key: &str| match object.get(key) {
            Some(Value::String(_)) => match object.remove(key) {
                Some(Value::String(s)) => Some(s),
                _ => None,
            },
            _ => None,
        };
        let type_uri = take_string("type");
        let title = take_string("title");
        let detail = take_string("detail");
        let instance = take_string("instance");
        let status = match object
            .get("status")
            .and_then(crate::problem::status::from_value)
        {
            Some(status) => {
                object.remove("status");
                Some(status)
            }
            None => None,
        };
        ProblemDetails {
            type_uri,
            title,
            status,
            detail,
            instance,
            extensions: object,
        }
    }
}

impl Serialize for ProblemDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let standard = [
            ("type", self.type_uri.as_deref()),
            ("title", self.title.as_deref()),
            ("detail", self.detail.as_deref()),
            ("instance", self.instance.as_deref()),
        ];
        let len = standard.iter().filter(|(_, v)| v.is_some()).count()
            + usize::from(self.status.is_some())
            + self.extensions.len();
        let mut map = serializer.serialize_map(Some(len))?;
        for (key, value) in &standard[..2] {
            if let Some(v) = value {
                map.serialize_entry(key, v)?;
            }
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status)?;
        }
        for (key, value) in &standard[2..] {
            if let Some(v) = value {
                map.serialize_entry(key, v)?;
            }
        }
        for (key, value) in &self.extensions {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ProblemDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Extensions::deserialize(deserializer).map(Self::from_members)
    }
}

impl std::hash::Hash for ProblemDetails {
    /// The standard members and the number of extension members: values equal under `==`
    /// hash alike, and `serde_json::Value` has no `Hash` of its own.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.type_uri.hash(state);
        self.title.hash(state);
        self.status.hash(state);
        self.detail.hash(state);
        self.instance.hash(state);
        self.extensions.len().hash(state);
    }
}

impl fmt::Display for ProblemDetails {
    /// The detail, else the title, else the status, else the type.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.detail, &self.title, self.status) {
            (Some(detail), _, _) => f.write_str(detail),
            (None, Some(title), _) => f.write_str(title),
            (None, None, Some(status)) => write!(f, "HTTP {status}"),
            (None, None, None) => f.write_str(self.type_or_blank()),
        }
    }
}

/// Append `value` as JSON to `out`; `{}` in place of a value that does not serialize (a
/// problem body, a map with string keys and JSON values, always does).
pub fn append_json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let start = out.len();
    let written = serde_json::to_writer(&mut *out, value);
    or_empty_object(out, start, written);
}

/// `{}` in place of what was written from `start` on, when writing it failed.
pub(crate) fn or_empty_object(out: &mut Vec<u8>, start: usize, written: serde_json::Result<()>) {
    if written.is_err() {
        out.truncate(start);
        out.extend_from_slice(b"{}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_string_status_and_keeps_extensions_in_order() {
        let p: ProblemDetails = serde_json::from_str(
            r#"{"type": "https://example.com/t", "status": "400", "zeta": 1, "alpha": [2]}"#,
        )
        .unwrap();
        assert_eq!(p.status, Some(400));
        let keys: Vec<&str> = p.extensions.keys().collect();
        assert_eq!(keys, ["zeta", "alpha"]);
    }

    #[test]
    fn keeps_mistyped_standard_members_as_extensions() {
        let p: ProblemDetails =
            serde_json::from_value(json!({"status": "four hundred", "title": 7})).unwrap();
        assert_eq!(p.status, None);
        assert_eq!(p.title, None);
        assert_eq!(p.extensions["status"], "four hundred");
        assert_eq!(p.extensions["title"], 7);
        let again: ProblemDetails =
            serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(again, p);
    }

    #[test]
    fn writes_standard_members_first_and_status_as_number() {
        let p = ProblemDetails {
            type_uri: Some("urn:x".into()),
            status: Some(409),
            detail: Some("d".into()),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"type":"urn:x","status":409,"detail":"d"}"#
        );
    }
}

//! What every generated catalogue provides, so generic code works with any of them.

use std::fmt::{self, Debug, Display};
use std::hash::Hash;

use serde::de::DeserializeOwned;
use serde::{Serialize, Serializer};

use crate::RetryHint;

mod translations;
pub use crate::segment::TemplateSegment;
pub use translations::{LocalText, Translations};

/// Which side must act: the client (4xx) or the server (5xx).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fault {
    /// 4xx: the client must change something.
    Client,
    /// 5xx: the server has a problem.
    Server,
}

crate::names::by_name!(Fault, { Client => "client", Server => "server" });

impl Fault {
    /// The side responsible for a status: 5xx is the server's, everything else the client's.
    pub const fn of_status(status: u16) -> Fault {
        if status >= 500 {
            Fault::Server
        } else {
            Fault::Client
        }
    }
}

/// How a problem arrives on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WireShape {
    /// RFC 9457 / RFC 7807 `application/problem+json`.
    Problem,
    /// The API gateway's `{"statusCode": N, "message": "..."}`.
    Gateway,
    /// A legacy array of `{errorGroup, errorCode, errorMessage}` objects.
    Legacy,
}

crate::names::by_name!(WireShape, {
    Problem => "problem",
    Gateway => "gateway",
    Legacy => "legacy",
});

/// A document related to a problem type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    pub(crate) title: &'static str,
    pub(crate) href: &'static str,
}

impl Link {
    /// The link text.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The target URL.
    pub const fn href(&self) -> &'static str {
        self.href
    }
}

/// The Rust type of a template parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParamKind {
    /// Text: a `String` field, a JSON string member.
    String,
    /// A non-negative whole number: a `u64` field, a JSON number member.
    Integer,
}

/// A template parameter of a problem type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParamInfo {
    pub(crate) name: &'static str,
    pub(crate) kind: ParamKind,
    pub(crate) example: &'static str,
    pub(crate) description: Option<&'static str>,
}

impl ParamInfo {
    /// Placeholder, field and extension member name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Its type.
    pub const fn kind(&self) -> ParamKind {
        self.kind
    }

    /// A realistic value, as the detail shows it.
    pub const fn example(&self) -> &'static str {
        self.example
    }

    /// What the value is.
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }
}

/// The value of one parameter of a typed problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParamValue<'a> {
    /// A text parameter.
    Str(&'a str),
    /// A whole-number parameter.
    Int(u64),
}

impl Serialize for ParamValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Str(s) => serializer.serialize_str(s),
            ParamValue::Int(n) => serializer.serialize_u64(*n),
        }
    }
}

impl Display for ParamValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamValue::Str(s) => f.write_str(s),
            ParamValue::Int(n) => write!(f, "{n}"),
        }
    }
}

impl From<ParamValue<'_>> for serde_json::Value {
    fn from(v: ParamValue<'_>) -> Self {
        match v {
            ParamValue::Str(s) => serde_json::Value::String(s.to_owned()),
            ParamValue::Int(n) => serde_json::Value::from(n),
        }
    }
}

/// Everything the catalogue says about one problem type, read through its accessors.
///
/// Generated code builds these tables through a `#[doc(hidden)]` constructor of
/// `errors_core::__private`, so a field added later breaks no one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemTypeInfo {
    pub(crate) id: &'static str,
    pub(crate) api: &'static str,
    pub(crate) type_uri: &'static str,
    pub(crate) title: &'static str,
    pub(crate) status: u16,
    pub(crate) status_reason: Option<&'static str>,
    pub(crate) detail_template: &'static str,
    pub(crate) segments: &'static [TemplateSegment],
    pub(crate) params: &'static [ParamInfo],
    pub(crate) comment: Option<&'static str>,
    pub(crate) links: &'static [Link],
    pub(crate) retry: RetryHint,
    pub(crate) sent_as: WireShape,
    pub(crate) error_code: Option<&'static str>,
    pub(crate) retired: Option<&'static str>,
    /// `type_uri`, `title`, the detail template and the parameter names go into JSON as
    /// they are: no character to escape.
    pub(crate) plain_text: bool,
}

impl ProblemTypeInfo {
    /// Stable snake_case id.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The API group (catalogue file) it belongs to.
    pub const fn api(&self) -> &'static str {
        self.api
    }

    /// The type URI clients match on.
    pub const fn type_uri(&self) -> &'static str {
        self.type_uri
    }

    /// Short summary; not unique.
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// HTTP status.
    pub const fn status(&self) -> u16 {
        self.status
    }

    /// Why the catalogue assigned this status.
    pub const fn status_reason(&self) -> Option<&'static str> {
        self.status_reason
    }

    /// The detail template, `{name}` for parameters.
    pub const fn detail_template(&self) -> &'static str {
        self.detail_template
    }

    /// The detail template split into literal text and parameter slots: what rendering
    /// and matching read. Support for generated code.
    #[doc(hidden)]
    pub const fn segments(&self) -> &'static [TemplateSegment] {
        self.segments
    }

    /// Template parameters.
    pub const fn params(&self) -> &'static [ParamInfo] {
        self.params
    }

    /// Advice for integrators.
    pub const fn comment(&self) -> Option<&'static str> {
        self.comment
    }

    /// Related documents.
    pub const fn links(&self) -> &'static [Link] {
        self.links
    }

    /// Whether and how to retry.
    pub const fn retry(&self) -> RetryHint {
        self.retry
    }

    /// The body shape it arrives in.
    pub const fn sent_as(&self) -> WireShape {
        self.sent_as
    }

    /// Legacy `errorCode`, for legacy entries.
    pub const fn error_code(&self) -> Option<&'static str> {
        self.error_code
    }

    /// Why it was retired, when it is no longer sent.
    pub const fn retired(&self) -> Option<&'static str> {
        self.retired
    }
}

/// A type URI that no entry of the catalogue has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownTypeUri(pub String);

impl Display for UnknownTypeUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no problem type of the catalogue has the type URI `{}`",
            self.0
        )
    }
}

impl std::error::Error for UnknownTypeUri {}

/// The fieldless enum of a catalogue's problem types.
pub trait ProblemKind:
    Copy + Eq + Hash + Debug + Display + Send + Sync + Serialize + DeserializeOwned + 'static
{
    /// Every problem type, in catalogue order.
    fn all() -> &'static [Self];
    /// What the catalogue says about this type.
    fn info(self) -> &'static ProblemTypeInfo;
    /// The problem type with this exact type URI.
    fn from_type_uri(uri: &str) -> Option<Self>;
    /// Type URIs the live API sends that identify no entry; `{status}` stands for the status.
    fn generic_type_uris() -> &'static [&'static str];
    /// The catalogue's facts packed for classification, generated beside its table.
    #[doc(hidden)]
    fn classify_index() -> &'static crate::classify::index::Index;

    /// The locales the catalogue's titles and details exist in (BCP 47 tags): its source
    /// locale first, then each translation.
    fn locales() -> &'static [&'static str] {
        Self::translations().locales()
    }

    /// The position of this problem type in [`all`](Self::all). Support for classification;
    /// generated code answers without a search.
    #[doc(hidden)]
    fn position(self) -> usize {
        Self::all()
            .iter()
            .position(|k| *k == self)
            .unwrap_or(usize::MAX)
    }

    /// The catalogue's translations, generated beside its table (code generated before
    /// translations existed has none: English only).
    #[doc(hidden)]
    fn translations() -> &'static Translations {
        &translations::ENGLISH_ONLY
    }

    /// Whether `uri` identifies nothing by itself: `about:blank` or a generic per-status URI.
    fn is_generic_type_uri(uri: &str) -> bool {
        uri == "about:blank"
            || Self::generic_type_uris().iter().any(|pattern| {
                let Some((head, tail)) = pattern.split_once("{status}") else {
                    return uri == *pattern;
                };
                uri.len() > head.len() + tail.len()
                    && uri.starts_with(head)
                    && uri.ends_with(tail)
                    && uri[head.len()..uri.len() - tail.len()]
                        .bytes()
                        .all(|b| b.is_ascii_digit())
            })
    }
}

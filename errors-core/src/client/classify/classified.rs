//! The result of classifying one response.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

use super::body::legacy_errors;
use super::json::{json_string, value_of};
use super::locales::{body_locale, Matched};
use super::received::Received;
use super::records::{ExtraDetail, LegacyError};
use super::retry::{delay_in_text, random_u64};
use super::{DelaySource, RetryAdvice, RetryPolicy};
use crate::catalog::kind::ProblemKind;
use crate::catalog::occurrence::Occurrence;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::vocabulary::RetryHint;
use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;

/// How the catalogue entry of a response was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentifiedBy {
    /// The exact `type` URI of an entry.
    TypeUri,
    /// The `title`, unique among the entries considered (the detail, when it fits, gave
    /// the parameters).
    Title,
    /// The `detail` (or a legacy message) fitting an entry's template.
    Template,
    /// The gateway's `message` fitting a gateway entry's template.
    GatewayMessage,
    /// A legacy `errorCode`.
    LegacyCode,
    /// Nothing: the problem is `Unknown`.
    Unidentified,
}

impl IdentifiedBy {
    /// The snake_case name.
    pub const fn as_str(self) -> &'static str {
        match self {
            IdentifiedBy::TypeUri => "type_uri",
            IdentifiedBy::Title => "title",
            IdentifiedBy::Template => "template",
            IdentifiedBy::GatewayMessage => "gateway_message",
            IdentifiedBy::LegacyCode => "legacy_code",
            IdentifiedBy::Unidentified => "unidentified",
        }
    }
}

/// What the body was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyShape {
    /// Empty, or only whitespace.
    Empty,
    /// A JSON object read as RFC 9457 / 7807 problem details (the ePayment variant too).
    Problem,
    /// The API gateway's `{"statusCode": N, "message": "..."}`.
    Gateway,
    /// A JSON array of legacy error objects.
    Legacy,
    /// Valid JSON of another kind: a number, a string, `null`, an array of non-objects.
    OtherJson,
    /// Broken JSON: truncated, invalid UTF-8, nested deeper than 128 levels.
    InvalidJson,
    /// Not JSON: HTML from a proxy, plain text.
    Text,
    /// Larger than the body limit: not parsed.
    TooLarge,
}

impl BodyShape {
    /// The snake_case name.
    pub const fn as_str(self) -> &'static str {
        match self {
            BodyShape::Empty => "empty",
            BodyShape::Problem => "problem",
            BodyShape::Gateway => "gateway",
            BodyShape::Legacy => "legacy",
            BodyShape::OtherJson => "other_json",
            BodyShape::InvalidJson => "invalid_json",
            BodyShape::Text => "text",
            BodyShape::TooLarge => "too_large",
        }
    }
}

/// A classified response: the typed problem (or `Unknown`) and everything else the response
/// said. Built by [`classify`](super::classify) and its conveniences.
#[derive(Clone)]
pub struct Classified<P: CatalogProblem> {
    pub(crate) problem: P,
    pub(crate) kind: Option<P::Kind>,
    pub(crate) identified_by: IdentifiedBy,
    /// Which locale's text matched.
    pub(crate) locale: Matched,
    pub(crate) status: u16,
    pub(crate) shape: BodyShape,
    /// The members of a problem object, or the text of an unparsed body or a legacy list.
    pub(crate) received: Received,
    /// The objects of a legacy list, read from `received` on first use: most callers never
    /// look at them.
    pub(crate) legacy: OnceLock<Vec<LegacyError>>,
    /// Whether the raw text (the source of `received`, for unparsed bodies) was cut.
    pub(crate) raw_text_truncated: bool,
    pub(crate) retry_after: Option<Duration>,
}

impl<P: CatalogProblem> Classified<P> {
    /// The typed problem; `Unknown` when no entry was identified, or when the entry is known
    /// ([`kind`](Self::kind)) but its parameters could not be recovered.
    pub fn problem(&self) -> &P {
        &self.problem
    }

    /// The typed problem, by value.
    pub fn into_problem(self) -> P {
        self.problem
    }

    /// The identified catalogue entry, if any.
    pub fn kind(&self) -> Option<P::Kind> {
        self.kind
    }

    /// Whether a catalogue entry was identified.
    pub fn is_known(&self) -> bool {
        self.kind.is_some()
    }

    /// How the entry was identified.
    pub fn identified_by(&self) -> IdentifiedBy {
        self.identified_by
    }

    /// The locale of the catalogue (a BCP 47 tag, one of [`ProblemKind::locales`]) whose
    /// title or detail template the body matched: the one that identified the entry, or,
    /// for an entry known by its type URI or legacy code, the one its title (else its
    /// detail) is written in. `None` when no text of the catalogue matched (`Unknown`, or a
    /// reworded title and detail).
    pub fn locale(&self) -> Option<&'static str> {
        let at = match self.locale {
            Matched::At(at) => usize::from(at),
            Matched::OfTexts => body_locale::<P>(self.kind?, self.title(), self.detail())?,
            Matched::Nothing => return None,
        };
        P::Kind::locales().get(at).copied()
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The status written in the body (`status`, or the gateway's `statusCode`), if any.
    pub fn body_status(&self) -> Option<u16> {
        self.received.status
    }

    /// Whether the body names a status other than the response's.
    pub fn body_status_disagrees(&self) -> bool {
        self.body_status().is_some_and(|s| s != self.status)
    }

    /// The status the catalogue assigns to the identified entry.
    pub fn catalogue_status(&self) -> Option<u16> {
        self.kind.map(|k| k.info().status)
    }

    /// Whether the response's status differs from the catalogue's for the identified entry
    /// (the live API may use another status than the catalogue assigns).
    pub fn catalogue_status_disagrees(&self) -> bool {
        self.catalogue_status().is_some_and(|s| s != self.status)
    }

    /// What the body was.
    pub fn shape(&self) -> BodyShape {
        self.shape
    }

    /// The `type` member as received (often a generic one such as
    /// `https://httpstatuses.io/404`).
    pub fn type_uri(&self) -> Option<&str> {
        self.received.type_uri()
    }

    /// The `title` member as received.
    pub fn title(&self) -> Option<&str> {
        self.received.title()
    }

    /// The `detail` member as received (the gateway's `message`, a legacy list's first
    /// message).
    pub fn detail(&self) -> Option<&str> {
        self.received
            .detail()
            .or_else(|| super::records::legacy_message(self.legacy_errors()))
    }

    /// The `instance` member.
    pub fn instance(&self) -> Option<&str> {
        self.received.instance()
    }

    /// The ePayment API's `traceId` member (sent instead of `instance`), when it is text.
    pub fn trace_id(&self) -> Option<Cow<'_, str>> {
        json_string(self.received.member("traceId")?)
    }

    /// An extension member that the identified entry does not declare, e.g. `extraDetails`.
    pub fn extension(&self, name: &str) -> Option<Value> {
        self.received.member(name).map(value_of)
    }

    /// The names of the extension members the identified entry does not declare, in order.
    pub fn extension_names(&self) -> impl Iterator<Item = &str> {
        self.received.members().map(|(name, _)| name)
    }

    /// Every extension member that the identified entry does not declare (`traceId`,
    /// `extraDetails`, ...), in order. Built on each call: members stay raw JSON until read.
    pub fn extensions(&self) -> Extensions {
        self.received.extensions()
    }

    /// The `extraDetails` entries that have a text `name` and `reason`.
    pub fn extra_details(&self) -> Vec<ExtraDetail> {
        let Some(raw) = self.received.member("extraDetails") else {
            return Vec::new();
        };
        let items: Vec<&serde_json::value::RawValue> =
            serde_json::from_str(raw).unwrap_or_default();
        items
            .into_iter()
            .filter_map(|item| {
                let item: Value = serde_json::from_str(item.get()).ok()?;
                let text = |key: &str| item.get(key)?.as_str().map(str::to_owned);
                Some(ExtraDetail {
                    name: text("name")?,
                    reason: text("reason")?,
                })
            })
            .collect()
    }

    /// The body as a problem details value: the members as received, less the parameters
    /// that became typed fields.
    pub fn to_problem_details(&self) -> ProblemDetails {
        self.received.to_problem_details()
    }

    /// The objects of a legacy error array, in order.
    pub fn legacy_errors(&self) -> &[LegacyError] {
        if self.shape != BodyShape::Legacy {
            return &[];
        }
        self.legacy
            .get_or_init(|| legacy_errors(self.received.source()))
    }

    /// The start of the body as text (invalid UTF-8 replaced), when it was not read as JSON
    /// that classification understands: text, HTML, broken or other JSON, too large.
    pub fn raw_text(&self) -> Option<&str> {
        let unparsed = matches!(
            self.shape,
            BodyShape::OtherJson | BodyShape::InvalidJson | BodyShape::Text | BodyShape::TooLarge
        );
        unparsed.then(|| self.received.source())
    }

    /// Whether [`raw_text`](Self::raw_text) is only the start of the body.
    pub fn raw_text_truncated(&self) -> bool {
        self.raw_text_truncated
    }

    /// The catalogue's retry hint for the entry, or [`RetryHint::for_status`] of the
    /// response's status for a problem the catalogue does not describe: the rule the server
    /// side follows too, applied to the status HTTP delivered.
    pub fn retry_hint(&self) -> RetryHint {
        match self.kind {
            Some(kind) => kind.info().retry,
            None => RetryHint::for_status(self.status),
        }
    }

    /// The wait the server asked for: the `Retry-After` header (seconds or HTTP date), else
    /// a wait named in the detail or message ("Try again in 57 seconds").
    pub fn server_delay(&self) -> Option<(Duration, DelaySource)> {
        if let Some(delay) = self.retry_after {
            return Some((delay, DelaySource::RetryAfter));
        }
        let text = self.detail().or(self.raw_text())?;
        delay_in_text(text).map(|d| (d, DelaySource::Message))
    }

    /// Whether, how and when to send the request again; `attempt` counts the retries
    /// already made (0 before the first). Requests that must be fixed are never retried;
    /// retries use the server's delay when it names one, else the policy's backoff.
    ///
    /// ```
    /// use errors_core::classify::{classify, RetryAction, RetryPolicy};
    /// use errors_core::http::HeaderMap;
    /// // A catalogue of your own; here, errors-core's test fixture.
    /// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
    /// use shop::Problem;
    ///
    /// let body = br#"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}"#;
    /// let classified = classify::<Problem>(429, &HeaderMap::new(), body);
    /// let advice = classified.retry_advice(&RetryPolicy::default(), 0);
    /// assert_eq!(advice.action, RetryAction::Resend);
    /// assert_eq!(advice.delay, Some(std::time::Duration::from_secs(57)));
    /// ```
    pub fn retry_advice(&self, policy: &RetryPolicy, attempt: u32) -> RetryAdvice {
        RetryAdvice::decide(
            self.retry_hint(),
            self.server_delay(),
            policy,
            attempt,
            random_u64(),
        )
    }

    /// The problem with its `instance` and undeclared extension members, as an occurrence.
    pub fn into_occurrence(self) -> Occurrence<P> {
        let mut occurrence = Occurrence::new(self.problem);
        if occurrence.problem.as_unknown().is_none() {
            occurrence.instance = self.received.instance().map(str::to_owned);
            occurrence.extensions = self.received.extensions();
        }
        occurrence
    }
}

impl<P: CatalogProblem> PartialEq for Classified<P> {
    fn eq(&self, other: &Self) -> bool {
        // `legacy` is read from `received`: comparing that is enough.
        self.problem == other.problem
            && self.kind == other.kind
            && self.identified_by == other.identified_by
            && self.status == other.status
            && self.shape == other.shape
            && self.received == other.received
            && self.raw_text_truncated == other.raw_text_truncated
            && self.retry_after == other.retry_after
    }
}

impl<P: CatalogProblem> fmt::Debug for Classified<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Classified")
            .field("problem", &self.problem)
            .field("kind", &self.kind)
            .field("identified_by", &self.identified_by)
            .field("status", &self.status)
            .field("shape", &self.shape)
            .field("received", &self.received)
            .field("legacy", &self.legacy_errors())
            .field("raw_text_truncated", &self.raw_text_truncated)
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

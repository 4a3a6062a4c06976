//! One problem response: the problem plus what belongs to this occurrence only.

use std::error::Error;
use std::fmt;
use std::time::Duration;

use serde_json::Value;

use crate::catalog::occurrence::Occurrence;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::to_problem::ToProblem;
use crate::catalog::vocabulary::RetryHint;
use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;

/// The `Content-Language` of a problem without texts of a catalogue (a `ProblemDetails`, a
/// derived type), and of a catalogue problem when no language was negotiated and its
/// catalogue is English.
pub const CONTENT_LANGUAGE: &str = "en";

/// Members a handler may not set as extensions: the problem itself decides them.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// A problem about to be sent, with its `instance`, extra members, retry delay and cause.
///
/// The cause ([`with_source`](Self::with_source)) is reachable through
/// [`std::error::Error::source`] for logging, and never written to the body or headers.
///
/// ```
/// use std::time::Duration;
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
/// use errors_core::ProblemResponse;
/// use shop::Problem;
///
/// let io = std::io::Error::other("db-7.internal: connection refused");
/// let response = ProblemResponse::new(Problem::InternalError)
///     .with_uuid_instance()
///     .with_source(io);
/// let body = String::from_utf8(response.to_json()).unwrap();
/// assert!(!body.contains("db-7.internal"));
/// assert!(std::error::Error::source(&response).is_some());
///
/// let throttled = ProblemResponse::new(Problem::TooManyRequests)
///     .with_retry_after(Duration::from_secs(30));
/// assert_eq!(throttled.retry_after(), Some(Duration::from_secs(30)));
/// ```
///
/// It is one pointer wide, so `Result<T, ProblemResponse<P>>` stays small in handlers.
pub struct ProblemResponse<P>(Box<Parts<P>>);

struct Parts<P> {
    problem: P,
    instance: Option<String>,
    extensions: Extensions,
    retry_after: Option<Duration>,
    source: Option<Box<dyn Error + Send + Sync + 'static>>,
    /// The locale negotiated from a request's `Accept-Language`, if it was.
    language: Option<&'static str>,
}

impl<P: ToProblem> ProblemResponse<P> {
    /// A response for `problem`: no `instance`, no extra members, no delay, no cause.
    pub fn new(problem: P) -> Self {
        ProblemResponse(Box::new(Parts {
            problem,
            instance: None,
            extensions: Extensions::new(),
            retry_after: None,
            source: None,
            language: None,
        }))
    }

    /// Answer in the language the request's `Accept-Language` asks for, among the
    /// problem's locales (q-values, `*`, `nb-NO` → `nb`; see
    /// [`negotiate_language`](crate::respond::negotiate_language)): its `title` and
    /// `detail` are in that locale, `Content-Language` names it and `Vary: Accept-Language`
    /// is added. A header that is missing, malformed, enormous or names only unknown
    /// languages gets the catalogue's source locale. The type URI, status and members do not
    /// change. A problem without texts of a catalogue is sent as it is.
    ///
    /// ```
    /// use errors_core::http::{header::ACCEPT_LANGUAGE, HeaderMap, HeaderValue};
    /// use errors_core::ProblemResponse;
    /// # mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
    /// # use shop::Problem;
    ///
    /// let mut request = HeaderMap::new();
    /// request.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("nb-NO, en;q=0.5"));
    /// let response = ProblemResponse::new(Problem::AmountTooSmall).with_accept_language(&request);
    /// // The fixture catalogue has no translations: its source locale answers.
    /// assert_eq!(response.language(), "en");
    /// ```
    pub fn with_accept_language(mut self, request_headers: &::http::HeaderMap) -> Self {
        let locales = self.0.problem.locales();
        self.0.language = super::language::negotiate_language(request_headers, locales);
        self
    }

    /// The locale of the body: the one negotiated, else the catalogue's source locale, else
    /// [`CONTENT_LANGUAGE`].
    pub fn language(&self) -> &'static str {
        self.0
            .language
            .or_else(|| self.0.problem.locales().first().copied())
            .unwrap_or(CONTENT_LANGUAGE)
    }

    /// Whether the body's language was negotiated (so the response varies with
    /// `Accept-Language`).
    pub(crate) fn negotiated(&self) -> bool {
        self.0.language.is_some()
    }

    /// Set the `instance` member, a URI reference that identifies this occurrence.
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.0.instance = Some(instance.into());
        self
    }

    /// Set `instance` to a fresh random `urn:uuid:` (UUID version 4), to quote in logs.
    pub fn with_uuid_instance(self) -> Self {
        let urn = uuid::Uuid::new_v4().urn().to_string();
        self.with_instance(urn)
    }

    /// Add an extension member such as `extraDetails` or `traceId`. The standard members
    /// (`type`, `title`, `status`, `detail`, `instance`) belong to the problem and are ignored
    /// here; a member named like a parameter replaces the parameter's value.
    pub fn with_extension(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        let name = name.into();
        if !STANDARD_MEMBERS.contains(&name.as_str()) {
            self.0.extensions.insert(name, value.into());
        }
        self
    }

    /// How long the client should wait before retrying. Sent as `Retry-After` (whole seconds,
    /// rounded up) only when the problem's retry hint is [`RetryHint::Backoff`].
    pub fn with_retry_after(mut self, delay: Duration) -> Self {
        self.0.retry_after = Some(delay);
        self
    }

    /// Keep the error that caused this problem: reachable with
    /// [`std::error::Error::source`] for logging, never sent to the client.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn Error + Send + Sync + 'static>>,
    ) -> Self {
        self.0.source = Some(source.into());
        self
    }

    /// The cause kept with [`with_source`](Self::with_source), whatever `P` is.
    #[cfg(feature = "tracing")]
    pub(crate) fn cause(&self) -> Option<&(dyn Error + 'static)> {
        self.0
            .source
            .as_deref()
            .map(|e| e as &(dyn Error + 'static))
    }

    /// The problem.
    pub fn problem(&self) -> &P {
        &self.0.problem
    }

    /// The problem, dropping everything else.
    pub fn into_problem(self) -> P {
        self.0.problem
    }

    /// The same response around the problem `f` makes of this one (say, an operation's
    /// enum from the catalogue-wide problem): `instance`, extra members, delay, cause and the
    /// negotiated language stay.
    ///
    /// ```
    /// # mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
    /// use errors_core::{ProblemDetails, ProblemResponse, ToProblem};
    /// use shop::Problem;
    ///
    /// let response = ProblemResponse::new(Problem::InternalError).with_instance("urn:x:1");
    /// let generic: ProblemResponse<ProblemDetails> = response.map(|p| p.to_problem_details());
    /// assert_eq!(generic.body().instance.as_deref(), Some("urn:x:1"));
    /// assert_eq!(generic.status(), 500);
    /// ```
    pub fn map<Q: ToProblem>(self, f: impl FnOnce(P) -> Q) -> ProblemResponse<Q> {
        let Parts {
            problem,
            instance,
            extensions,
            retry_after,
            source,
            language,
        } = *self.0;
        ProblemResponse(Box::new(Parts {
            problem: f(problem),
            instance,
            extensions,
            retry_after,
            source,
            language,
        }))
    }

    /// The HTTP status: the problem's, or 500 when that is not a valid status code.
    pub fn status(&self) -> ::http::StatusCode {
        ::http::StatusCode::from_u16(self.0.problem.status())
            .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The delay sent as `Retry-After`: set, and the problem is one to back off from.
    pub fn retry_after(&self) -> Option<Duration> {
        match self.0.problem.retry_hint() {
            RetryHint::Backoff => self.0.retry_after,
            RetryHint::Reauthenticate | RetryHint::Never => None,
        }
    }

    /// The body: the problem's members (in the negotiated language), then `instance`, then
    /// the extra members.
    pub fn body(&self) -> ProblemDetails {
        let parts = &*self.0;
        let mut details = match parts.language {
            Some(locale) => parts.problem.to_problem_details_in(locale),
            None => parts.problem.to_problem_details(),
        };
        if parts.instance.is_some() {
            details.instance.clone_from(&parts.instance);
        }
        for (name, value) in parts.extensions.iter() {
            details.extensions.insert(name, value.clone());
        }
        details
    }

    /// The body as `application/problem+json` bytes.
    pub fn to_json(&self) -> Vec<u8> {
        let parts = &*self.0;
        // Room for a typical body, so that it is written without growing.
        let mut out = Vec::with_capacity(256);
        if parts.instance.is_none() && parts.extensions.is_empty() {
            // Nothing of this occurrence to add: the problem writes itself.
            // The source locale is the problem's own text, on its direct path.
            match parts.language {
                Some(locale) if parts.problem.locales().first() != Some(&locale) => {
                    parts.problem.write_json_in(locale, &mut out)
                }
                _ => parts.problem.write_json(&mut out),
            }
        } else {
            self.body().write_json(&mut out);
        }
        out
    }
}

impl<P: ToProblem> From<P> for ProblemResponse<P> {
    fn from(problem: P) -> Self {
        ProblemResponse::new(problem)
    }
}

impl<P: CatalogProblem> From<Occurrence<P>> for ProblemResponse<P> {
    fn from(occurrence: Occurrence<P>) -> Self {
        let mut response = ProblemResponse::new(occurrence.problem);
        response.0.instance = occurrence.instance;
        for (name, value) in occurrence.extensions {
            response = response.with_extension(name, value);
        }
        response
    }
}

impl<P: fmt::Debug> fmt::Debug for ProblemResponse<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = &*self.0;
        f.debug_struct("ProblemResponse")
            .field("problem", &parts.problem)
            .field("instance", &parts.instance)
            .field("extensions", &parts.extensions)
            .field("retry_after", &parts.retry_after)
            .field("source", &parts.source)
            .field("language", &parts.language)
            .finish()
    }
}

impl<P: fmt::Display> fmt::Display for ProblemResponse<P> {
    /// The problem's own text: the rendered detail for catalogue problems.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.problem.fmt(f)
    }
}

impl<P: fmt::Debug + fmt::Display> Error for ProblemResponse<P> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.0
            .source
            .as_deref()
            .map(|e| e as &(dyn Error + 'static))
    }
}

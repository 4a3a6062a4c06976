//! One problem response: the problem plus what belongs to this occurrence only.

use std::error::Error;
use std::fmt;
use std::time::Duration;

use serde_json::Value;

use crate::{CatalogProblem, Extensions, Occurrence, ProblemDetails, RetryHint, ToProblem};

/// The `Content-Language` of every problem body: the catalogue's texts are English.
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
        }))
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
    /// enum from the catalogue-wide problem): `instance`, extra members, delay and cause stay.
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
        } = *self.0;
        ProblemResponse(Box::new(Parts {
            problem: f(problem),
            instance,
            extensions,
            retry_after,
            source,
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

    /// The body: the problem's members, then `instance`, then the extra members.
    pub fn body(&self) -> ProblemDetails {
        let parts = &*self.0;
        let mut details = parts.problem.to_problem_details();
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
            parts.problem.write_json(&mut out);
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

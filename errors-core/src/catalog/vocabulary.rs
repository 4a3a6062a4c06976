//! The catalogue's small vocabularies, each declared once for the runtime: the retry hint,
//! the wire shape, the kind of a template parameter, and the side at fault.

/// The catalogue's retry hint for a problem type.
///
/// Ordered from most to least permissive: changing an entry's hint to a later variant makes
/// it stricter, which is a breaking change for clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RetryHint {
    /// Transient: send the same request again, with the same `Idempotency-Key`, after a delay.
    Backoff,
    /// Refresh the credentials (access token), then send the request again.
    Reauthenticate,
    /// Do not send it again as it is: the request must be fixed first.
    Never,
}

impl RetryHint {
    /// Whether a retry of some kind can succeed.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, RetryHint::Never)
    }

    /// The hint for a problem the catalogue does not describe, from its status alone. This
    /// is the one rule: servers send it (a catalogue's `Unknown`, [`ProblemDetails`],
    /// `#[derive(Problem)]` without `retry`) and clients advise from it (`classify`), which
    /// only refine it with `Retry-After` and the attempt count.
    ///
    /// - 401 Unauthorized: reauthenticate (new credentials may fix it);
    /// - 408 Request Timeout, 423 Locked, 425 Too Early, 429 Too Many Requests, 500 Internal
    ///   Server Error, 502 Bad Gateway, 503 Service Unavailable, 504 Gateway Timeout: back off
    ///   (transient);
    /// - every other status: never (a retry of the same request meets the same answer, e.g.
    ///   501 Not Implemented or 505 HTTP Version Not Supported).
    ///
    /// [`ProblemDetails`]: crate::ProblemDetails
    ///
    /// ```
    /// use errors_core::RetryHint;
    ///
    /// assert_eq!(RetryHint::for_status(503), RetryHint::Backoff);
    /// assert_eq!(RetryHint::for_status(401), RetryHint::Reauthenticate);
    /// assert_eq!(RetryHint::for_status(501), RetryHint::Never);
    /// ```
    pub const fn for_status(status: u16) -> RetryHint {
        match status {
            401 => RetryHint::Reauthenticate,
            408 | 423 | 425 | 429 | 500 | 502 | 503 | 504 => RetryHint::Backoff,
            _ => RetryHint::Never,
        }
    }
}

super::names::by_name!(RetryHint, {
    Backoff => "backoff",
    Reauthenticate => "reauthenticate",
    Never => "never",
});

impl std::fmt::Display for RetryHint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which side must act: the client (4xx) or the server (5xx).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fault {
    /// 4xx: the client must change something.
    Client,
    /// 5xx: the server has a problem.
    Server,
}

super::names::by_name!(Fault, { Client => "client", Server => "server" });

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

super::names::by_name!(WireShape, {
    Problem => "problem",
    Gateway => "gateway",
    Legacy => "legacy",
});

/// The Rust type of a template parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParamKind {
    /// Text: a `String` field, a JSON string member.
    String,
    /// A non-negative whole number: a `u64` field, a JSON number member.
    Integer,
}

super::names::by_name!(ParamKind, { String => "string", Integer => "integer" });

//! What the adapters report: each retry, and the error of a request given up.

use std::fmt;
use std::time::Duration;

use crate::client::classify::DelaySource;

/// Why a request met a problem worth retrying, or was given up: the catalogue entry's id
/// (`too_many_requests`, `order_processing`), else `status_NNN` for a problem the
/// catalogue does not describe, else `transport` for a request that got no whole answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cause {
    /// A catalogue entry, by id.
    Entry(&'static str),
    /// An answer with this status that no entry describes.
    Status(u16),
    /// No whole answer: a connection error, a timeout, a body cut short.
    Transport,
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cause::Entry(id) => f.write_str(id),
            Cause::Status(status) => write!(f, "status_{status}"),
            Cause::Transport => f.write_str("transport"),
        }
    }
}

/// What an adapter did with one answer, as [`RetryRules::on_event`](super::RetryRules::on_event)
/// sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryEvent<'a> {
    /// Retry number `retry` (1 for the first) after `delay`.
    Retry {
        /// The retry's number, from 1.
        retry: u32,
        /// What the answer was.
        cause: Cause,
        /// The status of the answer (none for a transport error).
        status: Option<u16>,
        /// The wait before it.
        delay: Duration,
        /// Where the wait comes from.
        source: DelaySource,
        /// Whether the token is refreshed before it.
        refresh: bool,
    },
    /// The request is given up; the caller gets the last answer or error.
    GiveUp(&'a GiveUp),
}

impl fmt::Display for RetryEvent<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryEvent::Retry {
                retry,
                cause,
                delay,
                source,
                refresh,
                ..
            } => {
                let refresh = if *refresh {
                    ", refreshing the token"
                } else {
                    ""
                };
                let source = source.as_str();
                write!(
                    f,
                    "retry {retry} after {cause}: waiting {delay:?} ({source}){refresh}"
                )
            }
            RetryEvent::GiveUp(give_up) => give_up.fmt(f),
        }
    }
}

/// Why a request was not sent again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GiveUpReason {
    /// The problem's advice is to fix the request: it is never sent again as it is.
    FixRequest,
    /// The problem needs new credentials, and there is no token refresh or it was used.
    Reauthenticate,
    /// The token refresh failed.
    RefreshFailed,
    /// The policy's retries are used up.
    RetriesUsedUp,
    /// The wait would end past the request's time budget (a huge `Retry-After` too).
    OutOfTime,
    /// The retry budget shared across requests is spent.
    RetryBudget,
    /// No whole answer, and the request may have been done: it is neither idempotent by its
    /// method nor carries an `Idempotency-Key`, so sending it again could do it twice.
    NotReplaySafe,
}

impl GiveUpReason {
    /// The snake_case name.
    pub const fn as_str(self) -> &'static str {
        match self {
            GiveUpReason::FixRequest => "fix_request",
            GiveUpReason::Reauthenticate => "reauthenticate",
            GiveUpReason::RefreshFailed => "refresh_failed",
            GiveUpReason::RetriesUsedUp => "retries_used_up",
            GiveUpReason::OutOfTime => "out_of_time",
            GiveUpReason::RetryBudget => "retry_budget",
            GiveUpReason::NotReplaySafe => "not_replay_safe",
        }
    }
}

/// A request given up: why, after how many retries, and what its last answer was. The
/// error of an adapter when the last answer was no answer (a transport error), else
/// reported through [`RetryEvent::GiveUp`] while the caller gets the last response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GiveUp {
    /// Why.
    pub reason: GiveUpReason,
    /// What the last answer was.
    pub cause: Cause,
    /// Its status, if there was one.
    pub status: Option<u16>,
    /// The retries made before giving up.
    pub retries: u32,
    /// The wait the server asked for, when it is why the request was given up.
    pub wait: Option<Duration>,
    /// The transport error of the last attempt, as text.
    pub error: Option<String>,
}

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = self.reason.as_str();
        write!(
            f,
            "gave up after {} retries ({reason}): {}",
            self.retries, self.cause
        )?;
        if let Some(status) = self.status {
            write!(f, " (status {status})")?;
        }
        if let Some(wait) = self.wait {
            write!(f, ", the server asked to wait {wait:?}")?;
        }
        if let Some(error) = &self.error {
            write!(f, ": {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for GiveUp {}

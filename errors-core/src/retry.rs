//! Whether, and how, a request that met a problem may be sent again.

use serde::{Deserialize, Serialize};

/// The catalogue's retry hint for a problem type.
///
/// Ordered from most to least permissive: changing an entry's hint to a later variant makes
/// it stricter, which is a breaking change for clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

    /// The hint for a problem the catalogue does not describe, from its status alone:
    /// back off on 423, 429 and 5xx, otherwise never.
    pub const fn for_status(status: u16) -> RetryHint {
        match status {
            423 | 429 | 500..=599 => RetryHint::Backoff,
            _ => RetryHint::Never,
        }
    }

    /// The snake_case name used in the catalogue.
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryHint::Backoff => "backoff",
            RetryHint::Reauthenticate => "reauthenticate",
            RetryHint::Never => "never",
        }
    }
}

impl std::fmt::Display for RetryHint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

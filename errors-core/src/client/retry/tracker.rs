//! The retry decision every adapter makes, in one place: one [`Tracker`] per request.

// Each adapter uses a part of it; with all of them on, all of it is used.
#![cfg_attr(
    not(all(
        feature = "retry-tower",
        feature = "retry-reqwest-middleware",
        feature = "retry-backon"
    )),
    allow(dead_code)
)]

use std::time::Duration;

use tokio::time::Instant;
use tower::retry::budget::Budget;

use super::events::{Cause, GiveUp, GiveUpReason, RetryEvent};
use super::rules::RetryRules;
use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::vocabulary::RetryHint;
use crate::client::classify::{Classified, DelaySource};

/// What to do after an answer that is not a success.
#[derive(Debug)]
pub(crate) enum Step {
    /// Wait `delay`, refresh the token first when `refresh`, and send the request again
    /// with the same headers (its `Idempotency-Key` too).
    Retry { delay: Duration, refresh: bool },
    /// Do not send it again.
    GiveUp(GiveUp),
}

/// Where the computed delay comes from when the server names none.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Backoff {
    /// The rules' policy.
    Policy,
    /// An outside backoff (backon's): `None` when its retries are used up.
    Given(Option<Duration>),
}

/// One request's retries: when it started, how many retries, whether the token was
/// refreshed.
#[derive(Debug)]
pub(crate) struct Tracker {
    rules: RetryRules,
    started: Instant,
    retries: u32,
    refreshed: bool,
}

impl Tracker {
    /// A request about to be sent for the first time: it deposits in the retry budget.
    pub fn start(rules: &RetryRules) -> Tracker {
        Tracker::start_at(rules, Instant::now())
    }

    /// [`start`](Self::start) for a request first sent at `started`.
    pub fn start_at(rules: &RetryRules, started: Instant) -> Tracker {
        if let Some(budget) = &rules.budget {
            budget.deposit();
        }
        Tracker {
            rules: rules.clone(),
            started,
            retries: 0,
            refreshed: false,
        }
    }

    /// The retries made so far.
    pub fn retries(&self) -> u32 {
        self.retries
    }

    pub fn rules(&self) -> &RetryRules {
        &self.rules
    }

    /// What is left of the request's time budget: the bound on sending and reading.
    pub fn remaining(&self) -> Duration {
        self.rules
            .time_budget
            .saturating_sub(self.started.elapsed())
    }

    /// After a classified problem.
    pub fn problem<P: CatalogProblem>(
        &mut self,
        classified: &Classified<P>,
        backoff: Backoff,
    ) -> Step {
        let cause = match classified.kind() {
            Some(kind) => Cause::Entry(kind.info().id()),
            None => Cause::Status(classified.status()),
        };
        let answer = Answer {
            cause,
            status: Some(classified.status()),
            hint: classified.retry_hint(),
            server: classified.server_delay(),
            error: None,
        };
        self.step(answer, backoff)
    }

    /// After a request that got no whole answer: the server may have done it. Sent again
    /// only when that is safe (`replay_safe`, see [`replay_safe`]): the server answers a
    /// request it already did, under the same `Idempotency-Key`, as it did the first time.
    pub fn transport(
        &mut self,
        error: &dyn std::fmt::Display,
        replay_safe: bool,
        backoff: Backoff,
    ) -> Step {
        if !replay_safe {
            let reason = GiveUpReason::NotReplaySafe;
            let error = Some(error.to_string());
            return Step::GiveUp(self.give_up(reason, Cause::Transport, None, None, error));
        }
        let answer = Answer {
            cause: Cause::Transport,
            status: None,
            hint: RetryHint::Backoff,
            server: None,
            error: Some(error.to_string()),
        };
        self.step(answer, backoff)
    }

    /// The token refresh failed: the request is given up.
    pub fn refresh_failed(&mut self, error: &dyn std::fmt::Display) -> GiveUp {
        let give_up = GiveUp {
            reason: GiveUpReason::RefreshFailed,
            cause: Cause::Transport,
            status: None,
            retries: self.retries,
            wait: None,
            error: Some(error.to_string()),
        };
        self.rules.emit(&RetryEvent::GiveUp(&give_up));
        give_up
    }

    fn step(&mut self, answer: Answer, backoff: Backoff) -> Step {
        let Answer {
            cause,
            status,
            hint,
            server,
            error,
        } = answer;
        let stop = |this: &mut Self, reason, wait| {
            Step::GiveUp(this.give_up(reason, cause, status, wait, error.clone()))
        };
        let refresh = match hint {
            RetryHint::Never => return stop(self, GiveUpReason::FixRequest, None),
            // New credentials fix it or nothing does: one refresh per request.
            RetryHint::Reauthenticate if self.refreshed || self.rules.refresh.is_none() => {
                return stop(self, GiveUpReason::Reauthenticate, None)
            }
            RetryHint::Reauthenticate => true,
            _ => false,
        };
        if self.retries >= self.rules.policy.max_retries {
            return stop(self, GiveUpReason::RetriesUsedUp, None);
        }
        let (delay, source) = match (server, refresh, backoff) {
            (Some(server), _, _) => server,
            (None, true, _) => (Duration::ZERO, DelaySource::Backoff),
            (None, false, Backoff::Policy) => {
                let random = self.rules.draw();
                (
                    self.rules.policy.backoff(self.retries, random),
                    DelaySource::Backoff,
                )
            }
            (None, false, Backoff::Given(Some(delay))) => (delay, DelaySource::Backoff),
            (None, false, Backoff::Given(None)) => {
                return stop(self, GiveUpReason::RetriesUsedUp, None)
            }
        };
        if delay > self.remaining() {
            let wait = (source != DelaySource::Backoff).then_some(delay);
            return stop(self, GiveUpReason::OutOfTime, wait);
        }
        if let Some(budget) = &self.rules.budget {
            if !budget.withdraw() {
                return stop(self, GiveUpReason::RetryBudget, None);
            }
        }
        self.retries += 1;
        self.refreshed |= refresh;
        self.rules.emit(&RetryEvent::Retry {
            retry: self.retries,
            cause,
            status,
            delay,
            source,
            refresh,
        });
        Step::Retry { delay, refresh }
    }

    fn give_up(
        &self,
        reason: GiveUpReason,
        cause: Cause,
        status: Option<u16>,
        wait: Option<Duration>,
        error: Option<String>,
    ) -> GiveUp {
        let give_up = GiveUp {
            reason,
            cause,
            status,
            retries: self.retries,
            wait,
            error,
        };
        self.rules.emit(&RetryEvent::GiveUp(&give_up));
        give_up
    }
}

/// Whether a request that may have been done can be sent again: its method is idempotent,
/// or it carries an `Idempotency-Key`.
pub(crate) fn replay_safe(method: &http::Method, headers: &http::HeaderMap) -> bool {
    method.is_idempotent() || headers.contains_key("idempotency-key")
}

/// An answer as the rules see it.
struct Answer {
    cause: Cause,
    status: Option<u16>,
    hint: RetryHint,
    server: Option<(Duration, DelaySource)>,
    error: Option<String>,
}

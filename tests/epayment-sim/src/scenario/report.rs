//! What a run amounts to: from the calls' outcomes, the server's record and the read-back.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use errors_core::classify::classify;
use errors_core::RetryHint;
use serde_json::{json, Value};
use vipps_problems::Problem;

use super::record::Attempt;
use super::script::{ReadBack, Script};
use super::Answer;

/// What one call finally got.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The call's id.
    pub call: String,
    /// The final status; none when there was no answer.
    pub status: Option<u16>,
    /// `ok`, the catalogue entry of the problem, `status_NNN`, or `transport`.
    pub cause: String,
    /// The JSON body of a success.
    pub json: Option<Value>,
    /// The error, when there was no answer.
    pub error: Option<String>,
}

impl Outcome {
    pub(super) fn of(call: String, result: Result<Answer, String>) -> Outcome {
        let answer = match result {
            Ok(answer) => answer,
            Err(error) => {
                return Outcome {
                    call,
                    status: None,
                    cause: "transport".to_owned(),
                    json: None,
                    error: Some(error),
                }
            }
        };
        let cause = if answer.status < 400 {
            "ok".to_owned()
        } else {
            let classified = classify::<Problem>(answer.status, &answer.headers, &answer.body);
            match classified.kind() {
                Some(kind) => kind.info().id().to_owned(),
                None => format!("status_{}", answer.status),
            }
        };
        Outcome {
            call,
            status: Some(answer.status),
            cause,
            json: serde_json::from_slice(&answer.body).ok(),
            error: None,
        }
    }

    /// Whether the call was meant to be refused: a capture in an unknown currency, or of
    /// more than is left.
    pub fn must_be_fixed(&self) -> bool {
        self.call.starts_with("invalid-") || self.call.starts_with("over-")
    }
}

/// The run in figures. Every count of attempts comes from the server's record.
#[derive(Clone, Debug)]
pub struct Report {
    /// The adapter's name.
    pub adapter: String,
    /// Requests the server received.
    pub requests_sent: usize,
    /// Calls of the script.
    pub calls: usize,
    /// Retries, by what the attempt before each got.
    pub retries: BTreeMap<String, usize>,
    /// Payments whose creation was answered 201.
    pub payments_created: usize,
    /// Payments the script creates.
    pub payments_expected: usize,
    /// Captured, summed over the payments read back.
    pub captured_total: u64,
    /// What the script captures in all.
    pub requested_total: u64,
    /// Payments read back with exactly their amount captured.
    pub captured_exactly: usize,
    /// Calls that did not end in a success, by their last answer.
    pub given_up: BTreeMap<String, usize>,
    /// Calls that did not end in a success although they should have.
    pub failed: Vec<String>,
    /// Calls meant to be refused that ended in their refusal.
    pub refused_as_meant: usize,
    /// Attempts sent after an answer whose advice is to fix the request.
    pub fix_request_retried: usize,
    /// Calls whose attempts did not all carry the same `Idempotency-Key`.
    pub key_changed: usize,
    /// Retries that followed an answer with `Retry-After`.
    pub retry_after_waits: usize,
    /// Of those, the ones sent before the `Retry-After` had passed.
    pub early_retries: usize,
    /// The smallest time past a `Retry-After` before its retry (zero for an early one).
    pub shortest_margin: Option<Duration>,
    /// The largest time past a `Retry-After` before its retry.
    pub longest_margin: Option<Duration>,
    /// The longest gap between an answer and the retry after it.
    pub longest_wait: Duration,
}

impl Report {
    /// The report of a run.
    pub fn new(
        adapter: &str,
        script: &Script,
        outcomes: &[Outcome],
        read_back: &[ReadBack],
        attempts: &[Attempt],
    ) -> Report {
        let mut by_call: HashMap<&str, Vec<&Attempt>> = HashMap::new();
        for attempt in attempts {
            by_call.entry(&attempt.call).or_default().push(attempt);
        }
        let mut report = Report {
            adapter: adapter.to_owned(),
            requests_sent: attempts.len(),
            calls: outcomes.len(),
            retries: BTreeMap::new(),
            payments_created: outcomes
                .iter()
                .filter(|o| o.call.starts_with("create-") && o.status == Some(201))
                .count(),
            payments_expected: script.payments,
            captured_total: read_back.iter().filter_map(|r| r.captured).sum(),
            requested_total: script.amount * script.payments as u64,
            captured_exactly: read_back
                .iter()
                .filter(|r| r.captured == Some(script.amount))
                .count(),
            given_up: BTreeMap::new(),
            failed: Vec::new(),
            refused_as_meant: 0,
            fix_request_retried: 0,
            key_changed: 0,
            retry_after_waits: 0,
            early_retries: 0,
            shortest_margin: None,
            longest_margin: None,
            longest_wait: Duration::ZERO,
        };
        for outcome in outcomes.iter().filter(|o| o.cause != "ok") {
            *report.given_up.entry(outcome.cause.clone()).or_default() += 1;
            if outcome.must_be_fixed() {
                report.refused_as_meant += 1;
            } else {
                report.failed.push(outcome.call.clone());
            }
        }
        for tries in by_call.values_mut() {
            tries.sort_by_key(|a| a.arrived);
            report.add_retries(tries);
        }
        report
    }

    /// Count the retries of one call and check each against the answer before it.
    fn add_retries(&mut self, tries: &[&Attempt]) {
        if tries.iter().any(|a| a.key != tries[0].key) {
            self.key_changed += 1;
        }
        for pair in tries.windows(2) {
            let (before, retry) = (pair[0], pair[1]);
            *self.retries.entry(before.cause.clone()).or_default() += 1;
            if before.status >= 400 && before.hint == RetryHint::Never {
                self.fix_request_retried += 1;
            }
            let waited = retry.arrived.saturating_duration_since(before.answered);
            self.longest_wait = self.longest_wait.max(waited);
            if let Some(asked) = before.retry_after {
                self.retry_after_waits += 1;
                if waited < asked {
                    self.early_retries += 1;
                }
                let margin = waited.saturating_sub(asked);
                self.shortest_margin = Some(self.shortest_margin.map_or(margin, |m| m.min(margin)));
                self.longest_margin = Some(self.longest_margin.map_or(margin, |m| m.max(margin)));
            }
        }
    }

    /// The one-object summary the example prints.
    pub fn to_json(&self) -> Value {
        json!({
            "adapter": self.adapter,
            "requests_sent": self.requests_sent,
            "calls": self.calls,
            "retries_by_reason": self.retries,
            "payments_created": self.payments_created,
            "payments_expected": self.payments_expected,
            "captured_total": self.captured_total,
            "requested_total": self.requested_total,
            "payments_captured_exactly": self.captured_exactly,
            "given_up": self.given_up,
            "given_up_unexpectedly": self.failed,
            "refused_as_meant": self.refused_as_meant,
            "fix_request_retried": self.fix_request_retried,
            "idempotency_key_changed": self.key_changed,
            "retries_after_retry_after": self.retry_after_waits,
            "retries_before_retry_after": self.early_retries,
            "shortest_margin_ms": self.shortest_margin.map(|d| d.as_millis() as u64),
            "longest_margin_ms": self.longest_margin.map(|d| d.as_millis() as u64),
            "longest_wait_ms": self.longest_wait.as_millis() as u64,
        })
    }
}

//! Exactly once, end to end: the retry scenario (concurrent creations and partial captures
//! under a low rate limit and "Order processing", the first answer of every capture lost
//! after it was done) run with each retry adapter of errors-core, checked against what the
//! server recorded and what it holds afterwards.
//!
//! The in-process adapters (tower, backon) run under tokio's paused time: the clock moves
//! only when every task waits, so the waits are exact and the test is fast. The reqwest
//! adapters need real sockets, whose readiness paused time does not wait for, so they run
//! in real time with a shorter script.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use epayment_sim::scenario::{execute, Adapter, Report, Script};
use epayment_sim::Config;
use errors_core::classify::{Jitter, RetryPolicy};
use errors_core::retry::{RetryEvent, RetryRules};

fn config(rate_limit: u32) -> Config {
    Config {
        rate_limit,
        rate_window: Duration::from_secs(1),
        processing_time: Duration::from_millis(50),
    }
}

/// The rules, and the number of retries the adapter itself reported.
fn rules() -> (RetryRules, Arc<AtomicUsize>) {
    let retried = Arc::new(AtomicUsize::new(0));
    let count = retried.clone();
    let rules = RetryRules::new()
        .policy(RetryPolicy {
            max_retries: 30,
            initial_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
            jitter: Jitter::Full,
        })
        .jitter_seed(15)
        .time_budget(Duration::from_secs(120))
        .on_event(move |event| {
            if matches!(event, RetryEvent::Retry { .. }) {
                count.fetch_add(1, Ordering::Relaxed);
            }
        });
    (rules, retried)
}

/// Every payment created once and captured exactly; the refused calls refused, never
/// retried; the same key on every attempt; no retry before its `Retry-After`.
#[track_caller]
fn assert_exactly_once(report: &Report, script: &Script, retried: usize) {
    let summary = report.to_json();
    assert_eq!(report.payments_created, script.payments, "{summary}");
    assert_eq!(report.captured_exactly, script.payments, "{summary}");
    assert_eq!(report.captured_total, report.requested_total, "{summary}");
    assert!(report.failed.is_empty(), "{summary}");
    // Each payment's capture in an unknown currency and its capture of one unit too many.
    assert_eq!(report.refused_as_meant, 2 * script.payments, "{summary}");
    assert_eq!(
        report.given_up["validation_error"], script.payments,
        "{summary}"
    );
    assert_eq!(
        report.given_up["capture_amount_too_high"], script.payments,
        "{summary}"
    );
    assert_eq!(report.fix_request_retried, 0, "{summary}");
    assert_eq!(report.key_changed, 0, "{summary}");
    // Every capture's lost answer was retried once, with its key: the server replayed it.
    assert_eq!(
        report.retries["status_503"],
        script.payments * script.captures,
        "{summary}"
    );
    assert!(report.retries["too_many_requests"] > 0, "{summary}");
    assert!(report.retries["order_processing"] > 0, "{summary}");
    assert!(report.retry_after_waits > 0, "{summary}");
    assert_eq!(report.early_retries, 0, "{summary}");
    // What the adapter reported is what the server saw.
    let server_side: usize = report.retries.values().sum();
    assert_eq!(retried, server_side, "{summary}");
    assert_eq!(
        report.requests_sent,
        report.calls + server_side,
        "{summary}"
    );
}

async fn in_process(adapter: Adapter) {
    let script = Script::default();
    let (rules, retried) = rules();
    let report = execute(adapter, rules, config(10), &script).await.unwrap();
    assert_exactly_once(&report, &script, retried.load(Ordering::Relaxed));
    // Paused time: each wait for a `Retry-After` is exactly as long as asked.
    assert_eq!(
        report.shortest_margin,
        Some(Duration::ZERO),
        "{}",
        report.to_json()
    );
    assert_eq!(
        report.longest_margin,
        Some(Duration::ZERO),
        "{}",
        report.to_json()
    );
}

#[tokio::test(start_paused = true)]
async fn tower_policy_captures_exactly_once() {
    in_process(Adapter::Tower).await;
}

#[tokio::test(start_paused = true)]
async fn backon_helpers_capture_exactly_once() {
    in_process(Adapter::Backon).await;
}

fn loopback_script() -> Script {
    Script {
        payments: 5,
        amount: 800,
        captures: 2,
        ..Script::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reqwest_middleware_captures_exactly_once() {
    let script = loopback_script();
    let (rules, retried) = rules();
    let report = execute(Adapter::Middleware, rules, config(10), &script)
        .await
        .unwrap();
    assert_exactly_once(&report, &script, retried.load(Ordering::Relaxed));
}

/// reqwest's own retries with the catalogue's classifier: safe (no payment captured twice,
/// no request that must be fixed sent again) but, seeing no `Retry-After`, they retry at
/// once, so under a rate limit they give up, as the module documentation says.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reqwest_builtin_retry_is_safe_but_ignores_retry_after() {
    let script = loopback_script();
    let (rules, _) = rules();
    let report = execute(Adapter::ReqwestBuiltin, rules, config(10), &script)
        .await
        .unwrap();
    let summary = report.to_json();
    assert!(report.captured_total <= report.requested_total, "{summary}");
    assert!(
        !report.given_up.contains_key("capture_idempotency_conflict"),
        "{summary}"
    );
    assert!(
        !report.given_up.contains_key("idempotency_reference_exists"),
        "{summary}"
    );
    assert_eq!(report.fix_request_retried, 0, "{summary}");
    assert_eq!(report.key_changed, 0, "{summary}");
    assert!(report.retry_after_waits > 0, "{summary}");
    assert_eq!(report.early_retries, report.retry_after_waits, "{summary}");
    assert!(!report.failed.is_empty(), "{summary}");
}

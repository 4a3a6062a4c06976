//! The shared retry decision: every rule the adapters follow, shown once here.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use http::header::{DATE, RETRY_AFTER};
use http::{HeaderMap, HeaderValue};
use tower::retry::budget::TpsBudget;

use super::tracker::{Backoff, Step, Tracker};
use super::{Cause, GiveUpReason, RetryEvent, RetryRules};
use crate::client::classify::{classify, Jitter, RetryPolicy};
use crate::shop::Problem;

const THROTTLED: &[u8] =
    br#"{"type":"https://httpstatuses.io/429","title":"Too Many Requests","status":429}"#;

fn policy() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        initial_delay: Duration::from_millis(100),
        max_delay: Duration::from_secs(1),
        jitter: Jitter::None,
    }
}

fn rules() -> RetryRules {
    RetryRules::new()
        .policy(policy())
        .time_budget(Duration::from_secs(30))
}

fn headers(pairs: &[(http::HeaderName, &str)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(k, v)| (k.clone(), HeaderValue::from_str(v).unwrap()))
        .collect()
}

fn step(tracker: &mut Tracker, status: u16, headers: &HeaderMap, body: &[u8]) -> Step {
    tracker.problem(&classify::<Problem>(status, headers, body), Backoff::Policy)
}

fn delay(step: Step) -> Duration {
    match step {
        Step::Retry { delay, .. } => delay,
        Step::GiveUp(give_up) => panic!("expected a retry, got {give_up}"),
    }
}

fn give_up(step: Step) -> super::GiveUp {
    match step {
        Step::Retry { delay, .. } => panic!("expected a give-up, got a retry after {delay:?}"),
        Step::GiveUp(give_up) => give_up,
    }
}

#[tokio::test]
async fn never_retries_a_request_that_must_be_fixed() {
    let body = br#"{"type":"https://httpstatuses.io/400","title":"Amount too small","status":400}"#;
    let mut tracker = Tracker::start(&rules());
    let stop = give_up(step(&mut tracker, 400, &HeaderMap::new(), body));
    assert_eq!(stop.reason, GiveUpReason::FixRequest);
    assert_eq!(stop.cause, Cause::Entry("amount_too_small"));
    assert_eq!(stop.retries, 0);
    // Even with a `Retry-After`: the advice is the catalogue's.
    let mut tracker = Tracker::start(&rules());
    let stop = give_up(step(
        &mut tracker,
        400,
        &headers(&[(RETRY_AFTER, "1")]),
        body,
    ));
    assert_eq!(stop.reason, GiveUpReason::FixRequest);
}

#[tokio::test]
async fn waits_for_retry_after_in_seconds_and_as_a_date() {
    let mut tracker = Tracker::start(&rules());
    let seconds = headers(&[(RETRY_AFTER, "7")]);
    assert_eq!(
        delay(step(&mut tracker, 429, &seconds, THROTTLED)),
        Duration::from_secs(7)
    );
    let dated = headers(&[
        (RETRY_AFTER, "Wed, 21 Oct 2015 07:28:05 GMT"),
        (DATE, "Wed, 21 Oct 2015 07:28:00 GMT"),
    ]);
    assert_eq!(
        delay(step(&mut tracker, 429, &dated, THROTTLED)),
        Duration::from_secs(5)
    );
}

#[tokio::test]
async fn waits_for_a_delay_named_in_the_message() {
    let body =
        br#"{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 3 seconds."}"#;
    let mut tracker = Tracker::start(&rules());
    let step = step(&mut tracker, 429, &HeaderMap::new(), body);
    assert_eq!(delay(step), Duration::from_secs(3));
}

#[tokio::test]
async fn bad_retry_after_values_give_bounded_waits() {
    // Negative and garbage: ignored, the policy's backoff (100 ms, no jitter) instead.
    for bad in ["-5", "soon", "1.5", ""] {
        let mut tracker = Tracker::start(&rules());
        let wait = delay(step(
            &mut tracker,
            429,
            &headers(&[(RETRY_AFTER, bad)]),
            THROTTLED,
        ));
        assert_eq!(wait, Duration::from_millis(100), "{bad:?}");
    }
    // In the past: no wait.
    let past = headers(&[
        (RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT"),
        (DATE, "Wed, 21 Oct 2015 08:00:00 GMT"),
    ]);
    let mut tracker = Tracker::start(&rules());
    assert_eq!(
        delay(step(&mut tracker, 429, &past, THROTTLED)),
        Duration::ZERO
    );
    // Huge: longer than the time budget, so given up at once rather than waited for.
    for huge in [
        "99999999999999999999999",
        "31536000",
        "Fri, 31 Dec 9999 23:59:59 GMT",
    ] {
        let mut tracker = Tracker::start(&rules());
        let stop = give_up(step(
            &mut tracker,
            429,
            &headers(&[(RETRY_AFTER, huge)]),
            THROTTLED,
        ));
        assert_eq!(stop.reason, GiveUpReason::OutOfTime, "{huge}");
        assert!(stop.wait.unwrap() > Duration::from_secs(30), "{huge}");
        assert!(
            stop.to_string().contains("the server asked to wait"),
            "{stop}"
        );
    }
}

#[tokio::test]
async fn backs_off_exponentially_and_bounds_attempts() {
    let mut tracker = Tracker::start(&rules());
    let waits: Vec<_> = (0..3)
        .map(|_| delay(step(&mut tracker, 503, &HeaderMap::new(), b"")))
        .collect();
    let ms = Duration::from_millis;
    assert_eq!(waits, [ms(100), ms(200), ms(400)]);
    let stop = give_up(step(&mut tracker, 503, &HeaderMap::new(), b""));
    assert_eq!(stop.reason, GiveUpReason::RetriesUsedUp);
    assert_eq!((stop.retries, stop.cause), (3, Cause::Status(503)));
}

#[tokio::test]
async fn seeded_jitter_repeats_and_differs_by_seed() {
    let jittered = |seed| {
        let rules = rules()
            .policy(RetryPolicy {
                jitter: Jitter::Full,
                ..policy()
            })
            .jitter_seed(seed);
        let mut tracker = Tracker::start(&rules);
        (0..3)
            .map(|_| delay(step(&mut tracker, 503, &HeaderMap::new(), b"")))
            .collect::<Vec<_>>()
    };
    assert_eq!(jittered(1), jittered(1));
    assert_ne!(jittered(1), jittered(2));
    assert!(jittered(3).iter().all(|d| *d <= Duration::from_millis(400)));
}

#[tokio::test(start_paused = true)]
async fn stops_when_the_time_budget_is_spent() {
    let rules = rules().time_budget(Duration::from_secs(2));
    let mut tracker = Tracker::start(&rules);
    let wait = headers(&[(RETRY_AFTER, "1")]);
    assert_eq!(
        delay(step(&mut tracker, 429, &wait, THROTTLED)),
        Duration::from_secs(1)
    );
    tokio::time::advance(Duration::from_millis(1500)).await;
    // 1 s more would end past the 2 s budget.
    let stop = give_up(step(&mut tracker, 429, &wait, THROTTLED));
    assert_eq!(stop.reason, GiveUpReason::OutOfTime);
    assert_eq!(tracker.remaining(), Duration::from_millis(500));
}

#[tokio::test]
async fn reauthenticates_once_and_only_with_a_refresh() {
    let mut tracker = Tracker::start(&rules());
    let stop = give_up(step(&mut tracker, 401, &HeaderMap::new(), b""));
    assert_eq!(stop.reason, GiveUpReason::Reauthenticate);
    let rules = rules().token_refresh(|| async { Ok(HeaderValue::from_static("Bearer new")) });
    let mut tracker = Tracker::start(&rules);
    let first = step(&mut tracker, 401, &HeaderMap::new(), b"");
    assert!(
        matches!(
            first,
            Step::Retry {
                delay: Duration::ZERO,
                refresh: true
            }
        ),
        "{first:?}"
    );
    // A transient problem in between does not refresh again.
    let throttled = step(
        &mut tracker,
        429,
        &headers(&[(RETRY_AFTER, "0")]),
        THROTTLED,
    );
    assert!(
        matches!(throttled, Step::Retry { refresh: false, .. }),
        "{throttled:?}"
    );
    let again = give_up(step(&mut tracker, 401, &HeaderMap::new(), b""));
    assert_eq!(
        (again.reason, again.retries),
        (GiveUpReason::Reauthenticate, 2)
    );
}

#[tokio::test]
async fn a_retry_budget_limits_retries_across_requests() {
    // One retry per request sent, no reserve.
    let budget = Arc::new(TpsBudget::new(Duration::from_secs(10), 0, 1.0));
    let rules = rules().retry_budget(budget);
    let zero = headers(&[(RETRY_AFTER, "0")]);
    let mut first = Tracker::start(&rules);
    let mut second = Tracker::start(&rules);
    delay(step(&mut first, 429, &zero, THROTTLED));
    delay(step(&mut second, 429, &zero, THROTTLED));
    let stop = give_up(step(&mut first, 429, &zero, THROTTLED));
    assert_eq!(stop.reason, GiveUpReason::RetryBudget);
    // Without a budget the same retry is made.
    let mut free = Tracker::start(&self::rules());
    delay(step(&mut free, 429, &zero, THROTTLED));
    delay(step(&mut free, 429, &zero, THROTTLED));
}

#[tokio::test]
async fn transport_errors_back_off_and_every_step_is_an_event() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let rules = rules()
        .policy(RetryPolicy {
            max_retries: 1,
            ..policy()
        })
        .on_event(move |event| log.lock().unwrap().push(event.to_string()));
    let mut tracker = Tracker::start(&rules);
    let first = tracker.transport(&"connection reset", true, Backoff::Policy);
    assert_eq!(delay(first), Duration::from_millis(100));
    let stop = give_up(tracker.transport(&"connection reset", true, Backoff::Policy));
    assert_eq!(stop.error.as_deref(), Some("connection reset"));
    let events = seen.lock().unwrap().clone();
    assert_eq!(
        events,
        [
            "retry 1 after transport: waiting 100ms (backoff)",
            "gave up after 1 retries (retries_used_up): transport: connection reset",
        ]
    );
    let event = RetryEvent::GiveUp(&stop);
    assert!(matches!(event, RetryEvent::GiveUp(_)));
}

#[tokio::test]
async fn an_outside_backoff_is_used_when_the_server_names_no_delay() {
    let mut tracker = Tracker::start(&rules());
    let problem = classify::<Problem>(503, &HeaderMap::new(), b"");
    let given = tracker.problem(&problem, Backoff::Given(Some(Duration::from_millis(7))));
    assert_eq!(delay(given), Duration::from_millis(7));
    let spent = give_up(tracker.problem(&problem, Backoff::Given(None)));
    assert_eq!(spent.reason, GiveUpReason::RetriesUsedUp);
}

#[tokio::test]
async fn a_request_that_may_have_been_done_is_sent_again_only_when_safe() {
    let mut tracker = Tracker::start(&rules());
    let stop = give_up(tracker.transport(&"connection reset", false, Backoff::Policy));
    assert_eq!(stop.reason, GiveUpReason::NotReplaySafe);
    let keyed: HeaderMap = headers(&[(http::HeaderName::from_static("idempotency-key"), "k-1")]);
    assert!(super::tracker::replay_safe(&http::Method::POST, &keyed));
    assert!(super::tracker::replay_safe(
        &http::Method::GET,
        &HeaderMap::new()
    ));
    assert!(!super::tracker::replay_safe(
        &http::Method::POST,
        &HeaderMap::new()
    ));
}

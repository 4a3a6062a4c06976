//! The tower and backon adapters over in-process services, under tokio's paused time: the
//! refreshed token reaches the retry, a huge `Retry-After` is not waited for, a request
//! that must be fixed is sent once, and transport errors are retried with the same key.
#![cfg(all(feature = "retry-tower", feature = "retry-backon"))]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use errors_core::classify::{classify, Classified, Jitter, RetryPolicy};
use errors_core::retry::backon::BackonRetry;
use errors_core::retry::tower::ClassifiedRetryLayer;
use errors_core::retry::{GiveUpReason, RetryRules};
use http::{HeaderMap, HeaderValue, Request, Response};
use tokio::time::Instant;
use tower::{service_fn, Layer, ServiceExt};

mod shop {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}
use shop::Problem;

fn rules() -> RetryRules {
    RetryRules::new()
        .policy(RetryPolicy {
            max_retries: 3,
            initial_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
            jitter: Jitter::None,
        })
        .time_budget(Duration::from_secs(10))
}

/// Each request seen: its `Authorization` and `Idempotency-Key`, and when.
type Seen = Arc<Mutex<Vec<(Option<String>, Option<String>, Instant)>>>;

/// A service answering with `answer(n)` for the n-th request (from 0), recording each.
fn api(
    seen: &Seen,
    answer: impl Fn(usize, &HeaderMap) -> Result<Response<String>, &'static str>
        + Clone
        + Send
        + 'static,
) -> impl tower::Service<
    Request<String>,
    Response = Response<String>,
    Error = &'static str,
    Future = impl Send,
> + Clone {
    let seen = seen.clone();
    service_fn(move |request: Request<String>| {
        let header = |name: &str| Some(request.headers().get(name)?.to_str().ok()?.to_owned());
        let mut log = seen.lock().unwrap();
        log.push((
            header("authorization"),
            header("idempotency-key"),
            Instant::now(),
        ));
        let result = answer(log.len() - 1, request.headers());
        async move { result }
    })
}

fn response(status: u16, headers: &[(&str, &str)]) -> Response<String> {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(String::new()).unwrap()
}

fn request() -> Request<String> {
    Request::post("/orders")
        .header("idempotency-key", "k-1")
        .header("authorization", "Bearer old")
        .body("{}".to_owned())
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn tower_sets_the_refreshed_token_on_the_retry() {
    let seen = Seen::default();
    let service = api(&seen, |_, headers| {
        let fresh = headers
            .get("authorization")
            .is_some_and(|v| v == "Bearer fresh");
        Ok(response(if fresh { 200 } else { 401 }, &[]))
    });
    let refreshes = Arc::new(AtomicUsize::new(0));
    let count = refreshes.clone();
    let rules = rules().token_refresh(move || {
        count.fetch_add(1, Ordering::SeqCst);
        async { Ok(HeaderValue::from_static("Bearer fresh")) }
    });
    let client = ClassifiedRetryLayer::<Problem>::new(rules).layer(service);
    let answer = client.oneshot(request()).await.unwrap();
    assert_eq!(answer.status(), 200);
    assert_eq!(refreshes.load(Ordering::SeqCst), 1);
    let seen = seen.lock().unwrap();
    let tokens: Vec<_> = seen.iter().map(|s| s.0.as_deref()).collect();
    assert_eq!(tokens, [Some("Bearer old"), Some("Bearer fresh")]);
    assert!(seen.iter().all(|s| s.1.as_deref() == Some("k-1")));
}

#[tokio::test(start_paused = true)]
async fn tower_waits_for_retry_after_and_not_for_a_huge_one() {
    let seen = Seen::default();
    let service = api(&seen, |n, _| {
        Ok(match n {
            0 => response(429, &[("retry-after", "3")]),
            _ => response(429, &[("retry-after", "99999999999")]),
        })
    });
    let started = Instant::now();
    let client = ClassifiedRetryLayer::<Problem>::new(rules()).layer(service);
    let answer = client.oneshot(request()).await.unwrap();
    // The second answer asks for more than the budget: given up at once, with that answer.
    assert_eq!(answer.status(), 429);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].2 - seen[0].2, Duration::from_secs(3));
    assert_eq!(started.elapsed(), Duration::from_secs(3));
}

#[tokio::test(start_paused = true)]
async fn tower_retries_transport_errors_with_the_same_key_and_backs_off() {
    let seen = Seen::default();
    let service = api(&seen, |_, _| Err("connection reset"));
    let client = ClassifiedRetryLayer::<Problem>::new(rules()).layer(service);
    let error = client.oneshot(request()).await.unwrap_err();
    assert_eq!(error, "connection reset");
    let seen = seen.lock().unwrap();
    let gaps: Vec<_> = seen.windows(2).map(|w| w[1].2 - w[0].2).collect();
    let ms = Duration::from_millis;
    assert_eq!(gaps, [ms(100), ms(200), ms(400)]);
    assert!(seen.iter().all(|s| s.1.as_deref() == Some("k-1")));
}

#[tokio::test(start_paused = true)]
async fn tower_sends_a_request_that_must_be_fixed_once() {
    let seen = Seen::default();
    let body = r#"{"title":"Amount too small","status":400}"#;
    let service = api(&seen, move |_, _| {
        Ok(Response::builder()
            .status(400)
            .body(body.to_owned())
            .unwrap())
    });
    let client = ClassifiedRetryLayer::<Problem>::new(rules()).layer(service);
    let answer = client.oneshot(request()).await.unwrap();
    assert_eq!(answer.status(), 400);
    assert_eq!(seen.lock().unwrap().len(), 1);
}

/// The failure of one attempt, as backon sees it.
fn throttled(retry_after: &str) -> Classified<Problem> {
    let headers: HeaderMap = [(
        http::header::RETRY_AFTER,
        HeaderValue::from_str(retry_after).unwrap(),
    )]
    .into_iter()
    .collect();
    classify::<Problem>(429, &headers, b"")
}

#[tokio::test(start_paused = true)]
async fn backon_waits_for_retry_after_then_stops_at_a_request_to_fix() {
    let attempts = AtomicUsize::new(0);
    let started = Instant::now();
    let send = || async {
        match attempts.fetch_add(1, Ordering::SeqCst) {
            0 => Err(throttled("2")),
            _ => Err(classify::<Problem>(
                400,
                &HeaderMap::new(),
                br#"{"title":"Amount too small"}"#,
            )),
        }
    };
    let retry = BackonRetry::<Problem>::new(rules());
    let result: Result<(), _> = send
        .retry(ExponentialBuilder::default())
        .when(retry.when())
        .adjust(retry.adjust())
        .await;
    assert_eq!(result.unwrap_err().status(), 400);
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
    assert_eq!(started.elapsed(), Duration::from_secs(2));
    assert_eq!(retry.given_up().unwrap().reason, GiveUpReason::FixRequest);
}

#[tokio::test(start_paused = true)]
async fn backon_refreshes_the_token_once_at_the_next_attempt() {
    let refreshes = Arc::new(AtomicUsize::new(0));
    let count = refreshes.clone();
    let rules = rules().token_refresh(move || {
        count.fetch_add(1, Ordering::SeqCst);
        async { Ok(HeaderValue::from_static("Bearer fresh")) }
    });
    let retry = BackonRetry::<Problem>::new(rules);
    let tokens = Mutex::new(Vec::new());
    let send = || async {
        let token = retry.authorization().await.unwrap();
        tokens.lock().unwrap().push(token);
        // Unauthorized whatever the token: one refresh, then given up.
        Err(classify::<Problem>(401, &HeaderMap::new(), b""))
    };
    let result: Result<(), _> = send
        .retry(ExponentialBuilder::default())
        .when(retry.when())
        .adjust(retry.adjust())
        .await;
    assert_eq!(result.unwrap_err().status(), 401);
    assert_eq!(refreshes.load(Ordering::SeqCst), 1);
    let fresh = Some(HeaderValue::from_static("Bearer fresh"));
    assert_eq!(*tokens.lock().unwrap(), [None, fresh]);
    assert_eq!(
        retry.given_up().unwrap().reason,
        GiveUpReason::Reauthenticate
    );
}

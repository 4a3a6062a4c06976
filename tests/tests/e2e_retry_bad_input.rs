//! The retry adapters against a misbehaving server: a `Retry-After` that is negative,
//! garbage, in the past or huge; a body that never ends, that stalls, that is cut short; a
//! token that must be refreshed. Bounded waits and a clear answer or error, never a hang.
//!
//! The server is a raw TCP listener writing hand-written HTTP/1.1, one request per
//! connection; the client is reqwest with errors-core's middleware (real time: sockets).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use errors_core::classify::{Jitter, Limits, RetryPolicy};
use errors_core::http::HeaderValue;
use errors_core::retry::middleware::ClassifiedRetry;
use errors_core::retry::{GiveUp, GiveUpReason, RetryEvent, RetryRules};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use vipps_problems::Problem;

/// What the server writes for a request.
#[derive(Clone)]
enum Reply {
    /// These bytes, then close.
    Whole(String),
    /// A chunked 503 whose chunks never end.
    Endless,
    /// A 503 announcing 1000 bytes, sending 10, then nothing more.
    Stalled,
    /// A 503 announcing 1000 bytes, sending 10, then closing.
    CutShort,
}

/// The request heads received, in order.
type Heads = Arc<Mutex<Vec<String>>>;

async fn serve(reply: impl Fn(&str) -> Reply + Send + Sync + 'static) -> (String, Heads) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let heads = Heads::default();
    let seen = heads.clone();
    let reply = Arc::new(reply);
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let (seen, reply) = (seen.clone(), reply.clone());
            tokio::spawn(async move {
                let _ = answer(socket, seen, reply.as_ref()).await;
            });
        }
    });
    (base, heads)
}

async fn answer(
    mut socket: TcpStream,
    seen: Heads,
    reply: &(dyn Fn(&str) -> Reply + Send + Sync),
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut buffer = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        let n = socket.read(&mut buffer).await?;
        if n == 0 {
            return Ok(());
        }
        head.extend_from_slice(&buffer[..n]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    seen.lock().unwrap().push(head.clone());
    let partial = "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 1000\r\nconnection: close\r\n\r\n0123456789";
    match reply(&head) {
        Reply::Whole(bytes) => socket.write_all(bytes.as_bytes()).await?,
        Reply::Endless => {
            let start = "HTTP/1.1 503 Service Unavailable\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n";
            socket.write_all(start.as_bytes()).await?;
            let chunk = format!("400\r\n{}\r\n", "x".repeat(0x400));
            // Until the client hangs up.
            loop {
                socket.write_all(chunk.as_bytes()).await?;
            }
        }
        Reply::Stalled => {
            socket.write_all(partial.as_bytes()).await?;
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
        Reply::CutShort => socket.write_all(partial.as_bytes()).await?,
    }
    socket.shutdown().await
}

fn unavailable(retry_after: &str) -> Reply {
    let body = r#"{"title":"Service Unavailable","status":503}"#;
    Reply::Whole(format!(
        "HTTP/1.1 503 Service Unavailable\r\nretry-after: {retry_after}\r\ncontent-type: application/problem+json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    ))
}

/// What the middleware reported.
#[derive(Default)]
struct Seen {
    delays: Vec<Duration>,
    given_up: Vec<GiveUp>,
}

/// 2 retries, 50 ms doubling without jitter, a 2 s budget, 1 KiB of body.
fn rules(seen: &Arc<Mutex<Seen>>) -> RetryRules {
    let log = seen.clone();
    RetryRules::new()
        .policy(RetryPolicy {
            max_retries: 2,
            initial_delay: Duration::from_millis(50),
            max_delay: Duration::from_secs(1),
            jitter: Jitter::None,
        })
        .time_budget(Duration::from_secs(2))
        .limits(Limits {
            max_body: 1024,
            ..Limits::default()
        })
        .on_event(move |event| {
            let mut seen = log.lock().unwrap();
            match event {
                RetryEvent::Retry { delay, .. } => seen.delays.push(*delay),
                RetryEvent::GiveUp(give_up) => seen.given_up.push((*give_up).clone()),
                _ => {}
            }
        })
}

fn client(rules: RetryRules) -> reqwest_middleware::ClientWithMiddleware {
    let plain = reqwest::Client::builder().no_proxy().build().unwrap();
    reqwest_middleware::ClientBuilder::new(plain)
        .with(ClassifiedRetry::<Problem>::new(rules))
        .build()
}

/// Send one GET with the rules; the answer, the time taken and what was reported.
async fn get(
    base: &str,
    rules: impl FnOnce(&Arc<Mutex<Seen>>) -> RetryRules,
) -> (
    reqwest_middleware::Result<reqwest::Response>,
    Duration,
    Seen,
) {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let client = client(rules(&seen));
    let started = Instant::now();
    let answer = client
        .get(format!("{base}/thing"))
        .header("idempotency-key", "k-1")
        .send()
        .await;
    let taken = started.elapsed();
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    (answer, taken, seen)
}

fn reason(seen: &Seen) -> GiveUpReason {
    assert_eq!(seen.given_up.len(), 1, "{:?}", seen.given_up);
    seen.given_up[0].reason
}

#[tokio::test]
async fn a_negative_or_garbage_retry_after_falls_back_to_the_backoff() {
    for value in ["-5", "soon", "12abc", "1e3"] {
        let (base, heads) = serve(move |_| unavailable(value)).await;
        let (answer, taken, seen) = get(&base, rules).await;
        assert_eq!(answer.unwrap().status(), 503, "{value}");
        assert_eq!(heads.lock().unwrap().len(), 3, "{value}");
        let ms = Duration::from_millis;
        assert_eq!(seen.delays, [ms(50), ms(100)], "{value}");
        assert_eq!(reason(&seen), GiveUpReason::RetriesUsedUp, "{value}");
        assert!(taken < Duration::from_secs(2), "{value}: {taken:?}");
    }
}

#[tokio::test]
async fn a_retry_after_in_the_past_is_no_wait() {
    let (base, heads) = serve(|_| unavailable("Wed, 21 Oct 2015 07:28:00 GMT")).await;
    let (answer, _, seen) = get(&base, rules).await;
    assert_eq!(answer.unwrap().status(), 503);
    assert_eq!(heads.lock().unwrap().len(), 3);
    assert_eq!(seen.delays, [Duration::ZERO, Duration::ZERO]);
}

#[tokio::test]
async fn a_huge_retry_after_gives_up_at_once_with_the_answer() {
    for value in [
        "99999999999999999999",
        "86400",
        "Fri, 31 Dec 9999 23:59:59 GMT",
    ] {
        let (base, heads) = serve(move |_| unavailable(value)).await;
        let (answer, taken, seen) = get(&base, rules).await;
        let response = answer.unwrap();
        assert_eq!(response.status(), 503, "{value}");
        let body = response.text().await.unwrap();
        assert!(body.contains("Service Unavailable"), "{body}");
        assert_eq!(heads.lock().unwrap().len(), 1, "{value}");
        assert_eq!(reason(&seen), GiveUpReason::OutOfTime, "{value}");
        assert!(
            seen.given_up[0].wait.unwrap() >= Duration::from_secs(86400),
            "{value}"
        );
        assert!(taken < Duration::from_secs(2), "{value}: {taken:?}");
    }
}

#[tokio::test]
async fn a_body_that_never_ends_is_read_up_to_the_limit() {
    let (base, heads) = serve(|_| Reply::Endless).await;
    let (answer, taken, seen) = get(&base, rules).await;
    let response = answer.unwrap();
    assert_eq!(response.status(), 503);
    // The limit and one byte: enough to know it is longer.
    assert_eq!(response.bytes().await.unwrap().len(), 1025);
    assert_eq!(heads.lock().unwrap().len(), 3);
    assert_eq!(reason(&seen), GiveUpReason::RetriesUsedUp);
    assert!(taken < Duration::from_secs(2), "{taken:?}");
}

#[tokio::test]
async fn a_stalled_body_ends_at_the_time_budget_with_a_clear_error() {
    let (base, heads) = serve(|_| Reply::Stalled).await;
    let budget = |seen: &Arc<Mutex<Seen>>| rules(seen).time_budget(Duration::from_millis(500));
    let (answer, taken, seen) = get(&base, budget).await;
    let error = answer.unwrap_err().to_string();
    assert!(error.contains("out_of_time"), "{error}");
    assert!(
        error.contains("no whole answer within the time budget"),
        "{error}"
    );
    assert_eq!(heads.lock().unwrap().len(), 1);
    assert_eq!(reason(&seen), GiveUpReason::OutOfTime);
    assert!(
        taken >= Duration::from_millis(500) && taken < Duration::from_secs(3),
        "{taken:?}"
    );
}

#[tokio::test]
async fn a_connection_closed_mid_body_is_retried_then_a_clear_error() {
    let (base, heads) = serve(|_| Reply::CutShort).await;
    let (answer, taken, seen) = get(&base, rules).await;
    let error = answer.unwrap_err().to_string();
    assert!(
        error.contains("gave up after 2 retries (retries_used_up)"),
        "{error}"
    );
    assert!(error.contains("reading the body"), "{error}");
    assert_eq!(heads.lock().unwrap().len(), 3);
    assert_eq!(reason(&seen), GiveUpReason::RetriesUsedUp);
    assert!(taken < Duration::from_secs(2), "{taken:?}");
}

#[tokio::test]
async fn a_post_without_a_key_that_got_no_whole_answer_is_not_sent_again() {
    let (base, heads) = serve(|_| Reply::CutShort).await;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let answer = client(rules(&seen))
        .post(format!("{base}/payments"))
        .body("{}")
        .send()
        .await;
    let error = answer.unwrap_err().to_string();
    assert!(error.contains("(not_replay_safe)"), "{error}");
    assert_eq!(heads.lock().unwrap().len(), 1);
    assert_eq!(reason(&seen.lock().unwrap()), GiveUpReason::NotReplaySafe);
}

/// 401 unless the request carries `Bearer fresh`.
fn authorized(head: &str) -> Reply {
    let fresh = head
        .lines()
        .any(|l| l.eq_ignore_ascii_case("authorization: Bearer fresh"));
    let (status, body) = if fresh {
        ("200 OK", "paid")
    } else {
        ("401 Unauthorized", "")
    };
    Reply::Whole(format!(
        "HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    ))
}

#[tokio::test]
async fn reauthenticates_with_one_token_refresh() {
    for (token, status, requests) in [("Bearer fresh", 200, 2), ("Bearer stale", 401, 2)] {
        let (base, heads) = serve(authorized).await;
        let refreshes = Arc::new(AtomicUsize::new(0));
        let count = refreshes.clone();
        let with_refresh = move |seen: &Arc<Mutex<Seen>>| {
            rules(seen).token_refresh(move || {
                count.fetch_add(1, Ordering::SeqCst);
                async move { Ok(HeaderValue::from_static(token)) }
            })
        };
        let (answer, _, seen) = get(&base, with_refresh).await;
        assert_eq!(answer.unwrap().status(), status, "{token}");
        assert_eq!(refreshes.load(Ordering::SeqCst), 1, "{token}");
        let heads = heads.lock().unwrap().clone();
        assert_eq!(heads.len(), requests, "{token}");
        assert!(heads[1].contains(token), "{}", heads[1]);
        // The same key on the retry.
        assert!(
            heads.iter().all(|h| h.contains("idempotency-key: k-1")),
            "{heads:?}"
        );
        if status == 401 {
            assert_eq!(reason(&seen), GiveUpReason::Reauthenticate);
        }
    }
    // A refresh that fails: a clear error, nothing sent again.
    let (base, heads) = serve(authorized).await;
    let failing = |seen: &Arc<Mutex<Seen>>| {
        rules(seen).token_refresh(|| async { Err("the token endpoint is down".into()) })
    };
    let (answer, _, seen) = get(&base, failing).await;
    let error = answer.unwrap_err().to_string();
    assert!(error.contains("(refresh_failed)"), "{error}");
    assert!(error.contains("the token endpoint is down"), "{error}");
    assert_eq!(heads.lock().unwrap().len(), 1);
    assert_eq!(reason(&seen), GiveUpReason::RefreshFailed);
    // Without a token refresh, a 401 is not sent again.
    let (base, heads) = serve(authorized).await;
    let (answer, _, seen) = get(&base, rules).await;
    assert_eq!(answer.unwrap().status(), 401);
    assert_eq!(heads.lock().unwrap().len(), 1);
    assert_eq!(reason(&seen), GiveUpReason::Reauthenticate);
}

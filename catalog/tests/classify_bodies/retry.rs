//! Retry advice after classification: the hint of the entry, the server's delay
//! (`Retry-After` as seconds or a date, a wait named in the message), then the policy.

use super::*;

fn with_headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(k, v)| (k.parse().unwrap(), HeaderValue::from_str(v).unwrap()))
        .collect()
}

#[test]
fn retry_advice_follows_hint_and_server_delay() {
    let policy = RetryPolicy::default();
    let advice = |status, headers: &HeaderMap, body: &str| {
        classify::<Problem>(status, headers, body.as_bytes()).retry_advice(&policy, 0)
    };
    let none = HeaderMap::new();
    let retry_30 = with_headers(&[("retry-after", "30")]);

    // Order processing: same request, same Idempotency-Key, the server's delay.
    let a = advice(
        429,
        &retry_30,
        r#"{"title":"Order processing","detail":"Too many concurrent requests. The payment is being processed."}"#,
    );
    assert_eq!(a.action, RetryAction::Resend);
    assert!(a.same_idempotency_key());
    assert_eq!(
        (a.delay, a.source),
        (Some(Duration::from_secs(30)), Some(DelaySource::RetryAfter))
    );

    // A 4xx that needs a fixed request: never, whatever Retry-After says.
    let a = advice(400, &retry_30, r#"{"title":"Amount too small"}"#);
    assert_eq!(a.action, RetryAction::FixRequest);
    assert!(!a.is_retryable() && a.delay.is_none());

    // The gateway names the delay in its message.
    let a = advice(
        429,
        &none,
        r#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}"#,
    );
    assert_eq!(
        (a.delay, a.source),
        (Some(Duration::from_secs(57)), Some(DelaySource::Message))
    );

    // Retry-After wins over the message.
    let a = advice(
        429,
        &retry_30,
        r#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}"#,
    );
    assert_eq!(a.delay, Some(Duration::from_secs(30)));

    // As an HTTP date, measured from the response's Date header.
    let dated = with_headers(&[
        ("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"),
        ("date", "Wed, 21 Oct 2015 07:27:00 GMT"),
    ]);
    let a = advice(503, &dated, "<html>Service Unavailable</html>");
    assert_eq!(
        (a.action, a.delay),
        (RetryAction::Resend, Some(Duration::from_secs(60)))
    );

    // Nothing named: the policy's capped backoff.
    let a = advice(423, &none, r#"{"title":"Locked"}"#);
    assert_eq!(a.source, Some(DelaySource::Backoff));
    assert!(a.delay.unwrap() <= policy.initial_delay);

    // Token expired: reauthenticate; an unknown 401 too; an unknown 404 is never retried.
    let a = advice(
        401,
        &none,
        r#"{"title":"Invalid access token","detail":"Something went wrong, please try again later"}"#,
    );
    assert_eq!(a.action, RetryAction::Reauthenticate);
    assert_eq!(advice(401, &none, "").action, RetryAction::Reauthenticate);
    assert_eq!(advice(404, &none, "").action, RetryAction::FixRequest);
    assert_eq!(advice(500, &none, "").action, RetryAction::Resend);

    // Retries run out.
    let c = classify::<Problem>(500, &none, b"");
    assert_eq!(
        c.retry_advice(&policy, policy.max_retries).action,
        RetryAction::GiveUp
    );
}

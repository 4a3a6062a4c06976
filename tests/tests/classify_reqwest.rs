//! End to end over loopback: a server sends problem bodies, a `reqwest` client classifies
//! them with `errors_core::classify::classify_reqwest`, reading the body with a bound.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::thread;

use errors_core::classify::{
    classify_reqwest, BodyShape, Classified, Limits, RetryAction, RetryPolicy,
};
use vipps_problems::Problem;

/// A server on 127.0.0.1 that answers `responses.len()` requests, one raw response each,
/// then stops.
fn serve(responses: Vec<Vec<u8>>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for response in responses {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let _ = stream.write_all(&response);
        }
    });
    addr
}

fn response(status: &str, headers: &[&str], body: &[u8]) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for header in headers {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

async fn fetch(addr: SocketAddr, limits: &Limits) -> Classified<Problem> {
    let response = reqwest::get(format!("http://{addr}/")).await.unwrap();
    classify_reqwest::<Problem>(response, limits).await.unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn classifies_live_shapes_over_http() {
    let addr = serve(vec![
        response(
            "404 Not Found",
            &["Content-Type: application/problem+json"],
            br#"{"type":"https://httpstatuses.io/404","title":"Reference not found","detail":"The reference order-9 does not exist for MSN 654321","status":404,"traceId":"t-1"}"#,
        ),
        response(
            "429 Too Many Requests",
            &["Retry-After: 7", "Content-Type: application/json"],
            br#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}"#,
        ),
    ]);
    let limits = Limits::default();

    let first = fetch(addr, &limits).await;
    assert_eq!(
        first.problem(),
        &Problem::ReferenceNotFound {
            reference: "order-9".into(),
            msn: "654321".into()
        }
    );
    assert_eq!(first.trace_id().as_deref(), Some("t-1"));

    let second = fetch(addr, &limits).await;
    assert_eq!(
        second.problem(),
        &Problem::GatewayRateLimitExceeded { seconds: 57 }
    );
    let advice = second.retry_advice(&RetryPolicy::default(), 0);
    assert_eq!(advice.action, RetryAction::Resend);
    // The header wins over the message.
    assert_eq!(advice.delay, Some(std::time::Duration::from_secs(7)));
}

#[tokio::test(flavor = "current_thread")]
async fn reads_no_more_than_the_bound() {
    let big = vec![b'x'; 1024 * 1024];
    let addr = serve(vec![response("502 Bad Gateway", &[], &big)]);
    let limits = Limits {
        max_body: 1024,
        max_raw_text: 64,
    };
    let classified = fetch(addr, &limits).await;
    assert_eq!(classified.shape(), BodyShape::TooLarge);
    assert_eq!(classified.status(), 502);
    assert_eq!(classified.raw_text().map(str::len), Some(64));
    assert!(classified.raw_text_truncated());
}

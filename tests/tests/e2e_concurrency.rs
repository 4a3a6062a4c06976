//! End to end over loopback, on axum and on actix-web alike: many concurrent requests on
//! shared references. Every answer is a success or a classified problem, and no payment
//! state is lost or doubled.

mod ledger;
mod mixed;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use crate::loopback::{on_each_server, Api, Config, Server};
use vipps_problems::Problem;

const MSN: &str = "123456";
const REQUESTS: usize = 200;

fn config() -> Config {
    Config {
        rate_limit: 100_000,
        rate_window: Duration::from_secs(60),
        processing_time: Duration::from_millis(2),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_creates_make_one_payment() {
    on_each_server(concurrent_creates_make_one_payment_on).await;
}

async fn concurrent_creates_make_one_payment_on(server: Server) {
    let api = Arc::new(Api::on(server, config()).await);
    let tasks: Vec<_> = (0..REQUESTS)
        .map(|i| {
            let api = api.clone();
            tokio::spawn(
                async move { api.create(MSN, &format!("k-{i}"), "order-0001", 1000).await },
            )
        })
        .collect();
    let mut created = 0;
    for task in tasks {
        let reply = task.await.unwrap();
        if reply.status == 201 {
            created += 1;
        } else {
            reply.expect(&Problem::IdempotencyReferenceExists {
                reference: "order-0001".into(),
            });
        }
    }
    assert_eq!(created, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_captures_are_neither_lost_nor_doubled() {
    on_each_server(concurrent_captures_are_neither_lost_nor_doubled_on).await;
}

async fn concurrent_captures_are_neither_lost_nor_doubled_on(server: Server) {
    let api = Arc::new(Api::on(server, config()).await);
    api.reserved(MSN, "order-0001", 1_000_000).await;

    // 150 distinct captures of 10; 50 of them sent twice, as a client that retried would.
    let keys: Vec<String> = (0..REQUESTS).map(|i| format!("c-{}", i % 150)).collect();
    let tasks: Vec<_> = keys
        .iter()
        .map(|key| {
            let (api, key) = (api.clone(), key.clone());
            tokio::spawn(async move {
                let reply = api.modify("capture", MSN, &key, "order-0001", 10).await;
                (key, reply)
            })
        })
        .collect();

    let mut succeeded = BTreeSet::new();
    let mut processing = 0;
    for task in tasks {
        let (key, reply) = task.await.unwrap();
        if reply.status == 200 {
            let captured = reply.aggregate("capturedAmount");
            assert!(captured % 10 == 0 && captured <= 1500, "{captured}");
            succeeded.insert(key);
        } else {
            // The only problem possible here: another request holds the payment.
            let classified = reply.expect(&Problem::OrderProcessing);
            assert!(classified.retry_hint().is_retryable());
            processing += 1;
        }
    }
    // Exactly one capture per key that succeeded: none lost, none doubled by the repeats.
    let captured = api.get(MSN, "order-0001").await.aggregate("capturedAmount");
    assert_eq!(captured, 10 * succeeded.len() as u64);
    eprintln!(
        "{} keys captured at once, {processing} answers were 'order processing'",
        succeeded.len()
    );

    // Every key retried until it succeeds; then everything once more, which changes nothing.
    for key in keys.iter().collect::<BTreeSet<_>>() {
        let mut attempts = 0;
        loop {
            let reply = api.modify("capture", MSN, key, "order-0001", 10).await;
            if reply.status == 200 {
                break;
            }
            reply.expect(&Problem::OrderProcessing);
            attempts += 1;
            assert!(attempts < 100, "{key} never succeeded");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    for key in &keys {
        assert_eq!(
            api.modify("capture", MSN, key, "order-0001", 10)
                .await
                .status,
            200
        );
    }
    let payment = api.get(MSN, "order-0001").await;
    assert_eq!(payment.aggregate("capturedAmount"), 1500);
    assert_eq!(payment.json()["state"], "AUTHORIZED");
}

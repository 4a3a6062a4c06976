//! End to end over loopback: the ePayment example server, on axum and on actix-web alike,
//! driven by a real HTTP client through every error path; the client classifies each answer
//! as the variant, with the parameters, that the server emitted.

use std::time::Duration;

use crate::loopback::{extra_details, on_each_server, Api, Config, Server};
use errors_core::classify::{classify_reqwest, DelaySource, Limits, RetryAction, RetryPolicy};
use reqwest::Method;
use vipps_problems::Problem;

const MSN: &str = "123456";

fn quiet() -> Config {
    Config {
        rate_limit: 10_000,
        rate_window: Duration::from_secs(60),
        processing_time: Duration::ZERO,
    }
}

#[tokio::test]
async fn creating_payments() {
    on_each_server(creating_payments_on).await;
}

async fn creating_payments_on(server: Server) {
    let api = Api::on(server, quiet()).await;

    api.create(MSN, "k-small", "order-0001", 99)
        .await
        .expect(&Problem::AmountTooSmall);
    let negative = r#"{"reference":"order-0001","amount":{"currency":"NOK","value":-5}}"#;
    api.send(
        Method::POST,
        "/payments",
        Some(MSN),
        Some("k-neg"),
        Some(negative),
    )
    .await
    .expect(&Problem::AmountTooSmall);
    let fraction = r#"{"reference":"order-0001","amount":{"currency":"NOK","value":1000.5}}"#;
    api.send(
        Method::POST,
        "/payments",
        Some(MSN),
        Some("k-frac"),
        Some(fraction),
    )
    .await
    .expect(&Problem::AmountInvalid);

    let created = api.create(MSN, "k-1", "order-0001", 1000).await;
    assert_eq!(created.status, 201);
    assert_eq!(created.json()["state"], "CREATED");
    // The same request with the same key is answered again, not created twice.
    let replayed = api.create(MSN, "k-1", "order-0001", 1000).await;
    assert_eq!((replayed.status, replayed.json()), (201, created.json()));

    api.create(MSN, "k-2", "order-0001", 1000)
        .await
        .expect(&Problem::IdempotencyReferenceExists {
            reference: "order-0001".into(),
        });
    api.create(MSN, "k-1", "order-0002", 1000)
        .await
        .expect(&Problem::IdempotencyKeyExists {
            idempotency_key: "k-1".into(),
        });
    // Another merchant has its own references.
    assert_eq!(
        api.create("999999", "k-1", "order-0001", 1000).await.status,
        201
    );
}

#[tokio::test]
async fn malformed_mistyped_and_missing_fields_are_named() {
    on_each_server(malformed_mistyped_and_missing_fields_are_named_on).await;
}

async fn malformed_mistyped_and_missing_fields_are_named_on(server: Server) {
    let api = Api::on(server, quiet()).await;
    let post = |body: &'static str| {
        let api = &api;
        async move {
            let reply = api
                .send(Method::POST, "/payments", Some(MSN), Some("k"), Some(body))
                .await;
            extra_details(&reply.expect(&Problem::ValidationError))
        }
    };

    let malformed = post(r#"{"reference": "order-1", "amount": {"#).await;
    assert_eq!(malformed.len(), 1);
    assert_eq!(malformed[0].0, "body");
    assert!(
        malformed[0].1.starts_with("is not valid JSON"),
        "{malformed:?}"
    );

    assert_eq!(
        post("[1, 2]").await[0],
        ("body".into(), "must be a JSON object".into())
    );

    let mistyped =
        post(r#"{"reference": 12, "amount": {"currency": "SEK", "value": "100"}}"#).await;
    let names: Vec<&str> = mistyped.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["reference", "amount.currency", "amount.value"]);

    let missing = post(r#"{"amount": {}}"#).await;
    assert_eq!(
        missing,
        [
            ("reference".to_owned(), "is required".to_owned()),
            ("amount.currency".to_owned(), "is required".to_owned()),
            ("amount.value".to_owned(), "is required".to_owned()),
        ]
    );
    let no_amount = post(r#"{"reference": "order-0001"}"#).await;
    assert_eq!(no_amount, [("amount".to_owned(), "is required".to_owned())]);

    // Capture bodies are checked the same way.
    api.reserved(MSN, "order-0003", 1000).await;
    let reply = api
        .send(
            Method::POST,
            "/payments/order-0003/capture",
            Some(MSN),
            Some("c"),
            Some(r#"{"modificationAmount": {"currency": "NOK", "value": true}}"#),
        )
        .await;
    let classified = reply.expect(&Problem::ValidationError);
    assert_eq!(extra_details(&classified)[0].0, "modificationAmount.value");
    // A request that failed validation is fixed, not resent.
    let advice = classified.retry_advice(&RetryPolicy::default(), 0);
    assert_eq!(advice.action, RetryAction::FixRequest);
}

#[tokio::test]
async fn missing_headers_and_unknown_references() {
    on_each_server(missing_headers_and_unknown_references_on).await;
}

async fn missing_headers_and_unknown_references_on(server: Server) {
    let api = Api::on(server, quiet()).await;
    let body = r#"{"reference":"order-0001","amount":{"currency":"NOK","value":1000}}"#;
    api.send(Method::POST, "/payments", None, Some("k"), Some(body))
        .await
        .expect(&Problem::MissingRequiredParameter {
            parameter: "Merchant-Serial-Number".into(),
        });
    api.send(Method::POST, "/payments", Some(MSN), None, Some(body))
        .await
        .expect(&Problem::MissingRequiredParameter {
            parameter: "Idempotency-Key".into(),
        });

    let not_found = Problem::ReferenceNotFound {
        reference: "order-404".into(),
        msn: MSN.into(),
    };
    api.get(MSN, "order-404").await.expect(&not_found);
    api.modify("capture", MSN, "c", "order-404", 100)
        .await
        .expect(&not_found);
    api.cancel(MSN, "x", "order-404").await.expect(&not_found);
    // A payment of another merchant is not found either.
    api.reserved("999999", "order-0404", 1000).await;
    api.get(MSN, "order-0404")
        .await
        .expect(&Problem::ReferenceNotFound {
            reference: "order-0404".into(),
            msn: MSN.into(),
        });

    api.send(Method::GET, "/nowhere", Some(MSN), None, None)
        .await
        .expect(&Problem::NotFound);
}

#[tokio::test]
async fn capturing() {
    on_each_server(capturing_on).await;
}

async fn capturing_on(server: Server) {
    let api = Api::on(server, quiet()).await;
    assert_eq!(api.create(MSN, "k", "order-0001", 1000).await.status, 201);
    api.modify("capture", MSN, "c-1", "order-0001", 100)
        .await
        .expect(&Problem::CannotCaptureBeforeReservation);
    api.approve(MSN, "order-0001").await.json();
    api.approve(MSN, "order-0001")
        .await
        .expect(&Problem::PaymentAlreadyReserved {
            reference: "order-0001".into(),
        });

    api.modify("capture", MSN, "c-2", "order-0001", 1001)
        .await
        .expect(&Problem::CaptureAmountTooHigh);
    api.modify("capture", MSN, "c-3", "order-0001", 0)
        .await
        .expect(&Problem::AmountTooSmall);
    let first = api.modify("capture", MSN, "c-4", "order-0001", 600).await;
    assert_eq!(first.aggregate("capturedAmount"), 600);
    // A retry with the same key is the same capture, not a second one ...
    let retried = api.modify("capture", MSN, "c-4", "order-0001", 600).await;
    assert_eq!(retried.json(), first.json());
    // ... and with another amount it is a conflict.
    api.modify("capture", MSN, "c-4", "order-0001", 300)
        .await
        .expect(&Problem::CaptureIdempotencyConflict);
    api.modify("capture", MSN, "c-5", "order-0001", 401)
        .await
        .expect(&Problem::CaptureAmountTooHigh);
    assert_eq!(
        api.get(MSN, "order-0001").await.aggregate("capturedAmount"),
        600
    );

    api.cancel(MSN, "x-1", "order-0001")
        .await
        .expect(&Problem::CannotCancelCapturedPayment);
}

#[tokio::test]
async fn cancelling() {
    on_each_server(cancelling_on).await;
}

async fn cancelling_on(server: Server) {
    let api = Api::on(server, quiet()).await;
    api.reserved(MSN, "order-0001", 1000).await;
    let cancelled = api.cancel(MSN, "x-1", "order-0001").await;
    assert_eq!(cancelled.json()["state"], "TERMINATED");
    assert_eq!(cancelled.aggregate("cancelledAmount"), 1000);
    api.modify("capture", MSN, "c-1", "order-0001", 100)
        .await
        .expect(&Problem::CannotCaptureCancelledPayment);
    api.approve(MSN, "order-0001")
        .await
        .expect(&Problem::ApproveFailed {
            reason: "the payment is TERMINATED".into(),
        });

    assert_eq!(api.create(MSN, "k-2", "order-0002", 1000).await.status, 201);
    assert_eq!(
        api.cancel(MSN, "x-2", "order-0002").await.json()["state"],
        "ABORTED"
    );
}

#[tokio::test]
async fn refunding() {
    on_each_server(refunding_on).await;
}

async fn refunding_on(server: Server) {
    let api = Api::on(server, quiet()).await;
    assert_eq!(api.create(MSN, "k", "order-0001", 1000).await.status, 201);
    api.modify("refund", MSN, "r-0", "order-0001", 100)
        .await
        .expect(&Problem::AttemptedRefundBeforeReservation);
    api.approve(MSN, "order-0001").await.json();
    api.modify("capture", MSN, "c-1", "order-0001", 500)
        .await
        .json();

    api.modify("refund", MSN, "r-1", "order-0001", 501)
        .await
        .expect(&Problem::NotEnoughRefundable);
    assert_eq!(
        api.modify("refund", MSN, "r-2", "order-0001", 300)
            .await
            .aggregate("refundedAmount"),
        300
    );
    api.modify("refund", MSN, "r-2", "order-0001", 200)
        .await
        .expect(&Problem::RefundIdempotencyConflict);
    api.modify("refund", MSN, "r-3", "order-0001", 201)
        .await
        .expect(&Problem::NotEnoughRefundable);
    api.modify("refund", MSN, "r-4", "order-0001", 200)
        .await
        .json();
    api.modify("refund", MSN, "r-5", "order-0001", 1)
        .await
        .expect(&Problem::PaymentAlreadyRefunded);
    let payment = api.get(MSN, "order-0001").await;
    assert_eq!(payment.aggregate("refundedAmount"), 500);
    assert_eq!(payment.aggregate("capturedAmount"), 500);
}

#[tokio::test]
async fn a_second_request_while_one_is_processing_is_told_to_come_back() {
    on_each_server(a_second_request_while_one_is_processing_is_told_to_come_back_on).await;
}

async fn a_second_request_while_one_is_processing_is_told_to_come_back_on(server: Server) {
    let api = Api::on(
        server,
        Config {
            processing_time: Duration::from_millis(400),
            ..quiet()
        },
    )
    .await;
    api.reserved(MSN, "order-0001", 1000).await;
    let (first, second) = tokio::join!(
        api.modify("capture", MSN, "c-1", "order-0001", 100),
        async {
            tokio::time::sleep(Duration::from_millis(100)).await;
            api.modify("capture", MSN, "c-2", "order-0001", 100).await
        }
    );
    assert_eq!(first.aggregate("capturedAmount"), 100);
    let classified = second.expect(&Problem::OrderProcessing);
    assert_eq!(second.headers["retry-after"], "1");
    let advice = classified.retry_advice(&RetryPolicy::default(), 0);
    assert_eq!(advice.action, RetryAction::Resend);
    assert_eq!(advice.delay, Some(Duration::from_secs(1)));
    // Retried later with the same key, it succeeds.
    let retried = api.modify("capture", MSN, "c-2", "order-0001", 100).await;
    assert_eq!(retried.aggregate("capturedAmount"), 200);
}

#[tokio::test]
async fn each_client_is_rate_limited_with_retry_after() {
    on_each_server(each_client_is_rate_limited_with_retry_after_on).await;
}

async fn each_client_is_rate_limited_with_retry_after_on(server: Server) {
    let api = Api::on(
        server,
        Config {
            rate_limit: 5,
            rate_window: Duration::from_secs(60),
            processing_time: Duration::ZERO,
        },
    )
    .await;
    for _ in 0..5 {
        assert_eq!(api.get(MSN, "order-0001").await.status, 404);
    }
    let throttled = api.get(MSN, "order-0001").await;
    throttled.expect(&Problem::TooManyRequests);
    let wait: u64 = throttled.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "Retry-After: {wait}");

    // Read straight off the `reqwest::Response`, the advice is to resend after that delay.
    let response = api
        .request(Method::GET, "/payments/order-0001", Some(MSN), None, None)
        .await;
    let classified = classify_reqwest::<Problem>(response, &Limits::default())
        .await
        .unwrap();
    assert_eq!(classified.problem(), &Problem::TooManyRequests);
    let advice = classified.retry_advice(&RetryPolicy::default(), 0);
    assert_eq!(advice.action, RetryAction::Resend);
    assert_eq!(advice.source, Some(DelaySource::RetryAfter));
    let delay = advice.delay.unwrap();
    assert!(
        delay > Duration::ZERO && delay <= Duration::from_secs(wait),
        "{delay:?}"
    );
    // Asked in Norwegian, the same problem comes in Norwegian, and is classified the same.
    let url = format!("http://{}/epayment/v1/payments/order-0001", api.address());
    let response = reqwest::Client::new()
        .get(url)
        .header("Merchant-Serial-Number", MSN)
        .header("Accept-Language", "nb-NO, en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-language"], "nb");
    assert_eq!(response.headers()["vary"], "accept-language");
    let classified = classify_reqwest::<Problem>(response, &Limits::default())
        .await
        .unwrap();
    assert_eq!(classified.problem(), &Problem::TooManyRequests);
    assert_eq!(classified.locale(), Some("nb"));
    assert_eq!(
        classified.title(),
        Some(vipps_problems::ProblemType::TooManyRequests.title_in("nb"))
    );
    // Another client is not affected.
    assert_eq!(api.get("999999", "order-0001").await.status, 404);
}

#[tokio::test]
async fn other_methods_get_a_plain_problem() {
    on_each_server(other_methods_get_a_plain_problem_on).await;
}

async fn other_methods_get_a_plain_problem_on(server: Server) {
    let api = Api::on(server, quiet()).await;
    let reply = api
        .send(Method::DELETE, "/payments", Some(MSN), None, None)
        .await;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.headers["content-type"], "application/problem+json");
    let classified = reply.classify();
    assert_eq!(classified.status(), 405);
    assert_eq!(classified.kind(), None, "no entry for 405");
    assert_eq!(classified.title(), Some("Method Not Allowed"));
}

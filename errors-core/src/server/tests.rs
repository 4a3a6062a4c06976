use std::error::Error as _;
use std::time::Duration;

use serde_json::{json, Value};

use super::respond::*;
use crate::catalog::occurrence::Occurrence;
use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;
use crate::shop::Problem;

fn body_of(response: &::http::Response<Vec<u8>>) -> Value {
    serde_json::from_slice(response.body()).unwrap()
}

#[test]
fn response_carries_status_media_type_language_and_the_problem_body() {
    let problem = Problem::ReferenceNotFound {
        reference: "order-9".into(),
        msn: "654321".into(),
    };
    let response: ::http::Response<Vec<u8>> = to_http_response(problem.clone());
    assert_eq!(response.status(), 404);
    let headers = response.headers();
    assert_eq!(headers["content-type"], "application/problem+json");
    assert_eq!(headers["content-language"], "en");
    assert!(headers.get("retry-after").is_none());
    assert_eq!(body_of(&response), serde_json::to_value(&problem).unwrap());
    assert!(body_of(&response).get("instance").is_none());
}

#[test]
fn the_problem_written_straight_is_the_body_its_details_make_byte_for_byte() {
    use crate::catalog::kind::ProblemKind;
    use crate::catalog::problem::CatalogProblem;
    let unknown = Problem::unknown(ProblemDetails {
        title: Some("Teapot".into()),
        status: Some(418),
        ..ProblemDetails::default()
    });
    let problems = <Problem as CatalogProblem>::Kind::all()
        .iter()
        .map(|kind| Problem::example(*kind))
        .chain([unknown]);
    for problem in problems {
        let through_details = serde_json::to_vec(&problem.to_problem_details()).unwrap();
        let response = ProblemResponse::new(problem.clone());
        assert_eq!(
            String::from_utf8(response.to_json()).unwrap(),
            String::from_utf8(through_details.clone()).unwrap(),
            "{problem:?}"
        );
        // With members of its own, the response still starts from the same details.
        let traced = response.with_instance("urn:x").to_json();
        let mut expected = problem.to_problem_details();
        expected.instance = Some("urn:x".into());
        assert_eq!(traced, serde_json::to_vec(&expected).unwrap());
    }
}

#[test]
fn retry_after_is_sent_only_for_backoff_problems_with_a_known_delay() {
    let throttled = ProblemResponse::new(Problem::TooManyRequests);
    assert!(throttled
        .to_http::<Vec<u8>>()
        .headers()
        .get("retry-after")
        .is_none());

    let delayed = throttled.with_retry_after(Duration::from_millis(2001));
    let response = delayed.to_http::<Vec<u8>>();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "3");

    let exact = ProblemResponse::new(Problem::Locked).with_retry_after(Duration::from_secs(7));
    assert_eq!(exact.to_http::<Vec<u8>>().headers()["retry-after"], "7");

    // A request that must be fixed is not retried, whatever delay the handler set.
    let never =
        ProblemResponse::new(Problem::AmountTooSmall).with_retry_after(Duration::from_secs(5));
    assert_eq!(never.retry_after(), None);
    assert!(never
        .to_http::<Vec<u8>>()
        .headers()
        .get("retry-after")
        .is_none());
}

#[test]
fn instance_is_a_fresh_uuid_urn_on_request() {
    let a = ProblemResponse::new(Problem::AmountTooSmall).with_uuid_instance();
    let b = ProblemResponse::new(Problem::AmountTooSmall).with_uuid_instance();
    let instance = a.body().instance.unwrap();
    let uuid = instance
        .strip_prefix("urn:uuid:")
        .expect("a urn:uuid: instance");
    let parsed = uuid::Uuid::parse_str(uuid).unwrap();
    assert_eq!(parsed.get_version_num(), 4);
    assert_ne!(Some(instance), b.body().instance);

    let fixed = ProblemResponse::new(Problem::AmountTooSmall).with_instance("/payments/order-9");
    assert_eq!(
        body_of(&fixed.to_http()),
        json!({
            "type": Problem::AmountTooSmall.type_uri(),
            "title": "Amount too small",
            "status": 400,
            "detail": Problem::AmountTooSmall.to_string(),
            "instance": "/payments/order-9",
        })
    );
}

#[test]
fn extension_members_follow_the_parameters_and_cannot_replace_standard_members() {
    let response = ProblemResponse::new(Problem::IdempotencyReferenceExists {
        reference: "order-9".into(),
    })
    .with_extension(
        "extraDetails",
        json!([{"name": "reference", "reason": "already used"}]),
    )
    .with_extension("status", 200)
    .with_extension("title", "spoofed");
    // Read in order: a `serde_json::Value` sorts its members.
    let http: ::http::Response<Vec<u8>> = response.to_http();
    let members: Extensions = serde_json::from_slice(http.body()).unwrap();
    let keys: Vec<&str> = members.keys().collect();
    assert_eq!(
        keys,
        [
            "type",
            "title",
            "status",
            "detail",
            "reference",
            "extraDetails"
        ]
    );
    assert_eq!(members["status"], 409);
    assert_eq!(members["title"], "Idempotency error");
    assert_eq!(members["extraDetails"][0]["name"], "reference");
}

#[test]
fn a_5xx_never_sends_the_text_of_its_source() {
    const SECRET: &str = "postgres://payments:hunter2@db-7.internal:5432";
    let cause = std::io::Error::other(format!("connect {SECRET}: connection refused"));
    let response = ProblemResponse::new(Problem::InternalError)
        .with_uuid_instance()
        .with_source(cause);

    // Reachable for logs ...
    let source = response.source().expect("the cause is kept");
    assert!(source.to_string().contains(SECRET));
    assert!(source.downcast_ref::<std::io::Error>().is_some());

    // ... and absent from everything sent.
    let sent = response.to_http::<Vec<u8>>();
    assert_eq!(sent.status(), 500);
    let body = String::from_utf8(sent.body().clone()).unwrap();
    assert!(
        !body.contains("hunter2") && !body.contains("db-7"),
        "{body}"
    );
    for (name, value) in sent.headers() {
        let value = value.to_str().unwrap();
        assert!(!value.contains("hunter2"), "{name}: {value}");
    }
    // The display of the response is the problem's, not the cause's.
    assert!(!response.to_string().contains("hunter2"));
}

#[test]
fn occurrences_and_generic_details_answer_with_their_own_members() {
    let occurrence = Occurrence::new(Problem::AmountTooSmall)
        .with_instance("urn:x")
        .with_extension("traceId", "abc");
    let response = ProblemResponse::from(occurrence.clone()).to_http::<Vec<u8>>();
    assert_eq!(
        body_of(&response),
        serde_json::to_value(&occurrence).unwrap()
    );

    let details = ProblemDetails {
        title: Some("Teapot".into()),
        status: Some(418),
        ..ProblemDetails::default()
    };
    let response: ::http::Response<Vec<u8>> = to_http_response(details);
    assert_eq!(response.status(), 418);
    assert_eq!(
        body_of(&response),
        json!({"title": "Teapot", "status": 418})
    );

    // No status at all: the server is at fault.
    let response: ::http::Response<Vec<u8>> = to_http_response(ProblemDetails::default());
    assert_eq!(response.status(), 500);
}

#[cfg(feature = "axum")]
mod axum {
    use axum_core::response::IntoResponse;

    use super::*;

    async fn parts(response: axum_core::response::Response) -> (::http::response::Parts, Value) {
        let (parts, body) = response.into_parts();
        let bytes = ::axum::body::to_bytes(body, 1 << 20).await.unwrap();
        (parts, serde_json::from_slice(&bytes).unwrap())
    }

    #[tokio::test]
    async fn generated_problems_and_wrappers_are_axum_responses() {
        let problem = Problem::CaptureAmountTooHigh;
        let (head, body) = parts(problem.clone().into_response()).await;
        assert_eq!(head.status, 400);
        assert_eq!(head.headers["content-type"], "application/problem+json");
        assert_eq!(body, serde_json::to_value(&problem).unwrap());

        let throttled = ProblemResponse::new(Problem::TooManyRequests)
            .with_retry_after(Duration::from_secs(12))
            .into_response();
        let (head, _) = parts(throttled).await;
        assert_eq!(head.headers["retry-after"], "12");

        let occurrence = Occurrence::new(Problem::AmountTooSmall).with_extension("traceId", "t");
        let (_, body) = parts(occurrence.into_response()).await;
        assert_eq!(body["traceId"], "t");

        let (head, body) = parts(ProblemDetails::from_status(503).into_response()).await;
        assert_eq!(head.status, 503);
        assert_eq!(body, json!({"status": 503}));
    }
}

//! `#[derive(Problem)]` on hand-written types: the bodies they send, and that clients
//! classify them like the generated types.

use std::time::Duration;

use axum::response::IntoResponse;
use errors_core::classify::{classify_response, IdentifiedBy};
use errors_core::{ProblemDetails, ProblemResponse, RetryHint, ToProblem};
use errors_macros::Problem;
use serde_json::json;
use vipps_problems::{Problem, ProblemType};

#[derive(Debug, thiserror::Error, Problem)]
#[error("only {available} of {sku} left")]
#[problem(
    type = "https://shop.example/problems/out-of-stock",
    title = "Out of stock",
    status = 409
)]
struct OutOfStock {
    sku: String,
    available: u32,
}

#[derive(Debug, thiserror::Error, Problem)]
enum PaymentError {
    /// Names an entry of the shipped catalogue: its facts, its template.
    #[error("no payment {reference}")]
    #[problem(entry = "reference_not_found")]
    NotFound { reference: String, msn: String },

    #[error("database unavailable: {0}")]
    #[problem(
        type = "https://shop.example/problems/storage",
        title = "Storage unavailable",
        status = 503
    )]
    Storage(#[from] std::io::Error),

    #[error("slow down")]
    #[problem(status = 429, retry = "backoff", detail = "Too many baskets at once.")]
    Throttled {
        #[problem(rename = "extraDetails")]
        extra: Vec<Field>,
        #[problem(skip)]
        _internal_counter: u64,
    },
}

#[derive(Debug, serde::Serialize)]
struct Field {
    name: &'static str,
    reason: &'static str,
}

#[derive(Debug, thiserror::Error, Problem)]
#[error("bad value {value:?}")]
#[problem(status = 422)]
struct Generic<T: serde::Serialize + std::fmt::Debug> {
    value: T,
}

#[test]
fn a_struct_sends_its_facts_display_and_fields() {
    let problem = OutOfStock {
        sku: "ABC-1".into(),
        available: 2,
    };
    assert_eq!(problem.status(), 409);
    assert_eq!(problem.retry_hint(), RetryHint::Never);
    assert_eq!(
        serde_json::to_value(problem.to_problem_details()).unwrap(),
        json!({
            "type": "https://shop.example/problems/out-of-stock",
            "title": "Out of stock",
            "status": 409,
            "detail": "only 2 of ABC-1 left",
            "sku": "ABC-1",
            "available": 2,
        })
    );
}

#[test]
fn a_variant_naming_an_entry_is_classified_as_that_entry() {
    let sent = PaymentError::NotFound {
        reference: "order-9".into(),
        msn: "654321".into(),
    };
    assert_eq!(sent.status(), 404);
    let response: http::Response<Vec<u8>> = ProblemResponse::new(sent).to_http();
    let details: ProblemDetails = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        details.detail.as_deref(),
        Some("The reference order-9 does not exist for MSN 654321")
    );
    let classified = classify_response::<Problem, _>(&response);
    assert_eq!(
        classified.problem(),
        &Problem::ReferenceNotFound {
            reference: "order-9".into(),
            msn: "654321".into()
        }
    );
    assert_eq!(classified.kind(), Some(ProblemType::ReferenceNotFound));
    assert_eq!(classified.identified_by(), IdentifiedBy::TypeUri);

    // A type of its own is kept whole, as any problem outside the catalogue.
    let own: http::Response<Vec<u8>> = ProblemResponse::new(OutOfStock {
        sku: "A".into(),
        available: 0,
    })
    .to_http();
    let classified = classify_response::<Problem, _>(&own);
    assert_eq!(classified.kind(), None);
    assert_eq!(
        classified.type_uri(),
        Some("https://shop.example/problems/out-of-stock")
    );
    assert_eq!(classified.extension("sku"), Some(json!("A")));
}

#[test]
fn a_5xx_source_is_neither_a_member_nor_the_detail() {
    let cause = std::io::Error::other("10.0.0.7:5432 refused, password=hunter2");
    let problem = PaymentError::from(cause);
    assert!(
        problem.to_string().contains("hunter2"),
        "Display keeps it for logs"
    );
    assert!(std::error::Error::source(&problem).is_some());
    assert_eq!(problem.retry_hint(), RetryHint::Backoff);
    let body = serde_json::to_string(&problem.to_problem_details()).unwrap();
    assert_eq!(
        body,
        r#"{"type":"https://shop.example/problems/storage","title":"Storage unavailable","status":503}"#
    );
}

#[test]
fn renamed_skipped_and_defaulted_members() {
    let problem = PaymentError::Throttled {
        extra: vec![Field {
            name: "basket",
            reason: "too many",
        }],
        _internal_counter: 7,
    };
    assert_eq!(problem.retry_hint(), RetryHint::Backoff);
    assert_eq!(
        serde_json::to_value(problem.to_problem_details()).unwrap(),
        json!({
            "title": "Too Many Requests",
            "status": 429,
            "detail": "Too many baskets at once.",
            "extraDetails": [{"name": "basket", "reason": "too many"}],
        })
    );

    let generic = Generic { value: [1, 2] };
    let details = generic.to_problem_details();
    assert_eq!(details.type_uri, None, "no `type`: about:blank");
    assert_eq!(details.title.as_deref(), Some("Unprocessable Entity"));
    assert_eq!(details.extensions["value"], json!([1, 2]));
}

#[tokio::test]
async fn derived_types_are_axum_responses() {
    let response = OutOfStock {
        sku: "A".into(),
        available: 0,
    }
    .into_response();
    assert_eq!(response.status(), 409);
    assert_eq!(response.headers()["content-language"], "en");

    let throttled = ProblemResponse::new(PaymentError::Throttled {
        extra: vec![],
        _internal_counter: 0,
    })
    .with_retry_after(Duration::from_secs(4))
    .into_response();
    assert_eq!(throttled.headers()["retry-after"], "4");
    let body = axum::body::to_bytes(throttled.into_body(), 1 << 16)
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["status"], 429);
}

//! The validation extractors with the shipped catalogue: every invalid body or query string
//! is `validation_error`, problem+json, naming the field at fault by its path, and a client
//! classifying the answer reads the same items back.

use axum::body::Body;
use axum::http::Request;
use axum::routing::{get, post};
use axum::Router;
use errors_core::classify::{classify, IdentifiedBy};
use errors_core::respond::{ValidJson, ValidQuery};
use tower::ServiceExt;
use vipps_problems::{Problem, ProblemType};

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Order {
    amount: Amount,
    #[serde(default)]
    items: Vec<Item>,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Amount {
    currency: Currency,
    value: u64,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
enum Currency {
    #[serde(rename = "NOK")]
    Nok,
    #[serde(rename = "EUR")]
    Eur,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Item {
    sku: String,
    count: u32,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Page {
    page: u32,
    #[serde(default)]
    size: Option<u8>,
}

fn router() -> Router {
    Router::new()
        .route(
            "/orders",
            post(|ValidJson(order, ..): vipps_problems::Json<Order>| async move {
                order.amount.value.to_string()
            }),
        )
        .route(
            "/orders",
            get(|ValidQuery(page, ..): vipps_problems::Query<Page>| async move {
                page.page.to_string()
            }),
        )
}

/// The answer's `(name, reason)` items, after checking it is `validation_error` as sent
/// and as classified.
async fn rejected(request: Request<Body>) -> Vec<(String, String)> {
    let response = router().oneshot(request).await.unwrap();
    let (head, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 16).await.unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    assert_eq!(head.status, 400, "{text}");
    assert_eq!(head.headers["content-type"], "application/problem+json");
    let classified = classify::<Problem>(400, &head.headers, &bytes);
    assert_eq!(classified.problem(), &Problem::ValidationError, "{text}");
    assert_eq!(classified.kind(), Some(ProblemType::ValidationError));
    assert_eq!(classified.identified_by(), IdentifiedBy::TypeUri);
    classified
        .extra_details()
        .into_iter()
        .map(|d| (d.name, d.reason))
        .collect()
}

fn post_json(body: &str) -> Request<Body> {
    Request::post("/orders")
        .header("content-type", "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

fn get_query(query: &str) -> Request<Body> {
    Request::get(format!("/orders?{query}"))
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn a_valid_body_and_query_pass() {
    let ok = router()
        .oneshot(post_json(
            r#"{"amount": {"currency": "NOK", "value": 100}}"#,
        ))
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let ok = router().oneshot(get_query("page=3")).await.unwrap();
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
async fn a_nested_field_of_the_wrong_type_is_named_by_its_path() {
    let items = rejected(post_json(
        r#"{"amount": {"currency": "NOK", "value": "100"}}"#,
    ))
    .await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0].0, "amount.value");
    assert!(
        items[0]
            .1
            .starts_with("invalid type: string \"100\", expected u64"),
        "{items:?}"
    );
    // The position of serde_json's message is left out of the reason.
    assert!(!items[0].1.contains(" at line "), "{items:?}");
}

#[tokio::test]
async fn an_array_element_is_named_by_its_index() {
    let items = rejected(post_json(
        r#"{"amount": {"currency": "NOK", "value": 1}, "items": [{"sku": 7, "count": 1}]}"#,
    ))
    .await;
    assert_eq!(items[0].0, "items[0].sku");
    assert!(
        items[0].1.starts_with("invalid type: integer `7`"),
        "{items:?}"
    );

    let items = rejected(post_json(
        r#"{"amount": {"currency": "NOK", "value": 1}, "items": [{"sku": "a", "count": 1}, {"sku": "b", "count": -1}]}"#,
    ))
    .await;
    assert_eq!(items[0].0, "items[1].count");
}

#[tokio::test]
async fn a_missing_field_is_named_by_its_own_path() {
    let items = rejected(post_json(r#"{"amount": {"currency": "NOK"}}"#)).await;
    assert_eq!(
        items,
        [("amount.value".to_owned(), "is required".to_owned())]
    );
    let items = rejected(post_json("{}")).await;
    assert_eq!(items, [("amount".to_owned(), "is required".to_owned())]);
}

#[tokio::test]
async fn an_unknown_variant_is_named_with_the_allowed_ones() {
    let items = rejected(post_json(r#"{"amount": {"currency": "SEK", "value": 1}}"#)).await;
    assert_eq!(items[0].0, "amount.currency");
    assert_eq!(items[0].1, "unknown variant `SEK`, expected `NOK` or `EUR`");
}

#[tokio::test]
async fn a_body_that_is_not_json_is_named_body() {
    for body in [
        r#"{"amount": {"#,
        "not json",
        r#"{"amount": {"currency": "NOK", "value": 1}} trailing"#,
    ] {
        let items = rejected(post_json(body)).await;
        assert_eq!(items.len(), 1, "{body}: {items:?}");
        assert_eq!(items[0].0, "body", "{body}");
        assert!(items[0].1.starts_with("is not valid JSON: "), "{items:?}");
    }
    // A JSON value of the wrong kind at the top is a data mistake of the body.
    let items = rejected(post_json(r#""an order""#)).await;
    assert_eq!(items[0].0, "body");
    assert!(items[0].1.starts_with("invalid type: string"), "{items:?}");
}

#[tokio::test]
async fn a_missing_or_wrong_content_type_is_named() {
    let body = r#"{"amount": {"currency": "NOK", "value": 1}}"#;
    let none = Request::post("/orders").body(Body::from(body)).unwrap();
    let wrong = Request::post("/orders")
        .header("content-type", "text/plain")
        .body(Body::from(body))
        .unwrap();
    for request in [none, wrong] {
        let items = rejected(request).await;
        assert_eq!(
            items,
            [(
                "Content-Type".to_owned(),
                "must be application/json".to_owned()
            )]
        );
    }
}

#[tokio::test]
async fn a_query_parameter_is_named() {
    let items = rejected(get_query("page=three")).await;
    assert_eq!(items[0].0, "page");
    assert!(items[0].1.contains("invalid digit"), "{items:?}");
    let items = rejected(get_query("page=1&size=300")).await;
    assert_eq!(items[0].0, "size");
    let items = rejected(get_query("size=3")).await;
    assert_eq!(items, [("page".to_owned(), "is required".to_owned())]);
}

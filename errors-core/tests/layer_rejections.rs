//! The problem layer on an axum router: each of axum's plain-text rejections, the fallbacks
//! and a timeout arrive as `application/problem+json` with their status, and the layer's
//! mapping chooses the problem.
#![cfg(all(feature = "tower", feature = "axum"))]

use crate::layer_support::{app, get_request, post_request, send, shop::Problem};
use errors_core::respond::{ErrorKind, ProblemLayer, ProblemMapping};
use errors_core::ProblemDetails;

const JSON: Option<&str> = Some("application/json");

fn plain_app() -> axum::Router {
    app(ProblemLayer::default())
}

#[tokio::test]
async fn json_rejections_are_problems_of_their_status_without_axum_text() {
    let syntax = send(plain_app(), post_request("/json", JSON, "{\"amount\":")).await;
    syntax.assert_plain_problem(400);
    let data = send(
        plain_app(),
        post_request("/json", JSON, r#"{"amount":"ten"}"#),
    )
    .await;
    data.assert_plain_problem(422);
    let no_type = send(plain_app(), post_request("/json", None, r#"{"amount":1}"#)).await;
    no_type.assert_plain_problem(415);
    for sent in [&syntax, &data, &no_type] {
        assert_eq!(sent.json().get("detail"), None, "{}", sent.text());
        assert!(!sent.text().contains("Failed to"), "{}", sent.text());
        assert!(!sent.text().contains("Expected request"), "{}", sent.text());
    }
}

#[tokio::test]
async fn path_query_encoding_and_size_rejections_are_problems() {
    send(plain_app(), get_request("/orders/abc"))
        .await
        .assert_plain_problem(400);
    send(plain_app(), get_request("/names/%FF%FE"))
        .await
        .assert_plain_problem(400);
    send(plain_app(), get_request("/search?page=first"))
        .await
        .assert_plain_problem(400);
    let big = send(
        plain_app(),
        post_request("/upload", None, "more than eight bytes"),
    )
    .await;
    big.assert_plain_problem(413);
    // The same routes answer normally when the request is right.
    let ok = send(plain_app(), get_request("/orders/42")).await;
    assert_eq!((ok.status, ok.text().as_str()), (200, "42"));
}

#[tokio::test]
async fn fallback_404_and_405_with_its_allow_header() {
    send(plain_app(), get_request("/nowhere"))
        .await
        .assert_plain_problem(404);
    let request = axum::http::Request::delete("/orders/42")
        .body(axum::body::Body::empty())
        .unwrap();
    let sent = send(plain_app(), request).await;
    sent.assert_plain_problem(405);
    let allow = sent.headers["allow"].to_str().unwrap();
    assert!(allow.contains("GET"), "{allow}");
}

#[tokio::test]
async fn timeouts_of_tower_http_are_problems_with_the_status_it_was_given() {
    send(plain_app(), get_request("/slow-gateway"))
        .await
        .assert_plain_problem(504);
    send(plain_app(), get_request("/slow-request"))
        .await
        .assert_plain_problem(408);
    let mapped = app(ProblemLayer::new(
        ProblemMapping::new().kind(ErrorKind::Timeout, Problem::Locked),
    ));
    let sent = send(mapped, get_request("/slow-gateway")).await;
    // The entry decides the status it is sent with.
    assert_eq!(sent.status, 423);
    assert_eq!(sent.json()["type"], Problem::Locked.type_uri());
}

#[tokio::test]
async fn the_mapping_chooses_by_kind_then_status_and_may_send_4xx_text_as_detail() {
    let mapping = ProblemMapping::new()
        .status(400, Problem::AmountTooSmall)
        .kind(ErrorKind::Query, Problem::CaptureAmountTooHigh)
        .kind_with(ErrorKind::JsonData, |failure| ProblemDetails {
            title: Some(format!("Unprocessable ({})", failure.kind())),
            status: Some(failure.status().as_u16()),
            detail: Some(format!("saw text: {}", failure.client_text().is_some())),
            ..ProblemDetails::default()
        })
        .detail_from_body(ErrorKind::JsonSyntax);
    let app = || app(ProblemLayer::new(mapping.clone()));

    // By status: the entry, its own detail.
    let path = send(app(), get_request("/orders/abc")).await;
    assert_eq!(
        path.json(),
        serde_json::to_value(Problem::AmountTooSmall).unwrap()
    );
    // By kind, over the status.
    let query = send(app(), get_request("/search?page=x")).await;
    assert_eq!(
        query.json()["type"],
        Problem::CaptureAmountTooHigh.type_uri()
    );
    // A closure, which sees the 4xx's text.
    let data = send(app(), post_request("/json", JSON, r#"{"amount":"ten"}"#)).await;
    assert_eq!(data.status, 422);
    assert_eq!(data.json()["title"], "Unprocessable (json_data)");
    assert_eq!(data.json()["detail"], "saw text: true");
    // The body's text as detail, only where asked; the entry's type stays.
    let syntax = send(app(), post_request("/json", JSON, "{\"amount\":")).await;
    assert_eq!(syntax.json()["type"], Problem::AmountTooSmall.type_uri());
    let detail = syntax.json()["detail"].as_str().unwrap().to_owned();
    assert!(
        detail.starts_with("Failed to parse the request body as JSON"),
        "{detail}"
    );
}

#[tokio::test]
async fn a_later_rule_replaces_an_earlier_one() {
    let mapping = ProblemMapping::new()
        .status(404, Problem::AmountTooSmall)
        .status(
            404,
            Problem::ReferenceNotFound {
                reference: "r-1".into(),
                msn: "1".into(),
            },
        );
    let sent = send(app(ProblemLayer::new(mapping)), get_request("/nowhere")).await;
    assert_eq!(sent.json()["reference"], "r-1");
}

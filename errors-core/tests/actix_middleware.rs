//! The actix-web middleware: each of actix's own errors (JSON, path, query, form, payload
//! size), the 404 and 405, a timeout's 504 and a panic arrive as `application/problem+json`
//! with their status, 5xx text masked, and the shared mapping chooses the problem.
#![cfg(feature = "actix")]

use actix_web::test::{init_service, TestRequest};
use errors_core::respond::{ErrorKind, ProblemMapping};
use errors_core::ProblemDetails;

use crate::actix_support::{answer, app, shop::Problem, Sent, SECRET};

/// `request` through the app with `mapping`.
async fn through(mapping: ProblemMapping, request: TestRequest) -> Sent {
    let service = init_service(app(mapping, |_| {})).await;
    answer(&service, request).await
}

async fn plain(request: TestRequest) -> Sent {
    through(ProblemMapping::new(), request).await
}

fn json_post(path: &str, content_type: Option<&str>, body: &'static str) -> TestRequest {
    let request = TestRequest::post().uri(path).set_payload(body);
    match content_type {
        Some(value) => request.insert_header(("content-type", value)),
        None => request,
    }
}

const JSON: Option<&str> = Some("application/json");

#[actix_web::test]
async fn json_payload_errors_are_problems_of_their_status_without_actix_text() {
    let syntax = plain(json_post("/json", JSON, "{\"amount\":")).await;
    syntax.assert_plain_problem(400);
    let data = plain(json_post("/json", JSON, r#"{"amount":"ten"}"#)).await;
    data.assert_plain_problem(400);
    // actix answers a missing JSON content type with a 400, not axum's 415.
    let no_type = plain(json_post("/json", None, r#"{"amount":1}"#)).await;
    no_type.assert_plain_problem(400);
    // And a path parameter that does not parse with a 404.
    let path = plain(TestRequest::get().uri("/orders/abc")).await;
    path.assert_plain_problem(404);
    let big = plain(json_post(
        "/json",
        JSON,
        r#"{"amount": 1, "padding": "more than the sixty-four bytes the app reads"}"#,
    ))
    .await;
    big.assert_plain_problem(413);
    for sent in [&syntax, &data, &no_type] {
        assert_eq!(sent.json().get("detail"), None, "{}", sent.text());
        assert!(!sent.text().contains("Json"), "{}", sent.text());
    }
}

#[actix_web::test]
async fn each_actix_error_is_recognised_by_its_type() {
    // Each kind answered by a problem naming it, so the test sees what was recognised.
    let named = |kind: ErrorKind| {
        move |failure: &errors_core::respond::Failure<'_>| ProblemDetails {
            title: Some(kind.name().to_owned()),
            ..ProblemDetails::plain(failure.status().as_u16())
        }
    };
    let kinds = [
        ErrorKind::JsonSyntax,
        ErrorKind::JsonData,
        ErrorKind::MissingJsonContentType,
        ErrorKind::PayloadTooLarge,
        ErrorKind::Path,
        ErrorKind::Query,
        ErrorKind::Form,
        ErrorKind::NotFound,
        ErrorKind::MethodNotAllowed,
        ErrorKind::Timeout,
        ErrorKind::Panic,
    ];
    let mapping = || {
        kinds.iter().fold(ProblemMapping::new(), |m, kind| {
            m.kind_with(*kind, named(*kind))
        })
    };
    let cases = [
        (json_post("/json", JSON, "{\"amount\":"), "json_syntax"),
        (json_post("/json", JSON, r#"{"amount":"ten"}"#), "json_data"),
        (json_post("/json", None, "{}"), "missing_json_content_type"),
        (
            json_post("/upload", None, "x".repeat(100).leak()),
            "payload_too_large",
        ),
        (TestRequest::get().uri("/orders/abc"), "path"),
        (TestRequest::get().uri("/search?page=first"), "query"),
        (
            json_post(
                "/form",
                Some("application/x-www-form-urlencoded"),
                "amount=ten",
            ),
            "form",
        ),
        (TestRequest::get().uri("/nowhere"), "not_found"),
        (TestRequest::get().uri("/payments"), "method_not_allowed"),
        (TestRequest::get().uri("/slow"), "timeout"),
        (TestRequest::get().uri("/panic"), "panic"),
    ];
    for (request, kind) in cases {
        let sent = through(mapping(), request).await;
        assert_eq!(sent.json()["title"], kind, "{}", sent.text());
        assert_eq!(sent.content_type(), Some("application/problem+json"));
    }
}

#[actix_web::test]
async fn not_found_and_method_not_allowed_with_its_allow_header() {
    plain(TestRequest::get().uri("/nowhere"))
        .await
        .assert_plain_problem(404);
    let wrong = plain(TestRequest::delete().uri("/payments")).await;
    wrong.assert_plain_problem(405);
    assert_eq!(wrong.header("allow"), "POST");
    assert_eq!(
        &wrong.bytes[..],
        br#"{"title":"Method Not Allowed","status":405}"#
    );
}

#[actix_web::test]
async fn a_panic_and_a_5xx_say_nothing_of_their_text() {
    let panic = plain(TestRequest::get().uri("/panic")).await;
    panic.assert_plain_problem(500);
    let mapping = ProblemMapping::new()
        .status(500, Problem::InternalError)
        .detail_from_body(ErrorKind::Other);
    let upstream = through(mapping, TestRequest::get().uri("/upstream")).await;
    upstream.assert_plain_problem(503);
    assert_eq!(upstream.json().get("detail"), None);
    // Headers of the original are kept.
    assert_eq!(upstream.header("retry-after"), "120");
    let entry = through(
        ProblemMapping::new().status(500, Problem::InternalError),
        TestRequest::get().uri("/panic"),
    )
    .await;
    assert_eq!(entry.status, 500);
    assert_eq!(entry.json()["type"], type_of(&Problem::InternalError));
    assert!(!entry.text().contains(SECRET));
}

#[actix_web::test]
async fn a_4xx_text_becomes_the_detail_only_where_the_mapping_says() {
    let kept = ProblemMapping::new().detail_from_body(ErrorKind::Other);
    let teapot = through(kept, TestRequest::get().uri("/teapot")).await;
    assert_eq!(teapot.json()["detail"], "short and stout");
    let dropped = plain(TestRequest::get().uri("/teapot")).await;
    assert_eq!(dropped.json().get("detail"), None);
}

#[actix_web::test]
async fn problems_and_successes_pass_through() {
    let ok = plain(TestRequest::get().uri("/ok")).await;
    assert_eq!((ok.status, ok.text().as_str()), (200, "fine"));
    let problem = plain(TestRequest::get().uri("/problem")).await;
    assert_eq!(problem.status, 409);
    assert_eq!(problem.json()["instance"], "urn:test:1");
    assert_eq!(problem.json()["state"], "CAPTURED");
    // A generated problem as a handler's error (`Result<_, Problem>`).
    let failing = plain(TestRequest::get().uri("/failing")).await;
    assert_eq!(failing.status, 404);
    assert_eq!(failing.content_type(), Some("application/problem+json"));
    assert_eq!(failing.json()["reference"], "order-1");
}

/// The type URI of a fixture problem.
fn type_of(problem: &Problem) -> String {
    errors_core::ToProblem::to_problem_details(problem)
        .type_uri
        .expect("a catalogue entry has a type")
}

#[actix_web::test]
async fn a_mapping_chooses_an_entry_whose_status_is_sent() {
    let mapping = ProblemMapping::new().kind(ErrorKind::NotFound, Problem::Locked);
    let sent = through(mapping, TestRequest::get().uri("/nowhere")).await;
    assert_eq!(sent.status, 423);
    assert_eq!(sent.json()["type"], type_of(&Problem::Locked));
}

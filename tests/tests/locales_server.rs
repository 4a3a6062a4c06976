//! Servers answer in the language a request's `Accept-Language` asks for: a handler's
//! `ProblemResponse::with_accept_language` and the problem layer's own problems carry the
//! title and detail of the negotiated locale, `Content-Language` names it and `Vary:
//! Accept-Language` is set; the type URI, status and extension members never change. A
//! malformed, enormous or unknown-only header gets the source locale.

use axum::body::Body;
use axum::extract::Path;
use axum::http::{header, HeaderMap, Request};
use axum::routing::get;
use axum::Router;
use errors_core::ProblemResponse;
use serde_json::Value;
use tower::ServiceExt;
use vipps_problems::{GetPaymentError, Problem, ProblemType};

fn router() -> Router {
    Router::new()
        .route(
            "/payments/{reference}",
            get(
                |Path(reference): Path<String>, headers: HeaderMap| async move {
                    let problem = Problem::ReferenceNotFound {
                        reference,
                        msn: "123456".into(),
                    };
                    ProblemResponse::new(problem).with_accept_language(&headers)
                },
            ),
        )
        .route(
            // An operation's enum, negotiated before `map` narrows it (as the example
            // server's handlers do), with and without an `instance` of its own.
            "/operation/{reference}",
            get(
                |Path(reference): Path<String>, headers: HeaderMap| async move {
                    let problem = Problem::ReferenceNotFound {
                        reference: reference.clone(),
                        msn: "123456".into(),
                    };
                    let response = ProblemResponse::new(problem).with_accept_language(&headers);
                    let response = match reference.as_str() {
                        "with-instance" => response.with_instance("urn:occurrence:1"),
                        _ => response,
                    };
                    response.map(GetPaymentError::from_problem)
                },
            ),
        )
        .route(
            "/count/{n}",
            get(|Path(n): Path<u32>| async move { n.to_string() }),
        )
        .route(
            "/panic",
            get(|| async {
                panic!("boom");
                #[allow(unreachable_code)]
                "never"
            }),
        )
        .layer(vipps_problems::problem_layer())
}

struct Answer {
    status: u16,
    headers: HeaderMap,
    body: Value,
}

async fn send(method: &str, uri: &str, accept: Option<&[u8]>) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT_LANGUAGE, accept);
    }
    let response = router()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (head, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 16).await.unwrap();
    assert_eq!(head.headers["content-type"], "application/problem+json");
    Answer {
        status: head.status.as_u16(),
        headers: head.headers,
        body: serde_json::from_slice(&bytes).unwrap(),
    }
}

fn language(answer: &Answer) -> &str {
    answer.headers[header::CONTENT_LANGUAGE].to_str().unwrap()
}

fn varies(answer: &Answer) -> bool {
    answer
        .headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.to_str().unwrap().eq_ignore_ascii_case("accept-language"))
}

/// Every member but `title` and `detail` is the same in both bodies.
fn same_but_texts(a: &Value, b: &Value) {
    let strip = |v: &Value| {
        let mut v = v.clone();
        let map = v.as_object_mut().unwrap();
        map.remove("title");
        map.remove("detail");
        v
    };
    assert_eq!(strip(a), strip(b));
}

#[tokio::test]
async fn a_handler_answers_in_the_negotiated_locale() {
    let en = send("GET", "/payments/order-9", None).await;
    let nb = send(
        "GET",
        "/payments/order-9",
        Some(b"nb-NO, nb;q=0.9, en;q=0.5"),
    )
    .await;
    let kind = ProblemType::ReferenceNotFound;
    assert_eq!((en.status, nb.status), (404, 404));
    assert_eq!((language(&en), language(&nb)), ("en", "nb"));
    assert!(varies(&en) && varies(&nb));
    assert_eq!(en.body["title"], kind.title());
    assert_eq!(nb.body["title"], kind.title_in("nb"));
    assert_eq!(
        nb.body["detail"],
        "Referansen order-9 finnes ikke for MSN 123456"
    );
    assert_eq!(nb.body["type"], kind.type_uri());
    assert_eq!(nb.body["reference"], "order-9");
    same_but_texts(&en.body, &nb.body);
    // A client reads it back as the same problem, and knows the language.
    let bytes = serde_json::to_vec(&nb.body).unwrap();
    let classified = errors_core::classify::classify::<Problem>(404, &nb.headers, &bytes);
    assert_eq!(classified.kind(), Some(kind));
    assert_eq!(classified.locale(), Some("nb"));
}

#[tokio::test]
async fn an_operation_enum_answers_in_the_negotiated_locale() {
    let kind = ProblemType::ReferenceNotFound;
    for reference in ["order-9", "with-instance"] {
        let uri = format!("/operation/{reference}");
        let en = send("GET", &uri, None).await;
        let nb = send("GET", &uri, Some(b"nb")).await;
        assert_eq!((en.status, nb.status), (404, 404));
        assert_eq!((language(&en), language(&nb)), ("en", "nb"));
        assert!(varies(&nb));
        assert_eq!(en.body["title"], kind.title());
        assert_eq!(nb.body["title"], kind.title_in("nb"));
        assert_eq!(
            nb.body["detail"],
            format!("Referansen {reference} finnes ikke for MSN 123456")
        );
        same_but_texts(&en.body, &nb.body);
        let bytes = serde_json::to_vec(&nb.body).unwrap();
        let classified = errors_core::classify::classify::<Problem>(404, &nb.headers, &bytes);
        assert_eq!(classified.kind(), Some(kind));
        assert_eq!(classified.locale(), Some("nb"));
    }
    let with_instance = send("GET", "/operation/with-instance", Some(b"nb")).await;
    assert_eq!(with_instance.body["instance"], "urn:occurrence:1");
}

#[tokio::test]
async fn the_layer_writes_its_own_problems_in_the_negotiated_locale() {
    // No route: the platform's 404 entry, its own texts.
    let en = send("GET", "/nowhere", None).await;
    let nb = send("GET", "/nowhere", Some(b"nb")).await;
    let kind = ProblemType::NotFound;
    assert_eq!(nb.status, 404);
    assert_eq!(language(&nb), "nb");
    assert!(varies(&nb));
    assert_eq!(nb.body["title"], kind.title_in("nb"));
    assert_eq!(nb.body["detail"], kind.detail_template_in("nb"));
    assert_ne!(nb.body["title"], en.body["title"]);
    same_but_texts(&en.body, &nb.body);

    // axum's rejection: the entry's title in Norwegian, axum's own text as `detail`.
    let nb = send("GET", "/count/abc", Some(b"da;q=0.9, nb;q=0.8")).await;
    assert_eq!(nb.status, 400);
    assert_eq!(language(&nb), "nb");
    assert_eq!(
        nb.body["title"],
        ProblemType::ValidationError.title_in("nb")
    );
    assert!(nb.body["detail"].as_str().unwrap().contains("abc"));

    // A panic: the 500 entry in Norwegian, nothing of the panic sent.
    let nb = send("GET", "/panic", Some(b"nb")).await;
    assert_eq!(nb.status, 500);
    assert_eq!(language(&nb), "nb");
    let kind = ProblemType::InternalServerError;
    assert_eq!(nb.body["title"], kind.title_in("nb"));
    assert_eq!(nb.body["type"], kind.type_uri());
}

#[tokio::test]
async fn a_plain_problem_has_no_other_locale() {
    // 405 has no entry: a plain problem (the reason phrase), sent as it is.
    let answer = send("POST", "/count/1", Some(b"nb")).await;
    assert_eq!(answer.status, 405);
    assert_eq!(language(&answer), "en");
    assert!(!varies(&answer));
    assert_eq!(answer.body["title"], "Method Not Allowed");
}

#[tokio::test]
async fn bad_accept_language_headers_get_the_source_locale() {
    let enormous = format!("{}nb", "fi-FI;q=0.5, ".repeat(200));
    let cases: [&[u8]; 6] = [
        b"fi, sv;q=0.8, de;q=0.1",
        b";;;,,,q=",
        b"nb;q=NaN",
        b"\xc3\x28nb",
        b"*;q=0, nb;q=0",
        enormous.as_bytes(),
    ];
    for accept in cases {
        let answer = send("GET", "/payments/order-9", Some(accept)).await;
        assert_eq!(answer.status, 404);
        assert_eq!(
            language(&answer),
            "en",
            "{:?}",
            String::from_utf8_lossy(accept)
        );
        assert_eq!(answer.body["title"], ProblemType::ReferenceNotFound.title());
        let answer = send("GET", "/nowhere", Some(accept)).await;
        assert_eq!(language(&answer), "en");
        assert_eq!(answer.body["title"], ProblemType::NotFound.title());
    }
}

#[tokio::test]
async fn the_example_servers_handlers_answer_in_the_negotiated_locale() {
    let app = epayment_sim::router_with(Default::default(), Default::default());
    let get = |accept: Option<&'static str>| {
        let mut request = Request::get("/epayment/v1/payments/order-404")
            .header("merchant-serial-number", "123456");
        if let Some(accept) = accept {
            request = request.header(header::ACCEPT_LANGUAGE, accept);
        }
        app.clone().oneshot(request.body(Body::empty()).unwrap())
    };
    let nb = get(Some("nb-NO")).await.unwrap();
    let en = get(None).await.unwrap();
    assert_eq!((nb.status().as_u16(), en.status().as_u16()), (404, 404));
    assert_eq!(nb.headers()[header::CONTENT_LANGUAGE], "nb");
    assert_eq!(en.headers()[header::CONTENT_LANGUAGE], "en");
    let body = |response: axum::response::Response| async {
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        serde_json::from_slice::<Value>(&bytes).unwrap()
    };
    let (nb, en) = (body(nb).await, body(en).await);
    assert_eq!(
        nb["detail"],
        "Referansen order-404 finnes ikke for MSN 123456"
    );
    assert_eq!(en["title"], ProblemType::ReferenceNotFound.title());
    same_but_texts(&en, &nb);
}

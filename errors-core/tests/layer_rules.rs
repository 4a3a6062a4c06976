//! The problem layer's rules: problems pass through byte for byte, panics become 500s that
//! say nothing of the panic, a 5xx's detail is masked unless it is an entry's own template,
//! headers that matter are kept, and any tower service over `http` can be wrapped.
#![cfg(all(feature = "tower", feature = "axum"))]

use std::convert::Infallible;

use crate::layer_support::{app, get_request, send, shop::Problem, SECRET};
use axum::body::Body;
use bytes::Bytes;
use errors_core::respond::{ErrorKind, ProblemLayer, ProblemMapping};
use errors_core::ProblemResponse;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Full};
use tower::{Layer, ServiceExt};

fn shop_mapping() -> ProblemMapping {
    ProblemMapping::new().status(500, Problem::InternalError)
}

#[tokio::test]
async fn problems_and_successes_pass_through_byte_for_byte() {
    for uri in ["/problem", "/odd-problem", "/ok"] {
        let bare = send(app(tower::layer::util::Identity::new()), get_request(uri)).await;
        let through = send(app(ProblemLayer::new(shop_mapping())), get_request(uri)).await;
        assert_eq!(through.status, bare.status, "{uri}");
        assert_eq!(through.headers, bare.headers, "{uri}");
        assert_eq!(through.bytes, bare.bytes, "{uri}");
    }
    let odd = send(app(ProblemLayer::default()), get_request("/odd-problem")).await;
    assert_eq!(odd.text(), "not even JSON, sent as it is");
}

#[tokio::test]
async fn a_panic_is_a_500_that_says_nothing_of_the_panic() {
    let plain = send(app(ProblemLayer::default()), get_request("/panic")).await;
    plain.assert_plain_problem(500);
    assert_eq!(plain.json().get("detail"), None);
    // A catalogue entry sends its own template, never the panic's text.
    let entry = send(
        app(ProblemLayer::new(shop_mapping())),
        get_request("/panic"),
    )
    .await;
    assert_eq!(entry.status, 500);
    assert_eq!(
        entry.json(),
        serde_json::to_value(Problem::InternalError).unwrap()
    );
    for sent in [&plain, &entry] {
        assert!(!sent.text().contains("hunter2") && !sent.text().contains("handler failed"));
    }
}

#[tokio::test]
async fn a_5xx_never_sends_its_text_even_when_the_mapping_asks_for_it() {
    let mapping = ProblemMapping::new()
        .detail_from_body(ErrorKind::Other)
        .status_with(503, |failure| {
            assert_eq!(failure.client_text(), None, "a 5xx's text is for logs only");
            errors_core::ProblemDetails {
                title: Some("Busy".into()),
                status: Some(503),
                detail: Some("a detail of the mapping's own".into()),
                ..Default::default()
            }
        });
    let sent = send(app(ProblemLayer::new(mapping)), get_request("/upstream")).await;
    assert_eq!(sent.status, 503);
    assert_eq!(sent.headers["content-type"], "application/problem+json");
    assert_eq!(
        sent.json(),
        serde_json::json!({"title": "Busy", "status": 503})
    );
    assert!(!sent.text().contains("hunter2"));
    // Headers of the original that matter are kept; those of its body are not.
    assert_eq!(sent.headers["retry-after"], "120");
    assert_eq!(sent.headers["cache-control"], "no-store");
    assert_eq!(sent.headers.get_all("content-type").iter().count(), 1);
}

#[tokio::test]
async fn a_4xx_text_becomes_the_detail_only_where_the_mapping_says() {
    let silent = send(app(ProblemLayer::default()), get_request("/teapot")).await;
    silent.assert_plain_problem(418);
    assert_eq!(silent.json().get("detail"), None);
    let mapping = ProblemMapping::new().detail_from_body(ErrorKind::Other);
    let told = send(app(ProblemLayer::new(mapping)), get_request("/teapot")).await;
    assert_eq!(told.json()["detail"], "short and stout");
}

#[tokio::test]
async fn a_mapping_that_panics_still_gets_a_problem_out() {
    let mapping = ProblemMapping::new().kind_with(ErrorKind::NotFound, |_| -> Problem {
        panic!("mapping bug")
    });
    let sent = send(app(ProblemLayer::new(mapping)), get_request("/nowhere")).await;
    sent.assert_plain_problem(404);
}

#[tokio::test]
async fn any_tower_service_over_http_is_wrapped() {
    // Not axum: a bare service with its own body type.
    let service = tower::service_fn(|request: Request<()>| async move {
        let status = match request.uri().path() {
            "/gone" => StatusCode::GONE,
            _ => StatusCode::OK,
        };
        let mut response = Response::new(Full::new(Bytes::from_static(b"plain words")));
        *response.status_mut() = status;
        Ok::<_, Infallible>(response)
    });
    let service = ProblemLayer::default().layer(service);
    let gone = service
        .clone()
        .oneshot(Request::get("/gone").body(()).unwrap())
        .await
        .unwrap();
    assert_eq!(gone.status(), 410);
    assert_eq!(gone.headers()["content-type"], "application/problem+json");
    let body = gone.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(&body[..], br#"{"title":"Gone","status":410}"#);
    let ok = service
        .oneshot(Request::get("/").body(()).unwrap())
        .await
        .unwrap();
    let body = ok.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(&body[..], b"plain words");
}

#[tokio::test]
async fn a_service_that_panics_when_called_is_a_500_problem() {
    let service = tower::service_fn(
        |_: Request<Body>| -> std::future::Ready<Result<Response<Body>, Infallible>> {
            panic!("{SECRET}")
        },
    );
    let layered = ProblemLayer::new(shop_mapping()).layer(service);
    let response = layered.oneshot(get_request("/")).await.unwrap();
    assert_eq!(response.status(), 500);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&body);
    assert!(!text.contains("hunter2"), "{text}");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&body).unwrap()["type"],
        Problem::InternalError.type_uri()
    );
}

#[tokio::test]
async fn handler_problems_keep_their_own_status_and_headers() {
    let throttled = tower::service_fn(|_: Request<Body>| async {
        let response = ProblemResponse::new(Problem::TooManyRequests)
            .with_retry_after(std::time::Duration::from_secs(9))
            .to_http::<Body>();
        Ok::<_, Infallible>(response)
    });
    let response = ProblemLayer::default()
        .layer(throttled)
        .oneshot(get_request("/"))
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "9");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let expected = ProblemResponse::new(Problem::TooManyRequests).to_json();
    assert_eq!(&body[..], &expected[..]);
}

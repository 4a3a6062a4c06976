//! OpenTelemetry with the real SDK and its in-memory exporters: requests through the tower
//! layer (axum) and the actix middleware, then the exported spans' `error.type` and
//! `problem.type` and the points of the counter of problems sent. Its own test binary: the
//! counter is process-wide, and no other test may send problems meanwhile.

use std::collections::BTreeMap;

use actix_web::test::{init_service, TestRequest};
use actix_web::{web, App, HttpResponse};
use axum::routing::get;
use errors_core::respond::telemetry::{
    count_problems_with, ERROR_TYPE, PROBLEMS_SENT, PROBLEM_TYPE,
};
use errors_core::respond::{ProblemLayer, ProblemMapping, ProblemMiddleware};
use opentelemetry::context::FutureExt;
use opentelemetry::metrics::MeterProvider;
use opentelemetry::trace::{TraceContextExt, Tracer, TracerProvider};
use opentelemetry::{Context, Value};
use opentelemetry_sdk::metrics::data::{AggregatedMetrics, MetricData};
use opentelemetry_sdk::metrics::{InMemoryMetricExporter, PeriodicReader, SdkMeterProvider};
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider};
use tower::ServiceExt;

mod shop {
    errors_macros::catalog!("tests/fixtures/shop.yaml");
}
use shop::Problem;

fn not_found() -> Problem {
    Problem::ReferenceNotFound {
        reference: "order-1".into(),
        msn: "123456".into(),
    }
}

fn mapping() -> ProblemMapping {
    ProblemMapping::new().status(500, Problem::InternalError)
}

fn type_of(problem: &Problem) -> String {
    errors_core::ToProblem::to_problem_details(problem)
        .type_uri
        .unwrap()
}

async fn panics() -> &'static str {
    panic!("a bug")
}

/// The same problem as the operation's enum, as a handler of that operation answers.
fn not_found_of_the_operation() -> errors_core::ProblemResponse<shop::GetOrderError> {
    errors_core::ProblemResponse::new(shop::GetOrderError::from_problem(not_found()))
}

/// `(span name, path)`: each request runs in a span of its own name.
const REQUESTS: [(&str, &str); 5] = [
    ("entry", "/entry"),
    ("operation", "/operation"),
    ("plain", "/nowhere"),
    ("panic", "/panic"),
    ("success", "/ok"),
];

/// Send each request through the axum router behind the problem layer, in its span.
async fn through_axum(tracer: &opentelemetry_sdk::trace::SdkTracer) {
    let app = axum::Router::new()
        .route("/entry", get(|| async { not_found() }))
        .route("/operation", get(|| async { not_found_of_the_operation() }))
        .route("/panic", get(panics))
        .route("/ok", get(|| async { "fine" }))
        .layer(ProblemLayer::new(mapping()));
    for (name, path) in REQUESTS {
        let cx = Context::current_with_span(tracer.start(format!("axum {name}")));
        let request = http::Request::get(path)
            .body(axum::body::Body::empty())
            .unwrap();
        let response = app.clone().oneshot(request).with_context(cx.clone()).await;
        let body = axum::body::to_bytes(response.unwrap().into_body(), 4096).await;
        assert!(body.is_ok());
        cx.span().end();
    }
}

/// The same requests through an actix app behind the problem middleware.
async fn through_actix(tracer: &opentelemetry_sdk::trace::SdkTracer) {
    let app = init_service(
        App::new()
            .wrap(ProblemMiddleware::new(mapping()))
            .route(
                "/entry",
                web::get().to(|| async { Err::<HttpResponse, _>(not_found()) }),
            )
            .route(
                "/operation",
                web::get().to(|| async { not_found_of_the_operation() }),
            )
            .route("/panic", web::get().to(panics))
            .route("/ok", web::get().to(|| async { "fine" })),
    )
    .await;
    for (name, path) in REQUESTS {
        let cx = Context::current_with_span(tracer.start(format!("actix {name}")));
        let request = TestRequest::get().uri(path).to_request();
        let answered = actix_web::test::try_call_service(&app, request)
            .with_context(cx.clone())
            .await;
        // A panic leaves the middleware as an error actix answers with its problem.
        if let Err(error) = answered {
            assert_eq!(error.as_response_error().status_code(), 500);
        }
        cx.span().end();
    }
}

/// Each exported span's `error.type` and `problem.type`, by span name.
fn span_attributes(
    exporter: &InMemorySpanExporter,
) -> BTreeMap<String, (Option<String>, Option<String>)> {
    let spans = exporter.get_finished_spans().unwrap();
    spans
        .iter()
        .map(|span| {
            let find = |key: &str| {
                span.attributes
                    .iter()
                    .find(|kv| kv.key.as_str() == key)
                    .map(|kv| kv.value.to_string())
            };
            (
                span.name.to_string(),
                (find(ERROR_TYPE), find(PROBLEM_TYPE)),
            )
        })
        .collect()
}

/// The counter's points: `(error.type, status) → count`.
fn counted(exporter: &InMemoryMetricExporter) -> BTreeMap<(String, i64), u64> {
    let mut points = BTreeMap::new();
    for resource in exporter.get_finished_metrics().unwrap() {
        for scope in resource.scope_metrics() {
            for metric in scope.metrics().filter(|m| m.name() == PROBLEMS_SENT) {
                assert_eq!(metric.unit(), "{problem}");
                let AggregatedMetrics::U64(MetricData::Sum(sum)) = metric.data() else {
                    panic!("{PROBLEMS_SENT} is a u64 sum");
                };
                for point in sum.data_points() {
                    let mut id = None;
                    let mut status = None;
                    for kv in point.attributes() {
                        match (kv.key.as_str(), &kv.value) {
                            (ERROR_TYPE, value) => id = Some(value.to_string()),
                            ("http.response.status_code", Value::I64(code)) => status = Some(*code),
                            (other, _) => panic!("an attribute that is not bounded: {other}"),
                        }
                    }
                    points.insert((id.unwrap(), status.unwrap()), point.value());
                }
            }
        }
    }
    points
}

#[test]
fn problems_set_the_span_s_error_type_and_are_counted_by_entry_and_status() {
    let spans = InMemorySpanExporter::default();
    let tracing = SdkTracerProvider::builder()
        .with_simple_exporter(spans.clone())
        .build();
    let tracer = tracing.tracer("telemetry-test");
    let metrics = InMemoryMetricExporter::default();
    let meters = SdkMeterProvider::builder()
        .with_reader(PeriodicReader::builder(metrics.clone()).build())
        .build();
    count_problems_with(&meters.meter("telemetry-test"));

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(through_axum(&tracer));
    actix_web::rt::System::new().block_on(through_actix(&tracer));
    tracing.force_flush().unwrap();
    meters.force_flush().unwrap();

    let seen = span_attributes(&spans);
    let entry = (
        Some("reference_not_found".to_owned()),
        Some(type_of(&not_found())),
    );
    let internal = (
        Some("internal_error".to_owned()),
        Some(type_of(&Problem::InternalError)),
    );
    let plain = (Some("_OTHER".to_owned()), Some("about:blank".to_owned()));
    for server in ["axum", "actix"] {
        assert_eq!(seen[&format!("{server} entry")], entry, "{server}");
        assert_eq!(seen[&format!("{server} operation")], entry, "{server}");
        assert_eq!(seen[&format!("{server} plain")], plain, "{server}");
        assert_eq!(seen[&format!("{server} panic")], internal, "{server}");
        assert_eq!(seen[&format!("{server} success")], (None, None), "{server}");
    }

    // Both servers: each problem once (the entry twice, as itself and as the operation's),
    // by entry and status; a success is not counted.
    let expected = BTreeMap::from([
        (("reference_not_found".to_owned(), 404), 4),
        (("_OTHER".to_owned(), 404), 2),
        (("internal_error".to_owned(), 500), 2),
    ]);
    assert_eq!(counted(&metrics), expected);
}

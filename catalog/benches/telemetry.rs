//! The cost of the `opentelemetry` feature per problem response: one traced request, as an
//! OpenTelemetry middleware makes it (an SDK span started and made current, then ended),
//! answering with the `reference_not_found` problem through `ProblemResponse::to_http`. The
//! same bench is built with and without the feature by `catalog/benches/telemetry.sh`, which
//! runs the two in turns and gives the ratio; with the feature, the problem's `error.type` and
//! `problem.type` go on the span and it counts on an SDK meter with an in-memory exporter.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use opentelemetry::trace::{mark_span_as_active, Tracer, TracerProvider as _};
use opentelemetry_sdk::trace::SdkTracerProvider;
use vipps_problems::errors_core::ProblemResponse;
use vipps_problems::Problem;

fn traced_problem(c: &mut Criterion) {
    // Spans are sampled and recorded; with no exporter, an ended span is dropped.
    let tracing = SdkTracerProvider::builder().build();
    let tracer = tracing.tracer("bench");
    #[cfg(feature = "opentelemetry")]
    let _meters = count_on_sdk_meter();
    let problem = Problem::ReferenceNotFound {
        reference: "acme-shop-123-order123abc".into(),
        msn: "123456".into(),
    };
    c.bench_function("problem_response/traced", |b| {
        b.iter(|| {
            let _request =
                mark_span_as_active(tracer.start("GET /epayment/v1/payments/{reference}"));
            let response: http::Response<Vec<u8>> =
                ProblemResponse::new(black_box(problem.clone())).to_http();
            black_box(response)
        })
    });
}

/// The counter of problems sent, on an SDK meter that aggregates in memory.
#[cfg(feature = "opentelemetry")]
fn count_on_sdk_meter() -> opentelemetry_sdk::metrics::SdkMeterProvider {
    use opentelemetry::metrics::MeterProvider as _;
    use opentelemetry_sdk::metrics::{InMemoryMetricExporter, PeriodicReader, SdkMeterProvider};

    let exporter = InMemoryMetricExporter::default();
    let meters = SdkMeterProvider::builder()
        .with_reader(PeriodicReader::builder(exporter).build())
        .build();
    vipps_problems::errors_core::respond::telemetry::count_problems_with(&meters.meter("bench"));
    meters
}

criterion_group!(benches, traced_problem);
criterion_main!(benches);

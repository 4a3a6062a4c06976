//! OpenTelemetry for every problem a server sends (feature `opentelemetry`): the current
//! span says which catalogue entry answered the request, and a counter counts problems by
//! entry and status.
//!
//! Recorded where every problem response is finished ([`ProblemResponse::to_http`], so the
//! axum `IntoResponse`, the tower layer, the actix responder, error and middleware alike):
//!
//! - on the span of the current OpenTelemetry context (`Context::current()`), when it is
//!   recording: [`ERROR_TYPE`] (`error.type`) is the entry id (`reference_not_found`), or
//!   [`OTHER`] (`_OTHER`) for a problem that is no catalogue entry, and [`PROBLEM_TYPE`]
//!   (`problem.type`) is the type URI (`about:blank` for a plain problem);
//! - one count on the `Counter<u64>` [`PROBLEMS_SENT`] (`http.server.problems`, unit
//!   `{problem}`), with the attributes `error.type` and `http.response.status_code` only:
//!   both are bounded by the catalogue, so no detail, no instance and no type URI of an
//!   uncatalogued problem can grow the number of series.
//!
//! The counter comes from the meter given to [`count_problems_with`]; without one, from
//! `opentelemetry::global::meter("errors-core")` at the first problem sent, so install the
//! global meter provider before serving. The span is the one an OpenTelemetry middleware
//! made current for the request (the context is attached to the request's future); with
//! `tracing-opentelemetry`, whose spans are not the OpenTelemetry context, nothing is set.
//!
//! On the client side, a classified response gives the same value for the caller's span:
//! `classified.kind().map_or("_OTHER", |kind| kind.info().id())`, and for `problem.type`
//! the entry's type URI, `kind.info().type_uri()`, else the received `classified.type_uri()`.
//!
//! ```
//! use errors_core::respond::telemetry::count_problems_with;
//! use errors_core::{ProblemDetails, ProblemResponse};
//! use opentelemetry::metrics::MeterProvider as _;
//! use opentelemetry::trace::{Tracer, TracerProvider as _};
//! use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider};
//!
//! // At start-up: the meter of your provider (with its exporter).
//! let meters = opentelemetry_sdk::metrics::SdkMeterProvider::default();
//! count_problems_with(&meters.meter("shop"));
//!
//! let spans = InMemorySpanExporter::default();
//! let tracing = SdkTracerProvider::builder().with_simple_exporter(spans.clone()).build();
//! tracing.tracer("shop").in_span("GET /orders/7", |_| {
//!     // A problem sent while the request's span is current: here a plain 404.
//!     let _: http::Response<Vec<u8>> = ProblemResponse::new(ProblemDetails::plain(404)).to_http();
//! });
//! let span = &spans.get_finished_spans().unwrap()[0];
//! let error_type = span.attributes.iter().find(|kv| kv.key.as_str() == "error.type");
//! assert_eq!(error_type.unwrap().value.as_str(), "_OTHER");
//! ```
//!
//! [`ProblemResponse::to_http`]: crate::ProblemResponse::to_http

use std::sync::RwLock;

use opentelemetry::metrics::{Counter, Meter};
use opentelemetry::trace::get_active_span;
use opentelemetry::KeyValue;

use super::response::ProblemResponse;
use crate::catalog::to_problem::ToProblem;

/// The span and counter attribute naming the catalogue entry: OpenTelemetry's `error.type`.
pub const ERROR_TYPE: &str = "error.type";

/// The span attribute with the problem's type URI, RFC 9457's identifier of the problem
/// type: the domain's own identifier beside `error.type`.
pub const PROBLEM_TYPE: &str = "problem.type";

/// `error.type` of a problem that is no catalogue entry, as OpenTelemetry names a value
/// outside the known set.
pub const OTHER: &str = "_OTHER";

/// The name of the counter of problems sent.
pub const PROBLEMS_SENT: &str = "http.server.problems";

/// The counter attribute with the HTTP status, OpenTelemetry's name for it.
const STATUS_CODE: &str = "http.response.status_code";

/// The counter of problems sent; made from the global meter at the first problem unless
/// [`count_problems_with`] gave one.
static COUNTER: RwLock<Option<Counter<u64>>> = RwLock::new(None);

/// Count the problems sent with `meter` (replacing the counter of an earlier call, or the
/// global meter's). Call it once at start-up, with the meter of your own provider.
pub fn count_problems_with(meter: &Meter) {
    let counter = problems_counter(meter);
    *COUNTER.write().unwrap_or_else(|e| e.into_inner()) = Some(counter);
}

fn problems_counter(meter: &Meter) -> Counter<u64> {
    meter
        .u64_counter(PROBLEMS_SENT)
        .with_unit("{problem}")
        .with_description("Problem details responses sent, by catalogue entry and HTTP status.")
        .build()
}

/// Record `response` on the current span and the counter.
pub(crate) fn record<P: ToProblem>(response: &ProblemResponse<P>) {
    let info = response.problem().type_info();
    let id = info.map_or(OTHER, |info| info.id());
    get_active_span(|span| {
        if span.is_recording() {
            // A catalogue entry's type URI is static; only another problem's body is built.
            let type_uri = match info {
                Some(info) => KeyValue::new(PROBLEM_TYPE, info.type_uri()),
                None => KeyValue::new(PROBLEM_TYPE, response.body().type_or_blank().to_owned()),
            };
            span.set_attribute(KeyValue::new(ERROR_TYPE, id));
            span.set_attribute(type_uri);
        }
    });
    let attributes = [
        KeyValue::new(ERROR_TYPE, id),
        KeyValue::new(STATUS_CODE, i64::from(response.status().as_u16())),
    ];
    // A poisoned lock only lost a counter being set: keep counting.
    if let Some(counter) = &*COUNTER.read().unwrap_or_else(|e| e.into_inner()) {
        counter.add(1, &attributes);
        return;
    }
    let counter = problems_counter(&opentelemetry::global::meter("errors-core"));
    counter.add(1, &attributes);
    let mut slot = COUNTER.write().unwrap_or_else(|e| e.into_inner());
    slot.get_or_insert(counter);
}

//! Feature `tracing`: each problem a server sends is one event, with its type URI, entry id,
//! status and instance, at `ERROR` for a 5xx and `INFO` otherwise; the source is logged and
//! never sent. Captured with a small subscriber of our own.
#![cfg(all(feature = "tower", feature = "tracing", feature = "axum"))]

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use crate::layer_support::{app, get_request, send, shop::Problem, SECRET};
use axum::response::IntoResponse;
use errors_core::respond::{ProblemLayer, ProblemMapping};
use errors_core::ProblemResponse;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// One event: its level and fields, every value as text.
#[derive(Clone, Debug)]
struct Captured {
    level: Level,
    fields: BTreeMap<String, String>,
}

/// Keeps the events of the target `errors_core::problem`.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

impl Capture {
    fn take(&self) -> Vec<Captured> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl Subscriber for Capture {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target() == "errors_core::problem"
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        let level = *event.metadata().level();
        self.0.lock().unwrap().push(Captured { level, fields });
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

/// Run `test` on a current-thread runtime with `capture` as the subscriber.
fn with_capture<F: std::future::Future<Output = ()>>(capture: &Capture, test: F) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    tracing::subscriber::with_default(capture.clone(), || runtime.block_on(test));
}

#[test]
fn a_problem_response_is_one_event_with_its_source_logged_and_not_sent() {
    let capture = Capture::default();
    with_capture(&capture, async {
        let response = ProblemResponse::new(Problem::InternalError)
            .with_instance("urn:test:500")
            .with_source(std::io::Error::other(SECRET))
            .into_response();
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        assert!(!String::from_utf8_lossy(&body).contains("hunter2"));

        let _ = ProblemResponse::new(Problem::AmountTooSmall).to_http::<Vec<u8>>();
    });
    let events = capture.take();
    assert_eq!(events.len(), 2, "{events:?}");
    let (server, client) = (&events[0], &events[1]);
    assert_eq!(server.level, Level::ERROR);
    assert_eq!(server.fields["status"], "500");
    assert_eq!(server.fields["type"], Problem::InternalError.type_uri());
    assert_eq!(server.fields["id"], "internal_error");
    assert_eq!(server.fields["instance"], "urn:test:500");
    assert!(server.fields["source"].contains("hunter2"), "{server:?}");
    assert_eq!(client.level, Level::INFO);
    assert_eq!(client.fields["id"], "amount_too_small");
    assert!(!client.fields.contains_key("source") && !client.fields.contains_key("instance"));
}

#[test]
fn the_layer_logs_each_problem_it_writes_once_and_not_those_that_pass() {
    let capture = Capture::default();
    let mapping = ProblemMapping::new().status(500, Problem::InternalError);
    with_capture(&capture, async {
        let panic = send(
            app(ProblemLayer::new(mapping.clone())),
            get_request("/panic"),
        )
        .await;
        assert!(!panic.text().contains("hunter2"));
        send(app(ProblemLayer::default()), get_request("/nowhere")).await;
        send(app(ProblemLayer::default()), get_request("/upstream")).await;
        // Already a problem: the handler's own event only.
        send(app(ProblemLayer::default()), get_request("/problem")).await;
        send(app(ProblemLayer::default()), get_request("/ok")).await;
    });
    let events = capture.take();
    assert_eq!(events.len(), 4, "{events:#?}");

    let panic = &events[0];
    assert_eq!(panic.level, Level::ERROR);
    assert_eq!(panic.fields["kind"], "panic");
    assert_eq!(panic.fields["id"], "internal_error");
    assert!(
        panic.fields["source"].contains("handler failed"),
        "{panic:?}"
    );

    let not_found = &events[1];
    assert_eq!(not_found.level, Level::INFO);
    assert_eq!(not_found.fields["status"], "404");
    assert_eq!(not_found.fields["type"], "about:blank");
    assert_eq!(not_found.fields["kind"], "not_found");
    assert!(!not_found.fields.contains_key("id"));

    let upstream = &events[2];
    assert_eq!(upstream.level, Level::ERROR);
    assert!(
        upstream.fields["source"].contains("hunter2"),
        "{upstream:?}"
    );

    let passed = &events[3];
    assert_eq!(passed.fields["id"], "payment_state_conflict");
    assert_eq!(passed.fields["instance"], "urn:test:1");
    assert!(!passed.fields.contains_key("kind"));
}

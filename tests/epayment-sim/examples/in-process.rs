//! The load benchmark's two routes called in-process, for counting instructions
//! (`catalog/benches/instructions.sh` runs it under callgrind): the bench server's app
//! (`bench-server.rs`: rate limit lifted, test-only routes on) called `COUNT` times on one
//! route, with no socket, no HTTP parser and no kernel. With axum (the default), as
//! `axum::serve` calls it for each request (a clone of the router, one request, the whole
//! body read); with actix-web, through actix's own test service, one request and its whole
//! body each time.
//!
//!   cargo run --release -p epayment-sim --example in-process -- problem|plain COUNT [axum|actix]

use std::process::ExitCode;

use axum::body::Body;
use axum::http::Request;
use epayment_sim::MSN_HEADER;
use tower::ServiceExt;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (route, count) = (args.next(), args.next().and_then(|n| n.parse::<u32>().ok()));
    let server = args.next();
    let path = match route.as_deref() {
        Some("problem") => "/epayment/v1/payments/order-unknown",
        Some("plain") => "/epayment/v1/test/plain/payments/order-unknown",
        _ => return usage(),
    };
    let Some(count) = count else {
        return usage();
    };
    let bytes = match server.as_deref() {
        None | Some("axum") => axum_calls(path, count),
        Some("actix") => actix_calls(path, count),
        Some(_) => return usage(),
    };
    println!("{count} requests, {bytes} bytes of body");
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: in-process problem|plain COUNT [axum|actix]");
    ExitCode::FAILURE
}

/// `count` requests to `path` through the axum router; the bytes of body read.
fn axum_calls(path: &str, count: u32) -> usize {
    let (config, faults) = epayment_sim::bench_setup();
    let router = epayment_sim::router_with(config, faults);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(async {
        let mut bytes = 0;
        for _ in 0..count {
            let request = Request::get(path)
                .header(MSN_HEADER, "123456")
                .body(Body::empty())
                .expect("a valid request");
            let response = router.clone().oneshot(request).await.expect("infallible");
            // Both routes answer the unknown reference with a 404.
            assert_eq!(response.status(), 404);
            let body = axum::body::to_bytes(response.into_body(), 4096).await;
            bytes += body.expect("a short body").len();
        }
        bytes
    })
}

/// `count` requests to `path` through the actix app; the bytes of body read.
fn actix_calls(path: &str, count: u32) -> usize {
    use actix_web::test;
    let (config, faults) = epayment_sim::bench_setup();
    actix_web::rt::System::new().block_on(async {
        let state = epayment_sim::actix_state(config);
        let app = test::init_service(epayment_sim::actix_app(state, faults)).await;
        let mut bytes = 0;
        for _ in 0..count {
            let request = test::TestRequest::get()
                .uri(path)
                .insert_header((MSN_HEADER, "123456"))
                .to_request();
            let response = test::call_service(&app, request).await;
            assert_eq!(response.status(), 404);
            bytes += test::read_body(response).await.len();
        }
        bytes
    })
}

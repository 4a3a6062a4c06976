//! The load benchmark's two routes called in-process, for counting instructions
//! (`catalog/benches/instructions.sh` runs it under callgrind): the bench server's router
//! (`bench-server.rs`: rate limit lifted, test-only routes on) called `COUNT` times on one
//! route, as `axum::serve` calls it for each request (a clone of the router, one request, the
//! whole body read), with no socket, no hyper and no kernel.
//!
//!   cargo run --release -p epayment-sim --example in-process -- problem|plain COUNT

use axum::body::Body;
use axum::http::Request;
use epayment_sim::MSN_HEADER;
use std::process::ExitCode;
use tower::ServiceExt;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (route, count) = (args.next(), args.next().and_then(|n| n.parse::<u32>().ok()));
    let (path, count) = match (route.as_deref(), count) {
        (Some("problem"), Some(count)) => ("/epayment/v1/payments/order-unknown", count),
        (Some("plain"), Some(count)) => ("/epayment/v1/test/plain/payments/order-unknown", count),
        _ => {
            eprintln!("usage: in-process problem|plain COUNT");
            return ExitCode::FAILURE;
        }
    };
    let (config, faults) = epayment_sim::bench_setup();
    let router = epayment_sim::router_with(config, faults);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime");
    let bytes = runtime.block_on(async {
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
    });
    println!("{count} requests, {bytes} bytes of body");
    ExitCode::SUCCESS
}

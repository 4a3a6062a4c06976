//! A runnable, in-memory simulation of the Vipps MobilePay ePayment API whose every error is
//! a catalogue problem, sent as `application/problem+json`.
//!
//! ```text
//! cargo run -p vipps-problems --example epayment-server --features axum,tower,validation
//! PORT=9000 cargo run -p vipps-problems --example epayment-server --features axum,tower,validation
//! ```
//!
//! It listens on 127.0.0.1 only. Every request names its merchant with the
//! `Merchant-Serial-Number` header; changes also need an `Idempotency-Key`:
//!
//! ```text
//! H='-H Merchant-Serial-Number:123456 -H Content-Type:application/json'
//! curl -i $H -H 'Idempotency-Key: k1' localhost:8080/epayment/v1/payments \
//!      -d '{"reference":"order-1001","amount":{"currency":"NOK","value":1000}}'
//! curl -i $H -X POST localhost:8080/epayment/v1/test/payments/order-1001/approve
//! curl -i $H -H 'Idempotency-Key: c1' localhost:8080/epayment/v1/payments/order-1001/capture \
//!      -d '{"modificationAmount":{"currency":"NOK","value":5000}}'   # capture amount too high
//! ```

use epayment_sim as epayment;

#[tokio::main]
async fn main() {
    let address = epayment::address_from_env().unwrap_or_else(|message| {
        eprintln!("error: {message}");
        std::process::exit(2);
    });
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("error: cannot listen on {address}: {err}");
            std::process::exit(1);
        }
    };
    match listener.local_addr() {
        Ok(bound) => println!("ePayment simulation listening on http://{bound}"),
        Err(_) => println!("ePayment simulation listening on http://{address}"),
    }
    let shutdown = async {
        // Without a signal handler, Ctrl-C still ends the process.
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(err) = epayment::serve(listener, epayment::Config::default(), shutdown).await {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
}

//! The in-memory simulation of the Vipps MobilePay ePayment API of `epayment-server`, served
//! with actix-web: the same routes, operations, rate limit, body limit and timeout, every
//! error a catalogue problem sent as `application/problem+json` (errors-core's actix
//! middleware, responder and validation extractors).
//!
//! ```text
//! cargo run -p vipps-problems --example epayment-server-actix --features actix,validation
//! PORT=9000 cargo run -p vipps-problems --example epayment-server-actix --features actix,validation
//! ```
//!
//! It listens on 127.0.0.1 only, and answers the requests of `epayment-server`'s
//! documentation alike.

use epayment_sim as epayment;

#[tokio::main]
async fn main() {
    let address = epayment::address_from_env().unwrap_or_else(|message| {
        eprintln!("error: {message}");
        std::process::exit(2);
    });
    let listener = match std::net::TcpListener::bind(address) {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("error: cannot listen on {address}: {err}");
            std::process::exit(1);
        }
    };
    match listener.local_addr() {
        Ok(bound) => println!("ePayment simulation (actix-web) listening on http://{bound}"),
        Err(_) => println!("ePayment simulation (actix-web) listening on http://{address}"),
    }
    let config = epayment::Config::default();
    let server = match epayment::serve_actix(listener, config, epayment::Faults::default()) {
        Ok(server) => server,
        Err(err) => {
            eprintln!("error: {err}");
            std::process::exit(1);
        }
    };
    let handle = server.handle();
    tokio::spawn(async move {
        // Without a signal handler, Ctrl-C still ends the process.
        let _ = tokio::signal::ctrl_c().await;
        handle.stop(true).await;
    });
    if let Err(err) = server.await {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
}

//! The ePayment simulation as the load benchmark (`catalog/benches/load.sh`) drives it: the
//! example server's routes with the rate limit lifted (every request still counted) and the
//! test-only routes on, the plain-text baseline among them, served by axum (the default) or
//! by actix-web (`bench-server actix`, the `epayment-server-actix` example's app). It listens
//! on an ephemeral 127.0.0.1 port, prints `listening on http://ADDRESS` and serves until it
//! is killed.

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let (config, faults) = epayment_sim::bench_setup();
    match std::env::args().nth(1).as_deref() {
        None | Some("axum") => {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            println!("listening on http://{}", listener.local_addr()?);
            epayment_sim::serve_with(listener, config, faults, std::future::pending()).await
        }
        Some("actix") => {
            let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
            println!("listening on http://{}", listener.local_addr()?);
            epayment_sim::serve_actix(listener, config, faults)?.await
        }
        Some(other) => {
            eprintln!("usage: bench-server [axum|actix], not `{other}`");
            std::process::exit(2);
        }
    }
}

//! The ePayment simulation as the load benchmark (`catalog/benches/load.sh`) drives it: the
//! example server's router with the rate limit lifted (every request still counted) and the
//! test-only routes on, the plain-text baseline among them. It listens on an ephemeral
//! 127.0.0.1 port, prints `listening on http://ADDRESS` and serves until it is killed.

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("listening on http://{}", listener.local_addr()?);
    let (config, faults) = epayment_sim::bench_setup();
    epayment_sim::serve_with(listener, config, faults, std::future::pending()).await
}

//! The simulation's tunables, limits and the headers it reads.

use std::time::Duration;

/// Identifies the merchant's sales unit; the rate limit counts per value.
pub const MSN_HEADER: &str = "merchant-serial-number";

/// Tunables of the simulation.
#[derive(Clone, Debug)]
pub struct Config {
    /// Requests each client (`Merchant-Serial-Number`) may send per window.
    pub rate_limit: u32,
    /// The rate limit's window.
    pub rate_window: Duration,
    /// How long an operation holds its payment, as a call to the card acquirer would; a
    /// second request for the same reference meanwhile gets "Order processing".
    pub processing_time: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            rate_limit: 100,
            rate_window: Duration::from_secs(10),
            processing_time: Duration::from_millis(20),
        }
    }
}

/// The largest request body read, in bytes; a larger one is a 413 problem.
pub const BODY_LIMIT: usize = 64 * 1024;

/// What a test may switch on or tighten; the example server uses the defaults.
#[derive(Clone, Debug)]
pub struct Faults {
    /// Serve `GET /epayment/v1/test/slow` (sleeps for `slow_for`) and
    /// `GET /epayment/v1/test/panic` (panics), to show what the problem layer makes of a
    /// timeout and a panic; and `GET /epayment/v1/test/plain/payments/{reference}`, the
    /// API's `GET` of a payment with plain-text errors, past the problem layer (the load
    /// benchmark's baseline).
    pub routes: bool,
    /// How long the slow route sleeps.
    pub slow_for: Duration,
    /// How long a request may take before it is answered with a 504 problem.
    pub timeout: Duration,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            routes: false,
            slow_for: Duration::from_secs(60),
            timeout: Duration::from_secs(30),
        }
    }
}

/// The load benchmark's setup (`catalog/benches/load.sh`, `instructions.sh`): the rate limit
/// lifted (every request still counted) and the test-only routes on, the plain-text
/// baseline among them.
pub fn bench_setup() -> (Config, Faults) {
    let config = Config {
        rate_limit: u32::MAX,
        rate_window: Duration::from_secs(3600),
        ..Config::default()
    };
    let faults = Faults {
        routes: true,
        ..Faults::default()
    };
    (config, faults)
}

/// The address an example server listens on: 127.0.0.1, port `PORT` (8080 when unset); an
/// error names a `PORT` that is no port number.
pub fn address_from_env() -> Result<std::net::SocketAddr, String> {
    let port = match std::env::var("PORT") {
        Err(_) => 8080,
        Ok(text) => text
            .parse::<u16>()
            .map_err(|_| format!("PORT must be a port number (0-65535), not `{text}`"))?,
    };
    Ok(std::net::SocketAddr::from((
        std::net::Ipv4Addr::LOCALHOST,
        port,
    )))
}

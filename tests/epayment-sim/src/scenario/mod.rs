//! A scripted run against the simulation (feature `scenario`): many concurrent payment
//! creations and partial captures under a low rate limit and "Order processing", sent
//! through one of errors-core's retry adapters, and what the server saw of it.
//!
//! The server side records every request (its call, `Idempotency-Key`, time, answer and
//! `Retry-After`) and loses the first answer of every capture after doing it (a 503, as a
//! gateway that dropped the answer would send): a retry with another key would capture
//! twice. Each payment also meets two requests that must be fixed: a capture in an unknown
//! currency and, once captured in full, a capture of one more unit. The [`Report`] is what
//! the recording and a read-back of every payment say.

mod clients;
mod record;
mod report;
mod script;
mod server;

pub use clients::{Adapter, Client};
pub use record::{Attempt, Recorder};
pub use report::{Outcome, Report};
pub use script::{run, Script};
pub use server::{recorded_router, Loopback};

use axum::http::{HeaderMap, Method};

/// The header naming the scenario's call an attempt belongs to: retries carry it too.
pub const CALL_HEADER: &str = "x-scenario-call";

/// One logical request of the script.
#[derive(Clone, Debug)]
pub struct Call {
    /// Unique in the run: `create-3`, `capture-3-1`.
    pub id: String,
    /// The method.
    pub method: Method,
    /// Below `/epayment/v1`.
    pub path: String,
    /// The merchant.
    pub msn: String,
    /// The `Idempotency-Key`, if any.
    pub key: Option<String>,
    /// A JSON body.
    pub body: Option<String>,
}

/// What a call finally got.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The status.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Vec<u8>,
}

impl Call {
    /// The request for the in-process clients; the reqwest ones build theirs from the fields.
    pub fn to_request(&self) -> axum::http::Request<String> {
        let mut builder = axum::http::Request::builder()
            .method(self.method.clone())
            .uri(format!("/epayment/v1{}", self.path))
            .header(crate::MSN_HEADER, &self.msn)
            .header(CALL_HEADER, &self.id);
        if let Some(key) = &self.key {
            builder = builder.header("idempotency-key", key);
        }
        if self.body.is_some() {
            builder = builder.header("content-type", "application/json");
        }
        let body = self.body.clone().unwrap_or_default();
        builder.body(body).unwrap_or_default()
    }
}

/// Run `script` with `adapter` under `rules` against a fresh simulation under `config`
/// (in-process, or on loopback for the reqwest adapters), and report.
pub async fn execute(
    adapter: Adapter,
    rules: errors_core::retry::RetryRules,
    config: crate::Config,
    script: &Script,
) -> std::io::Result<Report> {
    let (router, base, recorder, _server);
    if adapter.over_loopback() {
        let server = Loopback::start(config).await?;
        (router, base, recorder) = (
            axum::Router::new(),
            server.base.clone(),
            server.recorder.clone(),
        );
        _server = Some(server);
    } else {
        recorder = Recorder::default();
        (router, base, _server) = (recorded_router(config, &recorder), String::new(), None);
    }
    let client = adapter.client(rules, router, &base);
    let (outcomes, read_back) = run(client, script).await;
    let attempts = recorder.attempts();
    Ok(Report::new(
        adapter.name(),
        script,
        &outcomes,
        &read_back,
        &attempts,
    ))
}

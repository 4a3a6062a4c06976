//! The simulation with the scenario's recorder around it: in-process, or on loopback.

use axum::Router;

use super::record::{record, Recorder};
use crate::{router_with, Config, Faults};

/// The API's routes under `config`, every request recorded by `recorder`.
pub fn recorded_router(config: Config, recorder: &Recorder) -> Router {
    router_with(config, Faults::default()).layer(axum::middleware::from_fn_with_state(
        recorder.clone(),
        record,
    ))
}

/// The recorded API served on an ephemeral 127.0.0.1 port until dropped.
pub struct Loopback {
    /// `http://127.0.0.1:PORT/epayment/v1`.
    pub base: String,
    /// What the server saw.
    pub recorder: Recorder,
    server: tokio::task::JoinHandle<()>,
}

impl Loopback {
    /// Start it on the current runtime.
    pub async fn start(config: Config) -> std::io::Result<Loopback> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let recorder = Recorder::default();
        let router = recorded_router(config, &recorder);
        let server = tokio::spawn(async move {
            // The server stops with the task; a failing accept loop ends the run's requests.
            let _ = axum::serve(listener, router).await;
        });
        Ok(Loopback {
            base: format!("http://{address}/epayment/v1"),
            recorder,
            server,
        })
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        self.server.abort();
    }
}

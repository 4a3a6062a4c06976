//! The ePayment example server started in-process on an ephemeral loopback port, on axum or
//! on actix-web (the `epayment-server` and `epayment-server-actix` examples), and a
//! `reqwest` client that talks to it and classifies what comes back.

// Each end-to-end test binary uses a different part of this module.
#![allow(dead_code)]

pub use epayment_sim as epayment;

use std::time::Duration;

use errors_core::classify::{classify, Classified, IdentifiedBy};
use errors_core::http::HeaderMap;
use reqwest::Method;
use serde_json::Value;
use vipps_problems::Problem;

pub use epayment::{Config, Faults};

/// Which framework serves the simulation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Server {
    Axum,
    Actix,
}

impl Server {
    /// Both: the end-to-end tests expect the same answers from each.
    pub const ALL: [Server; 2] = [Server::Axum, Server::Actix];
}

/// Run `test` against each server, one after the other, saying which one runs.
pub async fn on_each_server<F, Fut>(test: F)
where
    F: Fn(Server) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for server in Server::ALL {
        eprintln!("on {server:?}");
        test(server).await;
    }
}

/// A running server and a client for it.
pub struct Api {
    address: std::net::SocketAddr,
    base: String,
    client: reqwest::Client,
    /// Stops an actix server (its workers are threads of their own) when the test is done.
    actix: Option<actix_web::dev::ServerHandle>,
}

impl Drop for Api {
    fn drop(&mut self) {
        if let Some(handle) = &self.actix {
            // The command is sent at once; the server stops without waiting for it here.
            drop(handle.stop(false));
        }
    }
}

/// One answer: status, headers and body bytes.
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Api {
    /// Start the server on 127.0.0.1 with an ephemeral port. It stops with the test's runtime.
    pub async fn start(config: Config) -> Api {
        Api::start_with(config, Faults::default()).await
    }

    /// [`Api::start`] with the test-only faults of `faults`.
    pub async fn start_with(config: Config, faults: Faults) -> Api {
        Api::start_on(Server::Axum, config, faults).await
    }

    /// [`Api::start`] on `server`.
    pub async fn on(server: Server, config: Config) -> Api {
        Api::start_on(server, config, Faults::default()).await
    }

    /// [`Api::start_with`] on `server`.
    pub async fn start_on(server: Server, config: Config, faults: Faults) -> Api {
        let (address, actix) = match server {
            Server::Axum => {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                let address = listener.local_addr().unwrap();
                let server = epayment::serve_with(listener, config, faults, std::future::pending());
                tokio::spawn(server);
                (address, None)
            }
            Server::Actix => {
                let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
                let address = listener.local_addr().unwrap();
                let server = epayment::serve_actix(listener, config, faults).unwrap();
                let handle = server.handle();
                tokio::spawn(server);
                (address, Some(handle))
            }
        };
        let client = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Api {
            address,
            base: format!("http://{address}/epayment/v1"),
            client,
            actix,
        }
    }

    /// The server's address.
    pub fn address(&self) -> std::net::SocketAddr {
        self.address
    }

    /// Send a request as merchant `msn` (none: no header), with an optional key and body.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        msn: Option<&str>,
        key: Option<&str>,
        body: Option<&str>,
    ) -> Reply {
        let response = self.request(method, path, msn, key, body).await;
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.bytes().await.unwrap().to_vec(),
        }
    }

    /// The same request, answered as a `reqwest::Response` still to be read.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        msn: Option<&str>,
        key: Option<&str>,
        body: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(msn) = msn {
            request = request.header("Merchant-Serial-Number", msn);
        }
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_owned());
        }
        request.send().await.expect("the server answers")
    }

    pub async fn create(&self, msn: &str, key: &str, reference: &str, value: u64) -> Reply {
        let body = format!(
            r#"{{"reference":"{reference}","amount":{{"currency":"NOK","value":{value}}}}}"#
        );
        self.send(Method::POST, "/payments", Some(msn), Some(key), Some(&body))
            .await
    }

    pub async fn approve(&self, msn: &str, reference: &str) -> Reply {
        let path = format!("/test/payments/{reference}/approve");
        self.send(Method::POST, &path, Some(msn), None, None).await
    }

    /// Capture or refund `value`.
    pub async fn modify(
        &self,
        op: &str,
        msn: &str,
        key: &str,
        reference: &str,
        value: u64,
    ) -> Reply {
        let path = format!("/payments/{reference}/{op}");
        let body = format!(r#"{{"modificationAmount":{{"currency":"NOK","value":{value}}}}}"#);
        self.send(Method::POST, &path, Some(msn), Some(key), Some(&body))
            .await
    }

    pub async fn cancel(&self, msn: &str, key: &str, reference: &str) -> Reply {
        let path = format!("/payments/{reference}/cancel");
        self.send(Method::POST, &path, Some(msn), Some(key), None)
            .await
    }

    pub async fn get(&self, msn: &str, reference: &str) -> Reply {
        let path = format!("/payments/{reference}");
        self.send(Method::GET, &path, Some(msn), None, None).await
    }

    /// A payment created and approved, ready to capture.
    pub async fn reserved(&self, msn: &str, reference: &str, value: u64) {
        assert_eq!(
            self.create(msn, &format!("create-{reference}"), reference, value)
                .await
                .status,
            201
        );
        assert_eq!(self.approve(msn, reference).await.status, 200);
    }
}

impl Reply {
    /// The JSON body of a success.
    pub fn json(&self) -> Value {
        assert!(
            (200..300).contains(&self.status),
            "expected a success, got {} {}",
            self.status,
            String::from_utf8_lossy(&self.body)
        );
        serde_json::from_slice(&self.body).unwrap()
    }

    /// Classify the answer with the client-side classifier.
    pub fn classify(&self) -> Classified<Problem> {
        classify(self.status, &self.headers, &self.body)
    }

    /// The answer is `expected`, as the server sends it and as the client classifies it:
    /// the entry's status, problem+json, English, and the same variant with the same
    /// parameters, identified by its type URI.
    #[track_caller]
    pub fn expect(&self, expected: &Problem) -> Classified<Problem> {
        let body = String::from_utf8_lossy(&self.body);
        assert_eq!(self.status, expected.status(), "{body}");
        let classified = self.problem();
        assert_eq!(classified.problem(), expected, "{body}");
        assert_eq!(classified.kind(), expected.problem_type());
        classified
    }

    /// The answer is a catalogue problem, whichever, as the server sends it and as the client
    /// classifies it: problem+json, English, identified by its type URI, with the entry's
    /// status.
    #[track_caller]
    pub fn problem(&self) -> Classified<Problem> {
        let body = String::from_utf8_lossy(&self.body);
        assert_eq!(self.headers["content-type"], "application/problem+json");
        assert_eq!(self.headers["content-language"], "en");
        let classified = self.classify();
        assert_eq!(classified.identified_by(), IdentifiedBy::TypeUri, "{body}");
        assert!(!classified.body_status_disagrees(), "{body}");
        assert_eq!(self.status, classified.problem().status(), "{body}");
        classified
    }

    /// The `value` of an amount in the payment view's aggregate.
    pub fn aggregate(&self, amount: &str) -> u64 {
        self.json()["aggregate"][amount]["value"].as_u64().unwrap()
    }
}

/// The `(name, reason)` pairs of a validation error's `extraDetails`, as the client reads them.
pub fn extra_details(classified: &Classified<Problem>) -> Vec<(String, String)> {
    classified
        .extra_details()
        .into_iter()
        .map(|d| (d.name, d.reason))
        .collect()
}

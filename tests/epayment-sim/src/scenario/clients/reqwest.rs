//! The reqwest clients over loopback: errors-core's middleware, and reqwest's own retries
//! with the catalogue's status classifier.

use std::time::Duration;

use errors_core::retry::middleware::ClassifiedRetry;
use errors_core::retry::RetryRules;
use reqwest_middleware::ClientWithMiddleware;
use vipps_problems::Problem;

use super::Client;
use crate::scenario::{Answer, Call, CALL_HEADER};

/// reqwest with `ClassifiedRetry` as its middleware.
#[derive(Clone)]
pub struct MiddlewareClient {
    client: ClientWithMiddleware,
    base: String,
}

impl MiddlewareClient {
    pub fn new(rules: RetryRules, base: &str) -> Self {
        let client = reqwest_middleware::ClientBuilder::new(plain())
            .with(ClassifiedRetry::<Problem>::new(rules))
            .build();
        MiddlewareClient {
            client,
            base: base.to_owned(),
        }
    }
}

/// reqwest retrying by itself, classifying by status with the catalogue.
#[derive(Clone)]
pub struct BuiltinClient {
    client: reqwest::Client,
    base: String,
}

impl BuiltinClient {
    pub fn new(rules: RetryRules, base: &str) -> Self {
        let retries = reqwest::retry::for_host("127.0.0.1".to_owned())
            .max_retries_per_request(rules.max_retries());
        let retries = errors_core::retry::reqwest::retry_builder::<Problem>(retries);
        let client = builder().retry(retries).build().unwrap_or_default();
        BuiltinClient {
            client,
            base: base.to_owned(),
        }
    }
}

fn builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
}

fn plain() -> reqwest::Client {
    builder().build().unwrap_or_default()
}

/// The call as a request of `client`, whichever reqwest front it has.
macro_rules! request {
    ($client:expr, $base:expr, $call:expr) => {{
        let call = $call;
        let mut request = $client
            .request(call.method.clone(), format!("{}{}", $base, call.path))
            .header(crate::MSN_HEADER, &call.msn)
            .header(CALL_HEADER, &call.id);
        if let Some(key) = &call.key {
            request = request.header("idempotency-key", key);
        }
        if let Some(body) = &call.body {
            request = request
                .header("content-type", "application/json")
                .body(body.clone());
        }
        request
    }};
}

async fn answer(response: reqwest::Response) -> Result<Answer, String> {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(|e| e.to_string())?;
    Ok(Answer {
        status,
        headers,
        body: body.to_vec(),
    })
}

impl Client for MiddlewareClient {
    async fn send(&self, call: Call) -> Result<Answer, String> {
        let sent = request!(self.client, self.base, &call).send().await;
        answer(sent.map_err(|e| e.to_string())?).await
    }
}

impl Client for BuiltinClient {
    async fn send(&self, call: Call) -> Result<Answer, String> {
        let sent = request!(self.client, self.base, &call).send().await;
        answer(sent.map_err(|e| e.to_string())?).await
    }
}

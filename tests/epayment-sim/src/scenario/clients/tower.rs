//! The tower adapter: `ClassifiedRetryLayer` over the router, in-process.

use axum::Router;
use errors_core::retry::tower::ClassifiedRetryLayer;
use errors_core::retry::RetryRules;
use tower::{service_fn, Layer, ServiceExt};
use vipps_problems::Problem;

use super::{answer, call_router, Client};
use crate::scenario::{Answer, Call};

/// Sends each call through a `tower::retry::Retry` with errors-core's policy.
#[derive(Clone)]
pub struct TowerClient {
    layer: ClassifiedRetryLayer<Problem>,
    router: Router,
}

impl TowerClient {
    pub fn new(rules: RetryRules, router: Router) -> Self {
        TowerClient {
            layer: ClassifiedRetryLayer::new(rules),
            router,
        }
    }
}

impl Client for TowerClient {
    async fn send(&self, call: Call) -> Result<Answer, String> {
        let router = self.router.clone();
        let inner = service_fn(move |request| call_router(router.clone(), request));
        let service = self.layer.layer(inner);
        let response = service.oneshot(call.to_request()).await;
        response.map(answer).map_err(|e| e.to_string())
    }
}

//! A client per retry adapter of errors-core, each sending the scenario's calls.

mod backon;
mod reqwest;
mod tower;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use errors_core::retry::RetryRules;

use super::{Answer, Call};

/// The retry adapter a client retries with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Adapter {
    /// `errors_core::retry::tower`, over the router in-process.
    Tower,
    /// `errors_core::retry::backon`, over the router in-process.
    Backon,
    /// `errors_core::retry::middleware`, reqwest over loopback.
    Middleware,
    /// reqwest's own retries with `errors_core::retry::reqwest`'s classifier, over loopback.
    ReqwestBuiltin,
}

impl Adapter {
    /// Every adapter.
    pub const ALL: [Adapter; 4] = [
        Adapter::Tower,
        Adapter::Backon,
        Adapter::Middleware,
        Adapter::ReqwestBuiltin,
    ];

    /// The kebab-case name.
    pub const fn name(self) -> &'static str {
        match self {
            Adapter::Tower => "tower",
            Adapter::Backon => "backon",
            Adapter::Middleware => "reqwest-middleware",
            Adapter::ReqwestBuiltin => "reqwest-builtin",
        }
    }

    /// The adapter of that name.
    pub fn from_name(name: &str) -> Option<Adapter> {
        Adapter::ALL.into_iter().find(|a| a.name() == name)
    }

    /// Whether it sends through a socket (a [`Loopback`](super::Loopback) server) rather than
    /// calling the router in-process.
    pub const fn over_loopback(self) -> bool {
        matches!(self, Adapter::Middleware | Adapter::ReqwestBuiltin)
    }

    /// A client of this adapter: in-process over `router`, or over loopback at `base`.
    pub fn client(self, rules: RetryRules, router: Router, base: &str) -> Arc<dyn DynClient> {
        match self {
            Adapter::Tower => Arc::new(tower::TowerClient::new(rules, router)),
            Adapter::Backon => Arc::new(backon::BackonClient::new(rules, router)),
            Adapter::Middleware => Arc::new(reqwest::MiddlewareClient::new(rules, base)),
            Adapter::ReqwestBuiltin => Arc::new(reqwest::BuiltinClient::new(rules, base)),
        }
    }
}

/// Sends a call, retrying as its adapter does; `Err` when it got no answer at all.
pub trait Client: Send + Sync + 'static {
    /// Send `call`.
    fn send(&self, call: Call) -> impl Future<Output = Result<Answer, String>> + Send;
}

/// A boxed future, for [`DynClient`].
pub type BoxFuture<T> = std::pin::Pin<Box<dyn Future<Output = T> + Send>>;

/// [`Client`] as a trait object.
pub trait DynClient: Send + Sync + 'static {
    /// Send `call`.
    fn send_boxed(&self, call: Call) -> BoxFuture<Result<Answer, String>>;
}

impl<C: Client + Clone> DynClient for C {
    fn send_boxed(&self, call: Call) -> BoxFuture<Result<Answer, String>> {
        let client = self.clone();
        Box::pin(async move { client.send(call).await })
    }
}

/// The router as a service of buffered answers, below the in-process adapters.
pub(super) async fn call_router(
    router: Router,
    request: axum::http::Request<String>,
) -> Result<axum::http::Response<axum::body::Bytes>, errors_core::retry::BoxError> {
    use ::tower::ServiceExt;
    let response = router.oneshot(request).await?;
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await?;
    Ok(axum::http::Response::from_parts(parts, body))
}

/// An answer from an in-process response.
pub(super) fn answer(response: axum::http::Response<axum::body::Bytes>) -> Answer {
    let (parts, body) = response.into_parts();
    Answer {
        status: parts.status.as_u16(),
        headers: parts.headers,
        body: body.to_vec(),
    }
}

//! A test-only route whose errors are plain text, as a server without problems would send
//! them: the baseline the load benchmark (`catalog/benches/load.sh`) measures problem
//! responses against. It sits in the same router behind the same middleware as the API, the
//! problem layer excepted.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};

use crate::config::{Faults, MSN_HEADER};
use crate::state::State as Shared;

/// `GET /epayment/v1/test/plain/payments/{reference}`, when `faults.routes` asks for the
/// test-only routes.
pub fn routes(faults: &Faults) -> Router<Arc<Shared>> {
    if !faults.routes {
        return Router::new();
    }
    let path = "/epayment/v1/test/plain/payments/{reference}";
    Router::new().route(path, get(get_payment))
}

/// `GET /epayment/v1/payments/{reference}` with plain-text errors: the same header, the same
/// lookup and, for an unknown reference, the same 404, its body a sentence instead of the
/// `reference_not_found` problem.
async fn get_payment(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Response {
    let Some(msn) = headers.get(MSN_HEADER).and_then(|v| v.to_str().ok()) else {
        let text = "the Merchant-Serial-Number header is required";
        return (StatusCode::BAD_REQUEST, text).into_response();
    };
    match state.store.find(msn, &reference) {
        Ok(Some(payment)) => Json(payment.lock().await.view()).into_response(),
        Ok(None) => {
            let text = format!("no payment {reference} for merchant {msn}");
            (StatusCode::NOT_FOUND, text).into_response()
        }
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response(),
    }
}

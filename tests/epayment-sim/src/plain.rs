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
use serde_json::Value;

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
    let msn = headers.get(MSN_HEADER).and_then(|v| v.to_str().ok());
    match lookup(&state, msn, &reference).await {
        Ok(view) => Json(view).into_response(),
        Err((status, text)) => (status, text).into_response(),
    }
}

/// The payment's view, or the status and sentence of the plain-text error; every framework's
/// baseline route answers with it.
pub(crate) async fn lookup(
    state: &Shared,
    msn: Option<&str>,
    reference: &str,
) -> Result<Value, (StatusCode, String)> {
    let Some(msn) = msn else {
        let text = "the Merchant-Serial-Number header is required";
        return Err((StatusCode::BAD_REQUEST, text.to_owned()));
    };
    match state.store.find(msn, reference) {
        Ok(Some(payment)) => Ok(payment.lock().await.view()),
        Ok(None) => {
            let text = format!("no payment {reference} for merchant {msn}");
            Err((StatusCode::NOT_FOUND, text))
        }
        Err(_) => Err((
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error".to_owned(),
        )),
    }
}

//! The API's handlers: headers, then body, then the payment's lock, then its rules.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use errors_core::respond::ValidJson;
use serde_json::Value;
use vipps_problems::{
    CancelPaymentError, CapturePaymentError, CreatePaymentError, ForceApproveError,
    GetPaymentError, Problem, RefundPaymentError,
};

use crate::body;
use crate::config::MSN_HEADER;
use crate::rejection::{narrow, Rejection, Reply};
use crate::state::State as Shared;
use crate::store::Operation;

const IDEMPOTENCY_HEADER: &str = "idempotency-key";

/// What the shared steps answer; each handler narrows it to its operation's enum.
type Step = Result<Response, Rejection>;
type AppState = State<Arc<Shared>>;
/// A JSON body: not JSON, or no JSON `Content-Type`, is `validation_error` naming `body` or
/// `Content-Type`; its fields are checked by the rules of `body`.
type JsonBody = vipps_problems::Json<Value>;

/// `POST /epayment/v1/payments`
pub async fn create(
    State(state): AppState,
    headers: HeaderMap,
    ValidJson(payload, ..): JsonBody,
) -> Reply<CreatePaymentError> {
    let created = async {
        let msn = required_header(&headers, MSN_HEADER, "Merchant-Serial-Number")?;
        let key = required_header(&headers, IDEMPOTENCY_HEADER, "Idempotency-Key")?;
        let request = body::create(payload)?;
        let view = state.store.create(msn, key, request)?;
        Ok(json(StatusCode::CREATED, view))
    };
    narrow(created.await, &headers, CreatePaymentError::from_problem)
}

/// `GET /epayment/v1/payments/{reference}`
pub async fn get(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Reply<GetPaymentError> {
    let found = async {
        let msn = required_header(&headers, MSN_HEADER, "Merchant-Serial-Number")?;
        let payment = state.store.payment(msn, &reference)?;
        let view = payment.lock().await.view();
        Ok(json(StatusCode::OK, view))
    };
    narrow(found.await, &headers, GetPaymentError::from_problem)
}

/// `POST /epayment/v1/payments/{reference}/capture`
pub async fn capture(
    state: AppState,
    headers: HeaderMap,
    reference: Path<String>,
    ValidJson(payload, ..): JsonBody,
) -> Reply<CapturePaymentError> {
    let done = modify_by_amount(state, &headers, reference, payload, Operation::Capture).await;
    narrow(done, &headers, CapturePaymentError::from_problem)
}

/// `POST /epayment/v1/payments/{reference}/refund`
pub async fn refund(
    state: AppState,
    headers: HeaderMap,
    reference: Path<String>,
    ValidJson(payload, ..): JsonBody,
) -> Reply<RefundPaymentError> {
    let done = modify_by_amount(state, &headers, reference, payload, Operation::Refund).await;
    narrow(done, &headers, RefundPaymentError::from_problem)
}

/// `POST /epayment/v1/payments/{reference}/cancel` (any body is ignored)
pub async fn cancel(
    state: AppState,
    headers: HeaderMap,
    reference: Path<String>,
) -> Reply<CancelPaymentError> {
    let done = modify(state, &headers, reference, Operation::Cancel, None).await;
    narrow(done, &headers, CancelPaymentError::from_problem)
}

/// `POST /epayment/v1/test/payments/{reference}/approve`: the user accepts the payment.
pub async fn approve(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Reply<ForceApproveError> {
    let approved = async {
        let msn = required_header(&headers, MSN_HEADER, "Merchant-Serial-Number")?;
        let payment = state.store.payment(msn, &reference)?;
        let view = payment.lock().await.approve()?;
        Ok(json(StatusCode::OK, view))
    };
    narrow(approved.await, &headers, ForceApproveError::from_problem)
}

/// Capture or refund the `modificationAmount` of `payload`.
async fn modify_by_amount(
    state: AppState,
    headers: &HeaderMap,
    reference: Path<String>,
    payload: Value,
    op: Operation,
) -> Step {
    let amount = body::modification(payload)?;
    modify(state, headers, reference, op, Some(amount.value)).await
}

/// Capture, cancel or refund: one request per payment at a time, idempotent per key.
async fn modify(
    State(state): AppState,
    headers: &HeaderMap,
    Path(reference): Path<String>,
    op: Operation,
    amount: Option<u64>,
) -> Step {
    let msn = required_header(headers, MSN_HEADER, "Merchant-Serial-Number")?;
    let key = required_header(headers, IDEMPOTENCY_HEADER, "Idempotency-Key")?;
    let payment = state.store.payment(msn, &reference)?;
    let Ok(mut payment) = payment.try_lock() else {
        // Another request holds this payment; the same request will succeed shortly.
        return Err(
            Rejection::new(Problem::OrderProcessing).with_retry_after(Duration::from_secs(1))
        );
    };
    // The call to the card acquirer, with the payment held.
    tokio::time::sleep(state.config.processing_time).await;
    let view = match payment.replay(op, key, amount) {
        Some(replayed) => replayed?,
        None => payment.apply(op, key, amount)?,
    };
    Ok(json(StatusCode::OK, view))
}

/// A header's value; `MissingRequiredParameter` naming it (as `display`) when absent.
fn required_header<'h>(
    headers: &'h HeaderMap,
    name: &str,
    display: &str,
) -> Result<&'h str, Rejection> {
    match headers.get(name).map(|v| v.to_str().map(str::trim)) {
        None => Err(Rejection::new(Problem::MissingRequiredParameter {
            parameter: display.to_owned(),
        })),
        Some(Ok(value)) if !value.is_empty() => Ok(value),
        Some(_) => Err(body::invalid([(
            display,
            "must be visible ASCII text".to_owned(),
        )])),
    }
}

fn json(status: StatusCode, value: Value) -> Response {
    let headers = [(header::CONTENT_TYPE, "application/json")];
    (status, headers, value.to_string()).into_response()
}

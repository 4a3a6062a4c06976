//! The API's operations, whatever the framework serves them: headers, then body, then the
//! payment's lock, then its rules. A framework's handlers extract the request (the body with
//! the shared validation extractor) and send what these answer.

use std::time::Duration;

use errors_core::http::{HeaderMap, StatusCode};
use serde_json::Value;
use vipps_problems::{
    CancelPaymentError, CapturePaymentError, CreatePaymentError, ForceApproveError,
    GetPaymentError, Problem, RefundPaymentError,
};

use crate::body;
use crate::config::MSN_HEADER;
use crate::rejection::{narrow, Done, Rejection, Reply};
use crate::state::State;
use crate::store::Operation;

const IDEMPOTENCY_HEADER: &str = "idempotency-key";

/// What the shared steps answer; each operation narrows it to its own enum.
type Step = Result<Done, Rejection>;

/// `POST /epayment/v1/payments`
pub async fn create(
    state: &State,
    headers: &HeaderMap,
    payload: Value,
) -> Reply<CreatePaymentError> {
    let created = async {
        let msn = required_header(headers, MSN_HEADER, "Merchant-Serial-Number")?;
        let key = required_header(headers, IDEMPOTENCY_HEADER, "Idempotency-Key")?;
        let request = body::create(payload)?;
        let view = state.store.create(msn, key, request)?;
        Ok(json(StatusCode::CREATED, view))
    };
    narrow(created.await, headers, CreatePaymentError::from_problem)
}

/// `GET /epayment/v1/payments/{reference}`
pub async fn get(state: &State, headers: &HeaderMap, reference: &str) -> Reply<GetPaymentError> {
    let found = async {
        let msn = required_header(headers, MSN_HEADER, "Merchant-Serial-Number")?;
        let payment = state.store.payment(msn, reference)?;
        let view = payment.lock().await.view();
        Ok(json(StatusCode::OK, view))
    };
    narrow(found.await, headers, GetPaymentError::from_problem)
}

/// `POST /epayment/v1/payments/{reference}/capture`
pub async fn capture(
    state: &State,
    headers: &HeaderMap,
    reference: &str,
    payload: Value,
) -> Reply<CapturePaymentError> {
    let done = modify_by_amount(state, headers, reference, payload, Operation::Capture).await;
    narrow(done, headers, CapturePaymentError::from_problem)
}

/// `POST /epayment/v1/payments/{reference}/refund`
pub async fn refund(
    state: &State,
    headers: &HeaderMap,
    reference: &str,
    payload: Value,
) -> Reply<RefundPaymentError> {
    let done = modify_by_amount(state, headers, reference, payload, Operation::Refund).await;
    narrow(done, headers, RefundPaymentError::from_problem)
}

/// `POST /epayment/v1/payments/{reference}/cancel` (any body is ignored)
pub async fn cancel(
    state: &State,
    headers: &HeaderMap,
    reference: &str,
) -> Reply<CancelPaymentError> {
    let done = modify(state, headers, reference, Operation::Cancel, None).await;
    narrow(done, headers, CancelPaymentError::from_problem)
}

/// `POST /epayment/v1/test/payments/{reference}/approve`: the user accepts the payment.
pub async fn approve(
    state: &State,
    headers: &HeaderMap,
    reference: &str,
) -> Reply<ForceApproveError> {
    let approved = async {
        let msn = required_header(headers, MSN_HEADER, "Merchant-Serial-Number")?;
        let payment = state.store.payment(msn, reference)?;
        let view = payment.lock().await.approve()?;
        Ok(json(StatusCode::OK, view))
    };
    narrow(approved.await, headers, ForceApproveError::from_problem)
}

/// Capture or refund the `modificationAmount` of `payload`.
async fn modify_by_amount(
    state: &State,
    headers: &HeaderMap,
    reference: &str,
    payload: Value,
    op: Operation,
) -> Step {
    let amount = body::modification(payload)?;
    modify(state, headers, reference, op, Some(amount.value)).await
}

/// Capture, cancel or refund: one request per payment at a time, idempotent per key.
async fn modify(
    state: &State,
    headers: &HeaderMap,
    reference: &str,
    op: Operation,
    amount: Option<u64>,
) -> Step {
    let msn = required_header(headers, MSN_HEADER, "Merchant-Serial-Number")?;
    let key = required_header(headers, IDEMPOTENCY_HEADER, "Idempotency-Key")?;
    let payment = state.store.payment(msn, reference)?;
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

fn json(status: StatusCode, body: Value) -> Done {
    Done { status, body }
}

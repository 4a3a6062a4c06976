//! The API's axum handlers: the request extracted the axum way, answered by the operations.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use errors_core::respond::ValidJson;
use errors_core::ProblemResponse;
use serde_json::Value;

use crate::operations;
use crate::rejection::{Done, Reply};
use crate::state::State as Shared;

type AppState = State<Arc<Shared>>;
/// A JSON body: not JSON, or no JSON `Content-Type`, is `validation_error` naming `body` or
/// `Content-Type`; its fields are checked by the rules of `body`.
type JsonBody = vipps_problems::Json<Value>;
/// An operation's answer as axum sends it.
type Answer<E> = Result<Response, ProblemResponse<E>>;

fn send<E>(reply: Reply<E>) -> Answer<E> {
    reply.map(|Done { status, body }| {
        let headers = [(header::CONTENT_TYPE, "application/json")];
        (status, headers, body.to_string()).into_response()
    })
}

pub async fn create(
    State(state): AppState,
    headers: HeaderMap,
    ValidJson(payload, ..): JsonBody,
) -> Answer<vipps_problems::CreatePaymentError> {
    send(operations::create(&state, &headers, payload).await)
}

pub async fn get(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Answer<vipps_problems::GetPaymentError> {
    send(operations::get(&state, &headers, &reference).await)
}

pub async fn capture(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
    ValidJson(payload, ..): JsonBody,
) -> Answer<vipps_problems::CapturePaymentError> {
    send(operations::capture(&state, &headers, &reference, payload).await)
}

pub async fn refund(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
    ValidJson(payload, ..): JsonBody,
) -> Answer<vipps_problems::RefundPaymentError> {
    send(operations::refund(&state, &headers, &reference, payload).await)
}

pub async fn cancel(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Answer<vipps_problems::CancelPaymentError> {
    send(operations::cancel(&state, &headers, &reference).await)
}

pub async fn approve(
    State(state): AppState,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Answer<vipps_problems::ForceApproveError> {
    send(operations::approve(&state, &headers, &reference).await)
}

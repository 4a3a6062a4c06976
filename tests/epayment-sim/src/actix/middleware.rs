//! The middleware every actix route has: the timeout, and inside it the rate limit per
//! client (the body limit is the app's `PayloadConfig`).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{error, web, Error, Responder};
use errors_core::respond::to_http_headers;

use crate::config::Faults;
use crate::state::State;

/// Answer 429 with `Retry-After` once a client used up its window.
pub async fn per_client(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let state = request.app_data::<web::Data<State>>().cloned();
    let state = state.ok_or_else(|| error::ErrorInternalServerError("no state"))?;
    match state.limiter.refuse(&to_http_headers(request.headers())) {
        None => Ok(next.call(request).await?.map_into_left_body()),
        Some(refused) => {
            let response = refused.respond_to(request.request());
            Ok(request.into_response(response).map_into_right_body())
        }
    }
}

/// Answer a request that takes longer than `Faults::timeout` with an empty 504 (an error:
/// the request is the inner service's by then), which the problem middleware makes a
/// problem like any other.
pub async fn timeout(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let limit = request
        .app_data::<web::Data<Faults>>()
        .map_or(Faults::default().timeout, |faults| faults.timeout);
    match tokio::time::timeout(limit, next.call(request)).await {
        Ok(answered) => answered,
        Err(_) => Err(error::ErrorGatewayTimeout("the request timed out")),
    }
}

//! Classify a `reqwest::Response` (cargo feature `reqwest`).

use super::run::classify_with;
use super::{Classified, Limits};
use crate::catalog::problem::CatalogProblem;

/// Classify a `reqwest` response, reading at most `limits.max_body + 1` bytes of its body:
/// a longer body is not read to the end and is classified as
/// [`BodyShape::TooLarge`](super::BodyShape::TooLarge).
///
/// Fails only when the body cannot be read (a transport error).
///
/// ```no_run
/// # async fn run() -> Result<(), reqwest::Error> {
/// use errors_core::classify::{classify_reqwest, Limits, RetryPolicy};
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
/// use shop::Problem;
///
/// let response = reqwest::get("http://127.0.0.1:8080/epayment/v1/payments/order-9").await?;
/// if !response.status().is_success() {
///     let classified = classify_reqwest::<Problem>(response, &Limits::default()).await?;
///     let advice = classified.retry_advice(&RetryPolicy::default(), 0);
///     println!("{}: retry {:?}", classified.problem(), advice.action);
/// }
/// # Ok(())
/// # }
/// ```
pub async fn classify_reqwest<P: CatalogProblem>(
    mut response: reqwest::Response,
    limits: &Limits,
) -> Result<Classified<P>, reqwest::Error> {
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let body = read_bounded(&mut response, limits).await?;
    Ok(classify_with(limits, status, &headers, &body))
}

/// At most `limits.max_body + 1` bytes of the body: what classification needs to tell a
/// body within the limit from a longer one.
pub(crate) async fn read_bounded(
    response: &mut reqwest::Response,
    limits: &Limits,
) -> Result<Vec<u8>, reqwest::Error> {
    let bound = limits.max_body.saturating_add(1);
    let mut body = Vec::new();
    while body.len() < bound {
        let Some(chunk) = response.chunk().await? else {
            break;
        };
        let room = bound - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
    }
    Ok(body)
}

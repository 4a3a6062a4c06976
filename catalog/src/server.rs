//! The ready mapping of error responses to this catalogue's platform entries, for
//! errors-core's problem layer (feature `tower`) and actix-web middleware (feature `actix`).

#[cfg(feature = "tower")]
use errors_core::respond::ProblemLayer;
#[cfg(feature = "actix")]
use errors_core::respond::ProblemMiddleware;
use errors_core::respond::{ErrorKind, ProblemMapping};

use crate::generated::Problem;

/// The platform's generic entries for the statuses they describe: 400 `validation_error`,
/// 401 `unauthorized`, 403 `forbidden`, 404 `not_found`, 409 `conflict`, 423 `locked`,
/// 429 `too_many_requests`, 500 `internal_server_error` (a panic too). Every other status
/// (405, 408, 413, 415, 422, 502, 503, 504, ...) has no entry and gets a plain RFC 9457
/// problem of its status.
///
/// For axum's rejections of a malformed request (JSON, path, query, form), the `detail` is
/// the start of axum's text, which says what was wrong; the type URI still names the entry.
///
/// ```
/// use axum::{routing::post, Json, Router};
/// use tower::ServiceExt;
/// use vipps_problems::{Problem, ProblemType};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let app = Router::new()
///     .route("/payments", post(|Json(body): Json<serde_json::Value>| async move { Json(body) }))
///     .layer(vipps_problems::problem_layer());
///
/// let request = http::Request::post("/payments")
///     .header("content-type", "application/json")
///     .body(axum::body::Body::from("{not json"))
///     .unwrap();
/// let response = app.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), 400);
/// let (head, body) = response.into_parts();
/// let body = axum::body::to_bytes(body, 4096).await.unwrap();
/// let seen = errors_core::classify::classify::<Problem>(400, &head.headers, &body);
/// assert_eq!(seen.kind(), Some(ProblemType::ValidationError));
/// # }
/// ```
pub fn problem_mapping() -> ProblemMapping {
    let client_mistakes = [
        ErrorKind::JsonSyntax,
        ErrorKind::JsonData,
        ErrorKind::MissingJsonContentType,
        ErrorKind::Path,
        ErrorKind::InvalidPathEncoding,
        ErrorKind::Query,
        ErrorKind::Form,
    ];
    let mapping = ProblemMapping::new()
        .status(400, Problem::ValidationError)
        .status(401, Problem::Unauthorized)
        .status(403, Problem::Forbidden)
        .status(404, Problem::NotFound)
        .status(409, Problem::Conflict)
        .status(423, Problem::Locked)
        .status(429, Problem::TooManyRequests)
        .status(500, Problem::InternalServerError);
    client_mistakes
        .into_iter()
        .fold(mapping, ProblemMapping::detail_from_body)
}

/// [`ProblemLayer`] with [`problem_mapping`].
#[cfg(feature = "tower")]
pub fn problem_layer() -> ProblemLayer {
    ProblemLayer::new(problem_mapping())
}

/// [`ProblemMiddleware`] (actix-web) with [`problem_mapping`].
#[cfg(feature = "actix")]
pub fn problem_middleware() -> ProblemMiddleware {
    ProblemMiddleware::new(problem_mapping())
}

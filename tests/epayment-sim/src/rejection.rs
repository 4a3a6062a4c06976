//! What a handler answers when a rule is broken.

use errors_core::http::{HeaderMap, StatusCode};
use errors_core::{ProblemResponse, ToProblem};
use serde_json::Value;
use vipps_problems::Problem;

/// What the shared rules (headers, bodies, the store) answer when one is broken.
pub type Rejection = ProblemResponse<Problem>;

/// A success: its status and JSON body, sent by each framework its own way.
pub struct Done {
    pub status: StatusCode,
    pub body: Value,
}

/// What an operation answers: a problem of its enum `E` (`CapturePaymentError`, ...), so
/// its signature says which problems it can send.
pub type Reply<E> = Result<Done, ProblemResponse<E>>;

/// The shared rules' answer as operation `E`'s, through `into` (its enum's `from_problem`),
/// in the language the request's `Accept-Language` asks for: `instance`, extra members and
/// `Retry-After` stay. A problem the operation does not declare stays whole in its `Other`
/// and is sent unchanged.
pub fn narrow<E: ToProblem>(
    reply: Result<Done, Rejection>,
    request: &HeaderMap,
    into: fn(Problem) -> E,
) -> Reply<E> {
    reply.map_err(|rejection| rejection.with_accept_language(request).map(into))
}

/// A 500 whose cause is logged here and kept off the wire.
pub fn internal(cause: String) -> Rejection {
    let response = Rejection::new(Problem::InternalError)
        .with_uuid_instance()
        .with_source(cause);
    if let (Some(instance), Some(cause)) = (
        response.body().instance,
        std::error::Error::source(&response),
    ) {
        eprintln!("{instance}: internal error: {cause}");
    }
    response
}

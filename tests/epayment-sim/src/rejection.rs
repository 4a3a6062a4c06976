//! What a handler answers when a rule is broken.

use errors_core::ProblemResponse;
use vipps_problems::Problem;

/// What a handler answers when a rule is broken.
pub type Rejection = ProblemResponse<Problem>;

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

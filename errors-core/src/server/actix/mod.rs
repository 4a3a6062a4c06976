//! actix-web (feature `actix`): problems as actix responses and errors, the middleware that
//! makes every error response a problem, and what it recognises of actix's own errors.

mod convert;
mod future;
mod kind;
mod middleware;
mod read;
pub(crate) mod respond;

pub use convert::to_http_headers;
pub use future::ProblemFuture;
pub use middleware::{ProblemMiddleware, ProblemMiddlewareService};
pub use respond::{into_actix_error, into_actix_response, ProblemError};

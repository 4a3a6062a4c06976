//! An error response rewritten into a problem, for every framework adapter (the tower layer,
//! the actix-web middleware): what the response is ([`ErrorKind`]), which problem answers it
//! ([`ProblemMapping`]) and the rules of the answer (5xx masked, headers kept, the language
//! of the request).

pub(crate) mod answer;
mod kind;
mod mapping;

pub use answer::{BODY_LIMIT, DETAIL_LIMIT};
pub use kind::ErrorKind;
pub use mapping::{Failure, ProblemMapping};

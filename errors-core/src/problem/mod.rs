//! The problem value: the generic RFC 9457 object ([`ProblemDetails`](details::ProblemDetails))
//! with its ordered extension members, the one reading of a `status`, and detail templates
//! (their segments, rendering and matching) with the values of their parameters. The floor
//! every other wing stands on; it imports from none of them.

pub(crate) mod details;
pub(crate) mod extensions;
pub(crate) mod param_value;
pub(crate) mod segment;
pub(crate) mod status;
pub(crate) mod template;

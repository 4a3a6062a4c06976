//! What every generated catalogue provides, so that generic code works with any of them:
//! the traits ([`ProblemKind`](kind::ProblemKind), [`CatalogProblem`](problem::CatalogProblem),
//! [`ToProblem`](to_problem::ToProblem)), the facts of each problem type
//! ([`ProblemTypeInfo`](info::ProblemTypeInfo)), the runtime's vocabulary (retry hint, wire
//! shape, parameter kind), translations and the packed index classification scans.

pub(crate) mod index;
pub(crate) mod info;
pub(crate) mod kind;
pub mod locale;
pub(crate) mod names;
pub(crate) mod occurrence;
pub(crate) mod problem;
pub(crate) mod to_problem;
pub(crate) mod translations;
pub(crate) mod unknown;
pub(crate) mod vocabulary;

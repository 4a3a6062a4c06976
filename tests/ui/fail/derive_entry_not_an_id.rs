use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
#[error("not found")]
#[problem(entry = "Reference-Not-Found")]
struct NotFound;

fn main() {}

use errors_macros::Problem;
use vipps_problems::ProblemType;

#[derive(Debug, thiserror::Error, Problem)]
enum PaymentError {
    #[error("not found")]
    #[problem(entry = "reference_not_fund")]
    NotFound { reference: String, msn: String },
}

fn main() {}

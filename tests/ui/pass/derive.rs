use errors_core::ToProblem;
use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
#[error("only {available} of {sku} left")]
#[problem(type = "https://shop.example/problems/out-of-stock", title = "Out of stock", status = 409)]
struct OutOfStock {
    sku: String,
    available: u32,
}

#[derive(Debug, thiserror::Error, Problem)]
#[problem(kind = vipps_problems::ProblemType)]
enum ShopError {
    #[error("no payment {reference}")]
    #[problem(entry = "reference_not_found")]
    NotFound { reference: String, msn: String },
    #[error("storage: {0}")]
    #[problem(status = 503, retry = "backoff")]
    Storage(#[source] std::io::Error),
    #[error("unit")]
    #[problem(status = 400, detail = "A fixed detail.")]
    Unit,
    #[error("tuple")]
    #[problem(status = 400)]
    Tuple(#[problem(rename = "field")] u8, #[problem(skip)] std::cell::Cell<u8>),
}

#[derive(Debug, thiserror::Error, Problem)]
enum Empty {}

fn main() {
    let out = OutOfStock { sku: "A".into(), available: 1 };
    assert_eq!(out.status(), 409);
    assert_eq!(ShopError::Unit.to_problem_details().detail.as_deref(), Some("A fixed detail."));
    let _ = |e: &Empty| e.status();
}

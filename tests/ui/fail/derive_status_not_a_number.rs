use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
enum ShopError {
    #[error("a")]
    #[problem(status = "409")]
    Quoted,
    #[error("b")]
    #[problem(status = CONFLICT)]
    Named,
    #[error("c")]
    #[problem(status = 409.5)]
    Fraction,
}

fn main() {}

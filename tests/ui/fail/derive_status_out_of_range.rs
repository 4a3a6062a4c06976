use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
enum ShopError {
    #[error("a")]
    #[problem(status = 200)]
    Success,
    #[error("b")]
    #[problem(status = 70000)]
    TooBig,
    #[error("c")]
    #[problem(status = 600)]
    JustAbove,
}

fn main() {}

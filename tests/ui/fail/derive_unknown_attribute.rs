use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
#[error("out of stock")]
#[problem(status = 409, colour = "red")]
struct OutOfStock {
    #[problem(renamed = "sku")]
    sku: String,
}

fn main() {}

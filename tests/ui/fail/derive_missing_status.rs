use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
#[error("out of stock")]
#[problem(title = "Out of stock")]
struct OutOfStock;

#[derive(Debug, thiserror::Error, Problem)]
enum ShopError {
    #[error("gone")]
    Gone,
}

fn main() {}

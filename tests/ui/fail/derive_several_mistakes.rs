use errors_macros::Problem;

#[derive(Debug, thiserror::Error, Problem)]
enum ShopError {
    #[error("a")]
    #[problem(entry = "reference_not_found", status = 404)]
    EntryAndStatus { reference: String },
    #[error("b")]
    #[problem(status = 409, retry = "sometimes", type = "not a uri")]
    BadValues(String),
    #[error("c")]
    #[problem(status = 400, status = 401)]
    Twice {
        #[problem(rename = "status")]
        code: u16,
    },
}

fn main() {}

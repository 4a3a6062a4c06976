// A handler of `capturePayment` cannot answer with a problem the operation does not declare:
// `amount_too_small` belongs to `createPayment` only.
use vipps_problems::{CapturePaymentError, Problem, UndeclaredProblem};

fn by_variant() -> Result<(), CapturePaymentError> {
    Err(CapturePaymentError::AmountTooSmall)
}

fn by_question_mark() -> Result<(), CapturePaymentError> {
    Err(Problem::AmountTooSmall)?
}

fn by_catch_all() -> Result<(), CapturePaymentError> {
    Err(CapturePaymentError::Other(UndeclaredProblem(Problem::AmountTooSmall)))
}

fn main() {
    let _ = (by_variant(), by_question_mark(), by_catch_all());
}

// A handler of `capturePayment` cannot answer with a problem the operation does not declare:
// `invalid_phone_number` belongs to `createPayment` only.
use vipps_problems::{CapturePaymentError, Problem, UndeclaredProblem};

fn by_variant() -> Result<(), CapturePaymentError> {
    Err(CapturePaymentError::InvalidPhoneNumber)
}

fn by_question_mark() -> Result<(), CapturePaymentError> {
    Err(Problem::InvalidPhoneNumber)?
}

fn by_catch_all() -> Result<(), CapturePaymentError> {
    Err(CapturePaymentError::Other(UndeclaredProblem(Problem::InvalidPhoneNumber)))
}

fn main() {
    let _ = (by_variant(), by_question_mark(), by_catch_all());
}

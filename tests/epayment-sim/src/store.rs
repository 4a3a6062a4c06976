//! Payments in memory, and the state rules that produce the catalogue's conflicts.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::{json, Value};
use vipps_problems::Problem;

use crate::body::{Amount, CreatePayment};
use crate::rejection::{internal, Rejection};

/// Where a payment is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentState {
    /// Created, waiting for the user to accept.
    Created,
    /// Accepted: the amount is reserved and can be captured.
    Authorized,
    /// Cancelled before the user accepted.
    Aborted,
    /// Cancelled after the user accepted.
    Terminated,
}

impl PaymentState {
    fn as_str(self) -> &'static str {
        match self {
            PaymentState::Created => "CREATED",
            PaymentState::Authorized => "AUTHORIZED",
            PaymentState::Aborted => "ABORTED",
            PaymentState::Terminated => "TERMINATED",
        }
    }
}

/// The operations that change a payment after it is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    Capture,
    Cancel,
    Refund,
}

/// A successful operation, kept so that a retry with the same `Idempotency-Key` gets the
/// same answer instead of a second capture or refund.
struct Recorded {
    amount: Option<u64>,
    response: Value,
}

/// One payment.
pub struct Payment {
    reference: String,
    amount: Amount,
    state: PaymentState,
    captured: u64,
    refunded: u64,
    done: HashMap<(Operation, String), Recorded>,
}

impl Payment {
    /// The payment as the API shows it.
    pub fn view(&self) -> Value {
        let amount = |value: u64| json!({"currency": self.amount.currency, "value": value});
        let authorized = match self.state {
            PaymentState::Created | PaymentState::Aborted => 0,
            PaymentState::Authorized | PaymentState::Terminated => self.amount.value,
        };
        let cancelled = match self.state {
            PaymentState::Terminated => self.amount.value - self.captured,
            _ => 0,
        };
        json!({
            "reference": self.reference,
            "state": self.state.as_str(),
            "amount": self.amount.to_json(),
            "aggregate": {
                "authorizedAmount": amount(authorized),
                "capturedAmount": amount(self.captured),
                "refundedAmount": amount(self.refunded),
                "cancelledAmount": amount(cancelled),
            },
        })
    }

    /// The answer to replay for a retried operation, or the idempotency conflict when the
    /// retry is not the same request; `None` when `key` is new for this operation.
    pub fn replay(
        &self,
        op: Operation,
        key: &str,
        amount: Option<u64>,
    ) -> Option<Result<Value, Problem>> {
        let recorded = self.done.get(&(op, key.to_owned()))?;
        if recorded.amount == amount {
            return Some(Ok(recorded.response.clone()));
        }
        let conflict = match op {
            Operation::Capture => Problem::CaptureIdempotencyConflict,
            Operation::Refund => Problem::RefundIdempotencyConflict,
            // A cancel has no amount, so its retry is always the same request.
            Operation::Cancel => return Some(Ok(recorded.response.clone())),
        };
        Some(Err(conflict))
    }

    /// Apply an operation by the rules of the API, record it under `key`, and give the view.
    pub fn apply(
        &mut self,
        op: Operation,
        key: &str,
        amount: Option<u64>,
    ) -> Result<Value, Problem> {
        let value = amount.unwrap_or(0);
        match op {
            Operation::Capture => self.capture(value)?,
            Operation::Cancel => self.cancel()?,
            Operation::Refund => self.refund(value)?,
        }
        let response = self.view();
        let recorded = Recorded {
            amount,
            response: response.clone(),
        };
        self.done.insert((op, key.to_owned()), recorded);
        Ok(response)
    }

    fn capture(&mut self, value: u64) -> Result<(), Problem> {
        match self.state {
            PaymentState::Created => Err(Problem::CannotCaptureBeforeReservation),
            PaymentState::Aborted | PaymentState::Terminated => {
                Err(Problem::CannotCaptureCancelledPayment)
            }
            PaymentState::Authorized if value > self.amount.value - self.captured => {
                Err(Problem::CaptureAmountTooHigh)
            }
            PaymentState::Authorized => {
                self.captured += value;
                Ok(())
            }
        }
    }

    fn cancel(&mut self) -> Result<(), Problem> {
        match self.state {
            _ if self.captured > 0 => Err(Problem::CannotCancelCapturedPayment),
            PaymentState::Created => {
                self.state = PaymentState::Aborted;
                Ok(())
            }
            PaymentState::Authorized => {
                self.state = PaymentState::Terminated;
                Ok(())
            }
            // Already cancelled: nothing changes.
            PaymentState::Aborted | PaymentState::Terminated => Ok(()),
        }
    }

    fn refund(&mut self, value: u64) -> Result<(), Problem> {
        if self.state == PaymentState::Created {
            return Err(Problem::AttemptedRefundBeforeReservation);
        }
        if self.captured > 0 && self.refunded == self.captured {
            return Err(Problem::PaymentAlreadyRefunded);
        }
        if value > self.captured - self.refunded {
            return Err(Problem::NotEnoughRefundable);
        }
        self.refunded += value;
        Ok(())
    }

    /// The user accepts the payment (the test environment's "force approve").
    pub fn approve(&mut self) -> Result<Value, Problem> {
        match self.state {
            PaymentState::Created => {
                self.state = PaymentState::Authorized;
                Ok(self.view())
            }
            PaymentState::Authorized => Err(Problem::PaymentAlreadyReserved {
                reference: self.reference.clone(),
            }),
            state => Err(Problem::ApproveFailed {
                reason: format!("the payment is {}", state.as_str()),
            }),
        }
    }
}

/// Each payment behind its own lock, so operations on one reference run one at a time.
pub type Shared = Arc<tokio::sync::Mutex<Payment>>;

#[derive(Default)]
struct Inner {
    /// By (MSN, reference).
    payments: HashMap<(String, String), Shared>,
    /// Creations by (MSN, Idempotency-Key): the request and the answer given.
    created: HashMap<(String, String), (CreatePayment, Value)>,
}

/// Every payment of every merchant.
#[derive(Default)]
pub struct Store {
    inner: Mutex<Inner>,
}

impl Store {
    fn lock(&self) -> Result<MutexGuard<'_, Inner>, Rejection> {
        self.inner
            .lock()
            .map_err(|poisoned| internal(poisoned.to_string()))
    }

    /// Create a payment, or replay the answer to the same request with the same key.
    pub fn create(&self, msn: &str, key: &str, request: CreatePayment) -> Result<Value, Rejection> {
        let mut inner = self.lock()?;
        let by_key = (msn.to_owned(), key.to_owned());
        if let Some((earlier, response)) = inner.created.get(&by_key) {
            if *earlier == request {
                return Ok(response.clone());
            }
            return Err(Rejection::new(Problem::IdempotencyKeyExists {
                idempotency_key: key.to_owned(),
            }));
        }
        let by_reference = (msn.to_owned(), request.reference.clone());
        if inner.payments.contains_key(&by_reference) {
            return Err(Rejection::new(Problem::IdempotencyReferenceExists {
                reference: request.reference,
            }));
        }
        let payment = Payment {
            reference: request.reference.clone(),
            amount: request.amount.clone(),
            state: PaymentState::Created,
            captured: 0,
            refunded: 0,
            done: HashMap::new(),
        };
        let response = payment.view();
        inner
            .payments
            .insert(by_reference, Arc::new(tokio::sync::Mutex::new(payment)));
        inner.created.insert(by_key, (request, response.clone()));
        Ok(response)
    }

    /// The payment `reference` of merchant `msn`.
    pub fn payment(&self, msn: &str, reference: &str) -> Result<Shared, Rejection> {
        self.find(msn, reference)?.ok_or_else(|| {
            Rejection::new(Problem::ReferenceNotFound {
                reference: reference.to_owned(),
                msn: msn.to_owned(),
            })
        })
    }

    /// The payment `reference` of merchant `msn`, if there is one.
    pub fn find(&self, msn: &str, reference: &str) -> Result<Option<Shared>, Rejection> {
        let inner = self.lock()?;
        let key = (msn.to_owned(), reference.to_owned());
        Ok(inner.payments.get(&key).cloned())
    }
}

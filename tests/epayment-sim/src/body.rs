//! Request bodies, read field by field so that every mistake is named at once.
//!
//! The handlers' extractor already answered a body that is not JSON. A field of the wrong
//! type and a missing field give the platform's validation error, with
//! `extraDetails: [{name, reason}]` naming each field. An amount that
//! is a number but not a whole one, or too small, gets the ePayment problems for those.

use serde_json::{json, Map, Value};
use vipps_problems::Problem;

use crate::rejection::Rejection;

/// The currencies the API accepts.
const CURRENCIES: [&str; 3] = ["NOK", "DKK", "EUR"];

/// The smallest payment: 1 NOK, in minor units.
pub const MIN_PAYMENT: u64 = 100;

/// An amount in minor units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amount {
    pub currency: String,
    pub value: u64,
}

impl Amount {
    pub fn to_json(&self) -> Value {
        json!({"currency": self.currency, "value": self.value})
    }
}

/// `POST /payments`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreatePayment {
    pub reference: String,
    pub amount: Amount,
}

/// The body of a capture or refund: `{"modificationAmount": {...}}`.
pub fn modification(json: Value) -> Result<Amount, Rejection> {
    let object = object(json)?;
    let mut fields = Fields::default();
    let amount = fields.amount(&object, "modificationAmount");
    fields.finish()?;
    let amount = amount.ok_or_else(|| Rejection::new(Problem::ValidationError))?;
    number_to_amount(amount, 1)
}

/// The body of `POST /payments`.
pub fn create(json: Value) -> Result<CreatePayment, Rejection> {
    let object = object(json)?;
    let mut fields = Fields::default();
    let reference = fields.reference(&object, "reference");
    let amount = fields.amount(&object, "amount");
    fields.finish()?;
    let (Some(amount), Some(reference)) = (amount, reference) else {
        return Err(Rejection::new(Problem::ValidationError));
    };
    Ok(CreatePayment {
        reference,
        amount: number_to_amount(amount, MIN_PAYMENT)?,
    })
}

/// A well-typed amount whose value is still any JSON number.
struct RawAmount {
    currency: String,
    value: serde_json::Number,
}

/// The rules on the number itself: whole, and at least `min` minor units.
fn number_to_amount(raw: RawAmount, min: u64) -> Result<Amount, Rejection> {
    let value = match (raw.value.as_u64(), raw.value.as_i64()) {
        (Some(n), _) => n,
        // A negative whole number is an amount, just too small.
        (None, Some(_)) => return Err(Rejection::new(Problem::AmountTooSmall)),
        (None, None) => return Err(Rejection::new(Problem::AmountInvalid)),
    };
    if value < min {
        return Err(Rejection::new(Problem::AmountTooSmall));
    }
    Ok(Amount {
        currency: raw.currency,
        value,
    })
}

/// The body as a JSON object.
fn object(json: Value) -> Result<Map<String, Value>, Rejection> {
    match json {
        Value::Object(object) => Ok(object),
        _ => Err(invalid([("body", "must be a JSON object".to_owned())])),
    }
}

/// The validation error naming each field that failed.
pub fn invalid<'a>(failures: impl IntoIterator<Item = (&'a str, String)>) -> Rejection {
    let details: Vec<Value> = failures
        .into_iter()
        .map(|(name, reason)| json!({"name": name, "reason": reason}))
        .collect();
    Rejection::new(Problem::ValidationError).with_extension("extraDetails", details)
}

/// Collects every field mistake of one body.
#[derive(Default)]
struct Fields {
    failures: Vec<(String, String)>,
}

impl Fields {
    fn fail(&mut self, name: &str, reason: &str) {
        self.failures.push((name.to_owned(), reason.to_owned()));
    }

    fn finish(self) -> Result<(), Rejection> {
        if self.failures.is_empty() {
            return Ok(());
        }
        Err(invalid(
            self.failures
                .iter()
                .map(|(name, reason)| (name.as_str(), reason.clone())),
        ))
    }

    /// Member `key` of `object`, which messages call `name`.
    fn required<'a>(
        &mut self,
        object: &'a Map<String, Value>,
        key: &str,
        name: &str,
    ) -> Option<&'a Value> {
        match object.get(key) {
            None | Some(Value::Null) => {
                self.fail(name, "is required");
                None
            }
            Some(value) => Some(value),
        }
    }

    /// The merchant's reference: 8 to 64 letters, digits and hyphens.
    fn reference(&mut self, object: &Map<String, Value>, name: &str) -> Option<String> {
        let Value::String(s) = self.required(object, name, name)? else {
            self.fail(name, "must be a string");
            return None;
        };
        let allowed = s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !(8..=64).contains(&s.len()) || !allowed {
            self.fail(name, "must be 8 to 64 characters: letters, digits and '-'");
            return None;
        }
        Some(s.clone())
    }

    /// `{"currency": "NOK", "value": 1000}`; the value's rules are checked afterwards.
    fn amount(&mut self, object: &Map<String, Value>, name: &str) -> Option<RawAmount> {
        let Value::Object(amount) = self.required(object, name, name)? else {
            self.fail(name, "must be an object with currency and value");
            return None;
        };
        let currency_name = format!("{name}.currency");
        let currency = match self.required(amount, "currency", &currency_name) {
            None => None,
            Some(Value::String(c)) if CURRENCIES.contains(&c.as_str()) => Some(c.clone()),
            Some(_) => {
                self.fail(&currency_name, "must be one of NOK, DKK, EUR");
                None
            }
        };
        let value_name = format!("{name}.value");
        let value = match self.required(amount, "value", &value_name) {
            None => None,
            Some(Value::Number(n)) => Some(n.clone()),
            Some(_) => {
                self.fail(&value_name, "must be a number, in minor units");
                None
            }
        };
        Some(RawAmount {
            currency: currency?,
            value: value?,
        })
    }
}

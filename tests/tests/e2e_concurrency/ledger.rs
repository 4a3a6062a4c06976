//! What the clients of one payment were told, and the payment that must follow from it
//! exactly: each success a client saw counted once, none lost, none doubled.

use serde_json::Value;

/// The successes clients saw on one payment.
#[derive(Default)]
pub struct Ledger {
    /// Captures that succeeded: (Idempotency-Key, amount, the payment as answered).
    pub captures: Vec<(String, u64, Value)>,
    /// Refunds that succeeded, likewise.
    pub refunds: Vec<(String, u64, Value)>,
    /// A cancel succeeded.
    pub cancelled: bool,
}

impl Ledger {
    /// The payment as a `GET` shows it (`view`) is what the successes imply: for an
    /// authorized payment of `amount` (`reserved`) or one never approved. `Err` says what
    /// does not add up.
    pub fn verify(&self, amount: u64, reserved: bool, view: &Value) -> Result<(), String> {
        let captured = chain(&self.captures, "capturedAmount")?;
        let refunded = chain(&self.refunds, "refundedAmount")?;
        if refunded > captured || captured > amount {
            return Err(format!(
                "refunded {refunded} of {captured} captured of {amount}"
            ));
        }
        if self.cancelled && captured > 0 {
            return Err(format!("cancelled, yet {captured} captured"));
        }
        let state = match (reserved, self.cancelled) {
            (true, true) => "TERMINATED",
            (true, false) => "AUTHORIZED",
            (false, true) => "ABORTED",
            (false, false) => "CREATED",
        };
        let expected = [
            ("authorizedAmount", if reserved { amount } else { 0 }),
            ("capturedAmount", captured),
            ("refundedAmount", refunded),
            (
                "cancelledAmount",
                if reserved && self.cancelled {
                    amount - captured
                } else {
                    0
                },
            ),
        ];
        let mut wrong = Vec::new();
        if view["state"] != state {
            wrong.push(format!("state {} (expected {state})", view["state"]));
        }
        for (name, value) in expected {
            let seen = &view["aggregate"][name]["value"];
            if seen.as_u64() != Some(value) {
                wrong.push(format!("{name} {seen} (expected {value})"));
            }
        }
        if wrong.is_empty() {
            Ok(())
        } else {
            Err(wrong.join(", "))
        }
    }
}

/// The total of `successes`, after checking that they happened one after another: ordered by
/// the running total each answer showed (`member` of the aggregate), every answer's total is
/// the one before plus its own amount. Two operations that both worked from the same total (a
/// lost update) show the same running total twice and break the chain.
fn chain(successes: &[(String, u64, Value)], member: &str) -> Result<u64, String> {
    let mut steps: Vec<(u64, u64, &str)> = Vec::new();
    for (key, amount, view) in successes {
        let Some(total) = view["aggregate"][member]["value"].as_u64() else {
            return Err(format!("{key}: no {member} in {view}"));
        };
        steps.push((total, *amount, key));
    }
    steps.sort();
    let mut running = 0;
    for (total, amount, key) in steps {
        if total != running + amount {
            return Err(format!(
                "{key}: {member} {total} after {running}, but it added {amount}"
            ));
        }
        running = total;
    }
    Ok(running)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(state: &str, captured: u64, refunded: u64, cancelled: u64) -> Value {
        let amount = |value: u64| json!({"currency": "NOK", "value": value});
        json!({"state": state, "aggregate": {
            "authorizedAmount": amount(10_000),
            "capturedAmount": amount(captured),
            "refundedAmount": amount(refunded),
            "cancelledAmount": amount(cancelled),
        }})
    }

    fn capture(key: &str, amount: u64, total: u64) -> (String, u64, Value) {
        (key.into(), amount, view("AUTHORIZED", total, 0, 0))
    }

    #[test]
    fn successes_one_after_another_add_up() {
        let ledger = Ledger {
            captures: vec![capture("c2", 1500, 3000), capture("c1", 1500, 1500)],
            ..Ledger::default()
        };
        assert_eq!(
            ledger.verify(10_000, true, &view("AUTHORIZED", 3000, 0, 0)),
            Ok(())
        );
    }

    #[test]
    fn a_lost_update_is_caught() {
        // Both captures answered 1500: the second worked from the total before the first,
        // and the payment shows one of them.
        let ledger = Ledger {
            captures: vec![capture("c1", 1500, 1500), capture("c2", 1500, 1500)],
            ..Ledger::default()
        };
        let error = ledger
            .verify(10_000, true, &view("AUTHORIZED", 1500, 0, 0))
            .unwrap_err();
        assert!(error.contains("capturedAmount 1500 after 1500"), "{error}");
    }

    #[test]
    fn a_doubled_or_unanswered_change_is_caught() {
        // One capture answered, the payment shows two (a retry applied twice, or a change no
        // client was told of).
        let ledger = Ledger {
            captures: vec![capture("c1", 1500, 1500)],
            ..Ledger::default()
        };
        let error = ledger
            .verify(10_000, true, &view("AUTHORIZED", 3000, 0, 0))
            .unwrap_err();
        assert_eq!(error, "capturedAmount 3000 (expected 1500)");
    }

    #[test]
    fn a_cancel_must_show_in_the_state_and_amounts() {
        let ledger = Ledger {
            cancelled: true,
            ..Ledger::default()
        };
        let error = ledger
            .verify(10_000, true, &view("AUTHORIZED", 0, 0, 0))
            .unwrap_err();
        assert_eq!(
            error,
            "state \"AUTHORIZED\" (expected TERMINATED), cancelledAmount 0 (expected 10000)"
        );
        assert_eq!(
            ledger.verify(10_000, true, &view("TERMINATED", 0, 0, 10_000)),
            Ok(())
        );
    }
}

//! The script: what each payment goes through, all payments at once.

use std::sync::Arc;

use axum::http::Method;
use serde_json::Value;
use tokio::task::JoinSet;

use super::clients::DynClient;
use super::report::Outcome;
use super::Call;

/// How many payments, of how much, captured in how many parts.
#[derive(Clone, Debug)]
pub struct Script {
    /// Payments created at once.
    pub payments: usize,
    /// Each payment's amount, in øre; a multiple of `captures`.
    pub amount: u64,
    /// Partial captures per payment, sent at once: all but one meet "Order processing".
    pub captures: usize,
    /// The merchant: one rate limit for the whole run.
    pub msn: String,
}

impl Default for Script {
    fn default() -> Self {
        Script {
            payments: 12,
            amount: 1200,
            captures: 3,
            msn: "123456".to_owned(),
        }
    }
}

/// One payment's read-back: what the server holds for it.
#[derive(Clone, Debug)]
pub struct ReadBack {
    /// `order-NNNN`.
    pub reference: String,
    /// The captured amount, if the payment could be read.
    pub captured: Option<u64>,
}

/// Run the script through `client`: what each call finally got, and each payment read back.
pub async fn run(client: Arc<dyn DynClient>, script: &Script) -> (Vec<Outcome>, Vec<ReadBack>) {
    let mut payments = JoinSet::new();
    for n in 0..script.payments {
        payments.spawn(payment(client.clone(), script.clone(), n));
    }
    let mut outcomes = Vec::new();
    let mut read_back = Vec::new();
    while let Some(done) = payments.join_next().await {
        if let Ok((calls, read)) = done {
            outcomes.extend(calls);
            read_back.push(read);
        }
    }
    outcomes.sort_by(|a, b| a.call.cmp(&b.call));
    read_back.sort_by(|a, b| a.reference.cmp(&b.reference));
    (outcomes, read_back)
}

/// Create, approve, capture in parts at once (with a capture that must be fixed among them),
/// capture one unit too many, read back.
async fn payment(client: Arc<dyn DynClient>, script: Script, n: usize) -> (Vec<Outcome>, ReadBack) {
    let reference = format!("order-{n:04}");
    // Every call but the approval and the read carries its id as `Idempotency-Key`.
    let call = |method: Method, id: String, path: String, key: bool, body: Option<String>| Call {
        key: key.then(|| id.clone()),
        id,
        method,
        path,
        msn: script.msn.clone(),
        body,
    };
    let amount =
        |currency: &str, value: u64| format!(r#"{{"currency":"{currency}","value":{value}}}"#);
    let capture = |value: u64, currency: &str| {
        Some(format!(
            r#"{{"modificationAmount":{}}}"#,
            amount(currency, value)
        ))
    };
    let create = format!(
        r#"{{"reference":"{reference}","amount":{}}}"#,
        amount("NOK", script.amount)
    );
    let mut outcomes = vec![
        send(
            &client,
            call(
                Method::POST,
                format!("create-{n}"),
                "/payments".into(),
                true,
                Some(create),
            ),
        )
        .await,
        send(
            &client,
            call(
                Method::POST,
                format!("approve-{n}"),
                format!("/test/payments/{reference}/approve"),
                false,
                None,
            ),
        )
        .await,
    ];
    let captures = script.captures.max(1);
    let part = script.amount / captures as u64;
    let capture_path = format!("/payments/{reference}/capture");
    let mut parts = JoinSet::new();
    for j in 0..captures {
        let capture = call(
            Method::POST,
            format!("capture-{n}-{j}"),
            capture_path.clone(),
            true,
            capture(part, "NOK"),
        );
        parts.spawn(send_owned(client.clone(), capture));
    }
    let unknown_currency = call(
        Method::POST,
        format!("invalid-{n}"),
        capture_path.clone(),
        true,
        capture(part, "XXX"),
    );
    parts.spawn(send_owned(client.clone(), unknown_currency));
    while let Some(done) = parts.join_next().await {
        outcomes.extend(done.ok());
    }
    let too_much = call(
        Method::POST,
        format!("over-{n}"),
        capture_path,
        true,
        capture(1, "NOK"),
    );
    outcomes.push(send(&client, too_much).await);
    let read = call(
        Method::GET,
        format!("read-{n}"),
        format!("/payments/{reference}"),
        false,
        None,
    );
    let read = send(&client, read).await;
    let captured = read.json.as_ref().and_then(|view| {
        view.pointer("/aggregate/capturedAmount/value")
            .and_then(Value::as_u64)
    });
    outcomes.push(read);
    (
        outcomes,
        ReadBack {
            reference,
            captured,
        },
    )
}

async fn send_owned(client: Arc<dyn DynClient>, call: Call) -> Outcome {
    send(&client, call).await
}

async fn send(client: &Arc<dyn DynClient>, call: Call) -> Outcome {
    let id = call.id.clone();
    Outcome::of(id, client.send_boxed(call).await)
}

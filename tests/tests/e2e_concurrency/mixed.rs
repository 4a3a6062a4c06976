//! A mixed workload: creates, captures, refunds and cancels from many tasks at once on shared
//! references, sent as clients send them (an `Idempotency-Key` each, the same request again
//! after "order processing", once more after a success). Whatever the interleaving, every
//! answer is a success or a problem that operation may answer, and each payment is exactly
//! what the successes its clients saw imply.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use vipps_problems::Problem;

use super::ledger::Ledger;
use super::{config, MSN};
use crate::loopback::{on_each_server, Api, Reply, Server};

const AMOUNT: u64 = 10_000;
/// Eight captures of 1,500 ask for 12,000 of the 10,000 reserved: six fit, two are refused.
const CAPTURES: usize = 8;
const CAPTURE: u64 = 1_500;
const CAPTURED_IN_FULL: u64 = 6 * CAPTURE;
/// Ten refunds of 1,000 ask for more than can be captured, sent while the captures are still
/// coming in.
const REFUNDS: usize = 10;
const REFUND: u64 = 1_000;
/// Payments reserved before the load, and payments created during it.
const RESERVED: usize = 8;
const FRESH: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Create,
    Capture,
    Refund,
    Cancel,
}

/// One request as a client sends it.
#[derive(Clone, Debug)]
struct Request {
    op: Op,
    reference: String,
    key: String,
    amount: u64,
}

impl Request {
    fn new(op: Op, reference: &str, key: String, amount: u64) -> Request {
        let reference = reference.to_owned();
        Request {
            op,
            reference,
            key,
            amount,
        }
    }

    async fn send(&self, api: &Api) -> Reply {
        let (key, reference, amount) = (&self.key, &self.reference, self.amount);
        match self.op {
            Op::Create => api.create(MSN, key, reference, amount).await,
            Op::Capture => api.modify("capture", MSN, key, reference, amount).await,
            Op::Refund => api.modify("refund", MSN, key, reference, amount).await,
            Op::Cancel => api.cancel(MSN, key, reference).await,
        }
    }

    /// Whether `problem` is a final answer this request may get in this workload.
    fn may_be_refused_with(&self, problem: &Problem) -> bool {
        let not_yet_created = *problem
            == Problem::ReferenceNotFound {
                reference: self.reference.clone(),
                msn: MSN.into(),
            };
        match self.op {
            Op::Create => {
                *problem
                    == Problem::IdempotencyReferenceExists {
                        reference: self.reference.clone(),
                    }
            }
            Op::Capture => {
                not_yet_created
                    || matches!(
                        problem,
                        Problem::CaptureAmountTooHigh
                            | Problem::CannotCaptureCancelledPayment
                            | Problem::CannotCaptureBeforeReservation
                    )
            }
            Op::Refund => matches!(
                problem,
                Problem::NotEnoughRefundable | Problem::PaymentAlreadyRefunded
            ),
            Op::Cancel => not_yet_created || *problem == Problem::CannotCancelCapturedPayment,
        }
    }

    /// Send until the answer is final, the same request again while another request holds
    /// the payment ("order processing"): the success's body, or the problem.
    async fn settle(&self, api: &Api) -> Result<Value, Problem> {
        for _ in 0..1000 {
            let reply = self.send(api).await;
            if (200..300).contains(&reply.status) {
                return Ok(reply.json());
            }
            let classified = reply.problem();
            let problem = classified.problem().clone();
            if problem == Problem::OrderProcessing {
                assert!(classified.retry_hint().is_retryable());
                assert!(reply.headers.contains_key("retry-after"));
                tokio::time::sleep(Duration::from_millis(2)).await;
                continue;
            }
            assert!(self.may_be_refused_with(&problem), "{self:?}: {problem:?}");
            return Err(problem);
        }
        panic!("{self:?}: never answered but 'order processing'");
    }
}

/// Every request from a task of its own, all at once; each with its final answer.
async fn settle_all(
    api: &Arc<Api>,
    requests: Vec<Request>,
) -> Vec<(Request, Result<Value, Problem>)> {
    let tasks: Vec<_> = requests
        .into_iter()
        .map(|request| {
            let api = api.clone();
            tokio::spawn(async move {
                let answer = request.settle(&api).await;
                (request, answer)
            })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

/// The payments `reserved` (created and approved before) and `fresh` (created during the
/// load), each under its own clients' fire.
fn workload(reserved: &[String], fresh: &[String]) -> Vec<Request> {
    let mut requests = Vec::new();
    for (i, reference) in reserved.iter().enumerate() {
        // Every other payment is cancelled too, its cancel sent first or last: it may come
        // before any capture, or be refused after one.
        let cancel = Request::new(Op::Cancel, reference, format!("cancel-{i}"), 0);
        if i % 4 == 1 {
            requests.push(cancel.clone());
        }
        for j in 0..CAPTURES {
            let key = format!("capture-{i}-{j}");
            requests.push(Request::new(Op::Capture, reference, key, CAPTURE));
        }
        for j in 0..REFUNDS {
            let key = format!("refund-{i}-{j}");
            requests.push(Request::new(Op::Refund, reference, key, REFUND));
        }
        if i % 4 == 3 {
            requests.push(cancel);
        }
    }
    for (i, reference) in fresh.iter().enumerate() {
        // Two clients create it, each with a key of its own; one sends its request twice.
        for client in ["a", "a", "b"] {
            let key = format!("create-{i}-{client}");
            requests.push(Request::new(Op::Create, reference, key, AMOUNT));
        }
        // Never approved: nothing can be captured, whether it exists yet or not.
        let key = format!("early-capture-{i}");
        requests.push(Request::new(Op::Capture, reference, key, CAPTURE));
        if i % 2 == 1 {
            let key = format!("cancel-fresh-{i}");
            requests.push(Request::new(Op::Cancel, reference, key, 0));
        }
    }
    requests
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mixed_workload_loses_and_doubles_nothing() {
    on_each_server(a_mixed_workload_loses_and_doubles_nothing_on).await;
}

async fn a_mixed_workload_loses_and_doubles_nothing_on(server: Server) {
    let api = Arc::new(Api::on(server, config()).await);
    let reserved: Vec<String> = (0..RESERVED).map(|i| format!("reserved-{i:02}")).collect();
    let fresh: Vec<String> = (0..FRESH).map(|i| format!("fresh-{i:02}-ref")).collect();
    for reference in &reserved {
        api.reserved(MSN, reference, AMOUNT).await;
    }

    let answers = settle_all(&api, workload(&reserved, &fresh)).await;
    let mut ledgers: BTreeMap<&str, Ledger> = BTreeMap::new();
    let mut creators: BTreeMap<&str, BTreeSet<(&str, String)>> = BTreeMap::new();
    let mut refusals: BTreeMap<String, usize> = BTreeMap::new();
    for (request, answer) in &answers {
        let view = match answer {
            Ok(view) => view,
            Err(problem) => {
                let id = problem.problem_type().map_or("unknown", |kind| kind.id());
                *refusals.entry(id.to_owned()).or_default() += 1;
                continue;
            }
        };
        let ledger = ledgers.entry(&request.reference).or_default();
        let success = (request.key.clone(), request.amount, view.clone());
        match request.op {
            Op::Capture => ledger.captures.push(success),
            Op::Refund => ledger.refunds.push(success),
            Op::Cancel => ledger.cancelled = true,
            Op::Create => {
                let created = creators.entry(&request.reference).or_default();
                created.insert((&request.key, view.to_string()));
            }
        }
    }
    eprintln!("{} requests; refused: {refusals:?}", answers.len());

    // Exactly one client created each fresh payment; its retry got the same answer.
    for reference in &fresh {
        let created = &creators[reference.as_str()];
        assert_eq!(created.len(), 1, "{reference}: {created:?}");
    }
    let payments: Vec<_> = (reserved.iter().map(|r| (r, true)))
        .chain(fresh.iter().map(|r| (r, false)))
        .collect();
    let check = |ledgers: &BTreeMap<&str, Ledger>, views: Vec<Value>| {
        let none = Ledger::default();
        for ((reference, reserved), view) in payments.iter().zip(views) {
            let ledger = ledgers.get(reference.as_str()).unwrap_or(&none);
            if let Err(wrong) = ledger.verify(AMOUNT, *reserved, &view) {
                panic!("{reference}: {wrong}\n{view}");
            }
            // Every capture was answered: a payment not cancelled is captured as far as fits.
            let captured = view["aggregate"]["capturedAmount"]["value"].as_u64();
            let expected = if !reserved || ledger.cancelled {
                0
            } else {
                CAPTURED_IN_FULL
            };
            assert_eq!(captured, Some(expected), "{reference}");
        }
    };
    check(&ledgers, views(&api, &payments).await);

    // Every success once more, all at once, as clients that never saw the answer would:
    // the same answer, and nothing changes.
    let successes: Vec<_> = answers.iter().filter(|(_, a)| a.is_ok()).collect();
    let again = settle_all(&api, successes.iter().map(|(r, _)| r.clone()).collect()).await;
    for ((request, first), (_, second)) in successes.iter().zip(&again) {
        assert_eq!(first, second, "{request:?}");
    }
    check(&ledgers, views(&api, &payments).await);
}

/// Each payment as a `GET` shows it.
async fn views(api: &Api, payments: &[(&String, bool)]) -> Vec<Value> {
    let mut views = Vec::new();
    for (reference, _) in payments {
        views.push(api.get(MSN, reference).await.json());
    }
    views
}

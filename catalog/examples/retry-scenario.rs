//! Many concurrent payment creations and partial captures against the ePayment simulation,
//! under a low rate limit and "Order processing" conflicts, retried by one of errors-core's
//! retry adapters; prints one JSON summary (requests sent, retries by reason, payments
//! created, captured totals, requests given up).
//!
//! ```text
//! cargo run -p vipps-problems --example retry-scenario \
//!     --features retry-tower,retry-reqwest-middleware,retry-backon,retry-reqwest -- \
//!     --adapter reqwest-middleware --payments 20 --rate-limit 25
//! ```
//!
//! The simulation runs in-process: on a 127.0.0.1 port for the reqwest adapters, called
//! directly for `tower` and `backon`. It loses the first answer of every capture after doing
//! it, so a retry with another `Idempotency-Key` would capture twice.

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use epayment_sim::scenario::{execute, Adapter, Script};
use epayment_sim::Config;
use errors_core::classify::{Jitter, RetryPolicy};
use errors_core::retry::RetryRules;

#[derive(Parser)]
#[command(about = "Run the retry scenario against the ePayment simulation")]
struct Args {
    /// tower, backon, reqwest-middleware or reqwest-builtin.
    #[arg(long, default_value = "reqwest-middleware")]
    adapter: String,
    /// Payments created at once.
    #[arg(long, default_value_t = 12)]
    payments: usize,
    /// Partial captures per payment, sent at once.
    #[arg(long, default_value_t = 3)]
    captures: usize,
    /// Requests per second the simulation accepts from the merchant.
    #[arg(long, default_value_t = 25)]
    rate_limit: u32,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let Some(adapter) = Adapter::from_name(&args.adapter) else {
        let names: Vec<_> = Adapter::ALL.iter().map(|a| a.name()).collect();
        eprintln!(
            "error: unknown adapter `{}`: one of {}",
            args.adapter,
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    if args.payments == 0 || args.captures == 0 || args.rate_limit == 0 {
        eprintln!("error: --payments, --captures and --rate-limit must be at least 1");
        return ExitCode::from(2);
    }
    let script = Script {
        payments: args.payments,
        amount: 400 * args.captures as u64,
        captures: args.captures,
        ..Script::default()
    };
    let config = Config {
        rate_limit: args.rate_limit,
        rate_window: Duration::from_secs(1),
        processing_time: Duration::from_millis(50),
    };
    let rules = RetryRules::new()
        .policy(RetryPolicy {
            max_retries: 10,
            initial_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
            jitter: Jitter::Full,
        })
        .time_budget(Duration::from_secs(60));
    match execute(adapter, rules, config, &script).await {
        Ok(report) => {
            println!("{}", report.to_json());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: cannot start the simulation: {err}");
            ExitCode::FAILURE
        }
    }
}

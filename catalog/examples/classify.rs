//! Classify a saved HTTP error response: the body on standard input, status and headers as
//! arguments; prints one JSON object.
//!
//! ```sh
//! cargo run -p vipps-problems --example classify -- --status 404 [--header 'Retry-After: 30'] < body
//! ```
//!
//! Bad arguments: one line on standard error, exit code 2.

use std::io::{Read, Write};
use std::process::ExitCode;

use errors_core::classify::Limits;

#[path = "classify/cli.rs"]
mod cli;
use cli::run;

fn main() -> ExitCode {
    let args = std::env::args_os().collect::<Vec<_>>();
    let outcome = run(&args, || {
        let mut body = Vec::new();
        // One byte more than the limit is enough to know the body is too large.
        std::io::stdin()
            .lock()
            .take(Limits::default().max_body as u64 + 1)
            .read_to_end(&mut body)
            .map(|_| body)
            .map_err(|e| e.to_string())
    });
    if !outcome.stdout.is_empty() {
        let _ = writeln!(std::io::stdout(), "{}", outcome.stdout);
    }
    if !outcome.stderr.is_empty() {
        let _ = writeln!(std::io::stderr(), "{}", outcome.stderr);
    }
    ExitCode::from(outcome.code)
}

#[cfg(test)]
mod tests {
    use super::cli::Outcome;
    use super::*;
    use serde_json::{json, Value};

    fn exec(args: &[&str], body: &str) -> Outcome {
        let mut argv = vec![std::ffi::OsString::from("classify")];
        argv.extend(args.iter().map(Into::into));
        run(&argv, || Ok(body.as_bytes().to_vec()))
    }

    fn json_of(outcome: &Outcome) -> Value {
        assert_eq!(outcome.code, 0, "stderr: {}", outcome.stderr);
        serde_json::from_str(&outcome.stdout).unwrap()
    }

    #[test]
    fn prints_the_issue_shape_for_a_live_epayment_body() {
        let out = exec(
            &["--status", "404"],
            r#"{"type":"https://httpstatuses.io/404","title":"Reference not found","detail":"The reference order-9 does not exist for MSN 654321","status":404,"traceId":"t"}"#,
        );
        assert!(out.stderr.is_empty());
        assert!(!out.stdout.contains('\n'), "one line of JSON");
        assert_eq!(
            json_of(&out),
            json!({
                "known": true,
                "id": "reference_not_found",
                "type": "https://developer.vippsmobilepay.com/problems/epayment/reference-not-found",
                "status": 404,
                "title": "Reference not found",
                "params": {"reference": "order-9", "msn": "654321"},
                "identified_by": "title",
                "shape": "problem",
                "body_status": 404,
                "catalogue_status": 404,
                "retry": {
                    "retryable": false,
                    "action": "fix_request",
                    "after_seconds": null,
                    "source": null,
                    "same_idempotency_key": false,
                },
                "instance": null,
                "extensions": {"traceId": "t"},
                "detail": "The reference order-9 does not exist for MSN 654321",
                "raw_text": null,
            })
        );
    }

    #[test]
    fn reads_retry_after_from_a_header_argument() {
        let out = exec(
            &["--status", "429", "--header", "Retry-After: 30"],
            r#"{"title":"Order processing","detail":"Too many concurrent requests. The payment is being processed."}"#,
        );
        let v = json_of(&out);
        assert_eq!(v["id"], "order_processing");
        assert_eq!(
            v["retry"],
            json!({"retryable": true, "action": "resend", "after_seconds": 30,
                   "source": "retry_after", "same_idempotency_key": true})
        );
    }

    #[test]
    fn unknown_bodies_print_nulls_and_the_raw_text() {
        let v = json_of(&exec(&["--status", "503"], "<html>down</html>"));
        assert_eq!(v["known"], false);
        assert_eq!(v["id"], Value::Null);
        assert_eq!(v["title"], Value::Null);
        assert_eq!(v["params"], json!({}));
        assert_eq!(v["raw_text"], "<html>down</html>");
        assert_eq!(v["retry"]["retryable"], true);
        assert_eq!(v["retry"]["after_seconds"], Value::Null);
        assert_eq!(v["retry"]["source"], "backoff");
    }

    #[test]
    fn bad_arguments_give_one_line_and_exit_code_2() {
        for args in [
            &[][..],
            &["--status"][..],
            &["--status", "abc"][..],
            &["--status", "42"][..],
            &["--status", "404", "--header", "no colon"][..],
            &["--status", "404", "--header", "bad name: x"][..],
            &["--status", "404", "--bogus"][..],
        ] {
            let out = exec(args, "");
            assert_eq!(out.code, 2, "{args:?}");
            assert!(out.stdout.is_empty(), "{args:?}");
            assert!(
                out.stderr.starts_with("error: "),
                "{args:?}: {}",
                out.stderr
            );
            assert_eq!(out.stderr.lines().count(), 1, "{args:?}: {}", out.stderr);
        }
    }

    #[test]
    fn help_is_not_an_error() {
        let out = exec(&["--help"], "");
        assert_eq!(out.code, 0);
        assert!(out.stdout.contains("--status"));
    }
}

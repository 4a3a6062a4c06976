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

use clap::Parser;
use errors_core::classify::{classify_with, Classified, DelaySource, Jitter, Limits, RetryPolicy};
use errors_core::http::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{json, Map, Value};
use vipps_problems::Problem;

/// Classify a saved HTTP error response (body on standard input) against the shipped
/// catalogue, and say whether, how and when to retry.
#[derive(Parser, Debug)]
#[command(name = "classify")]
struct Args {
    /// The HTTP status of the response.
    #[arg(long, value_parser = clap::value_parser!(u16).range(100..=999))]
    status: u16,
    /// A response header as 'Name: value' (repeatable), e.g. 'Retry-After: 30'.
    #[arg(long = "header", value_name = "NAME: VALUE", value_parser = parse_header)]
    headers: Vec<(HeaderName, HeaderValue)>,
    /// How many retries were already made.
    #[arg(long, default_value_t = 0)]
    attempt: u32,
}

fn parse_header(text: &str) -> Result<(HeaderName, HeaderValue), String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not 'Name: value'"))?;
    let name = HeaderName::from_bytes(name.trim().as_bytes())
        .map_err(|_| format!("`{}` is not a header name", name.trim()))?;
    let value = HeaderValue::from_str(value.trim())
        .map_err(|_| format!("the value of `{name}` is not a valid header value"))?;
    Ok((name, value))
}

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

/// What the program prints and its exit code.
struct Outcome {
    code: u8,
    stdout: String,
    stderr: String,
}

fn run(
    args: &[std::ffi::OsString],
    read_body: impl FnOnce() -> Result<Vec<u8>, String>,
) -> Outcome {
    let args = match Args::try_parse_from(args) {
        Ok(args) => args,
        Err(err) if !err.use_stderr() => {
            // --help, --version: not an error.
            return Outcome {
                code: 0,
                stdout: err.to_string().trim_end().to_owned(),
                stderr: String::new(),
            };
        }
        Err(err) => {
            let rendered = err.to_string();
            let first = rendered.lines().next().unwrap_or("error: bad arguments");
            return Outcome {
                code: 2,
                stdout: String::new(),
                stderr: first.to_owned(),
            };
        }
    };
    let body = match read_body() {
        Ok(body) => body,
        Err(err) => {
            return Outcome {
                code: 1,
                stdout: String::new(),
                stderr: format!("error: cannot read the body from standard input: {err}"),
            }
        }
    };
    let headers: HeaderMap = args.headers.into_iter().collect();
    let classified = classify_with::<Problem>(&Limits::default(), args.status, &headers, &body);
    Outcome {
        code: 0,
        stdout: report(&classified, args.attempt).to_string(),
        stderr: String::new(),
    }
}

/// The one JSON object printed.
fn report(c: &Classified<Problem>, attempt: u32) -> Value {
    let info = c.kind().map(|k| k.info());
    let params: Map<String, Value> = c
        .problem()
        .params()
        .into_iter()
        .map(|(name, value)| (name.to_owned(), Value::from(value)))
        .collect();
    // No jitter: the same input always prints the same advice.
    let policy = RetryPolicy {
        jitter: Jitter::None,
        ..RetryPolicy::default()
    };
    let advice = c.retry_advice(&policy, attempt);
    let server_named = advice.source.filter(|s| *s != DelaySource::Backoff);
    let after_seconds = server_named
        .and(advice.delay)
        .map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
    json!({
        "known": c.is_known(),
        "id": info.map(|i| i.id()),
        "type": info.map(|i| i.type_uri()),
        "status": c.status(),
        "title": info.map(|i| i.title()),
        "params": params,
        "identified_by": c.identified_by().as_str(),
        "shape": c.shape().as_str(),
        "body_status": c.body_status(),
        "catalogue_status": c.catalogue_status(),
        "retry": {
            "retryable": advice.is_retryable(),
            "action": advice.action.as_str(),
            "after_seconds": after_seconds,
            "source": advice.source.map(|s| s.as_str()),
            "same_idempotency_key": advice.same_idempotency_key(),
        },
        "instance": c.instance(),
        "extensions": c.extensions(),
        "detail": c.detail(),
        "raw_text": c.raw_text(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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

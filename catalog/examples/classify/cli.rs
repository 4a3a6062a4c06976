//! The classify example's work, apart from its `main`: read the arguments (clap), classify
//! the body, and build the one JSON object printed. The cross-language agreement test
//! (`tests/tests/clients_agree.rs`) runs this same code in-process.

use clap::Parser;
use errors_core::classify::{classify_with, Classified, DelaySource, Jitter, Limits, RetryPolicy};
use errors_core::http::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{json, Map, Value};
use vipps_problems::Problem;

/// Classify a saved HTTP error response (body on standard input) against the shipped
/// catalogue, and say whether, how and when to retry.
#[derive(Parser, Debug)]
#[command(name = "classify")]
pub struct Args {
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

/// What the program prints and its exit code.
pub struct Outcome {
    /// The exit code.
    pub code: u8,
    /// What goes to standard output (without the final newline).
    pub stdout: String,
    /// What goes to standard error (without the final newline).
    pub stderr: String,
}

/// Run the program on `args` (the program's name first), reading the body when the
/// arguments are good.
pub fn run(
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
pub fn report(c: &Classified<Problem>, attempt: u32) -> Value {
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

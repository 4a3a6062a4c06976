//! Rust, TypeScript and Python classify alike: for every body of the corpus (each entry's
//! example as emitted and as the live API sends it, in every locale; the fuzz seeds; the
//! benchmark's mix; malformed bodies; `Retry-After` and `--attempt`), the Rust example
//! `classify` (its code run in-process), `node docs/clients/typescript/classify.mjs` and
//! `python3 docs/clients/python/classify.py` print the same JSON text, and fail alike on bad
//! arguments.
//!
//! Every body goes through each client's command-line function in one process per language
//! (`tests/clients/*/batch.*`, the function `classify.mjs` and `classify.py` call), and a
//! share of them (every seventh, and each larger than the body limit) through the command
//! lines themselves, one process per body, standard input and all.
//!
//! Without node or python3 (the build script looks for both) these tests are ignored with
//! their reason, unless `REQUIRE_CLIENT_RUNTIMES=1` (CI sets it, and installs both) makes
//! their absence a failure.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crate::clients::corpus::{self, Case};
use std::process::Command;

use crate::clients::{run, Client, Printed};
use crate::support::{shipped_catalog, workspace};

#[path = "../../catalog/examples/classify/cli.rs"]
#[allow(dead_code)]
mod classify_cli;

/// What the Rust example prints for `case`.
fn rust(args: &[String], body: &[u8]) -> Printed {
    let mut argv = vec![std::ffi::OsString::from("classify")];
    argv.extend(args.iter().map(Into::into));
    let out = classify_cli::run(&argv, || Ok(body.to_vec()));
    Printed {
        code: i32::from(out.code),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// `Ok` when `other` printed what Rust printed, else what differs.
fn compare(case: &Case, client: Client, rust: &Printed, other: &Printed) -> Result<(), String> {
    if rust.code == other.code && rust.stdout == other.stdout {
        return Ok(());
    }
    let parsed = |p: &Printed| serde_json::from_str::<serde_json::Value>(&p.stdout).ok();
    let members = match (parsed(rust), parsed(other)) {
        (Some(serde_json::Value::Object(r)), Some(serde_json::Value::Object(o))) => {
            let differ: Vec<String> = r
                .keys()
                .chain(o.keys())
                .filter(|k| r.get(*k) != o.get(*k))
                .map(|k| format!("{k}: Rust {:?}, {} {:?}", r.get(k), client.name(), o.get(k)))
                .collect();
            differ.join("; ")
        }
        _ => "not both JSON objects".to_owned(),
    };
    Err(format!(
        "{} ({:?}): {} prints otherwise than Rust: {members}\n  Rust: exit {} {}\n  {}: exit {} {} {}",
        case.name,
        case.args,
        client.name(),
        rust.code,
        rust.stdout,
        client.name(),
        other.code,
        other.stdout,
        other.stderr
    ))
}

/// What each client's command-line function prints for every case, in one process each.
fn batch(client: Client, cases: &[Case]) -> Vec<Printed> {
    let dir = workspace().join("tests/clients").join(client.name());
    let mut command = Command::new(client.program());
    match client {
        Client::TypeScript => command.arg(dir.join("batch.mjs")),
        Client::Python => command.arg("-S").arg(dir.join("batch.py")),
    };
    command.arg(client.dir());
    let input: String = cases
        .iter()
        .map(|c| {
            let hex: String = c.body.iter().map(|b| format!("{b:02x}")).collect();
            format!("{}\n", serde_json::json!({"args": c.args, "body": hex}))
        })
        .collect();
    let printed = run(command, &[], input.as_bytes());
    assert_eq!(
        printed.code,
        0,
        "{} batch: {}",
        client.name(),
        printed.stderr
    );
    let lines: Vec<Printed> = printed
        .stdout
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            Printed {
                code: v["code"].as_i64().map_or(-1, |c| c as i32),
                stdout: v["stdout"].as_str().unwrap_or_default().to_owned(),
                stderr: v["stderr"].as_str().unwrap_or_default().to_owned(),
            }
        })
        .collect();
    assert_eq!(
        lines.len(),
        cases.len(),
        "{} batch: one line per case",
        client.name()
    );
    lines
}

/// Whether `case` also runs through the command line itself, one process for the body.
fn one_process(i: usize, case: &Case) -> bool {
    i % 7 == 0 || case.body.len() > 64 * 1024
}

/// Every case through Rust and the clients (the batch, and a share one process per body, on
/// a few threads); every difference found.
fn differences(cases: &[Case], clients: &[Client]) -> Vec<String> {
    let expected: Vec<Printed> = cases.iter().map(|c| rust(&c.args, &c.body)).collect();
    let mut found = Vec::new();
    for &client in clients {
        for ((case, rust), printed) in cases.iter().zip(&expected).zip(batch(client, cases)) {
            found.extend(compare(case, client, rust, &printed).err());
        }
    }
    let singles: Vec<usize> = (0..cases.len())
        .filter(|&i| one_process(i, &cases[i]))
        .collect();
    let next = AtomicUsize::new(0);
    let found = Mutex::new(found);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some(&i) = singles.get(at) else { break };
                let case = &cases[i];
                for &client in clients {
                    let printed = run(client.command_in(&client.dir()), &case.args, &case.body);
                    if let Err(e) = compare(case, client, &expected[i], &printed) {
                        found.lock().unwrap().push(format!("one process: {e}"));
                    }
                }
            });
        }
    });
    found.into_inner().unwrap()
}

#[test]
#[cfg_attr(
    any(no_node, no_python),
    ignore = "no node or python3 on PATH: install Node.js 18+ and Python 3.9+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn rust_typescript_and_python_print_the_same_json_for_every_body() {
    let cases = corpus::all(&shipped_catalog());
    assert!(cases.len() >= 300, "only {} bodies", cases.len());
    let started = Instant::now();
    let found = differences(&cases, &Client::ALL);
    let singles = (0..cases.len())
        .filter(|&i| one_process(i, &cases[i]))
        .count();
    eprintln!(
        "{} bodies through Rust, node and python3 ({singles} of them one process per body) in {:.1} s",
        cases.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        found.is_empty(),
        "{} differences:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
#[cfg_attr(
    any(no_node, no_python),
    ignore = "no node or python3 on PATH: install Node.js 18+ and Python 3.9+ (.ci/run does, and sets REQUIRE_CLIENT_RUNTIMES=1)"
)]
fn bad_arguments_fail_alike_with_one_line() {
    let bad: &[&[&str]] = &[
        &[],
        &["--status"],
        &["--status", "abc"],
        &["--status", "42"],
        &["--status", "1000"],
        &["--status", "-1"],
        &["--status", "404", "--status", "405"],
        &["--status", "404", "--header", "no colon"],
        &["--status", "404", "--header", "bad name: x"],
        &["--status", "404", "--header", "X: a\u{1}"],
        &["--status", "404", "--attempt", "-1"],
        &["--status", "404", "--attempt", "4294967296"],
        &["--status", "404", "--bogus"],
        &["--status", "404", "extra"],
        &["--status", "404", "--", "x"],
    ];
    let good: &[&[&str]] = &[
        &["--status=+404", "--header=X: y", "--attempt", "00"],
        &["--status", "404", "--header", " Retry-After : 5 ", "--"],
    ];
    for args in bad.iter().chain(good) {
        let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        let expected = rust(&args, b"{}");
        for client in Client::ALL {
            let printed = run(client.command_in(&client.dir()), &args, b"{}");
            assert_eq!(
                printed.code,
                expected.code,
                "{args:?}: {} {printed:?}",
                client.name()
            );
            assert_eq!(
                printed.stdout,
                expected.stdout,
                "{args:?}: {}",
                client.name()
            );
            if expected.code == 2 {
                assert!(
                    printed.stderr.starts_with("error: "),
                    "{args:?}: {printed:?}"
                );
                assert_eq!(printed.stderr.lines().count(), 1, "{args:?}: {printed:?}");
            }
        }
    }
    for client in Client::ALL {
        let help = run(
            client.command_in(&client.dir()),
            &["--help".to_owned()],
            b"",
        );
        assert_eq!(help.code, 0, "{}", client.name());
        assert!(help.stdout.contains("--status"), "{}", client.name());
    }
}

#[test]
fn a_classifier_that_prints_otherwise_is_reported() {
    let case = corpus::all(&shipped_catalog()).swap_remove(0);
    let expected = rust(&case.args, &case.body);
    assert!(compare(&case, Client::Python, &expected, &expected.clone()).is_ok());
    let altered = Printed {
        stdout: expected
            .stdout
            .replacen("\"known\":true", "\"known\":false", 1),
        ..expected.clone()
    };
    assert_ne!(altered, expected, "the case is a known entry");
    let report = compare(&case, Client::TypeScript, &expected, &altered).unwrap_err();
    assert!(report.starts_with(&case.name), "{report}");
    assert!(
        report.contains("known: Rust Some(Bool(true)), typescript Some(Bool(false))"),
        "{report}"
    );
    let exit = Printed {
        code: 1,
        ..expected.clone()
    };
    assert!(compare(&case, Client::Python, &expected, &exit).is_err());
}

//! `explain` with operations: an operation's problems, an entry's operations.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_errors-codegen");

fn catalog() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog")
}

fn explain(query: &str) -> Output {
    Command::new(BIN)
        .args(["explain", query, "--dir"])
        .arg(catalog())
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The ids in the status/id/title lines after `title:` up to the next blank line.
fn listed<'a>(out: &'a str, title: &str) -> Vec<&'a str> {
    let start = out.find(&format!("\n{title}:\n")).expect(title) + title.len() + 3;
    out[start..]
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect()
}

#[test]
fn an_operation_id_lists_every_problem_of_the_operation() {
    let o = explain("capturePayment");
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("capturePayment: Capture a reserved payment"),
        "{out}"
    );
    assert!(out.contains("  rust        CapturePaymentError,"), "{out}");
    let own = listed(&out, "It lists");
    assert!(own.contains(&"capture_amount_too_high"), "{out}");
    assert!(own.contains(&"reference_not_found"), "{out}");
    assert!(!own.contains(&"amount_too_small"), "{out}");
    let every = listed(&out, "Every operation can return");
    assert!(every.contains(&"gateway_rate_limit_exceeded"), "{out}");
    assert!(!every.contains(&"capture_amount_too_high"), "{out}");
    assert!(
        out.contains(&format!(
            "  problems    {} ({} listed, {} that every operation can return)",
            own.len() + every.len(),
            own.len(),
            every.len()
        )),
        "{out}"
    );
    // By status within each list.
    let line = |id: &str| {
        out.lines()
            .position(|l| l.contains(&format!(" {id} ")))
            .unwrap()
    };
    assert!(line("capture_amount_too_high") < line("reference_not_found"));
    // The enum's name finds it too.
    assert_eq!(stdout(&explain("CapturePaymentError")), out);
}

#[test]
fn an_entry_names_its_operations() {
    let listed_once = stdout(&explain("capture_amount_too_high"));
    assert!(
        listed_once.contains("\n  operations  capturePayment\n"),
        "{listed_once}"
    );
    let every = stdout(&explain("gateway_rate_limit_exceeded"));
    assert!(
        every.contains("\n  operations  every operation\n"),
        "{every}"
    );
}

#[test]
fn a_near_operation_id_is_suggested_and_exits_1() {
    let o = explain("capturepay");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no problem type or operation matches `capturepay`"),
        "{err}"
    );
    assert!(err.contains("operation `capturePayment`"), "{err}");
}

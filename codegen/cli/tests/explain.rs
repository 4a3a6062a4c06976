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
    assert!(!own.contains(&"invalid_phone_number"), "{out}");
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

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .arg("--dir")
        .arg(catalog())
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the binary runs")
}

#[test]
fn explain_in_another_locale_shows_its_texts_beside_the_source() {
    let o = run(&["explain", "reference_not_found", "--lang", "nb"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("reference_not_found: Fant ikke referansen\n"),
        "{out}"
    );
    assert!(out.contains("  title (en)  Reference not found\n"), "{out}");
    assert!(
        out.contains("  detail      Referansen {reference} finnes ikke for MSN {msn}\n"),
        "{out}"
    );
    assert!(
        out.contains("  detail (en) The reference {reference} does not exist for MSN {msn}\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\"detail\": \"Referansen acme-shop-123-order123abc finnes ikke for MSN 123456\""
        ),
        "{out}"
    );
    // The type URI and status are the entry's own in every locale.
    assert!(out.contains("  type        https://developer.vippsmobilepay.com/problems/epayment/reference-not-found\n"), "{out}");
    // The source locale, named: the same as no --lang.
    let en = stdout(&run(&["explain", "reference_not_found", "--lang", "EN"]));
    assert_eq!(en, stdout(&run(&["explain", "reference_not_found"])));
    assert!(!en.contains("title (en)"), "{en}");
    // A Norwegian title finds the entry too.
    let by_title = stdout(&run(&["explain", "fant ikke REFERANSEN"]));
    assert!(
        by_title.starts_with("reference_not_found: Reference not found\n"),
        "{by_title}"
    );
}

#[test]
fn a_locale_the_catalogue_lacks_is_a_usage_error() {
    let o = run(&["explain", "reference_not_found", "--lang", "da"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--lang da: the catalogue is in en, nb"),
        "{err}"
    );
    let o = run(&["docs", "--format", "html", "--lang", "nb"]);
    assert_eq!(o.status.code(), Some(2));
    let md = stdout(&run(&["docs", "--lang", "nb"]));
    assert!(
        md.contains("Titles and details in `nb`; also in `en`."),
        "{md}"
    );
    assert!(md.contains("Fant ikke referansen"), "{md}");
}

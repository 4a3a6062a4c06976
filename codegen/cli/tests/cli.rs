//! The command line as a person uses it: output, exit codes, and one clear line for bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_errors-codegen");

pub(crate) fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog")
}

/// The binary's output for `args`, run in `dir`.
pub(crate) fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the binary runs")
}

pub(crate) fn code(o: &Output) -> i32 {
    o.status.code().expect("exited, not killed")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A usage or environment error: exit 2 and exactly one line on stderr, no panic.
pub(crate) fn assert_usage_error(o: &Output, expected: &str) {
    let err = stderr(o);
    assert_eq!(code(o), 2, "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains(expected), "`{expected}` not in: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

const SHOP: &str = r#"api: shop
name: Shop API
type_base: https://example.com/problems/
entries:
  - id: out_of_stock
    title: Out of stock
    status: 409
    detail: Item {sku} is out of stock.
    params:
      - name: sku
        example: A-1
    retry: backoff
    comment: Try again later.
  - id: card_declined
    title: Card declined
    status: 402
    detail: The card was declined.
"#;

fn shop_dir(yaml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("shop.yaml"), yaml).unwrap();
    dir
}

#[test]
fn check_passes_the_shipped_catalogue_and_warns_about_entries_without_advice() {
    let o = run(&shipped().join(".."), &["check"]);
    let err = stderr(&o);
    assert_eq!(code(&o), 0, "{err}");
    assert!(
        err.contains("catalog/epayment.yaml:130:5: warning: entry `express_payment_not_allowed` has no comment and no links"),
        "{err}"
    );
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("catalog: 67 problem types, 0 errors,"),
        "{err}"
    );
    let quiet = run(&shipped().join(".."), &["check", "--quiet"]);
    assert_eq!(stderr(&quiet).lines().count(), 1, "{}", stderr(&quiet));
}

#[test]
fn check_reports_every_mistake_with_its_place_and_exits_1() {
    let dir = shop_dir(
        &SHOP
            .replace("status: 409", "status: 309")
            .replace("{sku}", "{skus}"),
    );
    let o = run(dir.path(), &["check", "."]);
    let err = stderr(&o);
    assert_eq!(code(&o), 1, "{err}");
    assert!(
        err.contains("shop.yaml:7:13: entry `out_of_stock`: status 309 is outside 400..=599"),
        "{err}"
    );
    assert!(err.contains("shop.yaml:8:18: entry `out_of_stock`: placeholder `{skus}` is not a declared parameter"), "{err}");
    assert!(
        err.contains("shop.yaml:14:5: warning: entry `card_declined` has no comment and no links"),
        "{err}"
    );
    assert!(
        err.lines().last().unwrap().contains("3 errors, 1 warning"),
        "{err}"
    );
}

#[test]
fn check_rejects_a_breaking_edit_against_the_lock() {
    let dir = shop_dir(SHOP);
    let o = run(dir.path(), &["lock", "."]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(dir.path().join("catalog.lock").is_file());
    assert_eq!(code(&run(dir.path(), &["check", "."])), 0);

    std::fs::write(
        dir.path().join("shop.yaml"),
        SHOP.replace("status: 402", "status: 400"),
    )
    .unwrap();
    let o = run(dir.path(), &["check", "."]);
    let err = stderr(&o);
    assert_eq!(code(&o), 1, "{err}");
    assert!(
        err.contains("shop.yaml:14:5: entry `card_declined`: status changed from 402 to 400: breaking against ./catalog.lock"),
        "{err}"
    );
    // `lock` refuses to record it without --allow-breaking.
    let o = run(dir.path(), &["lock", "."]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("not written: 1 breaking change"),
        "{}",
        stderr(&o)
    );
    let o = run(dir.path(), &["lock", ".", "--allow-breaking"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(code(&run(dir.path(), &["check", "."])), 0);
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let here = shipped();
    assert_usage_error(
        &run(&here, &["check", "--frobnicate"]),
        "unexpected argument '--frobnicate'",
    );
    assert_usage_error(
        &run(&here, &["docs", "--format", "pdf"]),
        "invalid value 'pdf'",
    );
    assert_usage_error(
        &run(&here, &["check", "no/such/dir"]),
        "no/such/dir: no such directory",
    );
    let empty = tempfile::tempdir().unwrap();
    assert_usage_error(
        &run(empty.path(), &["check", "."]),
        "no catalogue files (*.yaml)",
    );
    assert_usage_error(
        &run(empty.path(), &["docs", "--dir", "."]),
        "no catalogue files (*.yaml)",
    );
    assert_usage_error(
        &run(&here, &["check", "--lock", "missing.lock", "."]),
        "missing.lock: no such lock file",
    );
    assert_usage_error(
        &run(&here, &["diff", "missing", "."]),
        "missing: no such directory",
    );
}

#[test]
fn every_command_has_help() {
    for cmd in ["check", "docs", "explain", "diff", "lock", "client"] {
        let o = run(&shipped(), &[cmd, "--help"]);
        assert_eq!(code(&o), 0, "{cmd}");
        assert!(
            stdout(&o).contains("Usage: errors-codegen"),
            "{cmd}: {}",
            stdout(&o)
        );
    }
}

#[test]
fn docs_writes_each_format() {
    let dir = tempfile::tempdir().unwrap();
    let cat = shipped();
    let cat = cat.to_str().unwrap();
    for (format, start) in [
        ("markdown", "<!-- @generated"),
        ("html", "<!DOCTYPE html>"),
        ("json", "{\n  \"$comment\""),
        ("openapi", "{\n  \"openapi\": \"3.1.0\""),
    ] {
        let o = run(dir.path(), &["docs", "--dir", cat, "--format", format]);
        assert_eq!(code(&o), 0, "{format}: {}", stderr(&o));
        assert!(stdout(&o).starts_with(start), "{format}");
        let out = format!("out.{format}");
        let o = run(
            dir.path(),
            &["docs", "--dir", cat, "--format", format, "--out", &out],
        );
        assert_eq!(code(&o), 0);
        assert_eq!(
            std::fs::read_to_string(dir.path().join(&out)).unwrap(),
            stdout(&run(dir.path(), &["docs", "--dir", cat, "-f", format]))
        );
    }
}

#[test]
fn explain_finds_by_id_type_title_and_status() {
    let here = shipped().join("..");
    let o = run(&here, &["explain", "gateway_rate_limit_exceeded"]);
    let out = stdout(&o);
    assert_eq!(code(&o), 0);
    assert!(
        out.starts_with("gateway_rate_limit_exceeded: Rate limit exceeded\n"),
        "{out}"
    );
    assert!(out.contains("  status      429 (Throttled;"), "{out}");
    assert!(
        out.contains(
            "  parameters  {seconds} (integer), e.g. 57: Seconds to wait before retrying."
        ),
        "{out}"
    );
    assert!(out.contains("\"detail\": \"Rate limit is exceeded. Try again in 57 seconds.\",\n  \"seconds\": 57\n}"), "{out}");
    assert!(
        out.contains("As the live API sends it:\n{\n  \"statusCode\": 429,"),
        "{out}"
    );

    let by_type = run(
        &here,
        &[
            "explain",
            "https://developer.vippsmobilepay.com/problems/gateway/rate-limit-exceeded",
        ],
    );
    assert_eq!(stdout(&by_type), out);

    let titles = stdout(&run(&here, &["explain", "IDEMPOTENCY error"]));
    assert!(
        titles.starts_with("2 problem types match `IDEMPOTENCY error`."),
        "{titles}"
    );

    let statuses = stdout(&run(&here, &["explain", "429"]));
    assert!(
        statuses.contains("gateway_rate_limit_exceeded: Rate limit exceeded"),
        "{statuses}"
    );
    assert!(!statuses.contains("  status      404"), "{statuses}");

    let none = run(&here, &["explain", "captur"]);
    assert_eq!(code(&none), 1);
    assert!(
        stderr(&none).contains("no problem type or operation matches `captur`"),
        "{}",
        stderr(&none)
    );
    assert!(
        stderr(&none).contains("did you mean `capture_amount_too_high`"),
        "{}",
        stderr(&none)
    );
}

#[test]
fn diff_of_directories_classifies_and_exits_1_on_breaking() {
    let old = shop_dir(SHOP);
    let compatible = shop_dir(&SHOP.replace("Try again later.", "Wait a day."));
    let o = run(
        old.path(),
        &["diff", ".", compatible.path().to_str().unwrap()],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("compatible: entry `out_of_stock`: comment changed from \"Try again later.\" to \"Wait a day.\"\n"), "{}", stdout(&o));

    let breaking = shop_dir(&SHOP.replace("retry: backoff", "retry: never"));
    let o = run(
        old.path(),
        &["diff", ".", breaking.path().to_str().unwrap()],
    );
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(
        out.contains(
            "breaking: entry `out_of_stock`: retry hint made stricter, from `backoff` to `never`"
        ),
        "{out}"
    );
    assert!(
        out.trim_end().ends_with("1 breaking, 0 compatible"),
        "{out}"
    );
}

/// `git args` in `dir`, as a throwaway identity; the test fails when git does.
pub(crate) fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn diff_reads_a_git_revision() {
    let repo = tempfile::tempdir().unwrap();
    let cat = repo.path().join("catalog");
    std::fs::create_dir(&cat).unwrap();
    std::fs::write(cat.join("shop.yaml"), SHOP).unwrap();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "first"]);
    std::fs::write(
        cat.join("shop.yaml"),
        SHOP.replace("status: 402", "status: 400"),
    )
    .unwrap();

    let o = run(repo.path(), &["diff", "HEAD:catalog", "catalog"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("breaking: entry `card_declined`: status changed from 402 to 400"),
        "{}",
        stdout(&o)
    );
    let same = run(repo.path(), &["diff", "main:catalog", "HEAD:catalog"]);
    assert_eq!(code(&same), 0, "{}", stderr(&same));
    assert!(stdout(&same).contains("no changes"));

    // Messages about a catalogue read from git name the revision.
    std::fs::write(
        cat.join("shop.yaml"),
        SHOP.replace("status: 402", "status: 4020"),
    )
    .unwrap();
    git(repo.path(), &["commit", "-q", "-am", "broken"]);
    let o = run(repo.path(), &["diff", "HEAD:catalog", "HEAD~1:catalog"]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains(
            "HEAD:catalog/shop.yaml:16:13: entry `card_declined`: status 4020 is outside 400..=599"
        ),
        "{}",
        stderr(&o)
    );

    assert_usage_error(
        &run(repo.path(), &["diff", "nosuchrev:catalog", "catalog"]),
        "nosuchrev: not a revision of this git repository",
    );
    assert_usage_error(
        &run(repo.path(), &["diff", "HEAD:nowhere", "catalog"]),
        "HEAD:nowhere: no such directory in revision HEAD",
    );
    let outside = tempfile::tempdir().unwrap();
    assert_usage_error(
        &run(outside.path(), &["diff", "HEAD:catalog", "."]),
        "HEAD:catalog: the current directory is not in a git repository",
    );
}

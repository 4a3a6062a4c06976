//! The bodies that are no problem+json object: legacy lists, text and HTML, broken or deep
//! JSON. Each keeps what it can and never panics.

use super::*;

#[test]
fn legacy_lists_are_kept() {
    let c = run(
        400,
        r#"[{"field":"transaction.amount","message":"must be greater than 0","code":"InvalidValue","contextId":"c-1","extra":true},
            {"field":"x","message":"second"}]"#,
    );
    let errors = c.legacy_errors();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].field.as_deref(), Some("transaction.amount"));
    assert_eq!(errors[0].code.as_deref(), Some("InvalidValue"));
    assert_eq!(errors[0].context_id.as_deref(), Some("c-1"));
    assert_eq!(errors[0].extensions["extra"], true);
    let unknown = c.problem().as_unknown().unwrap();
    assert_eq!(unknown.detail.as_deref(), Some("must be greater than 0"));
    assert_eq!(
        unknown.extensions["errors"].as_array().map(Vec::len),
        Some(2)
    );
    let known = run(
        404,
        r#"[{"errorGroup":"Payment","errorCode":"35","errorMessage":"Requested Order not found"}]"#,
    );
    assert_eq!(known.problem(), &Problem::EcomOrderNotFound);
    assert_eq!(known.detail(), Some("Requested Order not found"));
    // The list is read when asked for: values compare and print the same before and after.
    let copy = known.clone();
    assert_eq!(known.legacy_errors()[0].group.as_deref(), Some("Payment"));
    assert_eq!(copy, known);
    assert_eq!(format!("{copy:?}"), format!("{known:?}"));
    assert!(format!("{known:?}").contains("Requested Order not found"));
    assert_eq!(known.raw_text(), None);
    // Other shapes have no list.
    let problem = run(404, r#"{"title":"Reference not found"}"#);
    assert!(problem.legacy_errors().is_empty());
}

#[test]
fn unparsed_bodies_keep_bounded_raw_text() {
    let html = run(502, "<html><body>Bad Gateway</body></html>");
    assert_eq!(
        html.raw_text(),
        Some("<html><body>Bad Gateway</body></html>")
    );
    assert!(!html.raw_text_truncated());
    assert_eq!(html.problem().as_unknown().unwrap().status, Some(502));

    let invalid: Classified<Problem> = classify(400, &HeaderMap::new(), b"ok \xff\xfe");
    assert_eq!(invalid.raw_text(), Some("ok \u{FFFD}\u{FFFD}"));

    let empty = run(500, "");
    assert_eq!(empty.raw_text(), None);

    let big = "x".repeat(70 * 1024);
    let large = run(500, &big);
    assert_eq!(large.shape(), BodyShape::TooLarge);
    assert_eq!(large.raw_text().map(str::len), Some(4096));
    assert!(large.raw_text_truncated());

    let limits = Limits {
        max_body: 16,
        max_raw_text: 4,
    };
    let small: Classified<Problem> = classify_with(
        &limits,
        404,
        &HeaderMap::new(),
        br#"{"title":"Not Found","status":404}"#,
    );
    assert_eq!(small.shape(), BodyShape::TooLarge);
    assert_eq!(small.raw_text(), Some("{\"ti"));
}

#[test]
fn deep_nesting_is_refused_without_a_panic() {
    let deep = format!(
        r#"{{"title":"x","a":{}1{}}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let c = run(400, &deep);
    assert_eq!(c.shape(), BodyShape::InvalidJson);
    let ok = format!(
        r#"{{"title":"x","a":{}1{}}}"#,
        "[".repeat(100),
        "]".repeat(100)
    );
    assert_eq!(run(400, &ok).shape(), BodyShape::Problem);
}

//! Catalogue strings with quotes, backslashes, `$`, braces, comment markers, non-ASCII text
//! and line breaks reach the generated code unchanged: the text emitter escapes literals
//! and splits doc comments by line, and the code compiles warning-free.

#![deny(warnings)]

#[allow(missing_docs)]
mod odd {
    include!(concat!(env!("OUT_DIR"), "/odd.rs"));
}

use odd::{OddProblem, OddProblemType};

#[test]
fn literals_keep_every_character() {
    let kind = OddProblemType::QuotedTitle;
    assert_eq!(kind.title(), "The \"quoted\" \\ title costs $5 */");
    assert_eq!(
        kind.info().comment(),
        Some("Two lines of advice.\nThe second one ends with a backslash \\\n")
    );
    assert_eq!(
        kind.params()[0].description(),
        Some("A price, e.g. \"$4\" /* not a comment */")
    );
    #[allow(deprecated)]
    let retired = OddProblemType::MultiLineDetail;
    assert_eq!(retired.title(), "Ærlig talt — ✓");
    assert_eq!(retired.info().status_reason(), Some("Line one\nline two"));
    assert_eq!(
        retired.links()[0].href(),
        "https://example.com/a?b=c&d=\"e\""
    );
    assert_eq!(
        retired.info().retired(),
        Some("Retired: use \"quoted_title\" instead.")
    );
}

#[test]
fn details_render_and_match_back() {
    let problem = OddProblem::example(OddProblemType::QuotedTitle);
    let detail = "Price $4 \"cheap\" is not \"$5\"; see C:\\prices\\$4 \"cheap\".";
    assert_eq!(problem.to_string(), detail);
    assert_eq!(
        OddProblem::from_detail(OddProblemType::QuotedTitle, detail),
        Some(problem)
    );

    #[allow(deprecated)]
    let kind = OddProblemType::MultiLineDetail;
    let problem = OddProblem::example(kind);
    assert_eq!(
        problem.to_string(),
        "First line {literal} with 0 items\nsecond line."
    );
    let json = serde_json::to_value(&problem).unwrap();
    assert_eq!(json["count"], 0);
    assert_eq!(serde_json::from_value::<OddProblem>(json).unwrap(), problem);
}

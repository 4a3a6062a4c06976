//! Bodies at the edges of the clients' fast readers: where `JSON.parse` and `json.loads` read
//! the body, what each checks before trusting that reading, and the shortcuts of identification
//! (titles as written, type URIs by length, parameters given as string members).

use super::{case, Case};

const CANCELLED: &str =
    "https://developer.vippsmobilepay.com/problems/epayment/payment-cannot-be-cancelled";

/// Problem objects each fast reader takes, or leaves to the exact reader.
pub(super) fn fast_paths() -> Vec<Case> {
    let reference = |detail: &str| {
        format!(
            r#"{{"title":"Reference not found","detail":"The reference {detail} does not exist for MSN 1"}}"#
        )
    };
    let cancelled = |members: &str| {
        format!(
            r#"{{"type":"{CANCELLED}","detail":"Reference a cannot be cancelled. Invalid state: CAPTURED.",{members}}}"#
        )
    };
    let mut bodies: Vec<(String, u16, String)> = vec![
        // More than 126 brackets, all in strings: one level deep all the same.
        (
            "brackets in a string".into(),
            404,
            reference(&"[{".repeat(70)),
        ),
        (
            "brackets in a string beside an array".into(),
            404,
            format!(
                r#"{{"title":"Reference not found","a":[1],"detail":"The reference {} does not exist for MSN 1"}}"#,
                "{[".repeat(70)
            ),
        ),
        (
            "brackets in a string beside 127 levels".into(),
            404,
            format!(
                r#"{{"title":"Reference not found","a":{}1{},"detail":"The reference {} does not exist for MSN 1"}}"#,
                "[".repeat(127),
                "]".repeat(127),
                "{".repeat(3)
            ),
        ),
        // Brackets of both kinds counted together: 126 levels is within serde_json's limit
        // for a member, 200 beyond it, though neither kind alone passes 126.
        (
            "126 levels of brackets of both kinds".into(),
            404,
            format!(
                r#"{{"title":"Reference not found","a":{}1{}}}"#,
                r#"[{"a":"#.repeat(63),
                "}]".repeat(63)
            ),
        ),
        (
            "200 levels of brackets of both kinds".into(),
            404,
            format!(
                r#"{{"title":"Reference not found","a":{}1{}}}"#,
                r#"[{"a":"#.repeat(100),
                "}]".repeat(100)
            ),
        ),
    ];
    let odd: &[(&str, u16, &str)] = &[
        (
            "space around the status's colon",
            404,
            "{\"title\":\"Reference not found\",\"status\" :\n 404 ,\"detail\":\"The reference a does not exist for MSN 1\"}",
        ),
        (
            "status in a URI and as text",
            404,
            r#"{"type":"https://httpstatuses.io/404","title":"Reference not found","state":"status","status":404,"detail":"The reference a does not exist for MSN 1"}"#,
        ),
        (
            "a float status, then an integer one",
            404,
            r#"{"title":"Reference not found","status":404.0,"status":404}"#,
        ),
        (
            "an integer status, then an exponent one",
            404,
            r#"{"status":404,"title":"Reference not found","status":4.04e2}"#,
        ),
        (
            "a status of four digits as text",
            404,
            r#"{"title":"Reference not found","status":"0404"}"#,
        ),
        (
            "a statusCode in a problem",
            404,
            r#"{"title":"Reference not found","statusCode":404,"detail":"The reference a does not exist for MSN 1"}"#,
        ),
        (
            "a type URI one letter off",
            404,
            r#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/reference-not-fount","detail":"The reference a does not exist for MSN 1"}"#,
        ),
        (
            "a title with a space after it",
            404,
            r#"{"title":"Reference not found ","detail":"The reference a does not exist for MSN 1"}"#,
        ),
        (
            "a translated title as written",
            404,
            r#"{"title":"Fant ikke referansen","detail":"Referansen a finnes ikke for MSN 1"}"#,
        ),
        (
            "a detail shorter than its prefix and suffix",
            409,
            r#"{"title":"Payment cannot be cancelled","detail":"Reference ."}"#,
        ),
    ];
    bodies.extend(
        odd.iter()
            .map(|(name, status, body)| ((*name).to_owned(), *status, (*body).to_owned())),
    );
    for (name, members) in [
        (
            "members that agree",
            r#""reference":"a","state":"CAPTURED""#,
        ),
        (
            "a member that disagrees",
            r#""reference":"b","state":"CAPTURED""#,
        ),
        ("a member given twice", r#""reference":"b","reference":"a""#),
        (
            "a member as a number",
            r#""reference":5,"state":"CAPTURED""#,
        ),
        ("a member as an object", r#""reference":{"a":1}"#),
    ] {
        bodies.push((format!("type URI, {name}"), 409, cancelled(members)));
    }
    bodies
        .into_iter()
        .map(|(name, status, body)| case(format!("fast: {name}"), status, body))
        .collect()
}

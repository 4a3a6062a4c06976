//! The corpus's odd cases: bodies no one expected, and `Retry-After` and `--attempt`.

use super::{case, Case};

/// Bodies no one expected: each must give the same `unknown` (or the same entry) everywhere.
pub(super) fn malformed() -> Vec<Case> {
    let deep = |n: usize| {
        format!(
            r#"{{"title":"Not Found","a":{}1{}}}"#,
            "[".repeat(n),
            "]".repeat(n)
        )
    };
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let reference = r#"{"type":"https://httpstatuses.io/404","title":"Reference not found","detail":"The reference order-9 does not exist for MSN 654321","status":404,"traceId":"t"}"#;
    let mut bodies: Vec<(String, u16, Vec<u8>)> = vec![
        (
            "html".into(),
            502,
            b"<html><body><h1>502 Bad Gateway</h1></body></html>".to_vec(),
        ),
        ("empty".into(), 500, Vec::new()),
        ("whitespace".into(), 503, b" \r\n\t\x0c".to_vec()),
        ("plain text".into(), 404, b"Not Found".to_vec()),
        (
            "10,000 levels in a member".into(),
            400,
            deep(10_000).into_bytes(),
        ),
        ("10,000 levels".into(), 400, nested(10_000).into_bytes()),
        ("126 levels in a member".into(), 400, deep(126).into_bytes()),
        ("127 levels in a member".into(), 400, deep(127).into_bytes()),
        ("128 levels".into(), 400, nested(128).into_bytes()),
        ("129 levels".into(), 400, nested(129).into_bytes()),
        (
            "2 MB".into(),
            500,
            format!(r#"{{"title":"{}"}}"#, "x".repeat(2 << 20)).into_bytes(),
        ),
        (
            "64 KiB and one byte".into(),
            500,
            "ø".repeat(40_000).into_bytes()[..64 * 1024 + 1].to_vec(),
        ),
        (
            "invalid UTF-8 in an object".into(),
            400,
            b"{\"title\":\"\xff\xfe\"}".to_vec(),
        ),
        (
            "invalid UTF-8 text".into(),
            400,
            b"\xff\xfe\x00garbage".to_vec(),
        ),
        (
            "a byte order mark".into(),
            404,
            [b"\xef\xbb\xbf".as_slice(), reference.as_bytes()].concat(),
        ),
        (
            "two byte order marks".into(),
            404,
            [b"\xef\xbb\xbf\xef\xbb\xbf".as_slice(), b"{}"].concat(),
        ),
        ("a number".into(), 500, b"42".to_vec()),
        ("a string".into(), 500, b"\"oops\"".to_vec()),
        ("null".into(), 500, b"null".to_vec()),
        ("an array of numbers".into(), 500, b"[1,2,3]".to_vec()),
        ("an empty array".into(), 500, b"[]".to_vec()),
        ("text like a literal".into(), 500, b"nullx".to_vec()),
        (
            "a trailing comma".into(),
            400,
            br#"{"title":"Not Found",}"#.to_vec(),
        ),
    ];
    for cut in [1, 20, 60, 120, reference.len() - 1] {
        bodies.push((
            format!("truncated at {cut}"),
            404,
            reference.as_bytes()[..cut].to_vec(),
        ));
    }
    let odd: &[(&str, u16, &str)] = &[
        (
            "title in another case",
            404,
            r#"{"title":" reference NOT found ","detail":"The reference r does not exist for MSN 2"}"#,
        ),
        (
            "a mistyped title",
            409,
            r#"{"title":17,"detail":"Cannot cancel a pending payment."}"#,
        ),
        (
            "a reworded title",
            404,
            r#"{"title":"Unknown reference","detail":"The reference r does not exist for MSN 2"}"#,
        ),
        (
            "a shared title",
            409,
            r#"{"title":"Idempotency error","detail":"Reference acme-1 already exists.","status":409}"#,
        ),
        (
            "a status that disagrees",
            400,
            r#"{"title":"Idempotency error","status":409,"detail":"Reference x already exists."}"#,
        ),
        (
            "status forms",
            400,
            r#"{"title":"x","status":" 409 ","statusCode":"4o9","message":"m"}"#,
        ),
        ("a float status", 400, r#"{"title":"x","status":404.0}"#),
        (
            "an exponent statusCode",
            429,
            r#"{"statusCode":4.29e2,"message":"m"}"#,
        ),
        (
            "numbers",
            400,
            r#"{"title":"x","n":[1e400],"m":1.5e300,"o":-0,"p":12345678901234567890123,"r":{"b":1,"a":2,"b":3},"s":0.00001,"t":1e-7,"u":-9223372036854775809,"v":1E2,"w":18446744073709551615}"#,
        ),
        (
            "a number out of range in the title",
            400,
            r#"{"title":[1e400]}"#,
        ),
        (
            "escapes",
            404,
            r#"{"title":"Reference not found","detail":"The reference \u00f8rder\n9 does not exist for MSN 1","emoji":"\ud83d\ude00"}"#,
        ),
        (
            "a lone surrogate in a member",
            400,
            r#"{"title":"Not Found","x":"\ud800"}"#,
        ),
        (
            "a lone surrogate in the title",
            400,
            r#"{"title":"\udc00"}"#,
        ),
        ("an escaped key", 404, r#"{"ti\u0074le":"Not Found"}"#),
        (
            "duplicate members",
            400,
            r#"{"message":"a","x":1,"message":"b","type":"t","x":2,"title":7,"title":"Not Found"}"#,
        ),
        (
            "a float status beside a nested integer status",
            404,
            r#"{"title":"Reference not found","status":400.0,"x":{"status":404},"detail":"The reference a does not exist for MSN 1"}"#,
        ),
        (
            "an integer status beside a nested float status",
            404,
            r#"{"x":{"status":4e2},"statusCode":404,"status":404,"message":"m"}"#,
        ),
        (
            "parameters as members",
            404,
            r#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/reference-not-found","detail":"Reworded","reference":"a","msn":5}"#,
        ),
        (
            "a parameter member missing",
            404,
            r#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/reference-not-found","detail":"Reworded","reference":"a"}"#,
        ),
        (
            "an integer member as text",
            429,
            r#"{"type":"https://developer.vippsmobilepay.com/problems/gateway/rate-limit-exceeded","detail":"x","seconds":"007"}"#,
        ),
        (
            "an integer member as a float",
            429,
            r#"{"type":"https://developer.vippsmobilepay.com/problems/gateway/rate-limit-exceeded","detail":"x","seconds":7.0}"#,
        ),
        (
            "the largest integer",
            429,
            r#"{"type":"https://developer.vippsmobilepay.com/problems/gateway/rate-limit-exceeded","detail":"Rate limit is exceeded. Try again in 18446744073709551615 seconds.","seconds":18446744073709551615}"#,
        ),
        (
            "an integer beyond 2^64",
            429,
            r#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 18446744073709551616 seconds."}"#,
        ),
        (
            "a detail with spaces around",
            400,
            r#"{"title":"Amount too small","detail":"  The amount is too small. Amounts are specified in minor units, like øre or cent.  "}"#,
        ),
        (
            "gateway without status",
            403,
            r#"{"message":"Out of call volume quota. Quota will be replenished in 00:59:57."}"#,
        ),
        (
            "gateway unknown",
            422,
            r#"{"statusCode":422,"message":"Something the catalogue does not know"}"#,
        ),
        (
            "legacy by message",
            400,
            r#"[{"errorGroup":"User","errorMessage":"User not registered with Vipps"}]"#,
        ),
        (
            "legacy numbers",
            400,
            r#"[{"errorCode":1e2,"errorMessage":-5},{"code":"81"}]"#,
        ),
        (
            "legacy null code",
            400,
            r#"[{"code":null,"errorCode":"81"}]"#,
        ),
        (
            "legacy of another kind",
            400,
            r#"[{"field":"transaction.amount","message":"must be greater than 0","code":"InvalidValue","contextId":"c-1"}]"#,
        ),
        ("legacy and a number", 400, r#"[{}, 1]"#),
    ];
    bodies.extend(
        odd.iter()
            .map(|(name, status, body)| ((*name).to_owned(), *status, body.as_bytes().to_vec())),
    );
    bodies
        .into_iter()
        .map(|(name, status, body)| case(format!("malformed: {name}"), status, body))
        .collect()
}

/// `Retry-After` in seconds and as HTTP dates (measured from a `Date` header, or in the past:
/// the same delay at any time), and retries already made.
pub(super) fn headers_and_attempts() -> Vec<Case> {
    let gateway =
        r#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}"#;
    let locked = r#"{"title":"Locked"}"#;
    let expired = r#"{"title":"Invalid access token","detail":"Something went wrong, please try again later"}"#;
    let mut cases = vec![
        case("seconds", 429, gateway).header("Retry-After: 30"),
        case("seconds with spaces", 503, "").header("Retry-After:  30 "),
        case("beyond 2^64 seconds", 503, "").header("Retry-After: 99999999999999999999999"),
        case("not a delay, then one", 503, "")
            .header("Retry-After: soon")
            .header("Retry-After: 12"),
        case(
            "a date from the Date header",
            503,
            "<html>Service Unavailable</html>",
        )
        .header("Retry-After: Wed, 21 Oct 2015 07:28:00 GMT")
        .header("Date: Wed, 21 Oct 2015 07:27:15 GMT"),
        case("a date in the past", 503, "").header("Retry-After: Wed, 21 Oct 2015 07:28:00 GMT"),
        case("an RFC 850 date", 503, "")
            .header("Retry-After: Sunday, 06-Nov-94 08:49:37 GMT")
            .header("Date: Sun Nov  6 08:48:37 1994"),
        case("a wrong weekday", 503, "")
            .header("Retry-After: Mon, 06 Nov 1994 08:49:37 GMT")
            .header("Date: Sun, 06 Nov 1994 08:48:37 GMT"),
        case("the 31st of February", 503, "").header("Retry-After: Sat, 31 Feb 2015 07:28:00 GMT"),
        case("a date beyond Date", 429, locked)
            .header("Retry-After: Wed, 21 Oct 2015 07:28:00 GMT")
            .header("Date: Wed, 21 Oct 2015 08:00:00 GMT"),
        case("a wait in the text", 500, "try again IN 1 second"),
    ];
    for attempt in [0, 1, 4, 5, 9] {
        cases.push(case(format!("gateway, attempt {attempt}"), 429, gateway).attempt(attempt));
        cases
            .push(case(format!("expired token, attempt {attempt}"), 401, expired).attempt(attempt));
        cases.push(
            case(format!("locked, attempt {attempt}"), 423, locked)
                .header("Retry-After: 7")
                .attempt(attempt),
        );
    }
    cases
        .into_iter()
        .map(|c| Case {
            name: format!("retry: {}", c.name),
            ..c
        })
        .collect()
}

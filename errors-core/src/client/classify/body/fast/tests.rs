//! The direct reader against serde_json: usual bodies read directly, the rest declined, and
//! property tests that both agree wherever the direct one answers.

use proptest::prelude::*;

use super::super::{legacy, object};
use super::*;

/// Where the direct reader answers (`fast`), it answers as serde_json does (`slow`);
/// whether it answered.
fn agreement<'t, T: PartialEq + std::fmt::Debug, E: std::fmt::Display>(
    text: &'t str,
    fast: Option<T>,
    slow: impl FnOnce(&'t str) -> Result<T, E>,
) -> bool {
    let Some(fast) = fast else {
        return false;
    };
    match slow(text) {
        Ok(slow) => assert_eq!(fast, slow, "{text}"),
        Err(e) => panic!("read directly, refused by serde_json ({e}): {text}"),
    }
    true
}

/// Where the direct reader answers a legacy list, it answers as serde_json does.
fn agrees_on_legacy(text: &str) -> bool {
    agreement(text, legacy_directly(text), legacy::scan_with_serde)
}

#[test]
fn reads_the_usual_legacy_lists_directly() {
    for text in [
        r#"[{"errorGroup":"Payment","errorCode":"35","errorMessage":"Requested Order not found","contextId":"f9e0a8b2"}]"#,
        r#" [ {"field":"a","message":"m","code":"C","contextId":"c"} , {} ,{"code":"x","errorCode":"y"}] "#,
        r#"[{"message":"m","errorMessage":"e"}]"#,
        "[]",
    ] {
        assert!(agrees_on_legacy(text), "not read directly: {text}");
    }
    for text in [
        r#"[{"errorCode":35}]"#,
        r#"[{"errorCode":"a","code":"b"}]"#,
        r#"[{"errorGroup":"a","errorGroup":"b"}]"#,
        r#"[{"x":"a"}]"#,
        r#"[{"code":"a
b"}]"#,
        r#"[1]"#,
        r#"[{},]"#,
    ] {
        assert!(read_legacy(text).is_none(), "read directly: {text}");
    }
}

/// Where the direct reader answers an object, it answers as serde_json does.
fn agrees(text: &str) -> bool {
    agreement(text, object_directly(text), object::read_object)
}

#[test]
fn reads_the_usual_bodies_directly() {
    for text in [
        r#"{"type":"https://httpstatuses.io/404","title":"Reference not found","detail":"The reference acme-shop-123-order123abc does not exist for MSN 123456","status":404,"traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"}"#,
        r#"{"type":"https://developer.vippsmobilepay.com/api-name/v1/validation-error","title":"Your request parameters didn't validate.","detail":"The request body contains one or more validation errors.","instance":"urn:uuid:123e4567-e89b-12d3-a456-426655440000","status":"400","extraDetails":[{"name":"amount","reason":"Must be a positive integer larger than 100"},{"name":"URL","reason":"Must use HTTPS"}]}"#,
        r#"{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds." }"#,
        r#"{"title":"t","statusCode":"401","message":"m","a":[1,-2.5e3,true,false,null,{}],"b":{"c":[]}}"#,
        "\r\n{\t\"detail\" : \"d\" ,\n \"title\":\"x\", \"title\":\"y\", \"status\":999 }\n",
        "{}",
        r#"{"":"","n":-0.0E+1}"#,
        // One status rule for both readers: spaces around the digits are allowed.
        r#"{"status":" 404 "}"#,
    ] {
        assert!(agrees(text), "not read directly: {text}");
    }
}

#[test]
fn leaves_the_rest_to_serde_json() {
    for text in [
        r#"{"title":"a\"b"}"#,
        r#"{"title":1}"#,
        r#"{"status":4040}"#,
        r#"{"status":404.0}"#,
        r#"{"status":null}"#,
        r#"{"a":"tab	inside"}"#,
        r#"{"a":01}"#,
        r#"{"a":1,}"#,
        r#"{"a":[1,]}"#,
        r#"{"a":tru}"#,
        r#"{"a":1} x"#,
        r#"{"a":1"#,
        r#"{"a" 1}"#,
    ] {
        assert!(read_object(text).is_none(), "read directly: {text}");
    }
    let deep = format!(r#"{{"a":{}{}}}"#, "[".repeat(40), "]".repeat(40));
    assert!(read_object(&deep).is_none());
}

/// Mostly valid pieces, sometimes not: bodies serde_json reads, and some it refuses.
fn mostly<T: Clone + std::fmt::Debug + 'static>(
    valid: Vec<T>,
    invalid: Vec<T>,
) -> impl Strategy<Value = T> {
    prop_oneof![20 => prop::sample::select(valid), 1 => prop::sample::select(invalid)]
}

fn ws() -> impl Strategy<Value = &'static str> {
    mostly(
        vec!["", "", "", " ", "\n", "\t", "\r\n  "],
        vec!["\u{c}", "\u{a0}"],
    )
}

fn string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(vec![
            "a", "Reference", " ", "é", "😀", "\u{7f}", "/", "{", "}", ":", ",", "[",
        ]),
        1 => prop::sample::select(vec!["\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00"]),
        1 => prop::sample::select(vec!["\\ud800", "\\x", "\t", "\u{1}"]),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|p| format!("\"{}\"", p.concat()))
}

fn key() -> impl Strategy<Value = String> {
    let known = prop::sample::select(vec![
        "type",
        "title",
        "detail",
        "instance",
        "message",
        "status",
        "statusCode",
        "traceId",
        "extraDetails",
        "x",
        "",
        "Title",
    ])
    .prop_map(|k| format!("\"{k}\""));
    prop_oneof![4 => known, 1 => string()]
}

fn scalar() -> impl Strategy<Value = String> {
    let number = mostly(
        vec![
            "0",
            "404",
            "400",
            "409",
            "429",
            "99",
            "1000",
            "999",
            "100",
            "-1",
            "-0",
            "404.0",
            "4e2",
            "1e400",
            "0.5",
            "18446744073709551616",
            "\"404\"",
            "\"0400\"",
            "\" 409\"",
            "\"abc\"",
            "true",
            "false",
            "null",
        ],
        vec!["01", "-", "1.", "1e", "1e+", "tru", "nul"],
    );
    prop_oneof![number.prop_map(str::to_owned), string()]
}

fn value() -> impl Strategy<Value = String> {
    scalar().prop_recursive(4, 24, 4, |inner| {
        let items = prop::collection::vec((ws(), inner.clone(), ws()), 0..4);
        let array = items.prop_map(|items| {
            let items: Vec<_> = items.iter().map(|(a, v, b)| format!("{a}{v}{b}")).collect();
            format!("[{}]", items.join(","))
        });
        let members = prop::collection::vec((key(), ws(), inner), 0..4);
        let object = members.prop_map(|members| {
            let members: Vec<_> = members
                .iter()
                .map(|(k, w, v)| format!("{k}{w}:{v}"))
                .collect();
            format!("{{{}}}", members.join(","))
        });
        prop_oneof![array, object]
    })
}

fn body() -> impl Strategy<Value = String> {
    let member = (ws(), key(), ws(), ws(), value(), ws())
        .prop_map(|(a, k, b, c, v, d)| format!("{a}{k}{b}:{c}{v}{d}"));
    (ws(), prop::collection::vec(member, 0..8), ws(), ws())
        .prop_map(|(a, members, b, c)| format!("{a}{{{}{b}}}{c}", members.join(",")))
}

fn legacy_list() -> impl Strategy<Value = String> {
    let key =
        mostly(LegacyKey::NAMES.to_vec(), vec!["x", "ErrorCode"]).prop_map(|k| format!("\"{k}\""));
    let text = prop_oneof![8 => string(), 1 => scalar(), 1 => value()];
    let member = (ws(), key, ws(), text).prop_map(|(a, k, b, v)| format!("{a}{k}:{b}{v}"));
    let object = prop::collection::vec(member, 0..5)
        .prop_map(|members| format!("{{{}}}", members.join(",")));
    let item = prop_oneof![12 => object, 1 => value()];
    (ws(), prop::collection::vec((item, ws()), 0..4), ws()).prop_map(|(a, items, b)| {
        let items: Vec<_> = items.iter().map(|(i, w)| format!("{i}{w}")).collect();
        format!("{a}[{}]{b}", items.join(","))
    })
}

/// Run `check` on 4,096 inputs from `strategy` (shrinking a failure as proptest does) and
/// give the share of inputs the direct reader answered: an agreement that holds because
/// the reader declines everything would prove nothing.
fn share_answered<S: Strategy>(strategy: S, check: impl Fn(S::Value) -> bool) -> f64 {
    use std::sync::atomic::{AtomicU32, Ordering};
    let config = ProptestConfig {
        cases: 4096,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let (answered, total) = (AtomicU32::new(0), AtomicU32::new(0));
    let mut runner = proptest::test_runner::TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        total.fetch_add(1, Ordering::Relaxed);
        if check(value) {
            answered.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    });
    if let Err(err) = result {
        panic!("{err}");
    }
    f64::from(answered.into_inner()) / f64::from(total.into_inner())
}

#[test]
fn the_share_counts_the_inputs_the_direct_reader_answered() {
    // A reader that declines everything gives 0: the agreement tests' floors catch it.
    assert_eq!(share_answered(body(), |_| false), 0.0);
    assert_eq!(share_answered(body(), |_| true), 1.0);
    let half = share_answered(any::<bool>(), |b| b);
    assert!((0.4..0.6).contains(&half), "{half}");
}

#[test]
fn agrees_with_serde_json_on_legacy_lists() {
    // About a third of the generated lists are usual ones (measured: 0.32).
    let share = share_answered(legacy_list(), |text| agrees_on_legacy(&text));
    assert!(share >= 0.2, "read directly: {share:.2} of the lists");
}

#[test]
fn agrees_with_serde_json() {
    // The generator leans to odd bodies (escapes, mistyped members): measured 0.13-0.15.
    let share = share_answered(body(), |text| agrees(&text));
    assert!(share >= 0.08, "read directly: {share:.2} of the bodies");
}

#[test]
fn agrees_with_serde_json_on_damaged_bodies() {
    let byte = prop::sample::select(vec![
        b'"', b'\\', b',', b'}', b']', b' ', b':', b'0', b'x', 0,
    ]);
    let damaged = (body(), any::<prop::sample::Index>(), any::<bool>(), byte);
    let share = share_answered(damaged, |(text, at, cut, byte)| {
        let mut bytes = text.into_bytes();
        let at = at.index(bytes.len() + 1);
        if cut {
            bytes.truncate(at);
        } else {
            bytes.insert(at, byte);
        }
        String::from_utf8(bytes).is_ok_and(|text| agrees(&text))
    });
    // Most damage makes invalid JSON, which only serde_json reads; some is harmless
    // (measured: 0.03).
    assert!(
        share >= 0.01,
        "read directly: {share:.2} of the damaged bodies"
    );
}

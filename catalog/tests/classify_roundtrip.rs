//! Property: every entry, rendered with arbitrary parameter values, classifies back to that
//! entry — with its own type URI, with the generic per-status one, and (gateway and legacy
//! entries) in the shape they are sent in — and the recovered parameters render the same
//! detail.

use errors_core::classify::{classify, Classified, IdentifiedBy};
use errors_core::http::HeaderMap;
use errors_core::{ParamKind, ProblemDetails, WireShape};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use vipps_problems::{Problem, ProblemType};

/// The literal text between the placeholders of a template.
fn literals(template: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        parts.push(rest[..open].to_owned());
        rest = rest[open..]
            .find('}')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    parts.push(rest.to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

/// Text values: empty, spaces, punctuation, any unicode, and pieces of the template itself.
fn text_value(template: &'static str) -> impl Strategy<Value = String> {
    let mut pieces = literals(template);
    pieces.extend([" ".into(), ".".into(), ": ".into(), "{".into(), "}".into()]);
    let piece = prop_oneof![
        3 => ".{0,8}",
        1 => "[ .,:;!?'\"()-]{1,4}",
        2 => proptest::sample::select(pieces),
    ];
    prop::collection::vec(piece, 0..4).prop_map(|parts| parts.concat())
}

/// An entry and a value for each of its parameters, as extension members.
fn entry() -> impl Strategy<Value = (ProblemType, Map<String, Value>)> {
    proptest::sample::select(ProblemType::ALL).prop_flat_map(|kind| {
        let values: Vec<BoxedStrategy<(String, Value)>> = kind
            .params()
            .iter()
            .map(|p| {
                let name = p.name().to_owned();
                match p.kind() {
                    ParamKind::Integer => any::<u64>()
                        .prop_map(move |n| (name.clone(), Value::from(n)))
                        .boxed(),
                    _ => text_value(kind.detail_template())
                        .prop_map(move |s| (name.clone(), Value::from(s)))
                        .boxed(),
                }
            })
            .collect();
        (Just(kind), values.prop_map(|v| v.into_iter().collect()))
    })
}

/// The typed problem with these parameter values, and its rendered detail.
fn render(kind: ProblemType, params: Map<String, Value>) -> (Problem, String) {
    let problem = Problem::from_problem_details(ProblemDetails {
        type_uri: Some(kind.type_uri().to_owned()),
        extensions: params.into(),
        ..ProblemDetails::default()
    });
    assert_eq!(
        problem.problem_type(),
        Some(kind),
        "parameters of the wrong type"
    );
    let detail = problem.to_string();
    (problem, detail)
}

fn check(classified: &Classified<Problem>, kind: ProblemType, expected: &Problem, detail: &str) {
    assert_eq!(classified.kind(), Some(kind), "detail: {detail:?}");
    let recovered = classified.problem();
    assert_eq!(recovered.problem_type(), Some(kind), "detail: {detail:?}");
    assert_eq!(recovered.to_string(), detail);
    // Where a value contains the template's own text, the split may differ; the rendering
    // may not. Otherwise the very values come back.
    let own_text: Vec<String> = literals(kind.detail_template())
        .iter()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let ambiguous = expected.params().iter().any(|(_, value)| {
        let value = value.to_string();
        own_text.iter().any(|l| value.contains(l.as_str()))
    });
    if !ambiguous {
        assert_eq!(recovered, expected, "detail: {detail:?}");
    }
}

fn body(type_uri: &str, kind: ProblemType, detail: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "type": type_uri,
        "title": kind.title(),
        "status": kind.status(),
        "detail": detail,
        "traceId": "trace",
    }))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn own_type_uri((kind, params) in entry()) {
        let (problem, detail) = render(kind, params);
        let c = classify(kind.status(), &HeaderMap::new(), &body(kind.type_uri(), kind, &detail));
        prop_assert_eq!(c.identified_by(), IdentifiedBy::TypeUri);
        check(&c, kind, &problem, &detail);
        let trace = c.trace_id();
        prop_assert_eq!(trace.as_deref(), Some("trace"));
    }

    /// As this crate's servers send it: parameters also as members, so they come back exactly
    /// even when a value contains the template's own text.
    #[test]
    fn own_type_uri_with_members((kind, params) in entry()) {
        let (problem, detail) = render(kind, params);
        let body = serde_json::to_vec(&problem).unwrap();
        let c: Classified<Problem> = classify(kind.status(), &HeaderMap::new(), &body);
        prop_assert_eq!(c.identified_by(), IdentifiedBy::TypeUri);
        prop_assert_eq!(c.problem(), &problem, "detail: {:?}", detail);
        prop_assert_eq!(c.extension_names().count(), 0);
    }

    #[test]
    fn generic_type_uri((kind, params) in entry()) {
        let (problem, detail) = render(kind, params);
        let generic = format!("https://httpstatuses.io/{}", kind.status());
        let c = classify(kind.status(), &HeaderMap::new(), &body(&generic, kind, &detail));
        prop_assert!(matches!(c.identified_by(), IdentifiedBy::Title | IdentifiedBy::Template));
        check(&c, kind, &problem, &detail);
    }

    #[test]
    fn own_wire_shape((kind, params) in entry()) {
        let (problem, detail) = render(kind, params);
        let info = kind.info();
        let bytes = match info.sent_as() {
            WireShape::Gateway => serde_json::to_vec(&json!({
                "statusCode": info.status(), "message": detail,
            })),
            WireShape::Legacy => serde_json::to_vec(&json!([{
                "errorGroup": "group", "errorCode": info.error_code(), "errorMessage": detail,
            }])),
            _ => serde_json::to_vec(&json!({"title": info.title(), "detail": detail})),
        }
        .unwrap();
        let c = classify(info.status(), &HeaderMap::new(), &bytes);
        check(&c, kind, &problem, &detail);
    }
}

#[test]
fn literals_are_the_text_between_placeholders() {
    assert_eq!(
        literals("Reference {reference} cannot be cancelled. Invalid state: {state}."),
        ["Reference ", " cannot be cancelled. Invalid state: ", "."]
    );
    assert_eq!(literals("{a}{b}"), Vec::<String>::new());
}

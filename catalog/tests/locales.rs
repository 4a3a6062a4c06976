//! The shipped catalogue in Norwegian Bokmål: every entry is translated, a localised problem
//! keeps its type URI, status and members, and a client classifies a Norwegian body back to
//! the same typed problem (parameters recovered from the Norwegian detail), saying which
//! locale matched — in every wire shape, with a generic type URI as the live API sends.

#![allow(deprecated)] // retired entries are classified too

use errors_core::classify::{classify, IdentifiedBy};
use errors_core::http::HeaderMap;
use errors_core::{ProblemKind, WireShape};
use serde_json::{json, Value};
use vipps_problems::{Problem, ProblemType};

fn generic(kind: ProblemType) -> String {
    format!("https://httpstatuses.io/{}", kind.status())
}

/// The body of `problem` in `locale` as the live API sends it: its wire shape, and for
/// problem+json the generic type URI of its status.
fn live_body(kind: ProblemType, problem: &Problem, locale: &str) -> Vec<u8> {
    let localized = problem.localized(locale);
    let body = match kind.info().sent_as() {
        WireShape::Gateway => {
            json!({ "statusCode": kind.status(), "message": localized.to_string() })
        }
        WireShape::Legacy => json!([{
            "errorCode": kind.info().error_code(),
            "errorMessage": localized.to_string(),
        }]),
        _ => {
            let mut body = serde_json::to_value(&localized).unwrap();
            body["type"] = Value::from(generic(kind));
            body
        }
    };
    serde_json::to_vec(&body).unwrap()
}

#[test]
fn the_catalogue_has_english_and_norwegian() {
    assert_eq!(ProblemType::LOCALES, ["en", "nb"]);
    assert_eq!(<ProblemType as ProblemKind>::locales(), ["en", "nb"]);
}

#[test]
fn every_entry_has_a_norwegian_title_and_detail() {
    for kind in ProblemType::ALL {
        // Only a code-like title stays as it is.
        let keeps_title = kind.title().contains('.') && !kind.title().contains(' ');
        assert_eq!(
            kind.title_in("nb") == kind.title(),
            keeps_title,
            "{}",
            kind.id()
        );
        assert_ne!(
            kind.detail_template_in("nb"),
            kind.detail_template(),
            "{}",
            kind.id()
        );
        assert_eq!(kind.title_in("nb-NO"), kind.title_in("nb"));
        assert_eq!(
            kind.title_in("fi"),
            kind.title(),
            "an unknown locale: the source"
        );
    }
}

#[test]
fn a_localised_problem_keeps_its_type_status_and_members() {
    for &kind in ProblemType::ALL {
        let problem = Problem::example(kind);
        let en: Value = serde_json::to_value(&problem).unwrap();
        let nb: Value = serde_json::to_value(problem.localized("nb")).unwrap();
        assert_eq!(nb["title"], kind.title_in("nb"), "{}", kind.id());
        assert_eq!(nb["detail"], problem.localized("nb").to_string());
        let (mut en, mut nb) = (en, nb);
        for body in [&mut en, &mut nb] {
            let map = body.as_object_mut().unwrap();
            map.remove("title");
            map.remove("detail");
        }
        assert_eq!(en, nb, "{}", kind.id());
        // The value form says the same as the bytes.
        let details = problem.localized("nb").to_problem_details();
        assert_eq!(
            serde_json::to_value(details).unwrap()["title"],
            kind.title_in("nb")
        );
    }
    let problem = Problem::ReferenceNotFound {
        reference: "order-9".into(),
        msn: "654321".into(),
    };
    let nb = problem.localized("nb-NO");
    assert_eq!(nb.locale(), "nb");
    assert_eq!(
        nb.to_string(),
        "Referansen order-9 finnes ikke for MSN 654321"
    );
    assert_eq!(problem.localized("sv").locale(), "en");
    assert_eq!(problem.localized("sv").to_string(), problem.to_string());
}

#[test]
fn a_norwegian_body_classifies_back_in_every_wire_shape() {
    for &kind in ProblemType::ALL {
        let problem = Problem::example(kind);
        for locale in ["en", "nb"] {
            let body = live_body(kind, &problem, locale);
            let c = classify::<Problem>(kind.status(), &HeaderMap::new(), &body);
            assert_eq!(c.problem(), &problem, "{} in {locale}", kind.id());
            assert_eq!(c.locale(), Some(locale), "{} in {locale}", kind.id());
        }
    }
}

#[test]
fn parameters_come_back_from_a_norwegian_detail() {
    let body = br#"{"type": "https://httpstatuses.io/409", "title": "Betalingen kan ikke kanselleres",
        "detail": "Referansen order-9 kan ikke kanselleres. Ugyldig tilstand: CAPTURED.", "status": 409}"#;
    let c = classify::<Problem>(409, &HeaderMap::new(), body);
    assert_eq!(
        c.problem(),
        &Problem::PaymentCannotBeCancelled {
            reference: "order-9".into(),
            state: "CAPTURED".into()
        }
    );
    assert_eq!(c.identified_by(), IdentifiedBy::Title);
    assert_eq!(c.locale(), Some("nb"));
    // No title: the Norwegian template alone identifies it.
    let body = r#"{"detail": "Salgsstedet med MSN 654321 har ikke lov til å bruke direkte trekk.", "status": 403}"#;
    let c = classify::<Problem>(403, &HeaderMap::new(), body.as_bytes());
    assert_eq!(
        c.problem(),
        &Problem::DirectCaptureNotAllowed {
            msn: "654321".into()
        }
    );
    assert_eq!(c.identified_by(), IdentifiedBy::Template);
    assert_eq!(c.locale(), Some("nb"));
}

#[test]
fn the_type_uri_identifies_and_the_texts_say_the_locale() {
    let kind = ProblemType::ReferenceNotFound;
    let body = json!({
        "type": kind.type_uri(), "title": kind.title_in("nb"), "status": 404,
        "detail": "Referansen r-1 finnes ikke for MSN 1", "reference": "r-1", "msn": "1",
    });
    let c = classify::<Problem>(404, &HeaderMap::new(), &serde_json::to_vec(&body).unwrap());
    assert_eq!(c.identified_by(), IdentifiedBy::TypeUri);
    assert_eq!(c.locale(), Some("nb"));
    // A title and detail in no catalogued language: known by type URI, no locale.
    let body = json!({ "type": kind.type_uri(), "title": "Viitettä ei löydy", "status": 404,
        "detail": "Viitettä r-1 ei ole", "reference": "r-1", "msn": "1" });
    let c = classify::<Problem>(404, &HeaderMap::new(), &serde_json::to_vec(&body).unwrap());
    assert_eq!(c.kind(), Some(kind));
    assert_eq!(c.locale(), None);
    // Nothing identified: no locale.
    let c = classify::<Problem>(418, &HeaderMap::new(), br#"{"title": "Jeg er en tekanne"}"#);
    assert_eq!((c.kind(), c.locale()), (None, None));
}

//! The shipped catalogue: complete against the source document, and every entry round-trips
//! through problem+json and through its type URI.

use errors_core::{Occurrence, RetryHint, WireShape};
use vipps_problems::{Problem, ProblemType};

/// The ePayment error table, copied from the source document (title, description, comment).
fn epayment_table() -> Vec<(String, String, String)> {
    let text = include_str!("../fixtures/epayment-error-table.tsv");
    text.lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "three columns in {line:?}");
            (cols[0].to_owned(), cols[1].to_owned(), cols[2].to_owned())
        })
        .collect()
}

#[test]
fn every_row_of_the_epayment_table_is_an_entry_with_that_title_and_description() {
    let table = epayment_table();
    assert_eq!(table.len(), 45);
    let mut used = Vec::new();
    for (title, description, comment) in &table {
        // Titles are not unique ("Idempotency error"): the description tells the rows apart.
        let entry = ProblemType::ALL
            .iter()
            .copied()
            .find(|t| t.title() == title && Problem::example(*t).to_string() == *description)
            .unwrap_or_else(|| panic!("no entry titled {title:?} renders {description:?}"));
        assert_eq!(entry.info().api(), "epayment", "{title}");
        assert_eq!(entry.info().comment().unwrap_or(""), comment, "{title}");
        assert!(!used.contains(&entry), "{title} matched twice");
        used.push(entry);
    }
    let in_catalogue = ProblemType::ALL
        .iter()
        .filter(|t| t.info().api() == "epayment")
        .count();
    assert_eq!(
        in_catalogue,
        table.len(),
        "the ePayment file has entries the table lacks"
    );
}

#[test]
fn both_idempotency_errors_are_separate_entries() {
    let idem: Vec<ProblemType> = ProblemType::ALL
        .iter()
        .copied()
        .filter(|t| t.title() == "Idempotency error")
        .collect();
    assert_eq!(idem.len(), 2);
    assert_ne!(idem[0].type_uri(), idem[1].type_uri());
}

#[test]
fn every_entry_round_trips_through_problem_json_and_its_type_uri() {
    for &kind in ProblemType::ALL {
        let problem = Problem::example(kind);
        assert_eq!(problem.problem_type(), Some(kind));
        assert_eq!(ProblemType::from_type_uri(kind.type_uri()), Some(kind));
        assert_eq!(kind.type_uri().parse::<ProblemType>(), Ok(kind));
        assert_eq!(ProblemType::from_id(kind.id()), Some(kind));

        let json = serde_json::to_string(&problem).unwrap();
        let back: Problem = serde_json::from_str(&json).unwrap();
        assert_eq!(back, problem, "{json}");

        // The detail alone gives back the parameters too.
        assert_eq!(
            Problem::from_detail(kind, &problem.to_string()),
            Some(problem.clone()),
            "{kind:?}"
        );

        // As a value, and with instance and extension members, nothing is lost.
        let details = problem.to_problem_details();
        assert_eq!(
            serde_json::to_value(&details).unwrap(),
            serde_json::from_str::<serde_json::Value>(&json).unwrap()
        );
        let sent = Occurrence::new(problem.clone())
            .with_instance("urn:uuid:123e4567-e89b-12d3-a456-426655440000")
            .with_extension("traceId", "t-1");
        let received: Occurrence<Problem> =
            serde_json::from_str(&serde_json::to_string(&sent).unwrap()).unwrap();
        assert_eq!(received, sent);

        // The fieldless type serializes as its URI.
        let uri = serde_json::to_string(&kind).unwrap();
        assert_eq!(serde_json::from_str::<ProblemType>(&uri).unwrap(), kind);
    }
}

#[test]
fn every_entry_has_a_problem_json_example_body() {
    for &kind in ProblemType::ALL {
        // The problem itself, not a `serde_json::Value`: a value would sort the members.
        insta::assert_json_snapshot!(format!("body_{}", kind.id()), Problem::example(kind));
    }
}

#[test]
fn retry_hints_follow_the_platform_rules() {
    for &kind in ProblemType::ALL {
        let status = kind.status();
        match status {
            423 | 429 => assert_eq!(kind.retry(), RetryHint::Backoff, "{kind:?}"),
            // 4xx validation errors are never retried as they are.
            400 => assert_eq!(kind.retry(), RetryHint::Never, "{kind:?}"),
            _ => {}
        }
    }
    assert_eq!(ProblemType::OrderProcessing.retry(), RetryHint::Backoff);
}

#[test]
fn the_gateway_and_legacy_shapes_are_recorded() {
    let gateway: Vec<u16> = ProblemType::ALL
        .iter()
        .filter(|t| t.info().sent_as() == WireShape::Gateway)
        .map(|t| t.status())
        .collect();
    assert_eq!(gateway, [401, 401, 403, 429]);
    let legacy: Vec<&str> = ProblemType::ALL
        .iter()
        .filter_map(|t| t.info().error_code())
        .collect();
    assert_eq!(legacy, ["35", "81"]);
    assert!(ProblemType::GENERIC_TYPE_URIS.contains(&"https://httpstatuses.io/{status}"));
}

#[test]
fn parameters_are_typed_fields() {
    let p = Problem::ReferenceNotFound {
        reference: "order-9".into(),
        msn: "654321".into(),
    };
    assert_eq!(
        p.to_string(),
        "The reference order-9 does not exist for MSN 654321"
    );
    let rate = Problem::from_detail(
        ProblemType::GatewayRateLimitExceeded,
        "Rate limit is exceeded. Try again in 57 seconds.",
    );
    assert_eq!(
        rate,
        Some(Problem::GatewayRateLimitExceeded { seconds: 57 })
    );
}

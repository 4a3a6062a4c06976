//! The per-operation enums of the fixture catalogue: exactly the operation's entries plus
//! `Other`, the same problem+json as the catalogue-wide problem, lossless conversions both
//! ways, and classification that keeps a problem outside the set.

// The generated code must compile warning-free in a user's crate.
#![deny(warnings)]

#[allow(missing_docs)]
mod shop {
    include!(concat!(env!("OUT_DIR"), "/shop.rs"));
}

use axum::response::IntoResponse;
use shop::{GetOrderError, PlaceOrderError, ShopProblem, ShopProblemType, UndeclaredShopProblem};

/// An example of every problem type, and one problem outside the catalogue.
fn every_problem() -> Vec<ShopProblem> {
    let mut all: Vec<ShopProblem> = ShopProblemType::ALL
        .iter()
        .map(|kind| ShopProblem::example(*kind))
        .collect();
    let outside =
        serde_json::json!({"type": "https://elsewhere.example/x", "status": 418, "extra": 1});
    all.push(serde_json::from_value(outside).unwrap());
    all
}

/// The generated code is included in this crate, so `#[non_exhaustive]` does not apply
/// here: this match compiles only while `GetOrderError` has exactly these variants (the
/// entry it lists, the entry every operation returns, and the catch-all).
fn variant_name(error: &GetOrderError) -> &'static str {
    match error {
        GetOrderError::FieldInvalid { .. } => "FieldInvalid",
        GetOrderError::Busy => "Busy",
        GetOrderError::Other(_) => "Other",
    }
}

#[test]
fn each_enum_holds_its_listed_entries_and_the_every_operation_ones() {
    let declared = |p: &ShopProblem| PlaceOrderError::try_from(p.clone()).is_ok();
    let ids: Vec<&str> = every_problem()
        .iter()
        .filter(|p| declared(p))
        .map(|p| p.problem_type().unwrap().id())
        .collect();
    // In catalogue order; `busy` is `every_operation: true` and listed by no operation.
    assert_eq!(
        ids,
        [
            "out_of_stock",
            "discontinued",
            "field_invalid",
            "busy",
            "old_limit"
        ]
    );
    let names: Vec<&str> = every_problem()
        .into_iter()
        .map(|p| variant_name(&GetOrderError::from_problem(p)))
        .collect();
    assert_eq!(
        names,
        ["Other", "Other", "FieldInvalid", "Busy", "Other", "Other"]
    );
}

#[test]
fn conversions_are_lossless_and_try_from_returns_the_problem_unchanged() {
    for problem in every_problem() {
        match GetOrderError::try_from(problem.clone()) {
            Ok(declared) => assert_eq!(ShopProblem::from(declared), problem),
            Err(back) => assert_eq!(back, problem),
        }
        let classified = GetOrderError::from_problem(problem.clone());
        assert_eq!(classified.clone().into_problem(), problem);
        assert_eq!(ShopProblem::from(classified), problem);
    }
}

#[test]
fn a_problem_outside_the_set_lands_in_other_whole() {
    let problem = ShopProblem::OutOfStock {
        sku: "A-1".into(),
        count: 3,
    };
    let GetOrderError::Other(other) = GetOrderError::from_problem(problem.clone()) else {
        panic!("out_of_stock is not an entry of getOrder");
    };
    assert_eq!(other.problem(), &problem);
    assert_eq!(UndeclaredShopProblem::into_problem(other), problem);
}

#[test]
fn status_display_retry_and_details_are_the_problems() {
    for problem in every_problem() {
        let error = PlaceOrderError::from_problem(problem.clone());
        assert_eq!(error.status(), problem.status());
        assert_eq!(error.to_string(), problem.to_string());
        assert_eq!(error.retry(), problem.retry());
        assert_eq!(error.problem_type(), problem.problem_type());
        assert_eq!(error.to_problem_details(), problem.to_problem_details());
        assert_eq!(
            errors_core::ToProblem::to_problem_details(&error),
            problem.to_problem_details()
        );
    }
}

#[test]
fn problem_json_is_the_same_bytes_and_reads_back() {
    for problem in every_problem() {
        let error = PlaceOrderError::from_problem(problem.clone());
        let bytes = serde_json::to_string(&error).unwrap();
        assert_eq!(bytes, serde_json::to_string(&problem).unwrap());
        let back: PlaceOrderError = serde_json::from_str(&bytes).unwrap();
        assert_eq!(back, error);
        assert_eq!(back.into_problem(), problem);
    }
}

#[test]
fn clone_equality_hash_and_debug_follow_the_problem() {
    let out = PlaceOrderError::OutOfStock {
        sku: "A-1".into(),
        count: 3,
    };
    assert_eq!(out.clone(), out);
    assert_eq!(format!("{out:?}"), r#"OutOfStock { sku: "A-1", count: 3 }"#);
    let other = GetOrderError::from_problem(ShopProblem::Discontinued { sku: "B".into() });
    assert_eq!(format!("{other:?}"), r#"Other(Discontinued { sku: "B" })"#);
    let set: std::collections::HashSet<PlaceOrderError> = [
        out.clone(),
        out.clone(),
        PlaceOrderError::Busy,
        PlaceOrderError::from_problem(every_problem().pop().unwrap()),
    ]
    .into();
    assert_eq!(set.len(), 3);
    assert_ne!(out, PlaceOrderError::Busy);
}

#[tokio::test]
async fn an_operation_error_answers_as_its_problem_does() {
    for problem in every_problem() {
        let error = PlaceOrderError::from_problem(problem.clone());
        let (ours, theirs) = (error.into_response(), problem.into_response());
        assert_eq!(ours.status(), theirs.status());
        assert_eq!(ours.headers(), theirs.headers());
        let body = |r: axum::response::Response| axum::body::to_bytes(r.into_body(), 1 << 16);
        assert_eq!(body(ours).await.unwrap(), body(theirs).await.unwrap());
    }
}

#[test]
#[allow(deprecated)]
fn a_retired_entry_keeps_its_deprecated_variant_in_the_operation() {
    let code = errors_codegen::Config::new()
        .catalog_dir(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/catalogs/shop"
        ))
        .type_enum_name("ShopProblemType")
        .problem_enum_name("ShopProblem")
        .generate()
        .unwrap();
    let place_order = &code[code.find("pub enum PlaceOrderError").unwrap()..];
    assert!(
        place_order.contains("#[deprecated(note = \"Replaced by busy in 2026.\")]\n    OldLimit,")
    );
    assert_eq!(
        PlaceOrderError::OldLimit.into_problem(),
        ShopProblem::OldLimit
    );
}

//! `catalog!` compiles a crate's own catalogue in place, like build.rs does for errors-core.

mod shop {
    errors_macros::catalog!("fixtures/shop-catalog");
}

use axum::response::IntoResponse;
use errors_core::{ProblemKind, RetryHint};
use shop::{Problem, ProblemType};

#[test]
fn the_macro_generates_the_catalogue_types() {
    assert_eq!(ProblemType::all().len(), 2);
    assert_eq!(
        ProblemType::OutOfStock.type_uri(),
        "https://shop.example/problems/out-of-stock"
    );
    assert_eq!(ProblemType::BasketLocked.retry(), RetryHint::Backoff);

    let problem = Problem::OutOfStock {
        sku: "ABC-1".into(),
        available: 2,
    };
    assert_eq!(problem.to_string(), "Only 2 of ABC-1 left.");
    let json = serde_json::to_value(&problem).unwrap();
    assert_eq!(json["available"], 2);
    assert_eq!(serde_json::from_value::<Problem>(json).unwrap(), problem);
    assert_eq!(
        Problem::from_detail(ProblemType::OutOfStock, "Only 7 of XYZ left."),
        Some(Problem::OutOfStock {
            sku: "XYZ".into(),
            available: 7
        })
    );
}

#[test]
fn generated_problems_are_axum_responses() {
    let response = Problem::example(ProblemType::BasketLocked).into_response();
    assert_eq!(response.status(), 423);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}

//! `catalog!` compiles a crate's own catalogue in place, with the same generator that
//! build.rs uses: the fixture compiled both ways gives the same facts and behaviour.

mod by_macro {
    errors_macros::catalog!("fixtures/catalogs/shop");
}

mod by_build_script {
    include!(concat!(env!("OUT_DIR"), "/shop.rs"));
}

use axum::response::IntoResponse;
use by_macro::{Problem, ProblemType};
use errors_core::{ProblemKind, RetryHint};

#[test]
fn the_macro_and_the_build_script_agree_on_every_entry() {
    let built = by_build_script::ShopProblemType::all();
    assert_eq!(ProblemType::all().len(), built.len());
    for (kind, other) in ProblemType::all().iter().zip(built) {
        assert_eq!(kind.info(), other.info());
        let example = Problem::example(*kind);
        let same = by_build_script::ShopProblem::example(*other);
        assert_eq!(example.to_string(), same.to_string());
        assert_eq!(
            serde_json::to_value(&example).unwrap(),
            serde_json::to_value(&same).unwrap()
        );
    }
}

#[test]
fn generated_types_work_in_the_using_crate() {
    assert_eq!(ProblemType::Busy.retry(), RetryHint::Backoff);
    let problem = Problem::OutOfStock {
        sku: "ABC-1".into(),
        count: 2,
    };
    assert_eq!(
        problem.to_string(),
        "Only 2 of ABC-1 left; you asked for more."
    );
    let json = serde_json::to_value(&problem).unwrap();
    assert_eq!(json["count"], 2);
    assert_eq!(serde_json::from_value::<Problem>(json).unwrap(), problem);
}

#[test]
fn generated_problems_are_axum_responses() {
    let response = Problem::example(ProblemType::Busy).into_response();
    assert_eq!(response.status(), 503);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}

/// Several paths make one catalogue: here the shipped one's files without its `locales/`,
/// and with them.
mod english_only {
    errors_macros::catalog!(
        "../catalog/epayment.yaml",
        "../catalog/gateway.yaml",
        "../catalog/platform.yaml"
    );
}

mod with_norwegian {
    errors_macros::catalog!(
        "../catalog/epayment.yaml",
        "../catalog/gateway.yaml",
        "../catalog/platform.yaml",
        "../catalog/locales/nb.yaml"
    );
}

#[test]
fn several_paths_make_one_catalogue_and_a_locales_file_is_a_translation() {
    assert_eq!(
        english_only::ProblemType::ALL.len(),
        vipps_problems::ProblemType::ALL.len()
    );
    assert_eq!(english_only::ProblemType::LOCALES, ["en"]);
    assert_eq!(with_norwegian::ProblemType::LOCALES, ["en", "nb"]);
    let nb = with_norwegian::ProblemType::ReferenceNotFound.title_in("nb");
    assert_eq!(
        nb,
        vipps_problems::ProblemType::ReferenceNotFound.title_in("nb")
    );
    assert_eq!(
        english_only::ProblemType::ReferenceNotFound.title_in("nb"),
        "Reference not found"
    );
}

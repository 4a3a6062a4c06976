//! The generated code for a small fixture catalogue: golden snapshot, determinism,
//! write-if-changed, and the behaviour of the types it defines in an outside crate.

// The generated code must compile warning-free in a user's crate.
#![deny(warnings)]

#[allow(missing_docs)]
mod shop {
    include!(concat!(env!("OUT_DIR"), "/shop.rs"));
}

use errors_core::{ProblemKind, RetryHint};
use shop::{ShopProblem, ShopProblemType};

fn fixture_config() -> errors_codegen::Config {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/catalogs/shop");
    errors_codegen::Config::new()
        .catalog_dir(dir)
        .display_root(env!("CARGO_MANIFEST_DIR"))
        .type_enum_name("ShopProblemType")
        .problem_enum_name("ShopProblem")
}

#[test]
fn generated_code_matches_the_golden_file() {
    let code = fixture_config().generate().unwrap();
    assert!(code.starts_with("// @generated"));
    insta::assert_snapshot!("shop_generated", code);
}

#[test]
fn generated_code_names_no_crate_but_the_runtime_and_std() {
    let code = fixture_config().generate().unwrap();
    let mut roots: Vec<&str> = code
        .match_indices("::")
        .filter(|(at, _)| {
            // A path from the crate root: `::name::`, not `a::b`.
            !code[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '>')
        })
        .filter_map(|(at, _)| code[at + 2..].split("::").next())
        .collect();
    roots.sort_unstable();
    roots.dedup();
    assert_eq!(roots, ["core", "errors_core", "std"]);
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let first = fixture_config().generate().unwrap();
    let second = fixture_config().generate().unwrap();
    assert_eq!(first.as_bytes(), second.as_bytes());
    // And the build script wrote exactly these bytes.
    let built = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/shop.rs")).unwrap();
    assert_eq!(built, first);
}

#[test]
fn unchanged_output_is_not_rewritten() {
    let tmp = tempfile::tempdir().unwrap();
    let config = fixture_config().out_dir(tmp.path());
    config.compile("shop.rs").unwrap();
    let path = tmp.path().join("shop.rs");
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    config.compile("shop.rs").unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    assert!(
        !errors_codegen::write_if_changed(&path, std::fs::read(&path).unwrap().as_slice()).unwrap()
    );
    assert!(errors_codegen::write_if_changed(&path, b"changed").unwrap());
}

#[test]
fn facts_come_from_the_catalogue() {
    let t = ShopProblemType::OutOfStock;
    assert_eq!(t.type_uri(), "https://example.com/problems/out-of-stock");
    assert_eq!(t.status(), 409);
    assert_eq!(t.status_code(), http::StatusCode::CONFLICT);
    assert_eq!(t.retry(), RetryHint::Never);
    assert_eq!(t.links()[0].href(), "https://example.com/docs/stock");
    assert_eq!(t.params()[1].kind(), errors_core::ParamKind::Integer);
    assert_eq!(ShopProblemType::Busy.fault(), errors_core::Fault::Server);
    assert_eq!(
        ShopProblemType::FieldInvalid.type_uri(),
        "https://example.com/other/field-invalid"
    );
    assert_eq!(ShopProblemType::ALL.len(), 5);
    assert_eq!(
        ShopProblemType::from_id("busy"),
        Some(ShopProblemType::Busy)
    );
    assert!(ShopProblemType::is_generic_type_uri(
        "https://example.com/status/503"
    ));
    assert!(!ShopProblemType::is_generic_type_uri(
        "https://example.com/status/x"
    ));
}

#[test]
#[allow(deprecated)]
fn retired_entries_are_deprecated_but_still_work() {
    let code = fixture_config().generate().unwrap();
    assert!(code.contains("#[deprecated(note = \"Replaced by busy in 2026.\")]\n    OldLimit"));
    assert!(ShopProblemType::OldLimit.is_retired());
    assert_eq!(
        ShopProblemType::from_type_uri("https://example.com/problems/old-limit"),
        Some(ShopProblemType::OldLimit)
    );
}

#[test]
fn display_renders_the_detail_with_typed_parameters() {
    let p = ShopProblem::OutOfStock {
        sku: "A-1".into(),
        count: 3,
    };
    assert_eq!(p.to_string(), "Only 3 of A-1 left; you asked for more.");
    assert_eq!(
        ShopProblem::FieldInvalid {
            field: "price".into()
        }
        .to_string(),
        "Field {name} is not price"
    );
}

#[test]
fn problem_json_carries_parameters_as_typed_extension_members() {
    let p = ShopProblem::OutOfStock {
        sku: "A-1".into(),
        count: 3,
    };
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "type": "https://example.com/problems/out-of-stock",
            "title": "Out of stock",
            "status": 409,
            "detail": "Only 3 of A-1 left; you asked for more.",
            "sku": "A-1",
            "count": 3,
        })
    );
    assert_eq!(serde_json::from_value::<ShopProblem>(json).unwrap(), p);
}

#[test]
fn parameters_are_recovered_from_the_detail_when_members_are_missing() {
    let body = r#"{"type":"https://example.com/problems/out-of-stock","detail":"Only 12 of X; Y left; you asked for more."}"#;
    let p: ShopProblem = serde_json::from_str(body).unwrap();
    assert_eq!(
        p,
        ShopProblem::OutOfStock {
            sku: "X; Y".into(),
            count: 12
        }
    );
}

#[test]
fn template_matching_checks_literals_numbers_and_repeated_placeholders() {
    use ShopProblemType as T;
    assert_eq!(
        ShopProblem::from_detail(
            T::Discontinued,
            "B-2 is discontinued; see B-2 in the archive"
        ),
        Some(ShopProblem::Discontinued { sku: "B-2".into() })
    );
    // The same placeholder twice must carry the same value.
    assert_eq!(
        ShopProblem::from_detail(
            T::Discontinued,
            "B-2 is discontinued; see C-3 in the archive"
        ),
        None
    );
    // Integers are written as rendering writes them.
    for bad in [
        "Only +3 of A left; you asked for more.",
        "Only 03 of A left; you asked for more.",
        "Only  of A left; you asked for more.",
    ] {
        assert_eq!(ShopProblem::from_detail(T::OutOfStock, bad), None, "{bad}");
    }
    assert_eq!(
        ShopProblem::from_detail(T::Busy, "Try again later."),
        Some(ShopProblem::Busy)
    );
    assert_eq!(ShopProblem::from_detail(T::Busy, "Try again later"), None);
    assert_eq!(
        ShopProblem::from_detail(T::FieldInvalid, "Field {name} is not "),
        Some(ShopProblem::FieldInvalid {
            field: String::new()
        })
    );
}

#[test]
fn unknown_type_uris_keep_the_whole_body() {
    let body = serde_json::json!({"type": "https://elsewhere.example/x", "title": "X", "status": 418, "extra": [1, 2]});
    let p: ShopProblem = serde_json::from_value(body.clone()).unwrap();
    assert!(matches!(p, ShopProblem::Unknown(_)));
    assert_eq!(p.status(), 418);
    assert_eq!(p.problem_type(), None);
    assert_eq!(serde_json::to_value(&p).unwrap(), body);
}

#[test]
fn known_type_with_unusable_parameters_is_kept_as_unknown() {
    let body = serde_json::json!({"type": "https://example.com/problems/out-of-stock", "sku": "A", "count": "many"});
    let p: ShopProblem = serde_json::from_value(body.clone()).unwrap();
    let kept = errors_core::CatalogProblem::as_unknown(&p).expect("kept as Unknown");
    assert_eq!(serde_json::to_value(kept).unwrap(), body);
}

#[test]
fn debug_clone_and_equality_behave_like_the_derived_ones() {
    let problem = ShopProblem::OutOfStock {
        sku: "A-\"1\"".into(),
        count: 3,
    };
    assert_eq!(
        format!("{problem:?}"),
        r#"OutOfStock { sku: "A-\"1\"", count: 3 }"#
    );
    assert_eq!(
        format!("{problem:#?}"),
        "OutOfStock {\n    sku: \"A-\\\"1\\\"\",\n    count: 3,\n}"
    );
    assert_eq!(format!("{:?}", ShopProblem::Busy), "Busy");
    let unknown = ShopProblem::Unknown(errors_core::UnknownProblem::new(
        errors_core::ProblemDetails {
            title: Some("Teapot".into()),
            ..Default::default()
        },
    ));
    assert!(format!("{unknown:?}").starts_with("Unknown(ProblemDetails {"));

    assert_eq!(problem.clone(), problem);
    assert_eq!(unknown.clone(), unknown);
    let other_count = ShopProblem::OutOfStock {
        sku: "A-\"1\"".into(),
        count: 4,
    };
    assert_ne!(problem, other_count);
    let set: std::collections::HashSet<ShopProblem> = [
        problem.clone(),
        problem.clone(),
        other_count.clone(),
        unknown.clone(),
    ]
    .into();
    assert_eq!(
        set.len(),
        3,
        "equal problems hash alike, different ones apart"
    );
    assert_ne!(
        ShopProblem::Discontinued { sku: "x".into() },
        ShopProblem::FieldInvalid { field: "x".into() }
    );
    assert_ne!(ShopProblem::Busy, unknown);
}

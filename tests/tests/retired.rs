//! Entries are retired, never deleted: a retired entry stays in the catalogue and the lock,
//! is marked in the docs, and becomes `#[deprecated]` in the generated Rust, so code that
//! still names it is warned with the reason.

mod support;

use std::path::PathBuf;

use errors_codegen::compat::{Lock, Surface};
use errors_codegen::{emit, Catalog, Config};
use support::workspace;

const NOTE: &str = "Coupons were replaced by gift cards.";

fn fixture() -> PathBuf {
    workspace().join("tests/fixtures/retired")
}

fn catalog() -> Catalog {
    Config::new()
        .catalog_dir(fixture())
        .load()
        .expect("the fixture loads")
        .0
}

#[test]
fn the_generated_rust_deprecates_the_retired_variants_only() {
    let code = Config::new().catalog_dir(fixture()).generate().unwrap();
    let attr = format!("#[deprecated(note = \"{NOTE}\")]");
    assert_eq!(code.matches(&attr).count(), 2, "one per enum:\n{code}");
    assert!(
        code.contains(&format!("{attr}\n    CouponExpired,")),
        "the type enum's variant"
    );
    assert!(
        code.contains(&format!("{attr}\n    CouponExpired {{")),
        "the problem enum's variant"
    );
    assert_eq!(
        code.matches("#[deprecated").count(),
        2,
        "nothing else is deprecated"
    );
}

#[test]
fn the_retired_entry_stays_in_the_lock_and_is_marked_in_the_docs() {
    let catalog = catalog();
    let lock = Lock::new(Surface::of(&catalog));
    let retired: Vec<_> = lock
        .entries
        .iter()
        .filter(|e| e.retired)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(retired, ["coupon_expired"]);
    assert!(lock.changes(&catalog).is_empty());

    let md = emit::markdown::render(&catalog);
    assert!(
        md.contains(&format!("Coupon expired (retired: {NOTE})")),
        "{md}"
    );
    let json = emit::json::to_value(&catalog);
    assert_eq!(json["entries"][1]["retired"], NOTE);
    assert!(emit::html::render(&catalog).contains("<span class=\"badge\">retired</span>"));
    let openapi = emit::openapi::document(&catalog);
    assert_eq!(
        openapi["components"]["examples"]["coupon_expired"]["x-retired"],
        true
    );
}

#[test]
fn code_that_names_a_retired_entry_is_warned_and_the_rest_compiles_cleanly() {
    let code = Config::new().catalog_dir(fixture()).generate().unwrap();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("retired");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("shop.rs");
    errors_codegen::write_if_changed(&file, code.as_bytes()).unwrap();
    // The UI files include the generated code through this variable. Set before trybuild
    // starts cargo, which passes it on to rustc; nothing else in this binary reads it.
    std::env::set_var("RETIRED_SHOP_RS", &file);
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/retired_compiles.rs");
    t.compile_fail("tests/ui/retired_use.rs");
}

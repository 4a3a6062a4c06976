//! Entries are retired, never deleted: a retired entry stays in the catalogue and the lock,
//! is marked in every kind of docs, and becomes `#[deprecated]` on every generated enum
//! (`generated_code.rs` compiles that code under `deny(warnings)` and uses the variant).

use crate::support::workspace;
use errors_codegen::compat::{Lock, Surface};
use errors_codegen::{emit, Catalog, Config};

const NOTE: &str = "Replaced by busy in 2026.";

fn config() -> Config {
    Config::new().catalog_dir(workspace().join("tests/fixtures/catalogs/shop"))
}

fn catalog() -> Catalog {
    config().load().expect("the fixture loads").0
}

#[test]
fn every_generated_enum_deprecates_the_retired_variant_only() {
    let code = config().generate().unwrap();
    let attr = format!("#[deprecated(note = \"{NOTE}\")]");
    // On the fieldless enum, the typed one (a unit variant there too) and the enum of
    // `placeOrder`, the one operation that lists it.
    assert_eq!(
        code.matches(&format!("{attr}\n    OldLimit,")).count(),
        3,
        "{code}"
    );
    assert_eq!(
        code.matches("#[deprecated").count(),
        3,
        "nothing else is deprecated"
    );
}

#[test]
fn the_retired_entry_stays_in_the_lock() {
    let catalog = catalog();
    let lock = Lock::new(Surface::of(&catalog));
    let retired: Vec<_> = lock
        .entries
        .iter()
        .filter(|e| e.retired)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(retired, ["old_limit"]);
    assert!(lock.render().contains("\"id\": \"old_limit\""));
    assert!(lock.changes(&catalog).is_empty());
}

#[test]
fn the_docs_mark_the_retired_entry() {
    let catalog = catalog();
    let md = emit::markdown::render(&catalog);
    assert!(
        md.contains(&format!(
            "<a id=\"old_limit\"></a>Old limit (retired: {NOTE})"
        )),
        "{md}"
    );
    let json = emit::json::to_value(&catalog);
    let entry = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "old_limit")
        .unwrap();
    assert_eq!(entry["retired"], NOTE);
    let html = emit::html::render(&catalog);
    let card = &html[html
        .find("<article class=\"entry\" id=\"old_limit\"")
        .unwrap()..];
    let card = &card[..card.find("</article>").unwrap()];
    assert!(
        card.contains("<span class=\"badge\">retired</span>"),
        "{card}"
    );
    assert!(
        card.contains(&format!("<dt>retired</dt><dd>{NOTE}</dd>")),
        "{card}"
    );
    let openapi = emit::openapi::document(&catalog);
    assert_eq!(
        openapi["components"]["examples"]["old_limit"]["x-retired"],
        true
    );
}

//! Classification of changes to operations and their error sets, and their records in the
//! lock.

use std::path::{Path, PathBuf};

use errors_codegen::compat::{diff_catalogs, Change, ChangeKind, Lock, Surface};
use errors_codegen::{load_texts, Catalog, Severity};

const ENTRIES: &str = r#"entries:
  - id: out_of_stock
    title: Out of stock
    status: 409
    detail: The item is out of stock.
    comment: c
  - id: card_declined
    title: Card declined
    status: 402
    detail: The card was declined.
    comment: c
  - id: rate_limited
    title: Rate limited
    status: 429
    detail: Slow down.
    comment: c
    every_operation: true
"#;

const OPERATIONS: &str = r#"operations:
  - id: placeOrder
    summary: Place an order.
    entries:
      - out_of_stock
      - card_declined
  - id: getOrder
    entries:
      - out_of_stock
"#;

fn catalog(operations: &str) -> Catalog {
    let text = format!(
        "api: shop\nname: Shop API\ntype_base: https://example.com/problems/\n{operations}{ENTRIES}"
    );
    match load_texts(&[(PathBuf::from("shop.yaml"), text)]) {
        Ok((catalog, _)) => catalog,
        Err(err) => panic!("fixture catalogue does not load:\n{err}"),
    }
}

fn changes(edit: impl Fn(&str) -> String) -> Vec<Change> {
    diff_catalogs(&catalog(OPERATIONS), &catalog(&edit(OPERATIONS)))
}

fn one(edit: impl Fn(&str) -> String) -> Change {
    let all = changes(edit);
    assert_eq!(all.len(), 1, "expected one change, got {all:#?}");
    all.into_iter().next().unwrap()
}

fn without_get_order(s: &str) -> String {
    s[..s.find("  - id: getOrder").unwrap()].to_owned()
}

#[test]
fn the_same_operations_have_no_changes() {
    assert_eq!(changes(str::to_owned), []);
}

#[test]
fn an_entry_added_to_an_operation_is_compatible() {
    let c = one(|s| {
        s.replace("      - out_of_stock\n\"", "").replace(
            "  - id: getOrder\n    entries:\n      - out_of_stock\n",
            "  - id: getOrder\n    entries:\n      - out_of_stock\n      - card_declined\n",
        )
    });
    assert_eq!(c.kind, ChangeKind::OperationEntryAdded);
    assert!(!c.is_breaking());
    assert_eq!(c.id, "getOrder");
    assert_eq!(
        c.to_string(),
        "compatible: operation `getOrder`: entry `card_declined` joins its set (its responses now arrive as that variant, no longer as `Other`)"
    );
}

#[test]
fn an_entry_removed_from_an_operation_is_breaking() {
    let c = one(|s| s.replace("      - card_declined\n", ""));
    assert_eq!(c.kind, ChangeKind::OperationEntryRemoved);
    assert!(c.is_breaking());
    assert_eq!(c.id, "placeOrder");
    assert!(
        c.to_string().starts_with(
            "breaking: operation `placeOrder`: entry `card_declined` no longer in its set"
        ),
        "{c}"
    );
}

#[test]
fn an_entry_no_longer_every_operation_leaves_every_set() {
    let old = catalog(OPERATIONS);
    let text = ENTRIES.replace("    every_operation: true\n", "");
    let new = load_texts(&[(
        PathBuf::from("shop.yaml"),
        format!("api: shop\nname: Shop API\ntype_base: https://example.com/problems/\n{OPERATIONS}{text}"),
    )])
    .unwrap()
    .0;
    let found: Vec<(String, ChangeKind)> = diff_catalogs(&old, &new)
        .into_iter()
        .map(|c| (c.id, c.kind))
        .collect();
    assert_eq!(
        found,
        [
            ("getOrder".to_owned(), ChangeKind::OperationEntryRemoved),
            ("placeOrder".to_owned(), ChangeKind::OperationEntryRemoved),
        ]
    );
}

#[test]
fn an_operation_added_is_compatible() {
    let c = one(|s| format!("{s}  - id: cancelOrder\n    entries:\n      - card_declined\n"));
    assert_eq!(c.kind, ChangeKind::OperationAdded);
    assert!(!c.is_breaking());
    assert_eq!(
        c.to_string(),
        "compatible: new operation `cancelOrder` (2 entries)"
    );
}

#[test]
fn an_operation_removed_is_breaking() {
    let c = one(without_get_order);
    assert_eq!(c.kind, ChangeKind::OperationRemoved);
    assert!(c.is_breaking());
    assert_eq!(
        c.to_string(),
        "breaking: operation `getOrder` removed: its enum is gone, with every variant"
    );
}

#[test]
fn the_lock_records_sets_and_keeps_removed_operations_as_tombstones() {
    let lock = Lock::new(Surface::of(&catalog(OPERATIONS)));
    let text = lock.render();
    assert!(
        text.contains("\"operations\": [\n    {\n      \"id\": \"getOrder\",\n      \"entries\": [\n        \"out_of_stock\",\n        \"rate_limited\"\n      ]\n    },"),
        "{text}"
    );
    assert_eq!(Lock::parse(&text, Path::new("catalog.lock")).unwrap(), lock);

    // Accepting the removal keeps a tombstone with the last set...
    let fewer = catalog(&without_get_order(OPERATIONS));
    let updated = lock.updated(&fewer);
    let gone = updated
        .operations
        .iter()
        .find(|o| o.id == "getOrder")
        .unwrap();
    assert!(gone.removed);
    assert_eq!(gone.entries, ["out_of_stock", "rate_limited"]);
    assert!(updated.render().contains("\"removed\": true"));
    assert_eq!(updated.changes(&fewer), []);
    // ...so the operation coming back with less than it had is caught.
    let back = catalog(&OPERATIONS.replace(
        "  - id: getOrder\n    entries:\n      - out_of_stock\n",
        "  - id: getOrder\n    entries:\n      - card_declined\n",
    ));
    let kinds: Vec<ChangeKind> = updated.changes(&back).iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ChangeKind::OperationEntryRemoved,
            ChangeKind::OperationRestored,
            ChangeKind::OperationEntryAdded,
        ]
    );
}

#[test]
fn check_places_a_set_change_at_the_operation_and_a_removal_in_the_lock() {
    let lock = Lock::new(Surface::of(&catalog(OPERATIONS)));
    let text = lock.render();
    let narrower = catalog(&without_get_order(OPERATIONS).replace("      - card_declined\n", ""));
    let found = lock.check(&narrower, Path::new("catalog.lock"), &text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|d| d.severity == Severity::Error));
    let shown: Vec<String> = found.iter().map(|d| d.to_string()).collect();
    let get_line = text
        .lines()
        .position(|l| l.contains("\"id\": \"getOrder\""))
        .unwrap()
        + 1;
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with(&format!("catalog.lock:{get_line}:"))
                && s.contains("operation `getOrder` removed")),
        "{shown:#?}"
    );
    assert!(
        shown.iter().any(|s| s.starts_with("shop.yaml:5:")
            && s.contains("operation `placeOrder`: entry `card_declined`")),
        "{shown:#?}"
    );
}

#[test]
fn a_format_1_lock_without_operations_is_read_and_reports_them_as_new() {
    let mut lock = Lock::new(Surface::of(&catalog(OPERATIONS)));
    lock.operations.clear();
    lock.format = 1;
    let mut value: serde_json::Value = serde_json::from_str(&lock.render()).unwrap();
    value.as_object_mut().unwrap().remove("operations");
    let text = serde_json::to_string_pretty(&value).unwrap();
    assert!(!text.contains("operations"), "{text}");
    let read = Lock::parse(&text, Path::new("catalog.lock")).unwrap();
    let kinds: Vec<ChangeKind> = read
        .changes(&catalog(OPERATIONS))
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(
        kinds,
        [ChangeKind::OperationAdded, ChangeKind::OperationAdded]
    );
    assert_eq!(read.updated(&catalog(OPERATIONS)).format, 3);
}

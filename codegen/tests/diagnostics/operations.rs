//! Mistakes in a file's `operations`: each at the key or list item at fault, all at once.

use super::{assert_one, diagnostics, file, GOOD};

/// The valid file of `GOOD` (11 lines) followed by `operations:` (line 12) and `ops`,
/// whose first line is line 13.
fn with_operations(ops: &str) -> String {
    format!("{}operations:\n{ops}", file(GOOD))
}

#[test]
fn a_valid_operation_has_no_diagnostics() {
    let text = with_operations(
        "  - id: placeOrder\n    summary: Place an order.\n    entries: [out_of_stock]\n",
    );
    assert_eq!(diagnostics(&[("shop.yaml", &text)]), Vec::<String>::new());
}

#[test]
fn unknown_entry_in_an_operation() {
    let text = with_operations(
        "  - id: placeOrder\n    entries:\n      - out_of_stock\n      - sold_out\n",
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:16:9: operation `placeOrder`: unknown entry `sold_out`: no entry of the catalogue has this id",
    );
}

#[test]
fn an_entry_of_another_file_is_known() {
    let other = "api: more\nname: More\ntype_base: https://example.com/more/\nentries:\n  - id: sold_out\n    title: Sold out\n    status: 410\n    detail: Sold out.\n";
    let text = with_operations("  - id: placeOrder\n    entries: [out_of_stock, sold_out]\n");
    assert_eq!(
        diagnostics(&[("shop.yaml", &text), ("more.yaml", other)]),
        Vec::<String>::new()
    );
}

#[test]
fn duplicate_operation() {
    let text = with_operations(
        "  - id: placeOrder\n    entries: [out_of_stock]\n  - id: placeOrder\n    entries: [out_of_stock]\n",
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:15:9: duplicate operation `placeOrder`: already declared at catalog/shop.yaml:13:9",
    );
}

#[test]
fn duplicate_operation_across_files() {
    let a = with_operations("  - id: placeOrder\n    entries: [out_of_stock]\n");
    let b = "api: more\nname: More\ntype_base: https://example.com/more/\noperations:\n  - id: placeOrder\n    entries: [out_of_stock]\nentries:\n  - id: sold_out\n    title: Sold out\n    status: 410\n    detail: Sold out.\n";
    assert_one(
        &diagnostics(&[("a.yaml", &a), ("b.yaml", b)]),
        "catalog/b.yaml:5:9: duplicate operation `placeOrder`: already declared at catalog/a.yaml:13:9",
    );
}

#[test]
fn operations_that_collide_as_rust_enums() {
    let text = with_operations(
        "  - id: placeOrder\n    entries: [out_of_stock]\n  - id: place_order\n    entries: [out_of_stock]\n",
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:15:9: operation `place_order` becomes the enum `PlaceOrderError`, already the enum of operation `placeOrder` at catalog/shop.yaml:13:9",
    );
}

#[test]
fn operation_id_that_cannot_name_a_type() {
    let text = with_operations("  - id: place-order\n    entries: [out_of_stock]\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:13:9: operation id `place-order` cannot name a Rust type: use ASCII letters, digits and `_`, starting with a letter",
    );
}

#[test]
fn operation_with_no_entries() {
    let empty = with_operations("  - id: placeOrder\n    entries: []\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &empty)]),
        "catalog/shop.yaml:14:5: operation `placeOrder` lists no entries: name the problems it can return (entries with `every_operation: true` join every operation by themselves)",
    );
    let null = with_operations("  - id: placeOrder\n    entries:\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &null)]),
        "catalog/shop.yaml:14:5: operation `placeOrder` lists no entries: name the problems it can return (entries with `every_operation: true` join every operation by themselves)",
    );
    let missing = with_operations("  - id: placeOrder\n    summary: Place an order.\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &missing)]),
        "catalog/shop.yaml:13:5: operation `placeOrder`: missing required field `entries`",
    );
}

#[test]
fn entry_listed_twice_in_one_operation() {
    let text = with_operations(
        "  - id: placeOrder\n    entries:\n      - out_of_stock\n      - out_of_stock\n",
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:16:9: operation `placeOrder`: entry `out_of_stock` is listed twice",
    );
}

#[test]
fn an_every_operation_entry_is_not_listed() {
    let every = format!("{GOOD}    every_operation: true\n");
    let text = format!(
        "{}operations:\n  - id: placeOrder\n    entries:\n      - out_of_stock\n",
        file(&every)
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:16:9: operation `placeOrder`: entry `out_of_stock` has `every_operation: true`, so every operation returns it already; remove it from this list",
    );
}

#[test]
fn an_every_operation_default_is_not_listed_either() {
    let text = with_operations("  - id: placeOrder\n    entries: [out_of_stock]\n").replace(
        "entries:\n  - id",
        "defaults:\n  every_operation: true\nentries:\n  - id",
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:16:15: operation `placeOrder`: entry `out_of_stock` has `every_operation: true`, so every operation returns it already; remove it from this list",
    );
}

#[test]
fn unknown_field_in_an_operation() {
    let text =
        with_operations("  - id: placeOrder\n    entries: [out_of_stock]\n    errors: [x]\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:15:5: operation `placeOrder`: unknown field `errors`, expected one of: id, summary, entries",
    );
}

#[test]
fn an_entry_id_of_the_wrong_type_in_an_operation() {
    let text = with_operations("  - id: placeOrder\n    entries: [out_of_stock, 7]\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:14:29: operation `placeOrder`: field `entries[1]`: invalid type: integer `7`, expected a string",
    );
}

#[test]
fn an_entry_of_an_operation_cannot_take_the_catch_all_name() {
    let other = GOOD.replace("id: out_of_stock", "id: other");
    let text = format!(
        "{}operations:\n  - id: placeOrder\n    entries: [other]\n",
        file(&other)
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:5:5: entry `other` becomes the variant `Other`, which the enum of operation `placeOrder` keeps for problems it does not declare",
    );
}

#[test]
fn every_operation_mistake_in_one_run() {
    let text = with_operations(
        "  - id: place-order\n    entries: [out_of_stock]\n  - id: cancelOrder\n    entries: [gone]\n  - id: cancelOrder\n    entries: []\n",
    );
    let lines = diagnostics(&[("shop.yaml", &text)]);
    let places: Vec<&str> = lines
        .iter()
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "catalog/shop.yaml:13:9",
            "catalog/shop.yaml:16:15",
            "catalog/shop.yaml:17:9",
            "catalog/shop.yaml:18:5"
        ],
        "{lines:#?}"
    );
}

//! Mistakes in the YAML itself, each at the place the parser or the tree reader found it.

use super::{assert_one, diagnostics, file, GOOD};

#[test]
fn a_byte_order_mark_is_not_part_of_the_file() {
    let with_bom = format!("\u{feff}{}", file(GOOD));
    assert_eq!(
        diagnostics(&[("shop.yaml", &with_bom)]),
        Vec::<String>::new()
    );
    // Columns on the first line count from the first character after the mark.
    let bad_api = format!("\u{feff}{}", file(GOOD).replace("api: shop", "api: Shop"));
    assert_one(
        &diagnostics(&[("shop.yaml", &bad_api)]),
        "catalog/shop.yaml:1:6: file: api `Shop` is not snake_case",
    );
}

#[test]
fn a_key_given_twice_is_reported_at_the_second() {
    let text = file(&GOOD.replace("    status: 409\n", "    status: 409\n    status: 410\n"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:8:5: duplicate key `status`: already given on line 7; a key appears once in a mapping",
    );
    let text = format!("api: shop\n{}", file(GOOD));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:2:1: duplicate key `api`: already given on line 1; a key appears once in a mapping",
    );
}

#[test]
fn a_second_document_is_reported_at_its_start() {
    let text = format!("{}---\napi: other\n", file(GOOD));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:12:1: a second YAML document starts here: a catalogue file holds one document",
    );
    // An empty second document is one too.
    let text = format!("{}...\n---\n", file(GOOD));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:13:1: a second YAML document starts here: a catalogue file holds one document",
    );
}

#[test]
fn a_syntax_error_is_at_the_parsers_marker() {
    assert_one(
        &diagnostics(&[("shop.yaml", "api: shop\nname: [unclosed\nentries: []\n")]),
        "catalog/shop.yaml:3:8: YAML syntax error: illegal placement of ':' indicator",
    );
    assert_one(
        &diagnostics(&[("shop.yaml", "api: shop\nname: \"unclosed\n")]),
        "catalog/shop.yaml:2:7: YAML syntax error: while scanning a quoted scalar, found unexpected end of stream",
    );
}

#[test]
fn anchors_and_aliases_are_refused_at_their_place() {
    let anchored = file(&GOOD.replace("status: 409", "status: &conflict 409"));
    assert_one(
        &diagnostics(&[("shop.yaml", &anchored)]),
        "catalog/shop.yaml:7:13: anchors and aliases are not supported: write each value out in full",
    );
    // One report, at the anchor, for an anchor and its alias.
    let alias = format!("{anchored}  - id: sold_out\n    title: Sold out\n    status: *conflict\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &alias)]),
        "catalog/shop.yaml:7:13: anchors and aliases are not supported: write each value out in full",
    );
    // An alias without its anchor is a syntax error of its own.
    let alias = file(&GOOD.replace("status: 409", "status: *conflict"));
    assert_one(
        &diagnostics(&[("shop.yaml", &alias)]),
        "catalog/shop.yaml:7:13: YAML syntax error: while parsing node, found unknown anchor",
    );
}

#[test]
fn tags_choose_a_kind_or_are_refused() {
    // `!!str` keeps a number as text, so a status written that way is mistyped.
    let text = file(&GOOD.replace("status: 409", "status: !!str 409"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:7:13: entry `out_of_stock`: field `status`: invalid type: string \"409\", expected i64",
    );
    let text = file(&GOOD.replace("status: 409", "status: !!int \"409\""));
    assert!(diagnostics(&[("shop.yaml", &text)]).is_empty());
    let text = file(&GOOD.replace("status: 409", "status: !!int many"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:7:13: `many` is not a valid `!!int` value",
    );
    let text = file(&GOOD.replace("status: 409", "status: !http 409"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:7:13: tag `!http` is not supported (a catalogue uses plain YAML values, or `!!str` to keep text as text)",
    );
}

#[test]
fn nesting_deeper_than_any_catalogue_is_refused() {
    let deep: String = (0..200).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
    assert_one(
        &diagnostics(&[("shop.yaml", &deep)]),
        "catalog/shop.yaml:129:129: YAML nested more than 128 levels deep",
    );
}

#[test]
fn unknown_fields_are_reported_in_file_order() {
    let text = file(&format!("{GOOD}    zeta: 1\n    alpha: 2\n"));
    let expected = "expected one of: id, type, title, status, status_reason, detail, params, comment, links, retry, sent_as, error_code, retired, every_operation";
    assert_eq!(
        diagnostics(&[("shop.yaml", &text)]),
        [
            format!(
                "catalog/shop.yaml:12:5: entry `out_of_stock`: unknown field `zeta`, {expected}"
            ),
            format!(
                "catalog/shop.yaml:13:5: entry `out_of_stock`: unknown field `alpha`, {expected}"
            ),
        ]
    );
}

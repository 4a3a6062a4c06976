//! Every kind of catalogue mistake is reported as `catalog/<file>.yaml:LINE:COL: message`,
//! all of them in one run, never as a panic.

use std::path::Path;

use errors_codegen::{Config, Error};

/// The mistakes in a file's `operations` (in `diagnostics/operations.rs`).
#[path = "diagnostics/operations.rs"]
mod operations;

/// Mistakes in translation files and the files' `locale` (`diagnostics/translations.rs`).
#[path = "diagnostics/translations.rs"]
mod translations;

/// Mistakes in the YAML itself: a byte-order mark, keys given twice, a second document,
/// syntax, anchors, tags, nesting (in `diagnostics/yaml.rs`).
#[path = "diagnostics/yaml.rs"]
mod yaml;

/// Write `files` into `<tmp>/catalog/` and return every error line of loading them.
/// Warnings (entries without advice) have their own test.
fn diagnostics(files: &[(&str, &str)]) -> Vec<String> {
    all_diagnostics(files)
        .into_iter()
        .filter(|line| !line.contains(": warning: "))
        .collect()
}

/// Every diagnostic line, warnings included.
fn all_diagnostics(files: &[(&str, &str)]) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("catalog");
    std::fs::create_dir(&dir).unwrap();
    for (name, text) in files {
        let path = dir.join(name); // translation files are in `locales/`
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    match Config::new()
        .catalog_dir(&dir)
        .display_root(tmp.path())
        .load()
    {
        Ok((_, warnings)) => warnings.iter().map(ToString::to_string).collect(),
        Err(Error::Catalog(diags)) => diags.iter().map(ToString::to_string).collect(),
        Err(other) => vec![format!("other error: {other}")],
    }
}

/// A file with a valid header around `entries` (which starts at line 4).
fn file(entries: &str) -> String {
    format!(
        "api: shop\nname: Shop API\ntype_base: https://example.com/problems/\nentries:\n{entries}"
    )
}

const GOOD: &str = "  - id: out_of_stock\n    title: Out of stock\n    status: 409\n    detail: Item {sku} is out of stock.\n    params:\n      - name: sku\n        example: A-1\n";

fn assert_one(lines: &[String], expected: &str) {
    assert_eq!(
        lines,
        &[expected.to_owned()],
        "diagnostics were: {lines:#?}"
    );
}

#[test]
fn a_valid_catalogue_has_no_diagnostics() {
    assert_eq!(
        diagnostics(&[("shop.yaml", &file(GOOD))]),
        Vec::<String>::new()
    );
}

#[test]
fn an_entry_without_comment_or_links_is_a_warning() {
    let lines = all_diagnostics(&[("shop.yaml", &file(GOOD))]);
    assert_one(&lines, "catalog/shop.yaml:5:5: warning: entry `out_of_stock` has no comment and no links: add a `comment` or a `links` item so integrators know what to do");
    let with_comment = format!("{GOOD}    comment: Ask for fewer.\n");
    assert!(all_diagnostics(&[("shop.yaml", &file(&with_comment))]).is_empty());
    let with_link = format!(
        "{GOOD}    links:\n      - title: Stock\n        href: https://example.com/stock\n"
    );
    assert!(all_diagnostics(&[("shop.yaml", &file(&with_link))]).is_empty());
}

#[test]
fn yaml_syntax_error() {
    let lines = diagnostics(&[("shop.yaml", "api: shop\nname: [unclosed\nentries: []\n")]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("catalog/shop.yaml:3:"), "{}", lines[0]);
    assert!(lines[0].contains("YAML syntax error"), "{}", lines[0]);
}

#[test]
fn unknown_field() {
    let text = file(&format!("{GOOD}    colour: red\n"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:12:5: entry `out_of_stock`: unknown field `colour`, expected one of: id, type, title, status, status_reason, detail, params, comment, links, retry, sent_as, error_code, retired, every_operation",
    );
}

#[test]
fn missing_required_field() {
    let text = file("  - id: out_of_stock\n    status: 409\n    detail: Sold out.\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:5:5: entry `out_of_stock`: missing required field `title`",
    );
}

#[test]
fn wrong_type() {
    let text = file("  - id: out_of_stock\n    title: Out of stock\n    status: conflict\n    detail: Sold out.\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:7:13: entry `out_of_stock`: field `status`: invalid type: string \"conflict\", expected i64",
    );
}

#[test]
fn wrong_type_inside_a_parameter() {
    let text = file("  - id: out_of_stock\n    title: Out of stock\n    status: 409\n    detail: Item {sku}.\n    params:\n      - name: sku\n        example: A-1\n        kind: text\n");
    // Only the bad field: the placeholder of a parameter that failed to decode is not "undeclared".
    let lines = diagnostics(&[("shop.yaml", &text)]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].starts_with("catalog/shop.yaml:12:15: entry `out_of_stock`: field `params[0].kind`: unknown variant `text`"), "{}", lines[0]);
}

#[test]
fn duplicate_id_across_files() {
    let lines = diagnostics(&[
        ("a.yaml", &file(GOOD)),
        (
            "b.yaml",
            &file(GOOD)
                .replace("shop", "shop_b")
                .replace("problems/", "b/"),
        ),
    ]);
    assert_one(
        &lines,
        "catalog/b.yaml:5:9: duplicate id `out_of_stock`: already defined at catalog/a.yaml:5:9",
    );
}

#[test]
fn duplicate_type_uri() {
    let text = file(&format!("{GOOD}  - id: sold_out\n    type: out-of-stock\n    title: Sold out\n    status: 409\n    detail: Sold out.\n"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:13:11: entry `sold_out`: duplicate type URI `https://example.com/problems/out-of-stock`, already used by entry `out_of_stock` at catalog/shop.yaml:5:5",
    );
}

#[test]
fn ids_that_collide_as_rust_variants() {
    let text = file("  - id: limit_2\n    title: A\n    status: 400\n    detail: A.\n  - id: limit2\n    title: B\n    status: 400\n    detail: B.\n");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:9:9: entry `limit2`: duplicate Rust variant name `Limit2`, already used by entry `limit_2` at catalog/shop.yaml:5:9",
    );
}

#[test]
fn id_not_snake_case() {
    let text = file(&GOOD.replace("id: out_of_stock", "id: OutOfStock"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:5:9: entry id `OutOfStock` is not snake_case (lowercase letters and digits in words joined by single `_`, starting with a letter)",
    );
}

#[test]
fn id_is_a_rust_keyword() {
    let text = file(&GOOD.replace("id: out_of_stock", "id: match"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:5:9: entry id `match` is a Rust keyword",
    );
}

#[test]
fn id_reserved_for_unknown_problems() {
    let text = file(&GOOD.replace("id: out_of_stock", "id: unknown"));
    let lines = diagnostics(&[("shop.yaml", &text)]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0]
        .starts_with("catalog/shop.yaml:5:9: entry id `unknown` becomes the variant `Unknown`"));
}

#[test]
fn status_outside_client_and_server_errors() {
    let text = file(&GOOD.replace("status: 409", "status: 302"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:7:13: entry `out_of_stock`: status 302 is outside 400..=599 (a problem is a client or server error)",
    );
}

#[test]
fn placeholder_not_declared() {
    let text = file(&GOOD.replace("is out of stock.", "is out of stock in {store}."));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:8:43: entry `out_of_stock`: placeholder `{store}` is not a declared parameter; add it to `params`",
    );
}

#[test]
fn parameter_declared_but_unused() {
    let text = file(&GOOD.replace("Item {sku} is", "This item is"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:10:15: entry `out_of_stock`: parameter `sku` is declared but not used in `detail`",
    );
}

#[test]
fn parameter_name_not_a_field_name() {
    let text = file(
        &GOOD
            .replace("{sku}", "{Sku}")
            .replace("name: sku", "name: Sku"),
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:10:15: entry `out_of_stock`: parameter name `Sku` is not a valid field name (snake_case, not a Rust keyword)",
    );
}

#[test]
fn parameter_name_reserved_by_problem_json() {
    let text = file(
        &GOOD
            .replace("{sku}", "{status}")
            .replace("name: sku", "name: status"),
    );
    let lines = diagnostics(&[("shop.yaml", &text)]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].starts_with(
        "catalog/shop.yaml:10:15: entry `out_of_stock`: parameter name `status` is reserved"
    ));
}

#[test]
fn malformed_placeholders_each_at_their_column() {
    let text = file(&GOOD.replace(
        "Item {sku} is out of stock.",
        "Item {sku} {} is {a b} out of stock {",
    ));
    assert_eq!(
        diagnostics(&[("shop.yaml", &text)]),
        [
            "catalog/shop.yaml:8:24: entry `out_of_stock`: empty placeholder `{}`: name the parameter, or write `{{` for a brace",
            "catalog/shop.yaml:8:30: entry `out_of_stock`: malformed placeholder `{a b}`: a placeholder is a parameter name (letters, digits, `_`)",
            "catalog/shop.yaml:8:49: entry `out_of_stock`: unclosed `{` in template: close the placeholder, or write `{{` for a brace",
        ]
    );
}

#[test]
fn adjacent_placeholders_cannot_be_matched_back() {
    let text = file(
        &GOOD
            .replace("Item {sku} is", "Item {sku}{store} is")
            .replace(
                "example: A-1\n",
                "example: A-1\n      - name: store\n        example: Oslo\n",
            ),
    );
    let lines = diagnostics(&[("shop.yaml", &text)]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].starts_with("catalog/shop.yaml:8:23: entry `out_of_stock`: placeholders `{sku}` and `{store}` need literal text between them"));
}

#[test]
fn link_without_href() {
    let text = file(&format!("{GOOD}    links:\n      - title: Stock\n"));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:13:9: entry `out_of_stock`: field `links[0]`: missing field `href`",
    );
}

#[test]
fn link_with_a_non_http_href() {
    let text = file(&format!(
        "{GOOD}    links:\n      - title: Stock\n        href: ftp://example.com/stock\n"
    ));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:14:15: entry `out_of_stock`: link href `ftp://example.com/stock` is not an http(s) URL",
    );
}

#[test]
fn empty_title() {
    let text = file(&GOOD.replace("title: Out of stock", "title: \"  \""));
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:6:12: entry `out_of_stock`: title is empty",
    );
}

#[test]
fn type_uri_not_absolute() {
    let text = format!(
        "api: shop\nname: Shop API\nentries:\n{}",
        GOOD.replace("    title:", "    type: out-of-stock\n    title:")
    );
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:5:11: entry `out_of_stock`: type URI `out-of-stock` is not absolute; write a full URI or set `type_base` in the file",
    );
}

#[test]
fn every_mistake_of_every_file_in_one_run() {
    let broken = file("  - id: Bad\n    title: \"\"\n    status: 700\n    detail: \"{x}\"\n  - title: No id\n    status: 400\n    detail: ok\n");
    let lines = diagnostics(&[("a.yaml", &broken), ("b.yaml", "api: [\n")]);
    let places: Vec<&str> = lines
        .iter()
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "catalog/a.yaml:5:9",
            "catalog/a.yaml:6:12",
            "catalog/a.yaml:7:13",
            "catalog/a.yaml:8:14",
            "catalog/a.yaml:9:5",
            "catalog/b.yaml:2:1",
        ],
        "{lines:#?}"
    );
}

#[test]
fn an_empty_directory_is_not_a_catalogue() {
    let tmp = tempfile::tempdir().unwrap();
    let err = Config::new().catalog_dir(tmp.path()).load().unwrap_err();
    assert!(matches!(err, Error::NoCatalog(_)), "{err}");
}

#[test]
fn compile_fails_with_the_diagnostics_instead_of_panicking() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("catalog");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("shop.yaml"), file(&GOOD.replace("409", "99"))).unwrap();
    let err = Config::new()
        .catalog_dir(&dir)
        .display_root(tmp.path())
        .out_dir(tmp.path())
        .compile("out.rs")
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("catalog/shop.yaml:7:13: entry `out_of_stock`: status 99"),
        "{err}"
    );
    assert!(!Path::new(&tmp.path().join("out.rs")).exists());
}

#[test]
fn integer_examples_are_written_as_rendering_writes_them() {
    for bad in ["+5", "007", "3.0", "many", "18446744073709551616"] {
        let text = file(&GOOD.replace(
            "example: A-1\n",
            &format!("example: \"{bad}\"\n        kind: integer\n"),
        ));
        assert_one(
            &diagnostics(&[("shop.yaml", &text)]),
            &format!("catalog/shop.yaml:11:18: entry `out_of_stock`: example `{bad}` of integer parameter `sku` is not a whole number written as rendering writes one (digits, no sign, no leading zero)"),
        );
    }
    for good in ["0", "7", "18446744073709551615"] {
        let text = file(&GOOD.replace(
            "example: A-1\n",
            &format!("example: \"{good}\"\n        kind: integer\n"),
        ));
        assert!(diagnostics(&[("shop.yaml", &text)]).is_empty(), "{good}");
    }
}

#[test]
fn a_catalogue_without_entries() {
    let text = file("  []\n").replace("entries:\n  []", "entries: []");
    assert_one(
        &diagnostics(&[("shop.yaml", &text)]),
        "catalog/shop.yaml:4:10: the catalogue has no entries: add at least one problem type",
    );
    // Entries that fail to decode are reported for themselves, not as a missing list.
    let broken = file("  - 42\n");
    let lines = diagnostics(&[("shop.yaml", &broken)]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].contains("expected a mapping"), "{}", lines[0]);
}

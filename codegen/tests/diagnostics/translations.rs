//! Mistakes in translation files (`locales/<tag>.yaml`) and in the catalogue's own `locale`:
//! each at the key or character at fault, all at once; a warning per untranslated entry.

use super::{all_diagnostics, assert_one, diagnostics, file, GOOD};

/// `GOOD` with a comment, so that it raises no warning of its own.
fn advised() -> String {
    file(&format!("{GOOD}    comment: Ask for fewer.\n"))
}

/// A translation file: `locale: <tag>` on line 1, `entries:` on line 2, then `entries`
/// (whose first line is line 3).
fn translation(tag: &str, entries: &str) -> String {
    format!("locale: {tag}\nentries:\n{entries}")
}

const NB: &str = "  out_of_stock:\n    title: Utsolgt\n    detail: Varen {sku} er utsolgt.\n";

#[test]
fn a_complete_translation_has_no_diagnostics() {
    let lines = all_diagnostics(&[
        ("shop.yaml", &advised()),
        ("locales/nb.yaml", &translation("nb", NB)),
    ]);
    assert_eq!(lines, Vec::<String>::new());
}

#[test]
fn the_loaded_catalogue_carries_each_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("catalog");
    std::fs::create_dir_all(dir.join("locales")).unwrap();
    std::fs::write(dir.join("shop.yaml"), advised()).unwrap();
    std::fs::write(dir.join("locales/nb.yaml"), translation("nb", NB)).unwrap();
    let (catalog, _) = errors_codegen::load_catalog(&dir).unwrap();
    assert_eq!(catalog.locales(), ["en", "nb"]);
    let entry = catalog.entry("out_of_stock").unwrap();
    assert_eq!(catalog.title_in(entry, "nb"), "Utsolgt");
    assert_eq!(catalog.title_in(entry, "NB"), "Utsolgt");
    assert_eq!(
        catalog.example_detail_in(entry, "nb"),
        "Varen A-1 er utsolgt."
    );
    // A locale the catalogue lacks falls back to the source texts.
    assert_eq!(catalog.title_in(entry, "da"), "Out of stock");
}

#[test]
fn an_untranslated_entry_is_a_warning_naming_it() {
    let lines = all_diagnostics(&[
        ("shop.yaml", &advised()),
        ("locales/nb.yaml", &translation("nb", "")),
    ]);
    assert_one(
        &lines,
        "catalog/locales/nb.yaml:1:9: warning: locale `nb`: entry `out_of_stock` is not translated; its en title and detail are sent",
    );
}

#[test]
fn an_unknown_entry_id_is_reported_at_its_key() {
    let entries = format!("{NB}  sold_out:\n    title: Utsolgt\n    detail: Utsolgt.\n");
    let lines = diagnostics(&[
        ("shop.yaml", &advised()),
        ("locales/nb.yaml", &translation("nb", &entries)),
    ]);
    assert_one(
        &lines,
        "catalog/locales/nb.yaml:6:3: translation file: no entry has the id `sold_out`; translate the ids of the catalogue's entries",
    );
}

#[test]
fn placeholders_must_be_those_of_the_source_detail() {
    let added =
        "  out_of_stock:\n    title: Utsolgt\n    detail: Varen {sku} er utsolgt i {shop}.\n";
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/nb.yaml", &translation("nb", added)),
        ]),
        "catalog/locales/nb.yaml:5:38: entry `out_of_stock`: placeholder `{shop}` is not in the source detail `Item {sku} is out of stock.`",
    );
    let missing = "  out_of_stock:\n    title: Utsolgt\n    detail: Varen er utsolgt.\n";
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/nb.yaml", &translation("nb", missing)),
        ]),
        "catalog/locales/nb.yaml:5:13: entry `out_of_stock`: the translated detail leaves out the placeholder `{sku}` of the source detail `Item {sku} is out of stock.`",
    );
    let malformed = "  out_of_stock:\n    title: Utsolgt\n    detail: Varen {sku er utsolgt.\n";
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/nb.yaml", &translation("nb", malformed)),
        ]),
        "catalog/locales/nb.yaml:5:19: entry `out_of_stock`: unclosed `{` in template: close the placeholder, or write `{{` for a brace",
    );
}

#[test]
fn a_tag_that_is_not_bcp_47_or_not_canonical_is_reported() {
    let lines = diagnostics(&[
        ("shop.yaml", &advised()),
        ("locales/nb.yaml", &translation("norwegian_bokmal", NB)),
    ]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with("catalog/locales/nb.yaml:1:9: translation file: locale `norwegian_bokmal` is not a BCP 47 language tag ("),
        "{lines:#?}"
    );
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/nb-no.yaml", &translation("nb-no", NB)),
        ]),
        "catalog/locales/nb-no.yaml:1:9: translation file: locale `nb-no` is not in BCP 47's canonical case: write `nb-NO`",
    );
}

#[test]
fn a_locale_translated_twice_or_the_source_locale_is_reported() {
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/bokmal.yaml", &translation("nb", NB)),
            ("locales/nb.yaml", &translation("nb", NB)),
        ]),
        "catalog/locales/nb.yaml:1:9: translation file: duplicate locale `nb`, already translated at catalog/locales/bokmal.yaml:1:9",
    );
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/en.yaml", &translation("en", NB)),
        ]),
        "catalog/locales/en.yaml:1:9: translation file: locale `en` is the catalogue's own (its files' `locale`): a translation is into another language",
    );
}

#[test]
fn fields_of_a_translated_entry_are_checked() {
    let entries = "  out_of_stock:\n    title: \"\"\n    detail: Varen {sku} er utsolgt.\n    comment: Nei.\n";
    let lines = diagnostics(&[
        ("shop.yaml", &advised()),
        ("locales/nb.yaml", &translation("nb", entries)),
    ]);
    assert_eq!(
        lines,
        [
            "catalog/locales/nb.yaml:4:12: entry `out_of_stock`: title is empty",
            "catalog/locales/nb.yaml:6:5: entry `out_of_stock`: unknown field `comment`, expected one of: title, detail",
        ],
    );
    let no_detail = "  out_of_stock:\n    title: Utsolgt\n";
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/nb.yaml", &translation("nb", no_detail)),
        ]),
        "catalog/locales/nb.yaml:4:5: entry `out_of_stock`: missing required field `detail`",
    );
    assert_one(
        &diagnostics(&[
            ("shop.yaml", &advised()),
            ("locales/nb.yaml", "entries: {}\n"),
        ]),
        "catalog/locales/nb.yaml:1:1: translation file: missing required field `locale`",
    );
}

#[test]
fn every_mistake_of_every_translation_file_at_once() {
    let bad = "  out_of_stock:\n    title: Utsolgt\n    detail: Varen {item} er utsolgt.\n  sold_out:\n    title: X\n    detail: Y\n";
    let lines = diagnostics(&[
        ("shop.yaml", &advised()),
        ("locales/nb.yaml", &translation("nb", bad)),
        ("locales/da.yaml", &translation("dk_DK", NB)),
    ]);
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert!(
        lines[0].starts_with("catalog/locales/da.yaml:1:9: "),
        "{lines:#?}"
    );
    assert!(
        lines[1].starts_with("catalog/locales/nb.yaml:5:13: "),
        "{lines:#?}"
    );
    assert!(
        lines[2].starts_with("catalog/locales/nb.yaml:5:19: "),
        "{lines:#?}"
    );
    assert!(
        lines[3].starts_with("catalog/locales/nb.yaml:6:3: "),
        "{lines:#?}"
    );
}

#[test]
fn the_files_declare_one_source_locale() {
    let other = "api: more\nname: More\nlocale: nb\ntype_base: https://example.com/more/\nentries:\n  - id: sold_out\n    title: Utsolgt\n    status: 410\n    detail: Utsolgt.\n";
    let shop = format!("locale: en\n{}", advised());
    assert_one(
        &diagnostics(&[("shop.yaml", &shop), ("more.yaml", other)]),
        "catalog/shop.yaml:1:9: file: locale `en` differs from `nb` of catalog/more.yaml: a catalogue is written in one language (translations go in `locales/`)",
    );
    let bad = format!("locale: en_GB\n{}", advised());
    let lines = diagnostics(&[("shop.yaml", &bad)]);
    assert!(
        lines.len() == 1
            && lines[0].starts_with("catalog/shop.yaml:1:9: file: locale `en_GB` is not a BCP 47"),
        "{lines:#?}"
    );
}

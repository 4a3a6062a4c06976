//! Compatibility of locales: a locale removed is breaking, a locale added and every edit
//! of a translation compatible; the lock records the locales.

use std::path::{Path, PathBuf};

use errors_codegen::compat::{diff_catalogs, ChangeKind, Lock};
use errors_codegen::{load_texts, Catalog, Severity};

const SHOP: &str = "api: shop\nname: Shop API\ntype_base: https://example.com/problems/\nentries:\n  - id: out_of_stock\n    title: Out of stock\n    status: 409\n    detail: Item {sku} is out of stock.\n    params:\n      - name: sku\n        example: A-1\n    comment: Ask for fewer.\n  - id: card_declined\n    title: Card declined\n    status: 402\n    detail: The card was declined.\n    comment: Ask for another card.\n";

const NB: &str = "locale: nb\nentries:\n  out_of_stock:\n    title: Utsolgt\n    detail: Varen {sku} er utsolgt.\n  card_declined:\n    title: Kortet ble avvist\n    detail: Kortet ble avvist.\n";

/// The catalogue of SHOP with these translation files (`(tag, text)`).
fn catalog(translations: &[(&str, &str)]) -> Catalog {
    let mut files = vec![(PathBuf::from("catalog/shop.yaml"), SHOP.to_owned())];
    for (tag, text) in translations {
        files.push((
            PathBuf::from(format!("catalog/locales/{tag}.yaml")),
            (*text).to_owned(),
        ));
    }
    match load_texts(&files) {
        Ok((catalog, _)) => catalog,
        Err(err) => panic!("fixture catalogue does not load:\n{err}"),
    }
}

fn changes(old: &Catalog, new: &Catalog) -> Vec<(ChangeKind, bool, String)> {
    diff_catalogs(old, new)
        .into_iter()
        .map(|c| (c.kind, c.is_breaking(), c.to_string()))
        .collect()
}

#[test]
fn a_locale_removed_is_breaking_and_one_added_compatible() {
    let (en, nb) = (catalog(&[]), catalog(&[("nb", NB)]));
    assert_eq!(
        changes(&nb, &en),
        [(ChangeKind::LocaleRemoved, true, "breaking: locale `nb` removed: clients that match titles and details in it lose them, and servers no longer answer in it".to_owned())]
    );
    assert_eq!(
        changes(&en, &nb),
        [(
            ChangeKind::LocaleAdded,
            false,
            "compatible: locale `nb` added".to_owned()
        )]
    );
    assert!(changes(&nb, &nb).is_empty());
}

#[test]
fn translation_edits_are_compatible() {
    let old = catalog(&[("nb", NB)]);
    let reworded = NB.replace("title: Utsolgt", "title: Tomt på lager");
    let retemplated = NB.replace("Varen {sku} er utsolgt.", "\"{sku} er utsolgt.\"");
    let untranslated = NB.replace(
        "  card_declined:\n    title: Kortet ble avvist\n    detail: Kortet ble avvist.\n",
        "",
    );
    for (edit, message) in [
        (reworded, "compatible: entry `out_of_stock`: title in `nb` changed from \"Utsolgt\" to \"Tomt på lager\""),
        (retemplated, "compatible: entry `out_of_stock`: detail in `nb` changed from \"Varen {sku} er utsolgt.\" to \"{sku} er utsolgt.\""),
        (untranslated, "compatible: entry `card_declined`: no longer translated into `nb` (its en title and detail are sent)"),
    ] {
        let new = catalog(&[("nb", &edit)]);
        assert_eq!(changes(&old, &new), [(ChangeKind::TranslationChanged, false, message.to_owned())]);
    }
    let back = changes(
        &catalog(&[(
            "nb",
            &NB.replace(
                "  card_declined:\n    title: Kortet ble avvist\n    detail: Kortet ble avvist.\n",
                "",
            ),
        )]),
        &old,
    );
    assert_eq!(
        back[0].2,
        "compatible: entry `card_declined`: now translated into `nb`"
    );
}

#[test]
fn the_lock_records_the_locales_and_catches_one_removed() {
    let nb = catalog(&[("nb", NB)]);
    let lock = Lock::new(errors_codegen::compat::Surface::of(&nb));
    assert_eq!(lock.locales, ["en", "nb"]);
    let text = lock.render();
    assert!(
        text.contains("\"locales\": [\n    \"en\",\n    \"nb\"\n  ]"),
        "{text}"
    );
    let read = Lock::parse(&text, Path::new("catalog/catalog.lock")).unwrap();
    assert_eq!(read, lock);

    // Without `nb`: an error at the locale's line in the lock.
    let diags = read.check(&catalog(&[]), Path::new("catalog/catalog.lock"), &text);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].severity, Severity::Error);
    let line = text.lines().position(|l| l.trim() == "\"nb\"").unwrap() + 1;
    assert_eq!(
        diags[0].to_string(),
        format!("catalog/catalog.lock:{line}:5: locale `nb` removed: clients that match titles and details in it lose them, and servers no longer answer in it: breaking against catalog/catalog.lock; revert it (to change what an entry means, retire it and add a new one), or accept it with `errors-codegen lock --allow-breaking`")
    );

    // A locale the lock does not know yet: a warning at its translation file.
    let en_lock = Lock::new(errors_codegen::compat::Surface::of(&catalog(&[])));
    let text = en_lock.render();
    let diags = en_lock.check(&nb, Path::new("catalog/catalog.lock"), &text);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].severity, Severity::Warning);
    assert!(
        diags[0]
            .to_string()
            .starts_with("catalog/locales/nb.yaml:1:1: warning: locale `nb` added"),
        "{}",
        diags[0]
    );
}

#[test]
fn a_lock_of_format_2_has_no_locales_and_nothing_is_reported_about_them() {
    let nb = catalog(&[("nb", NB)]);
    let mut lock = Lock::new(errors_codegen::compat::Surface::of(&nb));
    lock.locales.clear();
    lock.format = 2;
    assert!(lock.changes(&nb).is_empty());
    assert_eq!(lock.updated(&nb).locales, ["en", "nb"]);
    assert_eq!(lock.updated(&nb).format, 3);
}

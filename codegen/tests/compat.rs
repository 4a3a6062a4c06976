//! Classification of catalogue changes, and the lock file.

use std::path::{Path, PathBuf};

use errors_codegen::compat::{diff_catalogs, ChangeKind, Lock, Surface};
use errors_codegen::{load_texts, Catalog, Severity};

const BASE: &str = r#"
  - id: out_of_stock
    title: Out of stock
    status: 409
    detail: Item {sku} is out of stock until {date}.
    params:
      - name: sku
        example: A-1
      - name: date
        example: "2025-01-01"
    retry: backoff
    comment: Try again later.
    links:
      - title: Stock
        href: https://example.com/stock
  - id: card_declined
    title: Card declined
    status: 402
    detail: The card was declined.
    retry: reauthenticate
    comment: Ask for another card.
"#;

/// An edit of the fixture's entries.
type Edit = Box<dyn Fn(&str) -> String>;

fn catalog(entries: &str) -> Catalog {
    let text = format!(
        "api: shop\nname: Shop API\ntype_base: https://example.com/problems/\nentries:\n{entries}"
    );
    match load_texts(&[(PathBuf::from("shop.yaml"), text)]) {
        Ok((catalog, _)) => catalog,
        Err(err) => panic!("fixture catalogue does not load:\n{err}"),
    }
}

/// The kinds of change from BASE to BASE edited by `edit`.
fn kinds(edit: impl Fn(&str) -> String) -> Vec<ChangeKind> {
    let changes = diff_catalogs(&catalog(BASE), &catalog(&edit(BASE)));
    changes.iter().map(|c| c.kind).collect()
}

fn one(edit: impl Fn(&str) -> String) -> (ChangeKind, String) {
    let changes = diff_catalogs(&catalog(BASE), &catalog(&edit(BASE)));
    assert_eq!(changes.len(), 1, "expected one change, got {changes:#?}");
    (changes[0].kind, changes[0].to_string())
}

fn without_card_declined(s: &str) -> String {
    s[..s.find("  - id: card_declined").unwrap()].to_owned()
}

#[test]
fn the_same_catalogue_has_no_changes() {
    assert!(kinds(|s| s.to_owned()).is_empty());
}

#[test]
fn a_removed_entry_is_breaking_and_says_to_retire_it() {
    let (kind, text) = one(without_card_declined);
    assert_eq!(kind, ChangeKind::EntryRemoved);
    assert_eq!(
        text,
        "breaking: entry `card_declined` removed: retire it instead (`retired: <why>`); entries are never deleted"
    );
}

#[test]
fn breaking_edits_are_each_classified() {
    let cases: Vec<(ChangeKind, Edit)> = vec![
        (
            ChangeKind::TypeUriChanged,
            Box::new(|s| {
                s.replace(
                    "  - id: card_declined\n",
                    "  - id: card_declined\n    type: declined\n",
                )
            }),
        ),
        (
            ChangeKind::StatusChanged,
            Box::new(|s| s.replace("status: 402", "status: 400")),
        ),
        (
            ChangeKind::ParamRemoved,
            Box::new(|s| {
                s.replace(" until {date}", "")
                    .replace("      - name: date\n        example: \"2025-01-01\"\n", "")
            }),
        ),
        (
            ChangeKind::ParamRenamed,
            Box::new(|s| {
                s.replace("{sku}", "{item}")
                    .replace("name: sku", "name: item")
            }),
        ),
        (
            ChangeKind::ParamAdded,
            Box::new(|s| {
                s.replace("The card was declined.", "The card {card} was declined.").replace(
                    "    retry: reauthenticate",
                    "    params:\n      - name: card\n        example: \"1234\"\n    retry: reauthenticate",
                )
            }),
        ),
        (
            ChangeKind::ParamKindChanged,
            Box::new(|s| s.replace("example: A-1", "example: \"1\"\n        kind: integer")),
        ),
        (
            ChangeKind::RetryStricter,
            Box::new(|s| s.replace("retry: backoff", "retry: never")),
        ),
        (
            ChangeKind::RetryStricter,
            Box::new(|s| s.replace("retry: reauthenticate", "retry: never")),
        ),
        (
            ChangeKind::WireShapeChanged,
            Box::new(|s| {
                s.replace(
                    "    retry: reauthenticate",
                    "    retry: reauthenticate\n    sent_as: gateway",
                )
            }),
        ),
    ];
    for (want, edit) in cases {
        let got = kinds(edit);
        assert!(got.contains(&want), "expected {want:?} in {got:?}");
        assert!(want.is_breaking());
        assert!(
            got.iter().filter(|k| k.is_breaking()).all(|k| *k == want),
            "{got:?}"
        );
    }
}

#[test]
fn an_id_that_now_names_another_problem_type_is_reuse() {
    // card_declined's type moves to a new id, and the id card_declined gets a new type.
    let edited = |s: &str| {
        s.replace(
            "  - id: card_declined\n",
            "  - id: payment_declined\n    type: card-declined\n    title: Declined\n    status: 402\n    detail: Declined.\n    comment: c\n  - id: card_declined\n    type: card-blocked\n",
        )
    };
    let changes = diff_catalogs(&catalog(BASE), &catalog(&edited(BASE)));
    let reused = changes
        .iter()
        .find(|c| c.kind == ChangeKind::Reused)
        .expect("a reuse");
    assert_eq!(reused.id, "card_declined");
    assert!(
        reused.message.contains("moved to entry `payment_declined`"),
        "{}",
        reused.message
    );
}

#[test]
fn a_renamed_id_is_a_removal_that_names_the_new_holder() {
    let changes = diff_catalogs(
        &catalog(BASE),
        &catalog(&BASE.replace(
            "  - id: card_declined\n",
            "  - id: card_refused\n    type: card-declined\n",
        )),
    );
    let removed = changes
        .iter()
        .find(|c| c.kind == ChangeKind::EntryRemoved)
        .unwrap();
    assert!(
        removed
            .message
            .contains("now belongs to entry `card_refused`"),
        "{}",
        removed.message
    );
    assert!(changes
        .iter()
        .any(|c| c.kind == ChangeKind::EntryAdded && c.id == "card_refused"));
}

#[test]
fn wording_new_entries_retiring_and_looser_retry_are_compatible() {
    let cases: Vec<(ChangeKind, Edit)> = vec![
        (
            ChangeKind::TitleChanged,
            Box::new(|s| s.replace("title: Card declined", "title: Declined card")),
        ),
        (
            ChangeKind::DetailChanged,
            Box::new(|s| s.replace("is out of stock until", "is sold out until")),
        ),
        (
            ChangeKind::CommentChanged,
            Box::new(|s| s.replace("Try again later.", "Wait.")),
        ),
        (
            ChangeKind::LinksChanged,
            Box::new(|s| s.replace("https://example.com/stock", "https://example.com/inventory")),
        ),
        (
            ChangeKind::EntryAdded,
            Box::new(|s| {
                format!("{s}  - id: sold_out\n    title: Sold out\n    status: 410\n    detail: Gone.\n    comment: c\n")
            }),
        ),
        (
            ChangeKind::EntryRetired,
            Box::new(|s| {
                s.replace(
                    "    retry: reauthenticate",
                    "    retry: reauthenticate\n    retired: cards are no longer taken",
                )
            }),
        ),
        (
            ChangeKind::RetryLooser,
            Box::new(|s| s.replace("retry: reauthenticate", "retry: backoff")),
        ),
    ];
    for (want, edit) in cases {
        let got = kinds(edit);
        assert_eq!(got, vec![want]);
        assert!(!want.is_breaking(), "{want:?}");
    }
}

#[test]
fn breaking_changes_come_first() {
    let changes = diff_catalogs(
        &catalog(BASE),
        &catalog(
            &BASE
                .replace("title: Out of stock", "title: Sold out")
                .replace("status: 402", "status: 400"),
        ),
    );
    let classes: Vec<bool> = changes.iter().map(|c| c.is_breaking()).collect();
    assert_eq!(classes, vec![true, false]);
}

#[test]
fn the_lock_round_trips_and_keeps_removed_entries_as_tombstones() {
    let lock = Lock::new(Surface::of(&catalog(BASE)));
    let text = lock.render();
    assert!(text.contains("\"id\": \"card_declined\""));
    assert_eq!(Lock::parse(&text, Path::new("catalog.lock")).unwrap(), lock);

    let smaller = catalog(&without_card_declined(BASE));
    let updated = lock.updated(&smaller);
    let tomb = updated
        .entries
        .iter()
        .find(|e| e.id == "card_declined")
        .unwrap();
    assert!(tomb.removed);
    assert!(updated.render().contains("\"removed\": true"));
    // Once accepted, the removal is no longer a change...
    assert!(updated.changes(&smaller).is_empty());
    // ...but the id cannot come back with another meaning,
    let reused = catalog(&BASE.replace(
        "  - id: card_declined\n",
        "  - id: card_declined\n    type: card-blocked\n",
    ));
    let kinds: Vec<_> = updated.changes(&reused).iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![ChangeKind::Reused]);
    // nor can its type URI under a new id,
    let retyped = catalog(&BASE.replace(
        "  - id: card_declined\n",
        "  - id: card_refused\n    type: card-declined\n",
    ));
    let kinds: Vec<_> = updated.changes(&retyped).iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![ChangeKind::Reused]);
    // while the same entry may come back.
    let back: Vec<_> = updated
        .changes(&catalog(BASE))
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(back, vec![ChangeKind::EntryRestored]);
}

#[test]
fn check_places_breaking_changes_at_the_entry_or_in_the_lock() {
    let lock = Lock::new(Surface::of(&catalog(BASE)));
    let text = lock.render();
    let edited = catalog(&without_card_declined(BASE).replace("status: 409", "status: 410"));
    let diags = lock.check(&edited, Path::new("catalog/catalog.lock"), &text);
    let shown: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert_eq!(diags.len(), 2, "{shown:#?}");
    assert!(diags.iter().all(|d| d.severity == Severity::Error));
    let line_in_lock = text
        .lines()
        .position(|l| l.contains("\"id\": \"card_declined\""))
        .unwrap()
        + 1;
    assert!(
        shown.iter().any(|s| s.starts_with(&format!(
            "catalog/catalog.lock:{line_in_lock}:7: entry `card_declined` removed"
        ))),
        "{shown:#?}"
    );
    assert!(
        shown.iter().any(|s| s.starts_with("shop.yaml:6:5: entry `out_of_stock`: status changed from 409 to 410: breaking against catalog/catalog.lock")),
        "{shown:#?}"
    );
}

#[test]
fn check_warns_about_compatible_changes_the_lock_does_not_record() {
    let lock = Lock::new(Surface::of(&catalog(&without_card_declined(BASE))));
    let diags = lock.check(&catalog(BASE), Path::new("catalog.lock"), &lock.render());
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].severity, Severity::Warning);
    assert!(diags[0]
        .message
        .contains("new entry `card_declined`: not yet in catalog.lock; run `errors-codegen lock`"));
}

#[test]
fn a_broken_lock_is_reported_at_its_line() {
    let err = Lock::parse(
        "{\n  \"format\": 1,\n  \"entries\": [ {\"id\": 3} ]\n}\n",
        Path::new("x.lock"),
    )
    .unwrap_err();
    assert_eq!((err.location.line, err.location.col), (3, 23));
    assert!(
        err.message
            .starts_with("lock file is not valid: invalid type: integer `3`"),
        "{}",
        err.message
    );
    let err = Lock::parse("{\"format\": 9, \"entries\": []}", Path::new("x.lock")).unwrap_err();
    assert!(err.message.contains("format 9 is not supported"));
}

//! Compatibility of a catalogue's locales and translations.
//!
//! A locale removed is breaking: a client classifying with the new catalogue no longer
//! matches titles and details in that language (a server still sending them reaches it as
//! `Unknown`, unless by type URI), and servers stop answering in it. A locale added is
//! compatible. A translation's wording, like the source's, is compatible: the type URI is
//! what clients rely on, and an entry left untranslated is sent, and matched, in the
//! source language.

use super::change::{Change, ChangeKind};
use crate::model::Catalog;

/// The locales gone from `old` to `new` (breaking) and the new ones (compatible).
pub(super) fn locale_changes(old: &[String], new: &[String], out: &mut Vec<Change>) {
    // A lock written before locales were recorded says nothing about them.
    if old.is_empty() {
        return;
    }
    for gone in old.iter().filter(|l| !new.contains(l)) {
        out.push(Change {
            id: gone.clone(),
            kind: ChangeKind::LocaleRemoved,
            message: format!(
                "locale `{gone}` removed: clients that match titles and details in it lose them, and servers no longer answer in it"
            ),
        });
    }
    for added in new.iter().filter(|l| !old.contains(l)) {
        out.push(Change {
            id: added.clone(),
            kind: ChangeKind::LocaleAdded,
            message: format!("locale `{added}` added"),
        });
    }
}

/// Per entry and locale both catalogues have, each title or detail translated, changed or
/// no longer translated (all compatible).
pub(super) fn translation_changes(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    for translation in &new.translations {
        let locale = translation.locale.as_str();
        if old.translation(locale).is_none() {
            continue;
        }
        for n in &new.entries {
            let Some(o) = old.entries.iter().find(|o| o.id == n.id) else {
                continue;
            };
            let id = &n.id;
            let mut push = |message: String| {
                out.push(Change {
                    id: id.clone(),
                    kind: ChangeKind::TranslationChanged,
                    message,
                })
            };
            match (old.text_in(o, locale), new.text_in(n, locale)) {
                (None, None) => {}
                (None, Some(_)) => push(format!("entry `{id}`: now translated into `{locale}`")),
                (Some(_), None) => push(format!(
                    "entry `{id}`: no longer translated into `{locale}` (its {} title and detail are sent)",
                    new.source_locale
                )),
                (Some(a), Some(b)) => {
                    if a.title != b.title {
                        push(format!(
                            "entry `{id}`: title in `{locale}` changed from {:?} to {:?}",
                            a.title, b.title
                        ));
                    }
                    if a.detail.source != b.detail.source {
                        push(format!(
                            "entry `{id}`: detail in `{locale}` changed from {:?} to {:?}",
                            a.detail.source, b.detail.source
                        ));
                    }
                }
            }
        }
    }
}

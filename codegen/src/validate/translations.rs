//! Checks on the catalogue's locales: the source locale its files declare, and each
//! translation file (its tag, its entries, the placeholders of each translated detail).

use std::collections::BTreeSet;

use crate::diagnostic::Diagnostic;
use crate::load::translations::{text_path, TranslationSpec};
use crate::load::{field_path, LoadedFile, Seg};
use crate::model::{Catalog, Template, Text, Translation};

use super::entry::check_adjacent_placeholders;

/// The locale a catalogue is written in when no file says.
pub const DEFAULT_SOURCE_LOCALE: &str = "en";

/// The source locale: what the files' `locale` says (each a BCP 47 tag, all the same).
pub fn source_locale(files: &[&LoadedFile], diags: &mut Vec<Diagnostic>) -> String {
    let mut first: Option<(&str, &LoadedFile)> = None;
    for &file in files {
        let Some(tag) = file.spec.locale.as_deref() else {
            continue;
        };
        let at = file.at(&[Seg::Key("locale".into())]);
        if !check_tag(tag, "file", at.clone(), diags) {
            continue;
        }
        match first {
            None => first = Some((tag, file)),
            Some((seen, _)) if seen == tag => {}
            Some((seen, other)) => diags.push(Diagnostic::error(
                at,
                format!(
                    "file: locale `{tag}` differs from `{seen}` of {}: a catalogue is written in one language (translations go in `locales/`)",
                    other.display.display()
                ),
            )),
        }
    }
    first
        .map_or(DEFAULT_SOURCE_LOCALE, |(tag, _)| tag)
        .to_owned()
}

/// Whether `tag` is a well-formed BCP 47 tag written in its canonical case; reported if not.
fn check_tag(tag: &str, owner: &str, at: crate::Location, diags: &mut Vec<Diagnostic>) -> bool {
    match oxilangtag::LanguageTag::parse_and_normalize(tag) {
        Err(err) => {
            diags.push(Diagnostic::error(
                at,
                format!("{owner}: locale `{tag}` is not a BCP 47 language tag ({err}); write e.g. `nb` or `nb-NO`"),
            ));
            false
        }
        Ok(canonical) if canonical.as_str() != tag => {
            diags.push(Diagnostic::error(
                at,
                format!(
                    "{owner}: locale `{tag}` is not in BCP 47's canonical case: write `{}`",
                    canonical.as_str()
                ),
            ));
            false
        }
        Ok(_) => true,
    }
}

/// Check every translation file against the catalogue and add the valid ones to it,
/// sorted by tag. An entry without a translation is a warning: its source text is sent.
pub fn check_translations(
    files: &[&LoadedFile],
    catalog: &mut Catalog,
    diags: &mut Vec<Diagnostic>,
) {
    let mut seen: Vec<(String, crate::Location)> = Vec::new();
    for &file in files {
        let Some(spec) = &file.translation else {
            continue;
        };
        let Some(tag) = spec.locale.as_deref() else {
            continue;
        };
        let at = file.at(&[Seg::Key("locale".into())]);
        if !check_tag(tag, "translation file", at.clone(), diags) {
            continue;
        }
        if tag.eq_ignore_ascii_case(&catalog.source_locale) {
            diags.push(Diagnostic::error(
                at,
                format!(
                    "translation file: locale `{tag}` is the catalogue's own (its files' `locale`): a translation is into another language"
                ),
            ));
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(t, _)| t.eq_ignore_ascii_case(tag)) {
            diags.push(Diagnostic::error(
                at,
                format!(
                    "translation file: duplicate locale `{tag}`, already translated at {first}"
                ),
            ));
            continue;
        }
        seen.push((tag.to_owned(), at));
        if let Some(translation) = check_file(file, spec, tag, catalog, diags) {
            catalog.translations.push(translation);
        }
    }
    catalog.translations.sort_by(|a, b| a.locale.cmp(&b.locale));
}

/// One translation file; `None` when any of its entries is wrong (reported).
fn check_file(
    file: &LoadedFile,
    spec: &TranslationSpec,
    tag: &str,
    catalog: &Catalog,
    diags: &mut Vec<Diagnostic>,
) -> Option<Translation> {
    let mut texts: Vec<Option<Text>> = vec![None; catalog.entries.len()];
    let mut ok = true;
    for text in &spec.entries {
        let path = text_path(&text.id);
        let owner = format!("entry `{}`", text.id);
        let Some(position) = catalog.entries.iter().position(|e| e.id == text.id) else {
            diags.push(Diagnostic::error(
                file.key_at(&path),
                format!(
                    "translation file: no entry has the id `{}`; translate the ids of the catalogue's entries",
                    text.id
                ),
            ));
            ok = false;
            continue;
        };
        let source = &catalog.entries[position].detail;
        let title = text.title.as_deref().filter(|title| {
            let empty = title.trim().is_empty();
            if empty {
                let at = file.at(&field_path(&path, "title"));
                diags.push(Diagnostic::error(at, format!("{owner}: title is empty")));
            }
            !empty
        });
        let detail = text
            .detail
            .as_deref()
            .and_then(|d| check_detail(file, &path, &owner, d, source, diags));
        match (title, detail) {
            (Some(title), Some(detail)) => {
                texts[position] = Some(Text {
                    title: title.to_owned(),
                    detail,
                });
            }
            _ => ok = false,
        }
    }
    if !ok {
        return None;
    }
    let at = file.at(&[Seg::Key("locale".into())]);
    for (entry, text) in catalog.entries.iter().zip(&texts) {
        if text.is_none() {
            diags.push(Diagnostic::warning(
                at.clone(),
                format!(
                    "locale `{tag}`: entry `{}` is not translated; its {} title and detail are sent",
                    entry.id, catalog.source_locale
                ),
            ));
        }
    }
    Some(Translation {
        locale: tag.to_owned(),
        file: file.display.clone(),
        texts,
    })
}

/// A translated detail: a valid template with the same placeholders as the source's.
fn check_detail(
    file: &LoadedFile,
    path: &[Seg],
    owner: &str,
    text: &str,
    source: &Template,
    diags: &mut Vec<Diagnostic>,
) -> Option<Template> {
    let path = field_path(path, "detail");
    let template = match Template::parse(text) {
        Ok(t) => t,
        Err(errors) => {
            for e in errors {
                let at = file.in_value(&path, text, e.offset);
                diags.push(Diagnostic::error(at, format!("{owner}: {}", e.message)));
            }
            return None;
        }
    };
    let expected: BTreeSet<&str> = source.params().collect();
    let mut ok = true;
    for (name, offset) in template.placeholders() {
        if !expected.contains(name) {
            diags.push(Diagnostic::error(
                file.in_value(&path, text, offset),
                format!(
                    "{owner}: placeholder `{{{name}}}` is not in the source detail `{}`",
                    source.source()
                ),
            ));
            ok = false;
        }
    }
    let found: BTreeSet<&str> = template.params().collect();
    for missing in expected.difference(&found) {
        diags.push(Diagnostic::error(
            file.at(&path),
            format!(
                "{owner}: the translated detail leaves out the placeholder `{{{missing}}}` of the source detail `{}`",
                source.source()
            ),
        ));
        ok = false;
    }
    let at = |offset| file.in_value(&path, text, offset);
    ok &= check_adjacent_placeholders(&template, at, owner, diags);
    ok.then_some(template)
}

//! Stage 2: check every rule of the catalogue and build the model; all mistakes at once.

mod advice;
mod entry;
pub mod names;
mod operations;
mod translations;
mod unique;
pub mod uri;

use crate::diagnostic::Diagnostic;
use crate::load::{entry_path, field_path, LoadedFile, Seg};
use crate::model::{Api, Catalog};
use unique::Unique;

/// Validate the loaded catalogue and translation files. The catalogue returned holds only
/// the entries that passed; it is complete when `diags` received no error.
pub fn validate(files: &[LoadedFile], diags: &mut Vec<Diagnostic>) -> Catalog {
    let (translations, files): (Vec<&LoadedFile>, Vec<&LoadedFile>) =
        files.iter().partition(|f| f.translation.is_some());
    let mut catalog = Catalog {
        apis: Vec::new(),
        entries: Vec::new(),
        operations: Vec::new(),
        source_locale: translations::source_locale(&files, diags),
        translations: Vec::new(),
    };
    let mut ids = Unique::new("id");
    let mut types = Unique::new("type URI");
    let mut variants = Unique::new("Rust variant name");
    let mut apis = Unique::new("api name");
    for &file in &files {
        uri::check_file_uris(file, diags);
        let api = file.spec.api.clone().unwrap_or_default();
        if let Some(name) = &file.spec.api {
            let at = file.at(&[Seg::Key("api".into())]);
            if !names::is_snake_case(name) {
                diags.push(Diagnostic::error(
                    at.clone(),
                    format!("file: api `{name}` is not snake_case"),
                ));
            }
            apis.claim(name, &format!("file {}", file.display.display()), at, diags);
        }
        for spec in &file.spec.entries {
            let path = entry_path(spec.index);
            let id_is_new = match &spec.id {
                Some(id) => ids.claim(id, id, file.at(&field_path(&path, "id")), diags),
                None => true,
            };
            let Some(entry) = entry::check_entry(file, &api, spec, diags) else {
                continue;
            };
            let type_at = match spec.type_uri {
                Some(_) => file.at(&field_path(&path, "type")),
                None => file.at(&path),
            };
            types.claim(&entry.type_uri, &entry.id, type_at, diags);
            if id_is_new {
                // A repeated id already says it; its variant clashes only with itself.
                let id_at = file.at(&field_path(&path, "id"));
                variants.claim(&entry.variant, &entry.id, id_at, diags);
            }
            advice::check_advice(&entry, diags);
            catalog.entries.push(entry);
        }
        catalog.apis.push(Api {
            api,
            name: file.spec.name.clone().unwrap_or_default(),
            description: file.spec.description.clone(),
            type_base: file.spec.type_base.clone(),
            generic_types: file.spec.generic_types.clone(),
            file: file.display.clone(),
        });
    }
    operations::check_operations(&files, &mut catalog, diags);
    translations::check_translations(&translations, &mut catalog, diags);
    catalog
}

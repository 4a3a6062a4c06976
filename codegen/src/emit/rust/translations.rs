//! The catalogue's translations as static data: per translation, each entry's title and
//! detail segments (in chunks, as the facts table), and the classification index over them.

use std::fmt::Write;

use super::classify_index::{index_expr, translated};
use super::code::{lit, segments};
use crate::model::{Catalog, Entry, Translation};

/// The statements of the type enum's `translations()`: the tables, and a reference to them.
pub(crate) fn body(catalog: &Catalog, rt: &str, chunk: usize) -> String {
    let mut out = String::new();
    let mut tables = Vec::new();
    for (k, translation) in catalog.translations.iter().enumerate() {
        let mut chunks = Vec::new();
        let rows: Vec<String> = catalog
            .entries
            .iter()
            .enumerate()
            .map(|(at, e)| row(e, translation, at))
            .collect();
        for (c, rows) in rows.chunks(chunk).enumerate() {
            let _ = writeln!(
                out,
                "static TEXTS_{k}_{c}: [Option<LT>; {}] = [",
                rows.len()
            );
            for row in rows {
                let _ = writeln!(out, "    {row},");
            }
            out.push_str("];\n");
            chunks.push(format!("&TEXTS_{k}_{c}"));
        }
        tables.push(format!("&[{}]", chunks.join(", ")));
    }
    let indexes: Vec<String> = catalog
        .translations
        .iter()
        .map(|translation| {
            let texts = translated(catalog, translation);
            format!("{},", index_expr(catalog, rt, &texts, "            "))
        })
        .collect();
    let locales: Vec<String> = catalog.locales().into_iter().map(lit).collect();
    let _ = writeln!(
        out,
        "static TRANSLATIONS: {rt}::__private::Translations = {rt}::__private::translations_v1(\n    \
         {rt}::__private::TranslationsV1 {{\n        locales: &[{}],\n        chunk: {chunk},\n        \
         texts: &[{}],",
        locales.join(", "),
        tables.join(", "),
    );
    if indexes.is_empty() {
        out.push_str("        indexes: &[],\n");
    } else {
        out.push_str("        indexes: &[\n");
        for index in &indexes {
            let _ = writeln!(out, "            {index}");
        }
        out.push_str("        ],\n");
    }
    out.push_str("    },\n);\n&TRANSLATIONS\n");
    out
}

/// `Some(X(title, template, &[segments]))` for a translated entry, else `None`.
fn row(e: &Entry, translation: &Translation, at: usize) -> String {
    match translation.text_at(at) {
        Some(text) => format!(
            "Some(X({}, {}, &[{}]))",
            lit(&text.title),
            lit(&text.detail.source),
            segments(e, &text.detail)
        ),
        None => "None".to_owned(),
    }
}

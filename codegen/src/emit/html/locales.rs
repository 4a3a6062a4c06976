//! The page's languages: a switch in the filter form, and each localised text once per
//! locale, the source's shown and the others hidden until the script shows them.

use std::fmt::Write;

use super::esc;
use crate::model::Catalog;

/// The `<label>` with the language `<select>`, or nothing for a catalogue of one locale.
/// Options name tags only; the script labels them with the browser's own language names.
pub(super) fn switch(catalog: &Catalog) -> String {
    let locales = catalog.locales();
    if locales.len() < 2 {
        return String::new();
    }
    let mut out = String::from("<label><span>Language</span><select id=\"lang\" name=\"lang\">");
    for locale in locales {
        let _ = write!(out, "<option value=\"{0}\">{0}</option>", esc(locale));
    }
    out.push_str("</select></label>\n");
    out
}

/// `text(locale)` for each locale: bare for a catalogue of one locale, else one
/// `<span lang data-lang>` per locale, all but the source's hidden.
pub(super) fn each(catalog: &Catalog, text: impl Fn(&str) -> String) -> String {
    let locales = catalog.locales();
    if locales.len() < 2 {
        return text(catalog.source_locale());
    }
    let mut out = String::new();
    for (i, locale) in locales.into_iter().enumerate() {
        let hidden = if i == 0 { "" } else { " hidden" };
        let _ = write!(
            out,
            "<span lang=\"{tag}\" data-lang=\"{tag}\"{hidden}>{}</span>",
            text(locale),
            tag = esc(locale),
        );
    }
    out
}

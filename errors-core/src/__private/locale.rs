//! Support for generated code: the translation tables, and rendering, serializing and
//! matching a catalogue problem in one of its locales.
//!
//! `locale` is a position in the catalogue's locales (0: the source); `position` is the
//! entry's position in its table (the generated enum's discriminant).

use std::fmt;

use serde::Serializer;

use super::render::{details_with, own, serialize_with};
use crate::catalog::index::Index;
use crate::catalog::info::ProblemTypeInfo;
use crate::catalog::translations::{LocalText, Translations};
use crate::problem::details::append_json;
use crate::problem::details::ProblemDetails;
use crate::problem::param_value::ParamValue;
use crate::problem::segment::TemplateSegment;
use crate::problem::template::{match_segments, render};

/// The translations of a catalogue as generated code writes them (version 1).
#[derive(Clone, Copy, Debug)]
pub struct TranslationsV1 {
    pub locales: &'static [&'static str],
    pub chunk: usize,
    pub texts: &'static [&'static [&'static [Option<LocalText>]]],
    pub indexes: &'static [Index],
}

/// The translations of a catalogue.
pub const fn translations_v1(f: TranslationsV1) -> Translations {
    Translations {
        locales: f.locales,
        chunk: f.chunk,
        chunk_shift: if f.chunk.is_power_of_two() {
            Some(f.chunk.trailing_zeros())
        } else {
            None
        },
        texts: f.texts,
        indexes: f.indexes,
    }
}

/// One entry's texts in one locale.
pub const fn text_v1(
    title: &'static str,
    detail_template: &'static str,
    segments: &'static [TemplateSegment],
) -> LocalText {
    LocalText {
        title,
        detail_template,
        segments,
    }
}

/// The title and detail segments of the entry in `locale`, the source's when it has none.
fn texts(
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
) -> (&'static str, &'static [TemplateSegment]) {
    match translations.text(locale, position) {
        Some(text) => (text.title, text.segments),
        None => (info.title, info.segments),
    }
}

/// The entry's title in `locale`.
pub fn title_in(
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
) -> &'static str {
    texts(translations, position, locale, info).0
}

/// The entry's detail template in `locale`.
pub fn template_in(
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
) -> &'static str {
    match translations.text(locale, position) {
        Some(text) => text.detail_template,
        None => info.detail_template,
    }
}

/// `serialize_known` in `locale`.
pub fn serialize_in<S: Serializer>(
    serializer: S,
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) -> Result<S::Ok, S::Error> {
    let (title, segments) = texts(translations, position, locale, info);
    serialize_with(serializer, info, title, segments, values)
}

/// `write_json` in `locale`: the bytes [`serialize_in`] writes, appended to `out`.
pub fn write_in(
    out: &mut Vec<u8>,
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) {
    /// One problem in one locale, serialized through [`serialize_in`].
    struct In<'a> {
        translations: &'a Translations,
        position: usize,
        locale: usize,
        info: &'a ProblemTypeInfo,
        values: &'a [ParamValue<'a>],
    }
    impl serde::Serialize for In<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_in(
                serializer,
                self.translations,
                self.position,
                self.locale,
                self.info,
                self.values,
            )
        }
    }
    let value = In {
        translations,
        position,
        locale,
        info,
        values,
    };
    append_json(out, &value);
}

/// `display` in `locale`: the detail rendered from that locale's template.
pub fn display_in(
    f: &mut fmt::Formatter<'_>,
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) -> fmt::Result {
    let (_, segments) = texts(translations, position, locale, info);
    render(segments, own(info, values), f)
}

/// `to_details` in `locale`.
pub fn details_in(
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
    values: &[ParamValue<'_>],
) -> ProblemDetails {
    let (title, segments) = texts(translations, position, locale, info);
    details_with(info, title, segments, values)
}

/// `match_detail` against the entry's template in `locale`; `None` for a locale that has
/// no text of its own for the entry (the source template is matched on its own).
pub fn match_detail_in<'d, const N: usize>(
    translations: &Translations,
    position: usize,
    locale: usize,
    info: &ProblemTypeInfo,
    detail: &'d str,
) -> Option<[&'d str; N]> {
    let segments = match locale {
        0 => info.segments,
        _ => translations.text(locale, position)?.segments,
    };
    match_segments(segments, detail)
}

//! The classification index of a catalogue as static data: each entry's title, status and
//! weight (the length of its template's literal text), and the positions classification
//! scans, grouped and ordered as it scans them. Computed here once, so that nothing is built
//! or looked up at run time. The source texts have one index, each translation another.

use std::fmt::Write;

use super::code::lit;
use crate::model::{Catalog, Entry, Segment, SentAs, Template, Translation};

/// The statements of `ProblemKind::classify_index`: a static index, and a reference to it.
pub(crate) fn body(catalog: &Catalog, rt: &str) -> String {
    let source: &Texts<'_> = &|e: &Entry| Some((e.title.as_str(), &e.detail));
    let mut out = format!(
        "static INDEX: {rt}::__private::ClassifyIndex = {};\n",
        index_expr(catalog, rt, source, "")
    );
    out.push_str("&INDEX\n");
    out
}

/// The texts of an entry in one locale; `None` leaves the entry out of its index.
pub(crate) type Texts<'a> = dyn Fn(&'a Entry) -> Option<(&'a str, &'a Template)> + 'a;

/// The classification index over the entries' `texts` in one locale: what the Rust tables
/// and the other languages' clients hold, computed once here.
pub(crate) struct IndexData {
    /// Each entry's title in the locale (empty when the locale leaves it out).
    pub titles: Vec<String>,
    /// The length of the literal text of each entry's template (0 when left out).
    pub weights: Vec<usize>,
    /// Positions of the entries of each status, by status (ascending).
    pub by_status: Vec<(u16, Vec<usize>)>,
    /// Every position the locale has texts for.
    pub all: Vec<usize>,
    /// Positions of the gateway entries.
    pub gateway: Vec<usize>,
    /// Positions of the legacy entries.
    pub legacy: Vec<usize>,
}

/// The index over the entries' `texts`: every list of positions runs from the most literal
/// text to the least, in catalogue order among equals.
pub(crate) fn index_data<'a>(catalog: &'a Catalog, texts: &Texts<'a>) -> IndexData {
    let entries = &catalog.entries;
    let weights: Vec<usize> = entries
        .iter()
        .map(|e| texts(e).map_or(0, |(_, t)| weight(t)))
        .collect();
    // Positions are `u16`s: catalogues are far smaller.
    let mut all: Vec<usize> = (0..entries.len().min(usize::from(u16::MAX)))
        .filter(|&i| texts(&entries[i]).is_some())
        .collect();
    // Most literal text first, catalogue order among equals: the first template that fits
    // is the most specific.
    all.sort_by_key(|&i| std::cmp::Reverse(weights[i]));
    let with = |keep: &dyn Fn(&Entry) -> bool| -> Vec<usize> {
        all.iter().copied().filter(|&i| keep(&entries[i])).collect()
    };
    let mut statuses: Vec<u16> = entries.iter().map(|e| e.status).collect();
    statuses.sort_unstable();
    statuses.dedup();
    let by_status = statuses
        .iter()
        .map(|&s| (s, with(&|e| e.status == s)))
        .collect();
    let titles = entries
        .iter()
        .map(|e| texts(e).map_or("", |(title, _)| title).to_owned())
        .collect();
    let gateway = with(&|e| e.sent_as == SentAs::Gateway);
    let legacy = with(&|e| e.sent_as == SentAs::Legacy);
    IndexData {
        titles,
        weights,
        by_status,
        all,
        gateway,
        legacy,
    }
}

/// The texts of the entries in `translation`: those it translates.
pub(crate) fn translated<'a>(
    catalog: &'a Catalog,
    translation: &'a Translation,
) -> impl Fn(&'a Entry) -> Option<(&'a str, &'a Template)> + 'a {
    move |e: &Entry| {
        let at = catalog.entries.iter().position(|x| x.id == e.id)?;
        let text = translation.text_at(at)?;
        Some((text.title.as_str(), &text.detail))
    }
}

/// The index of every locale of the catalogue: the source's, then each translation's.
#[cfg(feature = "clients")]
pub(crate) fn every_index(catalog: &Catalog) -> Vec<IndexData> {
    let source: &Texts<'_> = &|e: &Entry| Some((e.title.as_str(), &e.detail));
    let mut out = vec![index_data(catalog, source)];
    for translation in &catalog.translations {
        out.push(index_data(catalog, &translated(catalog, translation)));
    }
    out
}

/// `index_v1(IndexV1 { .. })` over the entries' `texts`, its lines indented by `indent`.
pub(crate) fn index_expr<'a>(
    catalog: &'a Catalog,
    rt: &str,
    texts: &Texts<'a>,
    indent: &str,
) -> String {
    let index = index_data(catalog, texts);
    let by_status: Vec<String> = index
        .by_status
        .iter()
        .map(|(s, positions)| format!("({s}, &[{}])", list(positions)))
        .collect();
    let titles: Vec<String> = index.titles.iter().map(|t| lit(t)).collect();
    let status_of: Vec<String> = catalog
        .entries
        .iter()
        .map(|e| e.status.to_string())
        .collect();
    let weight_of: Vec<String> = index.weights.iter().map(ToString::to_string).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{rt}::__private::index_v1(\n{indent}    {rt}::__private::IndexV1 {{"
    );
    let field = |out: &mut String, name: &str, items: &str| {
        let _ = writeln!(out, "{indent}        {name}: &[{items}],");
    };
    field(&mut out, "titles", &titles.join(", "));
    field(&mut out, "statuses", &status_of.join(", "));
    field(&mut out, "weights", &weight_of.join(", "));
    field(&mut out, "by_status", &by_status.join(", "));
    field(&mut out, "all", &list(&index.all));
    field(&mut out, "gateway", &list(&index.gateway));
    field(&mut out, "legacy", &list(&index.legacy));
    let _ = write!(out, "{indent}    }},\n{indent})");
    out
}

/// The length of the literal text of a detail template.
fn weight(template: &Template) -> usize {
    template
        .segments
        .iter()
        .map(|s| match s {
            Segment::Literal(text) => text.len(),
            Segment::Param(_) => 0,
        })
        .sum()
}

fn list(positions: &[usize]) -> String {
    let items: Vec<String> = positions.iter().map(ToString::to_string).collect();
    items.join(", ")
}

//! The classification index of a catalogue as static data: each entry's title, status and
//! weight (the length of its template's literal text), and the positions classification
//! scans, grouped and ordered as it scans them. Computed here once, so that nothing is built
//! or looked up at run time.

use std::fmt::Write;

use super::code::lit;
use crate::model::{Catalog, Entry, Segment, SentAs};

/// The statements of `ProblemKind::classify_index`: a static index, and a reference to it.
pub(crate) fn body(catalog: &Catalog, rt: &str) -> String {
    let entries = &catalog.entries;
    let weights: Vec<usize> = entries.iter().map(weight).collect();
    // Positions are `u16`s: catalogues are far smaller.
    let mut all: Vec<usize> = (0..entries.len().min(usize::from(u16::MAX))).collect();
    // Most literal text first, catalogue order among equals: the first template that fits
    // is the most specific.
    all.sort_by_key(|&i| std::cmp::Reverse(weights[i]));
    let with = |keep: &dyn Fn(&Entry) -> bool| -> Vec<usize> {
        all.iter().copied().filter(|&i| keep(&entries[i])).collect()
    };
    let mut statuses: Vec<u16> = entries.iter().map(|e| e.status).collect();
    statuses.sort_unstable();
    statuses.dedup();
    let by_status: Vec<String> = statuses
        .iter()
        .map(|&s| format!("({s}, &[{}])", list(&with(&|e| e.status == s))))
        .collect();
    let titles: Vec<String> = entries.iter().map(|e| lit(&e.title)).collect();
    let status_of: Vec<String> = entries.iter().map(|e| e.status.to_string()).collect();
    let weight_of: Vec<String> = weights.iter().map(ToString::to_string).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "static INDEX: {rt}::__private::ClassifyIndex = {rt}::__private::index_v1(\n    \
         {rt}::__private::IndexV1 {{"
    );
    let _ = writeln!(out, "        titles: &[{}],", titles.join(", "));
    let _ = writeln!(out, "        statuses: &[{}],", status_of.join(", "));
    let _ = writeln!(out, "        weights: &[{}],", weight_of.join(", "));
    let _ = writeln!(out, "        by_status: &[{}],", by_status.join(", "));
    let _ = writeln!(out, "        all: &[{}],", list(&all));
    let gateway = with(&|e| e.sent_as == SentAs::Gateway);
    let legacy = with(&|e| e.sent_as == SentAs::Legacy);
    let _ = writeln!(out, "        gateway: &[{}],", list(&gateway));
    let _ = writeln!(out, "        legacy: &[{}],", list(&legacy));
    out.push_str("    },\n);\n&INDEX\n");
    out
}

/// The length of the literal text of the entry's detail template.
fn weight(e: &Entry) -> usize {
    e.detail
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

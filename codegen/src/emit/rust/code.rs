//! Small pieces of Rust source: literals, doc comments, template segments.

use std::fmt::Write;

use crate::model::{Entry, Segment, Template};

/// A Rust string literal with the value `s`: `Debug` of a `str` is valid Rust literal syntax
/// (quotes, backslashes and control characters escaped).
pub(crate) fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// `Some("..")` or `None`.
pub(crate) fn opt_lit(s: Option<&str>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".to_owned(),
    }
}

/// `/// text` lines, one per line of `text`.
pub(crate) fn doc(out: &mut String, text: &str) {
    for line in text.lines() {
        // A carriage return cannot stand in a doc comment.
        let line = line.replace('\r', "");
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}

/// `#[deprecated(note = "..")]` for a retired entry.
pub(crate) fn deprecated(out: &mut String, retired: Option<&str>) {
    if let Some(why) = retired {
        let _ = writeln!(out, "#[deprecated(note = {})]", lit(why));
    }
}

/// The segments of `template` (the entry's, in some locale) as `S::..` items: literal text,
/// and each placeholder as the position of its parameter.
pub(crate) fn segments(e: &Entry, template: &Template) -> String {
    let items: Vec<String> = template
        .segments
        .iter()
        .map(|s| match s {
            Segment::Literal(text) => format!("S::Literal({})", lit(text)),
            Segment::Param(name) => {
                let index = e.params.iter().position(|p| p.name == *name);
                format!("S::Param({})", index.unwrap_or(usize::MAX))
            }
        })
        .collect();
    items.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_what_rust_needs() {
        assert_eq!(lit("a \"b\" \\ c\n"), r#""a \"b\" \\ c\n""#);
        assert_eq!(opt_lit(None), "None");
        assert_eq!(opt_lit(Some("x")), r#"Some("x")"#);
    }

    #[test]
    fn doc_comments_keep_every_line() {
        let mut out = String::new();
        doc(&mut out, "first\n\nthird\r");
        assert_eq!(out, "/// first\n///\n/// third\n");
    }
}

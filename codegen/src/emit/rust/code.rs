//! Small pieces of Rust source: literals and doc comments.

use std::fmt::Write;

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

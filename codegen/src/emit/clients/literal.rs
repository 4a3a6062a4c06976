//! Literals that JavaScript and Python both read: JSON's string syntax (the only escapes
//! are `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\uXXXX`), lists of them, and numbers.

use std::fmt::Write;

/// A string literal with the value `s`, valid JavaScript and Python (and JSON).
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            // Control characters, and the line separators older JavaScript refuses in strings.
            c if c < ' ' || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `null` (JavaScript) or `None` (Python) for `None`, else the quoted string.
pub(crate) fn quote_or(s: Option<&str>, none: &str) -> String {
    s.map_or_else(|| none.to_owned(), quote)
}

/// Items joined with `, `.
pub(crate) fn join<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_as_json_does_and_escapes_line_separators() {
        assert_eq!(quote("a \"b\" \\ c\n\u{1}"), r#""a \"b\" \\ c\n\u0001""#);
        assert_eq!(quote("ø\u{2028}"), "\"ø\\u2028\"");
        assert_eq!(quote_or(None, "null"), "null");
        assert_eq!(join([1, 2, 3]), "1, 2, 3");
    }
}
